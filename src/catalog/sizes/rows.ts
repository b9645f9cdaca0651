/**
 * Families that a provider sizes by a fixed memory per vCPU (AWS c5: 2 GiB, m5: 4 GiB, r5: 8 GiB;
 * Azure Fsv2/Dsv5/Esv5 likewise), written as their vCPU counts and that ratio instead of one row a
 * type. Used by the VM size tables here and the database classes in `../databases`.
 */
import type { InstanceType } from "../types";

/** A family with `gibPerVcpu` GiB of memory per vCPU: one type per vCPU count, named by `name(vcpus)`. */
export function perVcpu(
  sharedCore: boolean,
  gibPerVcpu: number,
  vcpuCounts: readonly number[],
  name: (vcpus: number) => string,
): InstanceType[] {
  return vcpuCounts.map((vcpus) => ({ name: name(vcpus), vcpus, memoryGiB: vcpus * gibPerVcpu, sharedCore }));
}

/** AWS size names by vCPU count (EC2 and RDS): 2 `large`, 4 `xlarge`, then `<vCPUs / 4>xlarge` (8 `2xlarge`, 48 `12xlarge`). */
export function awsSize(vcpus: number): string {
  return vcpus === 2 ? "large" : vcpus === 4 ? "xlarge" : `${vcpus / 4}xlarge`;
}
