/**
 * Azure regions: every European region (`azure-europe.ts`), plus the non-European rows of the regions
 * list (here a few; the rest in `azure-world.ts`), which exist to be rejected by fact.
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
import type { RegionFacts } from "../types";
import { AZURE_EUROPE_REGIONS } from "./azure-europe";
import { city, GA, noCity, NO_ZONES, region, RESTRICTED, ZONES } from "./azure-row";
import { AZURE_WORLD_REGIONS } from "./azure-world";

export const AZURE_REGIONS: readonly RegionFacts[] = [
  // --- Europe (regions list, Europe tab: azure-europe.ts) ---
  ...AZURE_EUROPE_REGIONS,

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
