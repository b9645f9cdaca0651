/**
 * What a user's own provider must agree with for a placement, per driver: the Pulumi package whose
 * provider the driver's children use, and the provider settings that name a location (region,
 * location, zone, API endpoint). Components check a provider passed to them against this before
 * anything is created (components/providers.ts). Pure data; no SDK is loaded.
 *
 * Every driver also puts the placement's location on each child itself (`region`, `location`,
 * `zone`), so these settings are only the provider's defaults: a contradiction is refused because
 * it shows the program and the target disagree, not because children would follow the provider.
 */
import type { DriverId, PortableService } from "../catalog/types";
import { known } from "../catalog/types";
import type { Placement } from "../contract/placement";
import { openstackRegion } from "./openstack/clouds";

/** One provider setting that must agree with the placement. */
export interface ProviderSetting {
  /** The provider resource's output property (`region`, `location`, `zone`, `endpoint`). */
  readonly property: string;
  /** What the placement asks for, as shown in the error (`eu-central-1`, `a zone of fr-par`). */
  readonly expected: string;
  /** True when a value the provider reports agrees with the placement. */
  readonly agrees: (value: string) => boolean;
}

/** The provider one package's children use, and what it must agree with. */
export interface ProviderExpectation {
  /** Pulumi package name (`aws`, `azure-native`, `gcp`, `scaleway`, `ovh`, `hcloud`, `openstack`). */
  readonly pkg: string;
  readonly settings: readonly ProviderSetting[];
}

const same =
  (expected: string): ProviderSetting["agrees"] =>
  (v) =>
    v === expected;
/** Azure accepts display names and codes alike (`France Central` = `francecentral`). */
const azureLocation = (s: string) => s.toLowerCase().replace(/\s+/g, "");

function setting(property: string, expected: string, agrees: ProviderSetting["agrees"] = same(expected)): ProviderSetting {
  return { property, expected, agrees };
}

/** A zone setting agrees when it is one of the region's zones (or, without a confirmed list, named after the region). */
function zoneOf(placement: Placement): ProviderSetting {
  const region = placement.region.code;
  const zones = known(placement.region.zones);
  return setting("zone", `a zone of ${region}${zones ? ` (${zones.join(", ")})` : ""}`, (v) =>
    zones ? zones.includes(v) : v.startsWith(`${region}-`),
  );
}

/** The providers a driver's children of `service` use at `placement`, with what each must agree with. */
export function providerExpectations(driver: DriverId, placement: Placement, service: PortableService): ProviderExpectation[] {
  const region = placement.region.code;
  switch (driver) {
    case "aws":
      return [{ pkg: "aws", settings: [setting("region", region)] }];
    case "azure":
      return [{ pkg: "azure-native", settings: [setting("location", region, (v) => azureLocation(v) === azureLocation(region))] }];
    case "gcp":
      return [{ pkg: "gcp", settings: [setting("region", region), zoneOf(placement)] }];
    case "scaleway":
      return [{ pkg: "scaleway", settings: [setting("region", region), zoneOf(placement)] }];
    case "ovhcloud":
      // OVHcloud providers take no region; the EU API manages OVH SAS's EU regions.
      return [{ pkg: "ovh", settings: [setting("endpoint", "ovh-eu")] }];
    case "hetzner":
      // Hetzner Cloud providers take no location; buckets go through an S3 (aws) provider whose
      // region is the Object Storage location.
      return service === "bucket" ? [{ pkg: "aws", settings: [setting("region", region)] }] : [{ pkg: "hcloud", settings: [] }];
    case "openstack":
      return [{ pkg: "openstack", settings: [setting("region", openstackRegion(placement))] }];
    default:
      return [];
  }
}
