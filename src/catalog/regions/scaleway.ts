/**
 * Scaleway regions: Paris, Amsterdam, Warsaw, all in the EU.
 *
 * - Regions, zones and services: Scaleway's product availability guide (validated 2025-12-04,
 *   primary): zones PAR1-3, AMS1-3, WAW1-3; Instances in all nine zones; Object Storage and VPC
 *   Private Networks "across" each region. Zone codes take the SDK form `<region>-<n>` (fr-par-1 =
 *   PAR1), as in Scaleway's Go SDK (`scaleway-sdk-locality`).
 * - City and country: the guide names the regions Paris, Amsterdam, Warsaw; the region code
 *   prefix gives the country (fr, nl, pl), as the SDK and Terraform guide spell it.
 * - Object Storage Glacier class data is stored only in Paris DC4 (guide footnote), which stays in FR.
 */
import type { PortableService, RegionFacts } from "../types";
import { fact } from "../types";

const SERVICES: readonly PortableService[] = ["bucket", "network", "virtualMachine"];
const GUIDE = "scaleway-products-availability" as const;

function region(code: string, displayName: string, city: string, country: string): RegionFacts {
  return {
    provider: "scaleway",
    code,
    displayName,
    kind: "region",
    city: fact(city, GUIDE),
    country: fact(country, GUIDE, `region ${code}`),
    status: fact("ga", GUIDE, "Instances, Object Storage and Private Networks listed as available"),
    zones: fact([`${code}-1`, `${code}-2`, `${code}-3`], GUIDE, "zones as the SDK spells them (fr-par-1 = PAR1)"),
    services: SERVICES,
  };
}

export const SCALEWAY_REGIONS: readonly RegionFacts[] = [
  region("fr-par", "Paris", "Paris", "FR"),
  region("nl-ams", "Amsterdam", "Amsterdam", "NL"),
  region("pl-waw", "Warsaw", "Warsaw", "PL"),
];
