/**
 * Bucket on Hetzner Object Storage. @pulumi/hcloud has no bucket resource and Hetzner's public
 * Cloud API has no buckets (hetznercloud/hcloud-go#541), so the driver speaks Hetzner's S3 API with
 * @pulumi/aws through an explicit `aws.Provider` whose only endpoint is
 * `https://<location>.your-objectstorage.com` and whose region is the location code (see
 * provider.ts). The policy locator reads such an `aws` resource as Hetzner, in that location.
 *
 * What it creates: the bucket (private, as every bucket created without an ACL is), versioning, and
 * for `retentionDays` object lock in GOVERNANCE mode. Nothing else is created, because Hetzner
 * supports nothing else the portable spec asks for, or its support is not confirmed (capabilities.ts):
 * no default encryption (only SSE-C, a key the client sends with each request), no public access
 * block, ownership controls, tagging or replication; lifecycle rules exist at Hetzner but the
 * provider's lifecycle resource times out against it. The component refuses a spec that needs any
 * of those before this runs.
 */
import * as pulumi from "@pulumi/pulumi";
import type { BucketResult, BucketSpec, DriverScope } from "../types";
import { objectStorageContext, objectStorageEndpoint } from "./provider";
import { s3Sdk } from "./sdk";

export function createBucket(spec: BucketSpec, scope: DriverScope): BucketResult {
  const { s3 } = s3Sdk();
  const o = spec.overrides.hetzner ?? {};
  const { opts } = objectStorageContext(scope, o);
  const name = scope.name;
  const location = scope.placement.region.code;
  // Data-bearing children outlive `pulumi destroy` unless the user opted out; the versioning and
  // object-lock settings stay with the data they protect.
  const dataOpts: pulumi.CustomResourceOptions = { ...opts, retainOnDelete: spec.retainOnDelete };
  const locked = spec.retentionDays !== undefined;

  const bucket = new s3.Bucket(
    name,
    {
      ...(o.bucketName === undefined ? {} : { bucket: o.bucketName }),
      // Only an explicit opt-in lets a destroy delete the objects.
      forceDestroy: spec.emptyOnDelete,
      // Hetzner accepts the object-lock header when the bucket is created (and only then).
      ...(locked ? { objectLockEnabled: true } : {}),
    },
    dataOpts,
  );
  const bucketName = bucket.bucket;

  const versioning = new s3.BucketVersioning(
    `${name}-versioning`,
    // "Suspended" (not "Disabled") so versioning can be switched on and off later.
    { bucket: bucketName, versioningConfiguration: { status: spec.versioning ? "Enabled" : "Suspended" } },
    dataOpts,
  );

  if (locked) {
    new s3.BucketObjectLockConfiguration(
      `${name}-object-lock`,
      // GOVERNANCE: privileged users can lift it; COMPLIANCE (retentionLocked) is not confirmed on Hetzner.
      { bucket: bucketName, rule: { defaultRetention: { mode: "GOVERNANCE", days: spec.retentionDays } } },
      { ...dataOpts, dependsOn: [versioning] },
    );
  }

  const endpoint = objectStorageEndpoint(location);
  return {
    bucketName,
    // Hetzner buckets have no ARN or resource id beyond their name.
    bucketId: bucket.id,
    endpoint: o.pathStyle === true ? pulumi.interpolate`${endpoint}/${bucketName}` : pulumi.interpolate`https://${bucketName}.${location}.your-objectstorage.com`,
    encryption: { sseAlgorithm: null, keyManagement: null }, // Hetzner Object Storage has no default encryption (only SSE-C)
  };
}
