/**
 * Hetzner Cloud locations.
 *
 * - fsn1 Falkenstein DE, nbg1 Nuremberg DE, hel1 Helsinki FI (EU); ash Ashburn US and hil Hillsboro US
 *   to be rejected: a provider integration's location table (`hetzner-locations-cnap`, secondary),
 *   agreeing with residency-facts §4.1 and with a local press report naming the Falkenstein,
 *   Nuremberg, Helsinki and Ashburn data centres (`hetzner-fdp-visit`).
 * - sin Singapore: residency-facts §4.1 only (secondary).
 * - Services: servers take `location` (residency-facts); S3-compatible Object Storage exists in
 *   fsn1/nbg1/hel1 (residency-facts, secondary; @pulumi/hcloud has no bucket resource, so buckets
 *   need an S3 client with the `<location>.your-objectstorage.com` endpoint). Private networks
 *   (hcloud Network, network zone eu-central for the EU locations) are assumed where servers are.
 * - Zones: Hetzner has no availability zones inside a location in its API (a location holds
 *   datacenters such as fsn1-dc14); no zone list is claimed.
 */
import type { PortableService, RegionFacts } from "../types";
import { fact, unconfirmed } from "../types";

const EU: readonly PortableService[] = ["bucket", "network", "virtualMachine"];
const COMPUTE: readonly PortableService[] = ["network", "virtualMachine"];
const LOC = "hetzner-locations-cnap" as const;

function location(
  code: string,
  city: string,
  country: string,
  services: readonly PortableService[],
  source: "hetzner-locations-cnap" | "residency-facts" = LOC,
): RegionFacts {
  return {
    provider: "hetzner",
    code,
    displayName: city,
    kind: "region",
    city: fact(city, source),
    country: fact(country, source),
    status: fact("ga", source, "listed as a Hetzner Cloud location"),
    zones: unconfirmed("Hetzner locations have no zones in the API; datacenter names were not sourced"),
    services,
  };
}

export const HETZNER_REGIONS: readonly RegionFacts[] = [
  location("fsn1", "Falkenstein", "DE", EU),
  location("nbg1", "Nuremberg", "DE", EU),
  location("hel1", "Helsinki", "FI", EU),
  // Outside the EU: here to be rejected by fact.
  location("ash", "Ashburn", "US", COMPUTE),
  location("hil", "Hillsboro", "US", COMPUTE),
  location("sin", "Singapore", "SG", COMPUTE, "residency-facts"),
];
