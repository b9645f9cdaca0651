/**
 * Scaleway regions: Paris, Amsterdam, Warsaw and Milan, all in the EU.
 *
 * - Paris, Amsterdam, Warsaw: regions, zones and services from Scaleway's product availability
 *   guide (validated 2025-12-04, primary): zones PAR1-3, AMS1-3, WAW1-3; Instances in all nine
 *   zones; Object Storage and VPC Private Networks "across" each region. Zone codes take the SDK
 *   form `<region>-<n>` (fr-par-1 = PAR1), as in Scaleway's Go SDK (`scaleway-sdk-locality`).
 *   City and country: the guide names the regions Paris, Amsterdam, Warsaw; the region code
 *   prefix gives the country (fr, nl, pl), as the SDK and Terraform guide spell it.
 * - Milan (`it-mil`): in the Go SDK's locality list since 2026-02-23 with one zone, `it-mil-1`;
 *   the SDK's VPC and Instance API clients list it (`scaleway-sdk-it-mil-apis`). The availability
 *   guide read has no Milan column, so only what the SDK shows is confirmed: networking (VPC,
 *   Private Network, the zonal security group). Object Storage and the Instance types, Block
 *   Storage volumes and images a VM needs are not documented there: those services stay
 *   unconfirmed and a component asking for them is refused (`SC_SERVICE_UNCONFIRMED`).
 * - Object Storage Glacier class data is stored only in Paris DC4 (guide footnote), which stays in FR.
 */
import type { PortableService, RegionFacts } from "../types";
import { fact, unconfirmed } from "../types";

const SERVICES: readonly PortableService[] = ["bucket", "network", "virtualMachine"];
const GUIDE = "scaleway-products-availability" as const;
const SDK = "scaleway-sdk-locality" as const;

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

/** Why the availability guide cannot speak for Milan. */
const NOT_IN_GUIDE = "Scaleway's product availability guide read (validated 2025-12-04) has no Milan column";

export const SCALEWAY_REGIONS: readonly RegionFacts[] = [
  region("fr-par", "Paris", "Paris", "FR"),
  region("nl-ams", "Amsterdam", "Amsterdam", "NL"),
  region("pl-waw", "Warsaw", "Warsaw", "PL"),
  {
    provider: "scaleway",
    code: "it-mil",
    displayName: "Milan",
    kind: "region",
    city: fact(
      "Milan",
      "scaleway-it-mil-endpoints-iac",
      "third-party tables name it-mil 'Milan, Italy'; the SDK itself names only the code",
    ),
    country: fact("IT", SDK, "region code it-mil: the prefix is the ISO country code, as for fr-par, nl-ams and pl-waw"),
    status: fact(
      "ga",
      SDK,
      "in the SDK's list of all regions (RegionItMil) since 2026-02-23; the Instance, VPC and IPAM API clients serve it",
    ),
    zones: fact(["it-mil-1"], SDK, "GetZones(it-mil) = [it-mil-1]: one zone so far"),
    services: ["network"],
    unconfirmedServices: {
      bucket: unconfirmed(
        `${NOT_IN_GUIDE} and @pulumiverse/scaleway 1.54 does not mention it-mil; only third-party code uses an s3.it-mil.scw.cloud endpoint (scaleway-it-mil-endpoints-iac)`,
        true,
        "scaleway-it-mil-endpoints-iac",
      ),
      virtualMachine: unconfirmed(
        `the Instance API accepts zone it-mil-1, but ${NOT_IN_GUIDE}: which commercial types, Block Storage (SBS) root volumes and images are offered there is not documented`,
        true,
        "scaleway-sdk-it-mil-apis",
      ),
    },
    notes:
      "Opened 2026 (SDK locality since 2026-02-23). Container Registry endpoints for it-mil use the scw.eu domain (rg.it-mil.scw.eu) instead of scw.cloud (scaleway-sdk-it-mil-apis).",
  },
];
