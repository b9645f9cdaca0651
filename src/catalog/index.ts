/** The catalog: sourced facts only. */
export * from "./types";
export { SOURCES, describeSource, type Source, type SourceId } from "./sources/index";
export { ADEQUACY, COUNTRY_NAMES, EEA, EFTA, EU27, EU_DATA_BOUNDARY, countryLabel } from "./countries";
export { PROVIDERS, PROVIDER_IDS } from "./providers";
export { REGIONS, findRegion, regionsOf } from "./regions/index";
export { INSTANCE_TYPES, pickInstanceType } from "./sizes/index";
export { IMAGES } from "./images/index";
export { parseScsFlavor, SCS_MANDATORY_FLAVORS, SCS_RECOMMENDED_FLAVORS, SCS_STANDARD_FLAVORS } from "./scs";
