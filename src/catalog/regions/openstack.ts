import type { RegionFacts } from "../types";

/** openstack regions. Filled in by the catalog work for openstack. */
export const OPENSTACK_REGIONS: readonly RegionFacts[] = [];
