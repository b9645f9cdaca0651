/**
 * The OVHcloud driver (@ovhcloud/pulumi-ovh 2.19.1). Every child uses an explicit
 * `ovh.Provider`: the user's own, or the one shared per endpoint (`ovhcloud-ovh-eu`, endpoint ovh-eu
 * unless `ovh:endpoint` says otherwise; see provider.ts), so nothing lands on the default provider. Every resource names its own region
 * from the catalog's API codes (S3 region for buckets, compute region for networks and VMs) and
 * the Public Cloud project from `sovereign-cloud:ovhcloudServiceName` (or the overrides). The SDK
 * is loaded only when a resource is created (see `sdk.ts`).
 */
import { defineDriver } from "../define";
import type { Driver } from "../types";
import { checkDatabase, createDatabase } from "./database";
import { checkKubernetesCluster, createKubernetesCluster } from "./kube";
import * as bucket from "./bucket";
import { OVHCLOUD_CAPABILITIES } from "./capabilities";
import * as checks from "./checks";
import * as network from "./network";
import * as vm from "./vm";

export type {
  OvhcloudBucketOverrides,
  OvhcloudDatabaseOverrides,
  OvhcloudNetworkOverrides,
  OvhcloudVirtualMachineOverrides,
} from "./overrides";
export type { OvhcloudNetworkData } from "./network";

export const ovhcloudDriver: Driver = defineDriver(
  "ovhcloud",
  OVHCLOUD_CAPABILITIES,
  { checks, bucket, network, vm },
  {
    instanceType: (o) => o.ovhcloud?.flavor,
    image: (o) => o.ovhcloud?.image,
  },
  {
    checkDatabase,
    database: createDatabase,
    overriddenDatabaseClass: (o) => o.ovhcloud?.flavor,
    checkKubernetesCluster,
    kubernetesCluster: createKubernetesCluster,
  },
);
