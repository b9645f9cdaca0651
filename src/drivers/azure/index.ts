/**
 * The Azure driver (azure-native). Each component gets its own explicit `azure-native.Provider`
 * pinned to the placement's location and its own resource group; the SDK is loaded only when a
 * resource is created (see sdk.ts).
 */
import type { Driver, VirtualMachineOverrides } from "../types";
import { AZURE_CAPABILITIES } from "./capabilities";
import { createBucket } from "./bucket";
import { checkBucket, checkNetwork, checkVirtualMachine } from "./checks";
import { createNetwork } from "./network";
import { createVirtualMachine } from "./vm";
import { checkDatabase, createDatabase } from "./database";

export type { AzureBucketOverrides, AzureDatabaseOverrides, AzureNetworkOverrides, AzureVirtualMachineOverrides } from "./overrides";

export const azureDriver: Driver = {
  id: "azure",
  capabilities: AZURE_CAPABILITIES,
  checkBucket,
  checkNetwork,
  checkVirtualMachine,
  bucket: createBucket,
  network: createNetwork,
  virtualMachine: createVirtualMachine,
  overriddenInstanceType: (o: VirtualMachineOverrides) => o.azure?.vmSize,
  overriddenImage: (o: VirtualMachineOverrides) => o.azure?.imageUrn,
  checkDatabase,
  database: createDatabase,
  overriddenDatabaseClass: (o) => o.azure?.skuName,
};
