/**
 * The Scaleway driver: Object Storage buckets, VPC Private Networks with a security group, and
 * Instances, each component with its own explicit `scaleway.Provider` pinned to the placement's
 * region and zone. `@pulumiverse/scaleway` is loaded only when a resource is created (see `sdk.ts`).
 */
import type { Driver } from "../types";
import { createBucket } from "./bucket";
import { SCALEWAY_CAPABILITIES } from "./capabilities";
import { checkBucket, checkNetwork, checkVirtualMachine } from "./checks";
import { createNetwork } from "./network";
import { createVirtualMachine } from "./vm";
import { checkDatabase, createDatabase } from "./database";

export type { ScalewayBucketOverrides, ScalewayDatabaseOverrides, ScalewayNetworkOverrides, ScalewayVirtualMachineOverrides } from "./overrides";

export const scalewayDriver: Driver = {
  id: "scaleway",
  capabilities: SCALEWAY_CAPABILITIES,
  checkBucket,
  checkNetwork,
  checkVirtualMachine,
  bucket: createBucket,
  network: createNetwork,
  virtualMachine: createVirtualMachine,
  overriddenInstanceType: (o) => o.scaleway?.commercialType,
  overriddenImage: (o) => o.scaleway?.imageId,
  checkDatabase,
  database: createDatabase,
  overriddenDatabaseClass: (o) => o.scaleway?.nodeType,
};
