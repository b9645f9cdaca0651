/**
 * The Scaleway driver: Object Storage buckets, VPC Private Networks with a security group, and
 * Instances, every child on an explicit `scaleway.Provider` (the user's own, or one shared per
 * region and zone: `scaleway-fr-par`, see provider.ts) and carrying its region or zone itself. `@pulumiverse/scaleway` is loaded only when a resource is created (see `sdk.ts`).
 */
import { defineDriver } from "../define";
import type { Driver } from "../types";
import { checkDatabase, createDatabase } from "./database";
import { checkKubernetesCluster, createKubernetesCluster } from "./kapsule";
import * as bucket from "./bucket";
import { SCALEWAY_CAPABILITIES } from "./capabilities";
import * as checks from "./checks";
import * as network from "./network";
import * as vm from "./vm";

export type {
  ScalewayBucketOverrides,
  ScalewayDatabaseOverrides,
  ScalewayNetworkOverrides,
  ScalewayVirtualMachineOverrides,
} from "./overrides";

export const scalewayDriver: Driver = defineDriver(
  "scaleway",
  SCALEWAY_CAPABILITIES,
  { checks, bucket, network, vm },
  {
    instanceType: (o) => o.scaleway?.commercialType,
    image: (o) => o.scaleway?.imageId,
  },
  {
    checkDatabase,
    database: createDatabase,
    overriddenDatabaseClass: (o) => o.scaleway?.nodeType,
    checkKubernetesCluster,
    kubernetesCluster: createKubernetesCluster,
  },
);
