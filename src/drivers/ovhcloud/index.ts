/**
 * The OVHcloud driver (@ovhcloud/pulumi-ovh 2.19.1). Every child uses an explicit
 * `ovh.Provider`: the user's own, or the one shared per endpoint (`ovhcloud-ovh-eu`, endpoint ovh-eu
 * unless `ovh:endpoint` says otherwise; see provider.ts), so nothing lands on the default provider. Every resource names its own region
 * from the catalog's API codes (S3 region for buckets, compute region for networks and VMs) and
 * the Public Cloud project from `sovereign-cloud:ovhcloudServiceName` (or the overrides). The SDK
 * is loaded only when a resource is created (see `sdk.ts`).
 */
import { defineDriver } from "../define";
import * as bucket from "./bucket";
import { OVHCLOUD_CAPABILITIES as capabilities } from "./capabilities";
import * as checks from "./checks";
import * as database from "./database";
import * as kubernetes from "./kube";
import * as network from "./network";
import * as overrides from "./overrides";
import * as vm from "./vm";

export type * from "./overrides";
export type { OvhcloudNetworkData } from "./network";

export const ovhcloudDriver = defineDriver("ovhcloud", { capabilities, checks, bucket, network, vm, overrides, database, kubernetes });
