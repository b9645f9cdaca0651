/**
 * Scaleway instance types for portable sizes.
 *
 * Ranges, CPU sharing and zone limits: Scaleway's Instances datasheet (`scaleway-instances-datasheet`,
 * primary): DEV1 2-4 vCPU / 2-12 GiB, PLAY2 and PRO2 1-32 vCPU / 2-128 GiB, all on shared vCPUs; POP2
 * 2-96 dedicated vCPUs at 1 vCPU : 4 GiB. PLAY2 and DEV1 are not offered in PAR3 (fr-par-3): pick a
 * type with `overrides.scaleway.instanceType` there.
 * Per-type vCPU and RAM of DEV1/PLAY2/PRO2: open-source integrations that pin Scaleway's catalogue
 * (`scaleway-instance-types-catalogue`, secondary), each value inside the datasheet's ranges and ratios.
 * POP2 names state their size (POP2-2C-8G = 2 dedicated vCPUs, 8 GiB); POP2-2C-8G and POP2-64C-256G
 * appear in Scaleway material, the sizes in between follow the documented 1:4 family (not each
 * confirmed as orderable).
 *
 * Order = preference among equally small types: PLAY2, then PRO2 (current shared generation), DEV1,
 * then the dedicated POP2 (used for SCS `T`/`C` classes, which skip shared-core types).
 */
import type { InstanceType, InstanceTypeTable } from "../types";

function shared(rows: readonly (readonly [string, number, number])[]): InstanceType[] {
  return rows.map(([name, vcpus, memoryGiB]) => ({ name, vcpus, memoryGiB, sharedCore: true }));
}

export const SCALEWAY_INSTANCE_TYPES: InstanceTypeTable = {
  provider: "scaleway",
  source: "scaleway-instance-types-catalogue",
  types: [
    ...shared([
      ["PLAY2-PICO", 1, 2],
      ["PLAY2-NANO", 2, 4],
      ["PLAY2-MICRO", 4, 8],
      ["PRO2-XXS", 2, 8],
      ["PRO2-XS", 4, 16],
      ["PRO2-S", 8, 32],
      ["PRO2-M", 16, 64],
      ["PRO2-L", 32, 128],
      ["DEV1-S", 2, 2],
      ["DEV1-M", 3, 4],
      ["DEV1-L", 4, 8],
      ["DEV1-XL", 4, 12],
    ]),
    ...[2, 4, 8, 16, 32, 64].map((v): InstanceType => ({ name: `POP2-${v}C-${v * 4}G`, vcpus: v, memoryGiB: v * 4, sharedCore: false })),
  ],
};
