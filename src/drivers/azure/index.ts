/**
 * The Azure driver (azure-native). Every child is on an explicit `azure-native.Provider`
 * (the user's own, or one shared per location: `azure-francecentral`, see common.ts), and carries the
 * placement's location itself; each component has its own resource group; the SDK is loaded only when a
 * resource is created (see sdk.ts).
 */
import { defineDriver } from "../define";
import type { Driver } from "../types";
import { checkDatabase, createDatabase } from "./database";
import { checkKubernetesCluster, createKubernetesCluster } from "./aks";
import * as bucket from "./bucket";
import { AZURE_CAPABILITIES } from "./capabilities";
import * as checks from "./checks";
import * as network from "./network";
import * as vm from "./vm";

export type { AzureBucketOverrides, AzureDatabaseOverrides, AzureNetworkOverrides, AzureVirtualMachineOverrides } from "./overrides";

export const azureDriver: Driver = defineDriver(
  "azure",
  AZURE_CAPABILITIES,
  { checks, bucket, network, vm },
  {
    instanceType: (o) => o.azure?.vmSize,
    image: (o) => o.azure?.imageUrn,
  },
  {
    checkDatabase,
    database: createDatabase,
    overriddenDatabaseClass: (o) => o.azure?.skuName,
    checkKubernetesCluster,
    kubernetesCluster: createKubernetesCluster,
  },
);
