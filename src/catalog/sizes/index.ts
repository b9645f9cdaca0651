/** Instance-type tables per provider (each file says where its numbers come from). */
import type { InstanceTypeTable, ProviderId } from "../types";
import { AWS_INSTANCE_TYPES } from "./aws";
import { AZURE_INSTANCE_TYPES } from "./azure";
import { GCP_INSTANCE_TYPES } from "./gcp";
import { HETZNER_INSTANCE_TYPES } from "./hetzner";
import { OPENSTACK_INSTANCE_TYPES } from "./openstack";
import { OVHCLOUD_INSTANCE_TYPES } from "./ovhcloud";
import { SCALEWAY_INSTANCE_TYPES } from "./scaleway";

/** Providers without a sourced table are absent: a VM there needs the instance type pinned in overrides. */
export const INSTANCE_TYPES: Readonly<Partial<Record<ProviderId, InstanceTypeTable>>> = {
  aws: AWS_INSTANCE_TYPES,
  azure: AZURE_INSTANCE_TYPES,
  gcp: GCP_INSTANCE_TYPES,
  scaleway: SCALEWAY_INSTANCE_TYPES,
  hetzner: HETZNER_INSTANCE_TYPES,
  ...(OVHCLOUD_INSTANCE_TYPES ? { ovhcloud: OVHCLOUD_INSTANCE_TYPES } : {}),
  ...OPENSTACK_INSTANCE_TYPES,
};

export { largestType, pickInstanceType } from "./resolve";
