/**
 * Portable sizes to provider instance types: the smallest type in a provider's table that meets
 * the vCPU and memory asked for (dedicated-CPU SCS classes `T`/`C` skip shared-core types).
 * "Smallest" = fewest vCPUs, then least memory, then the table's order of preference.
 */
import type { InstanceType, InstanceTypeTable, PortableSize } from "../types";

export function pickInstanceType(table: InstanceTypeTable, size: PortableSize): InstanceType | undefined {
  const dedicated = size.cpuClass === "T" || size.cpuClass === "C";
  let best: InstanceType | undefined;
  for (const t of table.types) {
    if (t.vcpus < size.vcpus || t.memoryGiB < size.memoryGiB || (dedicated && t.sharedCore)) continue;
    if (best === undefined || t.vcpus < best.vcpus || (t.vcpus === best.vcpus && t.memoryGiB < best.memoryGiB)) best = t;
  }
  return best;
}

/** The largest type of a table, for messages ("up to 96 vCPU / 384 GiB"). */
export function largestType(table: InstanceTypeTable): InstanceType | undefined {
  return table.types.reduce<InstanceType | undefined>(
    (a, t) => (a === undefined || t.vcpus > a.vcpus || (t.vcpus === a.vcpus && t.memoryGiB > a.memoryGiB) ? t : a),
    undefined,
  );
}
