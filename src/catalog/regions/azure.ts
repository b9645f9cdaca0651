/**
 * Azure regions: every European region, plus the non-European rows of the regions list (here a
 * few; the rest in `azure-world.ts`), which exist to be rejected by fact.
 *
 * Where each column comes from:
 * - code (programmatic name, what `location` takes), display name, physical location, geography,
 *   availability-zone support, paired region, and the restricted / coming-soon icons: Microsoft's
 *   regions list (`azure-regions-list`, "All", "Europe", "Americas" and "Middle East" tabs).
 *   Where the physical location names only a country or a US state, the city is unconfirmed.
 * - zones: Azure zones are *logical* zones "1", "2", "3", mapped per subscription to physical zones
 *   (`azure-az-overview`); a region gets them when the list says it supports availability zones.
 * - pairs: the regions list; symmetry from `azure-regions-paired`, which lists the only asymmetric
 *   pairs (Brazil South, West India, West US 3), none of them catalogued here.
 * - denmarkeast: generally available since Microsoft's list changed on 2026-03-23
 *   (`azure-regions-list-2026`); the other rows are as in the 2025-09-23 version.
 * - swedensouth appears in the list only as Sweden Central's (restricted) pair; its programmatic
 *   name comes from public infrastructure code. finlandcentral and greececentral are not in the
 *   list read; their names come from secondary tables, their status stays UNCONFIRMED.
 * - Restricted regions need an access request per subscription; they are places to deploy once
 *   granted, so their status counts as available. Services are not listed per region by the
 *   source; every catalogued region is given the three portable services and its status decides.
 */
import type { Fact, PortableService, RegionFacts, RegionStatus } from "../types";
import { fact, unconfirmed } from "../types";
import { AZURE_WORLD_REGIONS } from "./azure-world";

const ALL_SERVICES: readonly PortableService[] = ["bucket", "network", "virtualMachine"];
const LIST = "azure-regions-list" as const;
const PAIRED = "azure-regions-paired" as const;

const GA = fact<RegionStatus>("ga", LIST, "listed without the restricted or coming-soon icon");
const RESTRICTED = fact<RegionStatus>(
  "restricted",
  LIST,
  "listed with the restricted icon: access is granted on request (disaster-recovery scenarios)",
);
const ZONES = fact<readonly string[]>(
  ["1", "2", "3"],
  "azure-az-overview",
  "the regions list marks availability zone support; zones are logical and mapped per subscription",
);
const NO_ZONES = fact<readonly string[]>([], LIST, "no availability zone support in the regions list");

interface Row {
  readonly code: string;
  readonly displayName: string;
  /** `physical location` column, verbatim. */
  readonly location: string;
  readonly city: Fact<string>;
  readonly country: string;
  /** `geography` column, verbatim. */
  readonly geography: string;
  readonly status: Fact<RegionStatus>;
  readonly zones: Fact<readonly string[]>;
  /** The pair's programmatic name; `null` = the list says N/A. */
  readonly pair: string | null;
  readonly notes?: string;
}

function region(r: Row): RegionFacts {
  return {
    provider: "azure",
    code: r.code,
    displayName: r.displayName,
    kind: "region",
    city: r.city,
    country: fact(r.country, LIST, `physical location "${r.location}", geography "${r.geography}"`),
    status: r.status,
    zones: r.zones,
    services: ALL_SERVICES,
    pairedRegion:
      r.pair === null
        ? fact(null, LIST, "paired region: N/A")
        : fact(r.pair, LIST, `paired region of ${r.displayName}; symmetric (not among the asymmetric pairs in ${PAIRED})`),
    ...(r.notes === undefined ? {} : { notes: r.notes }),
  };
}

/** The physical location is a city: confirmed. */
const city = (name: string) => fact(name, LIST, "physical location column");
/** The physical location names only a country or state: the city is unknown. */
const noCity = (location: string, claimed?: string) =>
  unconfirmed(`the regions list gives only "${location}" as the physical location`, claimed, LIST);

const NOT_EU = "Switzerland: not EU/EEA (GDPR adequacy); inside the Microsoft EU Data Boundary (EFTA).";

