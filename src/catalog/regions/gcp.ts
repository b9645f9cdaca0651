/**
 * Google Cloud regions: every European region, a few non-European ones (to be rejected by fact),
 * the Cloud Storage multi-region `eu` and the predefined dual-regions EUR4, EUR5, EUR7, EUR8.
 *
 * Where each column comes from:
 * - code, zones, city and country of every region in Compute Engine's "Available regions and
 *   zones" table (`gcp-regions-zones`, primary): each row is a zone with its location written
 *   "City, Country, Continent" (e.g. `europe-west1-b | St. Ghislain, Belgium, Europe`). Zone letters
 *   are not always a, b, c (europe-west1 has b, c, d; us-central1 has a, b, c, f).
 * - status `ga`: the region has zones in that table, i.e. VMs can be created there.
 * - europe-west15 appears only in some API location lists (residency-facts §3.1); its city,
 *   country, zones and status are UNCONFIRMED, so no contract can pass it.
 * - `eu` and the dual-regions: Cloud Storage locations (`gcp-storage-locations`,
 *   `gcp-storage-dual-regions`). They exist for buckets only. The code here is lower case (the
 *   catalog's target syntax); the Cloud Storage API takes the location in upper case (`EU`,
 *   `EUR4`), which the gcp driver does.
 */
import { EU27 } from "../countries";
import type { PortableService, RegionFacts } from "../types";
import { fact, unconfirmed } from "../types";

const ALL_SERVICES: readonly PortableService[] = ["bucket", "network", "virtualMachine"];
const ZONES = "gcp-regions-zones" as const;

/** A region from the Compute Engine zones table: `where` is its location column, `zoneLetters` its zones. */
function region(code: string, city: string, where: string, country: string, zoneLetters: string, notes?: string): RegionFacts {
  return {
    provider: "gcp",
    code,
    displayName: `${code} (${city})`,
    kind: "region",
    city: fact(city, ZONES, `zone table location "${where}"`),
    country: fact(country, ZONES, `zone table location "${where}"`),
    status: fact("ga", ZONES, "listed with zones in Compute Engine's regions and zones table"),
    zones: fact(
      [...zoneLetters].map((l) => `${code}-${l}`),
      ZONES,
    ),
    services: ALL_SERVICES,
    ...(notes === undefined ? {} : { notes }),
  };
}

const NOT_EEA = "Not EU/EEA (GDPR adequacy applies, which is not residency).";

/** European regions (residency-facts §3.1; cities and zones from the Compute Engine zones table). */
const EUROPE: readonly RegionFacts[] = [
  region("europe-central2", "Warsaw", "Warsaw, Poland, Europe", "PL", "abc"),
  region("europe-north1", "Hamina", "Hamina, Finland, Europe", "FI", "abc"),
  region(
    "europe-north2",
    "Stockholm",
    "Stockholm, Sweden, Europe",
    "SE",
    "abc",
    "The zones table lists E2, N4, C4, C4A, C3, C3D, Z3 here: no N2/N2D.",
  ),
  region("europe-southwest1", "Madrid", "Madrid, Spain, Europe", "ES", "abc"),
  region("europe-west1", "St. Ghislain", "St. Ghislain, Belgium, Europe", "BE", "bcd", "Zones are b, c, d (there is no europe-west1-a)."),
  region("europe-west2", "London", "London, England, Europe", "GB", "abc", `United Kingdom. ${NOT_EEA}`),
  region("europe-west3", "Frankfurt", "Frankfurt, Germany, Europe", "DE", "abc"),
  region("europe-west4", "Eemshaven", "Eemshaven, Netherlands, Europe", "NL", "abc"),
  region("europe-west6", "Zurich", "Zurich, Switzerland, Europe", "CH", "abc", `Switzerland. ${NOT_EEA}`),
  region("europe-west8", "Milan", "Milan, Italy, Europe", "IT", "abc"),
  region("europe-west9", "Paris", "Paris, France, Europe", "FR", "abc"),
  region("europe-west10", "Berlin", "Berlin, Germany, Europe", "DE", "abc"),
  region("europe-west12", "Turin", "Turin, Italy, Europe", "IT", "abc"),
  {
    provider: "gcp",
    code: "europe-west15",
    displayName: "europe-west15",
    kind: "region",
    city: unconfirmed<string>(
      "the region appears in some API location lists (e.g. Database Migration projects.locations) but no source names its city",
      undefined,
      "residency-facts",
    ),
    country: unconfirmed<string>("no source names the country of europe-west15", undefined, "residency-facts"),
    status: unconfirmed<"ga">(
      "not in Compute Engine's regions and zones table; launch status unknown (re-checked 2026-12-03: no Google page found that names it)",
      undefined,
      "residency-facts",
    ),
    zones: unconfirmed<readonly string[]>("not in Compute Engine's regions and zones table", undefined, "residency-facts"),
    services: ALL_SERVICES,
    notes: "Known only from API location lists; kept so that it is rejected by an unknown fact rather than by absence.",
  },
];

