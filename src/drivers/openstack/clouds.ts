/**
 * The per-cloud OpenStack table is catalog data (src/catalog/openstack-clouds.ts); this module
 * keeps what the driver derives from it.
 */
import type { Placement } from "../../contract/placement";
import { CLOUDS, type CloudDefaults } from "../../catalog/openstack-clouds";

export { CLOUDS, type CloudDefaults, type Sourced } from "../../catalog/openstack-clouds";

/** The OpenStack region name the APIs take (OVHcloud's compute region `GRA11`, else the code). */
export function openstackRegion(p: Placement): string {
  return p.region.apiCodes?.virtualMachine ?? p.region.code;
}

/** The cloud's defaults (empty for a cloud without any). */
export function cloudOf(p: Placement): CloudDefaults {
  return CLOUDS[p.provider.id] ?? {};
}