export const AZURE_REGIONS: readonly RegionFacts[] = [
  // --- Europe (regions list, Europe tab) ---
  region({
    code: "austriaeast",
    displayName: "Austria East",
    location: "Vienna",
    city: city("Vienna"),
    country: "AT",
    geography: "Austria",
    status: GA,
    zones: ZONES,
    pair: null,
  }),
  region({
    code: "belgiumcentral",
    displayName: "Belgium Central",
    location: "Brussels",
    city: city("Brussels"),
    country: "BE",
    geography: "Belgium",
    status: GA,
    zones: ZONES,
    pair: null,
  }),
  region({
    code: "denmarkeast",
    displayName: "Denmark East",
    location: "Copenhagen",
    city: city("Copenhagen"),
    country: "DK",
    geography: "Denmark",
    status: fact(
      "ga",
      "azure-regions-list-2026",
      "generally available: listed without the coming-soon icon since the change of 2026-03-23 (it was 'coming soon' in the 2025-09-23 version)",
    ),
    zones: ZONES,
    pair: null,
  }),
  region({
    code: "francecentral",
    displayName: "France Central",
    location: "Paris",
    city: city("Paris"),
    country: "FR",
    geography: "France",
    status: GA,
    zones: ZONES,
    pair: "francesouth",
  }),
  region({
    code: "francesouth",
    displayName: "France South",
    location: "Marseille",
    city: city("Marseille"),
    country: "FR",
    geography: "France",
    status: RESTRICTED,
    zones: NO_ZONES,
    pair: "francecentral",
  }),
  region({
    code: "germanynorth",
    displayName: "Germany North",
    location: "Berlin",
    city: city("Berlin"),
    country: "DE",
    geography: "Germany",
    status: RESTRICTED,
    zones: NO_ZONES,
    pair: "germanywestcentral",
  }),
  region({
    code: "germanywestcentral",
    displayName: "Germany West Central",
    location: "Frankfurt",
    city: city("Frankfurt"),
    country: "DE",
    geography: "Germany",
    status: GA,
    zones: ZONES,
    pair: "germanynorth",
  }),
  region({
    code: "italynorth",
    displayName: "Italy North",
    location: "Milan",
    city: city("Milan"),
    country: "IT",
    geography: "Italy",
    status: GA,
    zones: ZONES,
    pair: null,
  }),
  region({
    code: "northeurope",
    displayName: "North Europe",
    location: "Ireland",
    city: noCity("Ireland", "Dublin"),
    country: "IE",
    geography: "Europe",
    status: GA,
    zones: ZONES,
    pair: "westeurope",
    notes: "The only cross-country pair in Europe: geo-redundant storage replicates to westeurope (NL).",
  }),
  region({
    code: "westeurope",
    displayName: "West Europe",
    location: "Netherlands",
    city: noCity("Netherlands", "Amsterdam"),
    country: "NL",
    geography: "Europe",
    status: GA,
    zones: ZONES,
    pair: "northeurope",
    notes: "The only cross-country pair in Europe: geo-redundant storage replicates to northeurope (IE).",
  }),
  region({
    code: "norwayeast",
    displayName: "Norway East",
    location: "Norway",
    city: noCity("Norway", "Oslo"),
    country: "NO",
    geography: "Norway",
    status: GA,
    zones: ZONES,
    pair: "norwaywest",
    notes: "Norway: EEA, not EU.",
  }),
  region({
    code: "norwaywest",
    displayName: "Norway West",
    location: "Norway",
    city: noCity("Norway", "Stavanger"),
    country: "NO",
    geography: "Norway",
    status: RESTRICTED,
    zones: NO_ZONES,
    pair: "norwayeast",
    notes: "Norway: EEA, not EU.",
  }),
  region({
    code: "polandcentral",
    displayName: "Poland Central",
    location: "Warsaw",
    city: city("Warsaw"),
    country: "PL",
    geography: "Poland",
    status: GA,
    zones: ZONES,
    pair: null,
  }),
  region({
    code: "spaincentral",
    displayName: "Spain Central",
    location: "Madrid",
    city: city("Madrid"),
    country: "ES",
    geography: "Spain",
    status: GA,
    zones: ZONES,
    pair: null,
  }),
  region({
    code: "swedencentral",
    displayName: "Sweden Central",
    location: "Gävle",
    city: city("Gävle"),
    country: "SE",
    geography: "Sweden",
    status: GA,
    zones: ZONES,
    pair: "swedensouth",
  }),
  {
    provider: "azure",
    code: "swedensouth",
    displayName: "Sweden South",
    kind: "region",
    city: unconfirmed(
      "not a row of the regions list; secondary tables disagree (Malmö area, Staffanstorp)",
      "Malmö area",
      "azure-region-names-iac",
    ),
    country: fact("SE", LIST, "named Sweden South as the pair of Sweden Central (geography Sweden); it has no row of its own"),
    status: fact("restricted", LIST, "shown with the restricted icon as Sweden Central's pair"),
    zones: unconfirmed("not a row of the regions list, so its availability-zone support is not stated"),
    services: ALL_SERVICES,
    pairedRegion: fact(
      "swedencentral",
      PAIRED,
      "Sweden Central names it as its pair and the pair is not among the asymmetric pairs listed",
    ),
    notes: "Programmatic name `swedensouth` is taken from public infrastructure code (azure-region-names-iac), not from the regions list.",
  },
  region({
    code: "switzerlandnorth",
    displayName: "Switzerland North",
    location: "Zurich",
    city: city("Zurich"),
    country: "CH",
    geography: "Switzerland",
    status: GA,
    zones: ZONES,
    pair: "switzerlandwest",
    notes: NOT_EU,
  }),
  region({
    code: "switzerlandwest",
    displayName: "Switzerland West",
    location: "Geneva",
    city: city("Geneva"),
    country: "CH",
    geography: "Switzerland",
    status: RESTRICTED,
    zones: NO_ZONES,
    pair: "switzerlandnorth",
    notes: NOT_EU,
  }),
  region({
    code: "uksouth",
    displayName: "UK South",
    location: "London",
    city: city("London"),
    country: "GB",
    geography: "United Kingdom",
    status: GA,
    zones: ZONES,
    pair: "ukwest",
    notes: "United Kingdom: not EU/EEA, not in the EU Data Boundary (GDPR adequacy).",
  }),
  region({
    code: "ukwest",
    displayName: "UK West",
    location: "Cardiff",
    city: city("Cardiff"),
    country: "GB",
    geography: "United Kingdom",
    status: GA,
    zones: NO_ZONES,
    pair: "uksouth",
    notes: "United Kingdom: not EU/EEA, not in the EU Data Boundary (GDPR adequacy).",
  }),
  ...(["finlandcentral", "greececentral"] as const).map((code): RegionFacts => {
    const finland = code === "finlandcentral";
    return {
      provider: "azure",
      code,
      displayName: finland ? "Finland Central" : "Greece Central",
      kind: "region",
      city: unconfirmed(
        "not in the regions list read; only press and secondary tables",
        finland ? "southern Finland (Espoo/Kirkkonummi area)" : "Athens",
        "azure-region-names-iac",
      ),
      country: fact(
        finland ? "FI" : "GR",
        "azure-blog-europe-2026-05",
        `the region's name; Microsoft names ${finland ? "Finland" : "Greece"} among its European region markets`,
      ),
      status: unconfirmed(
        "re-checked 2026-12-03: still no row in Microsoft's regions list (version of 2026-08-20, azure-regions-list-2026); secondary tables say 'coming soon'; the 2026-05-06 Azure blog names the country among markets it 'expanded into' or 'continues to build in' without saying which",
        "announced",
        "azure-region-names-iac",
      ),
      zones: unconfirmed("secondary tables claim availability zones", ["1", "2", "3"], "azure-region-names-iac"),
      services: ALL_SERVICES,
      pairedRegion: unconfirmed("not in the regions list read; secondary tables say none", null, "azure-region-names-iac"),
      notes: "Programmatic name from secondary sources; UNCONFIRMED as a deployable region.",
    };
  }),

  // --- Outside Europe: rejected by fact (regions list, Americas and Middle East tabs) ---
  region({
    code: "eastus",
    displayName: "East US",
    location: "Virginia",
    city: noCity("Virginia"),
    country: "US",
    geography: "United States",
    status: GA,
    zones: ZONES,
    pair: "westus",
  }),
  region({
    code: "westus",
    displayName: "West US",
    location: "California",
    city: noCity("California"),
    country: "US",
    geography: "United States",
    status: GA,
    zones: NO_ZONES,
    pair: "eastus",
  }),
  region({
    code: "westus2",
    displayName: "West US 2",
    location: "Washington",
    city: noCity("Washington"),
    country: "US",
    geography: "United States",
    status: GA,
    zones: ZONES,
    pair: "westcentralus",
  }),
  region({
    code: "westcentralus",
    displayName: "West Central US",
    location: "Wyoming",
    city: noCity("Wyoming"),
    country: "US",
    geography: "United States",
    status: GA,
    zones: NO_ZONES,
    pair: "westus2",
  }),
  region({
    code: "uaenorth",
    displayName: "UAE North",
    location: "Dubai",
    city: city("Dubai"),
    country: "AE",
    geography: "UAE",
    status: GA,
    zones: ZONES,
    pair: "uaecentral",
  }),
  region({
    code: "uaecentral",
    displayName: "UAE Central",
    location: "Abu Dhabi",
    city: city("Abu Dhabi"),
    country: "AE",
    geography: "UAE",
    status: RESTRICTED,
    zones: NO_ZONES,
    pair: "uaenorth",
  }),
  region({
    code: "israelcentral",
    displayName: "Israel Central",
    location: "Israel",
    city: noCity("Israel"),
    country: "IL",
    geography: "Israel",
    status: GA,
    zones: ZONES,
    pair: null,
  }),
  // --- Every other row of the regions list, outside Europe (azure-world.ts) ---
  ...AZURE_WORLD_REGIONS,
];
