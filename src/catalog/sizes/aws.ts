/**
 * AWS instance types for portable sizes.
 *
 * vCPUs and memory (GiB) are copied from the Amazon EC2 User Guide hardware-specification tables
 * (awsdocs/amazon-ec2-user-guide): t3 and m5 from general-purpose-instances.md, c5 from
 * compute-optimized-instances.md, r5 from memory-optimized-instances.md.
 *
 * Families: t3 (burstable, shared core), then c5, m5, r5 (Nitro, fixed performance). These are
 * long-established x86-64 families chosen because they are the most likely to be offered in every
 * European Region. That they are offered in *every* catalog Region (in particular eu-south-2,
 * eu-central-2 and eusc-de-east-1) is UNCONFIRMED: no per-Region availability source was found.
 * Where a type is missing, set `overrides.aws.instanceType`.
 *
 * Order = preference among equally small types (see `pickInstanceType`): the burstable t3 first
 * (cheapest for SCS `V`/`L` shared-core flavors), then compute-, general- and memory-optimised.
 * Dedicated-CPU SCS classes (`T`, `C`) skip `sharedCore` types. Together they cover every scs-0103
 * standard flavor (1-16 vCPU, up to 128 GiB).
 */
import type { InstanceType, InstanceTypeTable } from "../types";
import { awsSize, perVcpu } from "./rows";

function family(prefix: string, sharedCore: boolean, rows: readonly (readonly [string, number, number])[]): InstanceType[] {
  return rows.map(([size, vcpus, memoryGiB]) => ({ name: `${prefix}.${size}`, vcpus, memoryGiB, sharedCore }));
}

/** c5, m5 and r5 come in large (2 vCPUs), xlarge, 2xlarge and 4xlarge (16 vCPUs), with a fixed memory per vCPU. */
const NITRO_VCPUS = [2, 4, 8, 16];

export const AWS_INSTANCE_TYPES: InstanceTypeTable = {
  provider: "aws",
  source: "awsdocs-ec2-general-purpose",
  types: [
    // general-purpose-instances.md (burstable: a baseline share of each vCPU plus CPU credits)
    ...family("t3", true, [
      ["nano", 2, 0.5],
      ["micro", 2, 1],
      ["small", 2, 2],
      ["medium", 2, 4],
      ["large", 2, 8],
      ["xlarge", 4, 16],
      ["2xlarge", 8, 32],
    ]),
    // compute-optimized-instances.md: 2 GiB per vCPU
    ...perVcpu(false, 2, NITRO_VCPUS, (v) => `c5.${awsSize(v)}`),
    // general-purpose-instances.md: 4 GiB per vCPU
    ...perVcpu(false, 4, NITRO_VCPUS, (v) => `m5.${awsSize(v)}`),
    // memory-optimized-instances.md: 8 GiB per vCPU
    ...perVcpu(false, 8, NITRO_VCPUS, (v) => `r5.${awsSize(v)}`),
  ],
};

/** The source of each family's vCPU/memory figures (the table's `source` names the first). */
export const AWS_INSTANCE_FAMILY_SOURCES = {
  t3: "awsdocs-ec2-general-purpose",
  m5: "awsdocs-ec2-general-purpose",
  c5: "awsdocs-ec2-compute-optimized",
  r5: "awsdocs-ec2-memory-optimized",
} as const;
