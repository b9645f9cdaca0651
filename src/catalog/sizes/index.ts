/** Instance-type tables per provider (each file says where its numbers come from). */
import type { InstanceTypeTable, ProviderId } from "../types";
import { AWS_INSTANCE_TYPES } from "./aws";
import { AZURE_INSTANCE_TYPES } from "./azure";
import { GCP_INSTANCE_TYPES } from "./gcp";

export const INSTANCE_TYPES: Readonly<Partial<Record<ProviderId, InstanceTypeTable>>> = {
  aws: AWS_INSTANCE_TYPES,
  azure: AZURE_INSTANCE_TYPES,
  gcp: GCP_INSTANCE_TYPES,
};

export { largestType, pickInstanceType } from "./resolve";
