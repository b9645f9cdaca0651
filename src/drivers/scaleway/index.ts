/**
 * The Scaleway driver: Object Storage buckets, VPC Private Networks with a security group, and
 * Instances, every child on an explicit `scaleway.Provider` (the user's own, or one shared per
 * region and zone: `scaleway-fr-par`, see provider.ts) and carrying its region or zone itself. `@pulumiverse/scaleway` is loaded only when a resource is created (see `sdk.ts`).
 */
import type { Driver } from "../types";
import { createBucket } from "./bucket";
import { SCALEWAY_CAPABILITIES } from "./capabilities";
import { checkBucket, checkNetwork, checkVirtualMachine } from "./checks";
import { createNetwork } from "./network";
import { createVirtualMachine } from "./vm";

export type { ScalewayBucketOverrides, ScalewayNetworkOverrides, ScalewayVirtualMachineOverrides } from "./overrides";

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
};
