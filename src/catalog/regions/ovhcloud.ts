import type { RegionFacts } from "../types";

/** ovhcloud regions. Filled in by the catalog work for ovhcloud. */
export const OVHCLOUD_REGIONS: readonly RegionFacts[] = [];
