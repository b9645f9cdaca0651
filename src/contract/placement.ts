import type { DriverId, ProviderFacts, RegionFacts } from "../catalog/types";

/** A target, parsed but not yet checked against the catalog. */
export interface Target {
  readonly provider: string;
  readonly region: string;
  readonly zone?: string;
  /** A driver other than the provider's own (one of its `alternativeDrivers`). */
  readonly driver?: string;
}

/** A target resolved against the catalog: the facts about who operates it and where it is. */
export interface Placement {
  readonly provider: ProviderFacts;
  readonly region: RegionFacts;
  /** The zone asked for, checked against the region's zones. */
  readonly zone?: string;
  /** A driver the target asked for instead of the provider's own (one of its `alternativeDrivers`). */
  readonly driver?: DriverId;
}

/** The driver that deploys a placement: the one the target asked for, else the provider's own. */
export function driverOf(p: Placement): DriverId {
  return p.driver ?? p.provider.driver;
}

/** `provider:region[:zone]`. */
export function placementLabel(p: Placement | Target): string {
  const provider = typeof p.provider === "string" ? p.provider : p.provider.id;
  const region = typeof p.region === "string" ? p.region : p.region.code;
  return p.zone === undefined ? `${provider}:${region}` : `${provider}:${region}:${p.zone}`;
}
