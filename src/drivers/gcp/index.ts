/**
 * The Google Cloud driver (@pulumi/gcp). Every child gets an explicit `gcp.Provider`: the user's own
 * (validated by the component) or the one shared per region and project (`gcp-europe-west3`, see
 * provider.ts), so nothing lands on the default provider. The SDK is loaded only when a resource is created (see `sdk.ts`).
 */
import { defineDriver } from "../define";
import * as bucket from "./bucket";
import { GCP_CAPABILITIES as capabilities } from "./capabilities";
import * as database from "./database";
import * as kubernetes from "./gke";
import * as network from "./network";
import * as overrides from "./overrides";
import * as vm from "./vm";

export type * from "./overrides";
export type { GcpNetworkData } from "./network";

// The checks live next to what they check (bucket.ts, network.ts, vm.ts), not in a checks.ts.
const checks = { checkBucket: bucket.checkBucket, checkNetwork: network.checkNetwork, checkVirtualMachine: vm.checkVirtualMachine };

export const gcpDriver = defineDriver("gcp", { capabilities, checks, bucket, network, vm, overrides, database, kubernetes });
