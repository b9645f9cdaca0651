/**
 * The OVHcloud driver (@ovhcloud/pulumi-ovh 2.19.1). Every child uses an explicit
 * `ovh.Provider`: the user's own, or the one shared per endpoint (`ovhcloud-ovh-eu`, endpoint ovh-eu
 * unless `ovh:endpoint` says otherwise; see provider.ts), so nothing lands on the default provider. Every resource names its own region
 * from the catalog's API codes (S3 region for buckets, compute region for networks and VMs) and
 * the Public Cloud project from `sovereign-cloud:ovhcloudServiceName` (or the overrides). The SDK
 * is loaded only when a resource is created (see `sdk.ts`).
 */
import type { Driver } from "../types";
import { createBucket } from "./bucket";
import { OVHCLOUD_CAPABILITIES } from "./capabilities";
import { checkBucket, checkNetwork, checkVirtualMachine } from "./checks";
import { createNetwork } from "./network";
import { createVirtualMachine } from "./vm";

export type { OvhcloudBucketOverrides, OvhcloudNetworkOverrides, OvhcloudVirtualMachineOverrides } from "./overrides";
export type { OvhcloudNetworkData } from "./network";

export const ovhcloudDriver: Driver = {
  id: "ovhcloud",
  capabilities: OVHCLOUD_CAPABILITIES,
  checkBucket,
  checkNetwork,
  checkVirtualMachine,
  bucket: createBucket,
  network: createNetwork,
  virtualMachine: createVirtualMachine,
  overriddenInstanceType: (overrides) => overrides.ovhcloud?.flavor,
  overriddenImage: (overrides) => overrides.ovhcloud?.image,
};
