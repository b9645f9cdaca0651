/**
 * Flavor tables of the OpenStack clouds.
 *
 * - pluscloud open: an SCS-compatible IaaS cloud (`scs-compliance-overview`), so it offers the
 *   scs-0103 mandatory standard flavors under their SCS names; vCPU and RAM are parsed from the names
 *   (scs-0100 grammar). `V` and `L` flavors are shared-core. pluscloud open is tested, not certified.
 * - Cleura: flavor names from Cleura's docs (`cleura-flavor-list`, primary) follow
 *   `<type>.<cores>c<memory>gb`; only the names the docs list are here. Whether `b.` cores are
 *   dedicated is not stated, so they count as shared (a `T`/`C` SCS flavor will not resolve).
 * - Open Telekom Cloud: the general-purpose S3 flavors from the ECS docs (`otc-ecs-general-purpose`,
 *   primary), named `s3.<size>.<memory:vCPU ratio>`. General-purpose ECSs have a baseline vCPU
 *   performance with bursting, so they count as shared-core. Which regions offer each flavor is not
 *   in the table read; `overrides.openstack.flavor` pins another one.
 */
import { parseScsFlavor, SCS_MANDATORY_FLAVORS } from "../scs";
import type { InstanceType, InstanceTypeTable, ProviderId } from "../types";

function scsType(name: string): InstanceType {
  const parsed = parseScsFlavor(name);
  if (!parsed.ok) throw new Error(`scs-0103 flavor ${name} does not parse: ${parsed.why}`);
  const { vcpus, memoryGiB, cpuClass } = parsed.flavor;
  return { name, vcpus, memoryGiB, sharedCore: cpuClass === "V" || cpuClass === "L" };
}

export const PLUSCLOUD_OPEN_INSTANCE_TYPES: InstanceTypeTable = {
  provider: "pluscloud-open",
  source: "scs-0103-v1",
  types: SCS_MANDATORY_FLAVORS.map(scsType),
};

export const CLEURA_INSTANCE_TYPES: InstanceTypeTable = {
  provider: "cleura",
  source: "cleura-flavor-list",
  types: (
    [
      ["b.1c1gb", 1, 1],
      ["b.1c2gb", 1, 2],
      ["b.1c4gb", 1, 4],
      ["b.2c2gb", 2, 2],
      ["b.2c4gb", 2, 4],
      ["b.2c8gb", 2, 8],
      ["b.2c16gb", 2, 16],
      ["b.4c4gb", 4, 4],
    ] as const
  ).map(([name, vcpus, memoryGiB]): InstanceType => ({ name, vcpus, memoryGiB, sharedCore: true })),
};

/** vCPUs of the S3 sizes (`otc-ecs-general-purpose`); memory is vCPUs x the ratio in the name (.1, .2, .4, .8). */
const OTC_S3_SIZES: readonly (readonly [size: string, vcpus: number])[] = [
  ["medium", 1],
  ["large", 2],
  ["xlarge", 4],
  ["2xlarge", 8],
  ["4xlarge", 16],
  ["8xlarge", 32],
];

/** Open Telekom Cloud general-purpose S3 flavors, exactly as listed in Table 2 of the ECS docs. */
export const OTC_INSTANCE_TYPES: InstanceTypeTable = {
  provider: "otc",
  source: "otc-ecs-general-purpose",
  types: [1, 2, 4, 8].flatMap((ratio) =>
    OTC_S3_SIZES.map(([size, vcpus]): InstanceType => ({ name: `s3.${size}.${ratio}`, vcpus, memoryGiB: vcpus * ratio, sharedCore: true })),
  ),
};

/** The OpenStack clouds' tables by provider (absent = no sourced table). */
export const OPENSTACK_INSTANCE_TYPES: Readonly<Partial<Record<ProviderId, InstanceTypeTable>>> = {
  "pluscloud-open": PLUSCLOUD_OPEN_INSTANCE_TYPES,
  cleura: CLEURA_INSTANCE_TYPES,
  otc: OTC_INSTANCE_TYPES,
};
