/**
 * The Google Cloud driver (@pulumi/gcp). Each component gets its own explicit `gcp.Provider`
 * (`<name>-provider`) for its placement; every child uses it, so nothing lands on the default
 * provider. The SDK is loaded only when a resource is created (see `sdk.ts`).
 */
import type { Driver } from "../types";
import { GCP_CAPABILITIES } from "./capabilities";
import { checkBucket, createBucket } from "./bucket";
import { checkNetwork, createNetwork } from "./network";
import { checkVirtualMachine, createVirtualMachine } from "./vm";
import { checkDatabase, createDatabase } from "./database";

export type { GcpBucketOverrides, GcpDatabaseOverrides, GcpNetworkOverrides, GcpVirtualMachineOverrides } from "./overrides";
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
  checkDatabase,
  database: createDatabase,
  overriddenDatabaseClass: (o) => o.gcp?.tier,
};
