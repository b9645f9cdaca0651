/**
 * Which drivers this release ships. Driver modules are small and import their provider SDK only
 * when a resource is created (each has an `sdk()` that `require`s it), so a stack that targets one
 * provider never loads another provider's SDK.
 */
import type { DriverId } from "../catalog/types";
import { awsDriver } from "./aws/index";
import { azureDriver } from "./azure/index";
import { gcpDriver } from "./gcp/index";
import { hetznerDriver } from "./hetzner/index";
import { openstackDriver } from "./openstack/index";
import { ovhcloudDriver } from "./ovhcloud/index";
import { scalewayDriver } from "./scaleway/index";
import type { Driver } from "./types";

const DRIVERS: Readonly<Partial<Record<DriverId, Driver | undefined>>> = {
  aws: awsDriver,
  azure: azureDriver,
  gcp: gcpDriver,
  hetzner: hetznerDriver,
  openstack: openstackDriver,
  ovhcloud: ovhcloudDriver,
  scaleway: scalewayDriver,
};

/** The driver for a provider, or `undefined` when this release has none. */
export function driverFor(id: DriverId): Driver | undefined {
  return DRIVERS[id];
}

/** Driver ids this release can deploy to. */
export function availableDrivers(): DriverId[] {
  return (Object.keys(DRIVERS) as DriverId[]).filter((id) => DRIVERS[id] !== undefined);
}
