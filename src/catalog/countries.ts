/**
 * Countries and jurisdictions: EU27, EEA, EFTA, the EU Data Boundary and GDPR adequacy (Art. 45).
 * Data only, each group with its source (see `sources/common.ts`).
 */
import type { SourceId } from "./sources/index";
import type { CountryCode } from "./types";

export interface CountryGroup {
  readonly members: readonly CountryCode[];
  readonly source: SourceId;
}

/** The 27 EU member states. */
export const EU27: CountryGroup = {
  members: [
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
  ],
  source: "ms-eudb-countries",
};

/** EFTA member states. */
export const EFTA: CountryGroup = { members: ["IS", "LI", "NO", "CH"], source: "efta-members" };

/** European Economic Area: EU27 + Iceland, Liechtenstein, Norway (not Switzerland). */
export const EEA: CountryGroup = { members: [...EU27.members, "IS", "LI", "NO"], source: "eea-agreement" };

/**
 * Microsoft's EU Data Boundary: EU27 + EFTA (Iceland, Liechtenstein, Norway, Switzerland).
 * The UK is not in it. Used as the generic meaning of the `eu-data-boundary` data location.
 */
export const EU_DATA_BOUNDARY: CountryGroup = { members: [...EU27.members, ...EFTA.members], source: "ms-eudb-countries" };

export interface AdequacyDecision {
  readonly country: CountryCode;
  readonly name: string;
  /** `full`, or the part of the economy the decision covers. */
  readonly scope: "full" | "commercial-organisations" | "private-sector" | "dpf-certified-organisations";
  readonly note?: string;
  readonly source: SourceId;
}

/**
 * GDPR Art. 45 adequacy decisions for countries (the European Patent Organisation, an
 * international organisation, also has one since 15 Jul 2025; it hosts no cloud region).
 * A partial scope means a data location there is only lawful for the covered recipients, so the
 * `adequacy` data location accepts only `full` decisions; see `contract/evaluate.ts`.
 */
export const ADEQUACY: readonly AdequacyDecision[] = [
  { country: "AD", name: "Andorra", scope: "full", source: "eu-adequacy" },
  { country: "AR", name: "Argentina", scope: "full", source: "eu-adequacy" },
  { country: "CA", name: "Canada", scope: "commercial-organisations", note: "PIPEDA only", source: "eu-adequacy" },
  { country: "FO", name: "Faroe Islands", scope: "full", source: "eu-adequacy" },
  { country: "GG", name: "Guernsey", scope: "full", source: "eu-adequacy" },
  { country: "IM", name: "Isle of Man", scope: "full", source: "eu-adequacy" },
  { country: "IL", name: "Israel", scope: "full", source: "eu-adequacy" },
  { country: "JP", name: "Japan", scope: "private-sector", note: "APPI, mutual arrangement", source: "eu-adequacy" },
  { country: "JE", name: "Jersey", scope: "full", source: "eu-adequacy" },
  { country: "NZ", name: "New Zealand", scope: "full", source: "eu-adequacy" },
  { country: "KR", name: "Republic of Korea", scope: "full", source: "eu-adequacy" },
  { country: "CH", name: "Switzerland", scope: "full", source: "eu-adequacy" },
  {
    country: "GB",
    name: "United Kingdom",
    scope: "full",
    note: "GDPR and LED; renewed by the Commission on 19 Dec 2025, valid to 27 Dec 2031 (review after four years)",
    source: "uk-adequacy-renewal",
  },
  {
    country: "US",
    name: "United States",
    scope: "dpf-certified-organisations",
    note: "only organisations certified under the EU-US Data Privacy Framework (decision of 10 Jul 2023)",
    source: "cnpd-adequacy",
  },
  { country: "UY", name: "Uruguay", scope: "full", source: "eu-adequacy" },
  {
    country: "BR",
    name: "Brazil",
    scope: "full",
    note: "Implementing Decision (EU) 2026/179 of 26 Jan 2026 (OJ 28 Jan 2026); private and public sector",
    source: "brazil-adequacy",
  },
];

/** English short names for the countries the catalog mentions, for messages. */
export const COUNTRY_NAMES: Readonly<Record<CountryCode, string>> = {
  AT: "Austria",
  BE: "Belgium",
  BG: "Bulgaria",
  HR: "Croatia",
  CY: "Cyprus",
  CZ: "Czechia",
  DK: "Denmark",
  EE: "Estonia",
  FI: "Finland",
  FR: "France",
  DE: "Germany",
  GR: "Greece",
  HU: "Hungary",
  IE: "Ireland",
  IT: "Italy",
  LV: "Latvia",
  LT: "Lithuania",
  LU: "Luxembourg",
  MT: "Malta",
  NL: "Netherlands",
  PL: "Poland",
  PT: "Portugal",
  RO: "Romania",
  SK: "Slovakia",
  SI: "Slovenia",
  ES: "Spain",
  SE: "Sweden",
  IS: "Iceland",
  LI: "Liechtenstein",
  NO: "Norway",
  CH: "Switzerland",
  GB: "United Kingdom",
  US: "United States",
  CA: "Canada",
  IL: "Israel",
  AE: "United Arab Emirates",
  BH: "Bahrain",
  ZA: "South Africa",
  SG: "Singapore",
  AU: "Australia",
  IN: "India",
  JP: "Japan",
  BR: "Brazil",
  SA: "Saudi Arabia",
  QA: "Qatar",
  KR: "Republic of Korea",
  CN: "China",
  HK: "Hong Kong",
  TW: "Taiwan",
  ID: "Indonesia",
  MY: "Malaysia",
  NZ: "New Zealand",
  TH: "Thailand",
  MX: "Mexico",
  CL: "Chile",
};

/** `DE (Germany)`, or just the code when the name is not listed. */
export function countryLabel(code: CountryCode): string {
  const name = COUNTRY_NAMES[code];
  return name ? `${code} (${name})` : code;
}
