/**
 * The Google Cloud driver (@pulumi/gcp). Every child gets an explicit `gcp.Provider`: the user's own
 * (validated by the component) or the one shared per region and project (`gcp-europe-west3`, see
 * provider.ts), so nothing lands on the default provider. The SDK is loaded only when a resource is created (see `sdk.ts`).
 */
import { defineDriver } from "../define";
import type { Driver } from "../types";
import { checkDatabase, createDatabase } from "./database";
import { checkKubernetesCluster, createKubernetesCluster } from "./gke";
import * as bucket from "./bucket";
import { GCP_CAPABILITIES } from "./capabilities";
import * as network from "./network";
import * as vm from "./vm";

export type {
  GcpBucketOverrides,
  GcpDatabaseOverrides,
  GcpKubernetesClusterOverrides,
  GcpNetworkOverrides,
  GcpVirtualMachineOverrides,
} from "./overrides";
export type { GcpNetworkData } from "./network";

// The checks live next to what they check (bucket.ts, network.ts, vm.ts), not in a checks.ts.
const checks = { checkBucket: bucket.checkBucket, checkNetwork: network.checkNetwork, checkVirtualMachine: vm.checkVirtualMachine };

export const gcpDriver: Driver = defineDriver(
  "gcp",
  GCP_CAPABILITIES,
  { checks, bucket, network, vm },
  {
    instanceType: (o) => o.gcp?.machineType,
    image: (o) => o.gcp?.image,
  },
  {
    checkDatabase,
    database: createDatabase,
    overriddenDatabaseClass: (o) => o.gcp?.tier,
    checkKubernetesCluster,
    kubernetesCluster: createKubernetesCluster,
  },
);
