/**
 * OVHcloud Public Cloud instance flavors for portable sizes.
 *
 * vCPU ("vCores"), RAM and local disk per flavor: a copy of OVHcloud's public price list
 * (`ovh-flavors-price-list`, secondary; in that copy the labels "Network" and "Storage" are swapped,
 * the GB figure is the disk). Shared vs guaranteed: OVHcloud's first-steps guide (`ovh-first-steps`,
 * primary) says Discovery (d2) instances run on shared resources and the General Purpose (b),
 * Compute (c) and Memory (r) families have guaranteed resources. RAM is in GB in the source and is
 * taken as GiB, as for the other providers. Which flavors a region offers is not in the catalog:
 * the driver looks the flavor up by name in the target region at deploy time, and a flavor the
 * region lacks fails there (pin another with `overrides.ovhcloud.flavor`).
 *
 * Order = preference on ties: Discovery first (cheapest per the price list), then the third
 * generation (c3, b3, r3), then the second (b2, c2, r2).
 */
import type { InstanceType, InstanceTypeTable } from "../types";

/** [name, vCPUs, RAM GiB, local disk GB] */
type Row = readonly [string, number, number, number];

const DISCOVERY: readonly Row[] = [
  ["d2-2", 1, 2, 25],
  ["d2-4", 2, 4, 50],
  ["d2-8", 4, 8, 50],
];

const GUARANTEED: readonly Row[] = [
  ["c3-4", 2, 4, 50],
  ["c3-8", 4, 8, 100],
  ["c3-16", 8, 16, 200],
  ["c3-32", 16, 32, 400],
  ["c3-64", 32, 64, 400],
  ["c3-128", 64, 128, 400],
  ["b3-8", 2, 8, 50],
  ["b3-16", 4, 16, 100],
  ["b3-32", 8, 32, 200],
  ["b3-64", 16, 64, 400],
  ["b3-128", 32, 128, 400],
  ["b3-256", 64, 256, 400],
  ["r3-16", 2, 16, 50],
  ["r3-32", 4, 32, 100],
  ["r3-64", 8, 64, 200],
  ["r3-128", 16, 128, 400],
  ["r3-256", 32, 256, 400],
  ["r3-512", 64, 512, 400],
  ["b2-7", 2, 7, 50],
  ["b2-15", 4, 15, 100],
  ["b2-30", 8, 30, 200],
  ["b2-60", 16, 60, 400],
  ["b2-120", 32, 120, 400],
  ["c2-7", 2, 7, 50],
  ["c2-15", 4, 15, 100],
  ["c2-30", 8, 30, 200],
  ["c2-60", 16, 60, 400],
  ["c2-120", 32, 120, 400],
  ["r2-15", 2, 15, 50],
  ["r2-30", 2, 30, 50],
  ["r2-60", 4, 60, 100],
  ["r2-120", 8, 120, 200],
  ["r2-240", 16, 240, 400],
];

function family(sharedCore: boolean, rows: readonly Row[]): InstanceType[] {
  return rows.map(([name, vcpus, memoryGiB]) => ({ name, vcpus, memoryGiB, sharedCore }));
}

export const OVHCLOUD_INSTANCE_TYPES: InstanceTypeTable = {
  provider: "ovhcloud",
  source: "ovh-flavors-price-list",
  types: [...family(true, DISCOVERY), ...family(false, GUARANTEED)],
};

/**
 * Local root disk of each flavor in GB (same source). The ovhcloud driver boots from this disk,
 * so a VM cannot ask for more than its flavor has.
 */
export const OVHCLOUD_FLAVOR_DISK_GB: Readonly<Record<string, number>> = Object.fromEntries(
  [...DISCOVERY, ...GUARANTEED].map(([name, , , disk]) => [name, disk]),
);
