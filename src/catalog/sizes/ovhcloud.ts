/**
 * OVHcloud instance flavors for portable sizes: NOT CONFIRMED.
 *
 * Flavor names such as b3-8, c3-4, r3-16 are used in OVH's own Terraform tests, but no source read
 * gave their vCPU counts (the number in the name is the RAM in GB), so no table is claimed. A
 * secondary README lists older flavors (s1-2 1/2, s1-4 1/4, s1-8 2/8, b2-7 2/7, b2-15 4/15); one
 * unreviewed source is not enough. Until a table is sourced, the OVHcloud driver must take the
 * flavor from `overrides.ovhcloud.flavor` (or query the project's flavor list at deploy time).
 */
import type { InstanceTypeTable } from "../types";

export const OVHCLOUD_INSTANCE_TYPES: InstanceTypeTable | undefined = undefined;
