/**
 * The Azure driver (azure-native). Every child is on an explicit `azure-native.Provider`
 * (the user's own, or one shared per location: `azure-francecentral`, see common.ts), and carries the
 * placement's location itself; each component has its own resource group; the SDK is loaded only when a
 * resource is created (see sdk.ts).
 */
import type { Driver, VirtualMachineOverrides } from "../types";
import { AZURE_CAPABILITIES } from "./capabilities";
import { createBucket } from "./bucket";
import { checkBucket, checkNetwork, checkVirtualMachine } from "./checks";
import { createNetwork } from "./network";
import { createVirtualMachine } from "./vm";

export type { AzureBucketOverrides, AzureNetworkOverrides, AzureVirtualMachineOverrides } from "./overrides";

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
};