/** Non-European regions, present so that contracts reject them by fact. */
const ELSEWHERE: readonly RegionFacts[] = [
  region("us-central1", "Council Bluffs", "Council Bluffs, Iowa, North America", "US", "abcf", "United States (Iowa)."),
  region("me-west1", "Tel Aviv", "Tel Aviv, Israel, Middle East", "IL", "abc", "Israel has a GDPR adequacy decision; it is not EU/EEA."),
  region("me-central1", "Doha", "Doha, Qatar, Middle East", "QA", "abc"),
  region("me-central2", "Dammam", "Dammam, Saudi Arabia, Middle East", "SA", "abc"),
  region("africa-south1", "Johannesburg", "Johannesburg, South Africa", "ZA", "abc"),
];

/**
 * Catalog regions whose country is an EU member state: the members of the `eu` multi-region as far
 * as the storage doc implies ("data centers within member states of the European Union"; London
 * and Zurich excluded). Google does not list the member regions, so the exact set is an inference.
 */
const EU_MEMBER_STATE_REGIONS = EUROPE.filter((r) => r.country.confirmed && EU27.members.includes(r.country.value)).map((r) => r.code);

/** Cloud Storage locations spanning several regions; buckets only. */
const STORAGE_LOCATIONS: readonly RegionFacts[] = [
  {
    provider: "gcp",
    code: "eu",
    displayName: "EU (multiple regions in the European Union)",
    kind: "multi-region",
    city: unconfirmed("a multi-region spans several cities"),
    country: unconfirmed<string>(
      "a multi-region spans several EU member states; Google does not list them (see members)",
      undefined,
      "gcp-storage-locations",
    ),
    status: fact("ga", "gcp-storage-locations"),
    members: EU_MEMBER_STATE_REGIONS,
    zones: fact([], "gcp-storage-locations", "a multi-region has no zones"),
    services: ["bucket"],
    notes:
      "Cloud Storage multi-region EU (API location `EU`): data centers within EU member states; object data is not stored in europe-west2 (London) or europe-west6 (Zurich). The member list is inferred from that statement (Google does not publish it). BigQuery `EU` and Cloud KMS `europe` are different, product-specific multi-regions.",
  },
  dualRegion(
    "eur4",
    "EUR4 (Finland and Netherlands)",
    ["europe-north1", "europe-west4"],
    "EU-only. Bucket metadata may also be stored in europe-west1 (Belgium, EU).",
  ),
  dualRegion("eur5", "EUR5 (Belgium and London)", ["europe-west1", "europe-west2"], "Includes London (GB): not EU/EEA."),
  dualRegion("eur7", "EUR7 (London and Frankfurt)", ["europe-west2", "europe-west3"], "Includes London (GB): not EU/EEA."),
  dualRegion("eur8", "EUR8 (Frankfurt and Zurich)", ["europe-west3", "europe-west6"], "Includes Zurich (CH): not EU/EEA."),
];

function dualRegion(code: string, displayName: string, members: readonly [string, string], notes: string): RegionFacts {
  return {
    provider: "gcp",
    code,
    displayName,
    kind: "dual-region",
    city: unconfirmed("a dual-region spans two cities"),
    country: unconfirmed(`a dual-region spans two regions (${members.join(", ")}); see each member's country`),
    status: fact("ga", "gcp-storage-dual-regions"),
    members,
    zones: fact([], "gcp-storage-dual-regions", "a dual-region has no zones"),
    services: ["bucket"],
    notes: `Predefined Cloud Storage dual-region; the API location is upper case (${code.toUpperCase()}). ${notes}`,
  };
}

export const GCP_REGIONS: readonly RegionFacts[] = [...EUROPE, ...ELSEWHERE, ...STORAGE_LOCATIONS];
