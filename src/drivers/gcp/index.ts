/**
 * The Google Cloud driver (@pulumi/gcp). Every child gets an explicit `gcp.Provider`: the user's own
 * (validated by the component) or the one shared per region and project (`gcp-europe-west3`, see
 * provider.ts), so nothing lands on the default provider. The SDK is loaded only when a resource is created (see `sdk.ts`).
 */
import type { Driver } from "../types";
import { GCP_CAPABILITIES } from "./capabilities";
import { checkBucket, createBucket } from "./bucket";
import { checkNetwork, createNetwork } from "./network";
import { checkVirtualMachine, createVirtualMachine } from "./vm";

export type { GcpBucketOverrides, GcpNetworkOverrides, GcpVirtualMachineOverrides } from "./overrides";
export type { GcpNetworkData } from "./network";

export const gcpDriver: Driver = {
  id: "gcp",
  capabilities: GCP_CAPABILITIES,
  checkBucket,
  checkNetwork,
  checkVirtualMachine,
  bucket: createBucket,
  network: createNetwork,
  virtualMachine: createVirtualMachine,
  overriddenInstanceType: (overrides) => overrides.gcp?.machineType,
  overriddenImage: (overrides) => overrides.gcp?.image,
};
