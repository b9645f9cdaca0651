/**
 * The row form of the Azure regions catalogued one by one (`azure-europe.ts`, `azure.ts`): the
 * regions list's columns as written there, and the facts several rows share. Column sources are
 * in `azure.ts`.
 */
import type { Fact, PortableService, RegionFacts, RegionStatus } from "../types";
import { fact, unconfirmed } from "../types";

export const ALL_SERVICES: readonly PortableService[] = ["bucket", "network", "virtualMachine"];
export const LIST = "azure-regions-list" as const;
export const PAIRED = "azure-regions-paired" as const;

export const GA = fact<RegionStatus>("ga", LIST, "listed without the restricted or coming-soon icon");
export const RESTRICTED = fact<RegionStatus>(
  "restricted",
  LIST,
  "listed with the restricted icon: access is granted on request (disaster-recovery scenarios)",
);
export const ZONES = fact<readonly string[]>(
  ["1", "2", "3"],
  "azure-az-overview",
  "the regions list marks availability zone support; zones are logical and mapped per subscription",
);
export const NO_ZONES = fact<readonly string[]>([], LIST, "no availability zone support in the regions list");

export interface Row {
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

export function region(r: Row): RegionFacts {
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
export const city = (name: string) => fact(name, LIST, "physical location column");
/** The physical location names only a country or state: the city is unknown. */
export const noCity = (location: string, claimed?: string) =>
  unconfirmed(`the regions list gives only "${location}" as the physical location`, claimed, LIST);
