/**
 * Bucket on Scaleway Object Storage: a bucket with versioning, lifecycle rules and, for
 * `retentionDays`, object lock (enabled at creation, which Scaleway allows only then), a private
 * canned ACL, and SSE-ONE default encryption (AES256, keys managed by Scaleway).
 *
 * Not created, and why (see `capabilities.ts`):
 * - no TLS-only bucket policy: Scaleway bucket policies have no `aws:SecureTransport` condition and
 *   ignore Deny statements, so the component refuses `tlsOnly: true` before reaching the driver;
 * - no bucket policy at all: with policy version 2023-04-17 only the principals it allows keep
 *   access, so a policy would have to name the project's users and applications.
 *
 * Cold tier: ONEZONE_IA by default, which keeps the objects in the bucket's region (one zone);
 * GLACIER (`overrides.scaleway.coldStorageClass`) is stored in Paris whatever the region, so the
 * checks accept it only for fr-par buckets.
 *
 * Shared with the other S3-compatible drivers (`../s3/`): naming rules, the lifecycle actions, the
 * object-lock retention and the SSE rule. What differs on Scaleway: its own SDK resources
 * (`object.Bucket` takes versioning as a boolean and the lifecycle inline, object lock is
 * `BucketLockConfiguration`), every lifecycle action in one rule, a private canned ACL.
 */
import type * as pulumi from "@pulumi/pulumi";
import type * as scaleway from "@pulumiverse/scaleway";
import type { BucketResult, BucketSpec, DriverScope } from "../types";
import { ABORT_MULTIPART_DAYS, lifecycleActions } from "../s3/lifecycle";
import { defaultRetention, PROVIDER_AES256, sseRule } from "../s3/settings";
import { DEFAULT_COLD_CLASS } from "./checks";
import { scalewayContext } from "./provider";
import { sdk } from "./sdk";

export function createBucket(spec: BucketSpec, scope: DriverScope): BucketResult {
  const { object } = sdk();
  const { region, opts } = scalewayContext(scope);
  const o = spec.overrides.scaleway ?? {};
  const name = scope.name;
  // Data-bearing children outlive `pulumi destroy` unless the user opted out. The bucket's
  // settings are kept with it: deleting them would drop the lock, the ACL or the encryption of a
  // bucket that still holds the data.
  const dataOpts: pulumi.CustomResourceOptions = { ...opts, retainOnDelete: spec.retainOnDelete };
  const locked = spec.retentionDays !== undefined;

  const bucket = new object.Bucket(
    name,
    {
      region,
      ...(o.bucketName === undefined ? {} : { name: o.bucketName }),
      versioning: { enabled: spec.versioning },
      // Object lock can only be enabled when the bucket is created.
      ...(locked ? { objectLockEnabled: true } : {}),
      lifecycleRules: lifecycleRules(spec),
      // Only an explicit opt-in lets a destroy delete the objects.
      forceDestroy: spec.emptyOnDelete,
      tags: { ...scope.labels },
    },
    dataOpts,
  );
  const bucketName = bucket.name;

  // Private: only the project's IAM principals reach the bucket.
  new object.BucketAcl(`${name}-acl`, { region, bucket: bucketName, acl: "private" }, dataOpts);

  // SSE-ONE: every object written from now on is encrypted with a key Scaleway manages.
  new object.BucketServerSideEncryptionConfiguration(`${name}-encryption`, { region, bucket: bucketName, rules: [sseRule()] }, dataOpts);

  const retention = defaultRetention(spec);
  if (retention !== undefined) {
    // COMPLIANCE: nobody can shorten retention or delete early. GOVERNANCE: permitted users can.
    new object.BucketLockConfiguration(
      `${name}-object-lock`,
      { region, bucket: bucketName, rule: { defaultRetention: retention } },
      dataOpts,
    );
  }

  return {
    bucketName,
    bucketId: bucket.id,
    endpoint: bucket.endpoint,
    encryption: PROVIDER_AES256, // SSE-ONE, set above
  };
}

/**
 * The portable lifecycle as one Scaleway rule for the whole bucket (each Scaleway rule needs an
 * abort, expiration or transition action, so they travel together): incomplete multipart uploads
 * aborted after {@link ABORT_MULTIPART_DAYS} days, plus the expiry, noncurrent expiry and cold
 * transition the spec asks for.
 */
export function lifecycleRules(spec: BucketSpec): scaleway.types.input.object.BucketLifecycleRule[] {
  const storageClass = spec.overrides.scaleway?.coldStorageClass ?? DEFAULT_COLD_CLASS;
  return [
    {
      id: "sovereign-cloud-lifecycle",
      enabled: true,
      abortIncompleteMultipartUploadDays: ABORT_MULTIPART_DAYS,
      ...lifecycleActions(spec.lifecycle, storageClass),
    },
  ];
}
