/**
 * Bucket on OVHcloud: one S3 container (`cloudproject.Storage`) in the placement's S3 region, with
 * versioning, SSE-OMK encryption (OVHcloud-managed keys) always on, object lock for
 * `retentionDays`, and a lifecycle configuration. Containers are private: the driver grants no ACL
 * and no user policy; access is given to Public Cloud users with `cloudproject.S3Policy`.
 * No replication: the data stays in the target region.
 *
 * Region: the Storage API takes the S3 region in upper case ("GRA", as in OVHcloud's own examples,
 * `ovh-tf-storage`); the catalog's `apiCodes.bucket` holds it in the endpoint's lower case ("gra").
 *
 * Shared with the other S3-compatible drivers (`../s3/`): naming rules, the lifecycle rules (one
 * per action, as on AWS), versioning status and object-lock retention. What differs on OVHcloud:
 * one `cloudproject.Storage` carries versioning, encryption and object lock inline; statuses and
 * lock modes are lower case ("enabled", "suspended", "compliance"), the retention is an ISO 8601
 * period (`P30D`); the lifecycle is a separate resource addressed by project, region and container.
 */
import * as pulumi from "@pulumi/pulumi";
import type * as ovh from "@ovhcloud/pulumi-ovh";
import type { BucketResult, BucketSpec, DriverScope } from "../types";
import { separateRules } from "../s3/lifecycle";
import { defaultRetention, PROVIDER_AES256, versioningStatus as s3VersioningStatus } from "../s3/settings";
import { ovhcloudContext } from "./context";
import { childOptions } from "./provider";
import { sdk } from "./sdk";

/** The S3 region as the Storage API takes it ("GRA"), from the catalog's S3 region ("gra"). */
export function storageRegion(s3Region: string): string {
  return s3Region.toUpperCase();
}

/** Versioning is needed by object lock; `checkBucket` refuses retentionDays without it. "suspended" (not "disabled") so it can be switched back on. */
export function versioningStatus(spec: BucketSpec): "enabled" | "suspended" {
  return s3VersioningStatus(spec) === "Enabled" ? "enabled" : "suspended";
}

/** The portable lifecycle as OVHcloud rules, one per action; incomplete multipart uploads are always aborted after 7 days. */
export function lifecycleRules(spec: BucketSpec): ovh.types.input.CloudProjectStorageObjectBucketLifecycleConfigurationRule[] {
  return separateRules(spec.lifecycle, spec.overrides.ovhcloud?.coldStorageClass ?? "STANDARD_IA", { status: "enabled" });
}

/** Object lock as the Storage API takes it: lower-case mode, ISO 8601 period. */
function objectLock(spec: BucketSpec): ovh.types.input.CloudProject.StorageObjectLock | undefined {
  const retention = defaultRetention(spec);
  return retention === undefined
    ? undefined
    : { status: "enabled", rule: { mode: retention.mode === "COMPLIANCE" ? "compliance" : "governance", period: `P${retention.days}D` } };
}

export function createBucket(spec: BucketSpec, scope: DriverScope): BucketResult {
  const ovhSdk = sdk();
  const o = spec.overrides.ovhcloud ?? {};
  const { serviceName, region: s3Region, provider } = ovhcloudContext(scope, o.serviceName, "bucket");
  const regionName = storageRegion(s3Region);
  // Data-bearing: the container outlives `pulumi destroy` unless the user opted out, and its
  // lifecycle configuration stays with it (deleting it would stop expiring what the user asked).
  const dataOpts = childOptions(scope, provider, { retainOnDelete: spec.retainOnDelete });

  const storage = new ovhSdk.cloudproject.Storage(
    scope.name,
    {
      serviceName,
      regionName,
      ...(o.bucketName === undefined ? {} : { name: o.bucketName }),
      versioning: { status: versioningStatus(spec) },
      // SSE-OMK, OVHcloud-managed keys: encrypted at rest whatever the contract asks (even `any`).
      encryption: { sseAlgorithm: "AES256" },
      // Object lock can only be enabled at creation: adding retentionDays later replaces the container.
      ...(spec.retentionDays === undefined ? {} : { objectLock: objectLock(spec) }),
      // The object list would otherwise be copied into the state at every refresh.
      hideObjects: true,
    },
    dataOpts,
  );

  new ovhSdk.CloudProjectStorageObjectBucketLifecycleConfiguration(
    `${scope.name}-lifecycle`,
    { serviceName, regionName, containerName: storage.name, rules: lifecycleRules(spec) },
    dataOpts,
  );

  return {
    bucketName: storage.name,
    bucketId: storage.id,
    endpoint: pulumi.interpolate`https://s3.${s3Region}.io.cloud.ovh.net/${storage.name}`,
    encryption: PROVIDER_AES256, // SSE-OMK, set above
  };
}
