/**
 * The Hetzner driver: Hetzner Cloud networks, firewalls and servers with @pulumi/hcloud, and
 * Hetzner Object Storage buckets through its S3 API with @pulumi/aws. Every child is on an explicit
 * provider (the user's own, or `hetzner-cloud` / `hetzner-objectstorage-<location>` shared per run,
 * see provider.ts); nothing lands on a default provider. Both SDKs are loaded
 * only when a resource is created (see `sdk.ts`).
 */
import type { Driver } from "../types";
import { createBucket } from "./bucket";
import { HETZNER_CAPABILITIES } from "./capabilities";
import { checkBucket, checkNetwork, checkVirtualMachine } from "./checks";
import { createNetwork } from "./network";
import { createVirtualMachine } from "./vm";

export type { HetznerBucketOverrides, HetznerNetworkOverrides, HetznerVirtualMachineOverrides } from "./overrides";
export type { HetznerNetworkData } from "./network";

export const hetznerDriver: Driver = {
  id: "hetzner",
  capabilities: HETZNER_CAPABILITIES,
  checkBucket,
  checkNetwork,
  checkVirtualMachine,
  bucket: createBucket,
  network: createNetwork,
  virtualMachine: createVirtualMachine,
  overriddenInstanceType: (o) => o.hetzner?.serverType,
  overriddenImage: (o) => o.hetzner?.image,
};
