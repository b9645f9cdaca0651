/**
 * The children that every bucket created through the S3 API of @pulumi/aws has: the bucket,
 * its versioning and, for `retentionDays`, its object-lock configuration. Used by the drivers that
 * speak S3 with @pulumi/aws: `aws` (in the placement's Region) and `hetzner` (through a provider
 * whose only endpoint is Hetzner Object Storage, with no `region` argument on the children).
 * The caller passes the already-loaded `s3` module, so @pulumi/aws is still loaded lazily.
 */
import type * as pulumi from "@pulumi/pulumi";
import type * as aws from "@pulumi/aws";
import type { BucketSpec } from "../types";
import { versioningStatus, type RetentionMode } from "./settings";

/** Arguments every child gets: `region` on AWS, nothing on Hetzner (the provider fixes the endpoint). */
type At = { readonly region: string } | Record<string, never>;

export interface S3ApiBucket {
  readonly bucket: aws.s3.Bucket;
  readonly versioning: aws.s3.BucketVersioning;
}

/** Create the bucket and its versioning, named `<name>` and `<name>-versioning`; `tags` on the bucket where the provider takes them (AWS). */
export function createS3ApiBucket(
  s3: typeof aws.s3,
  name: string,
  spec: BucketSpec,
  bucketName: string | undefined,
  at: At,
  opts: pulumi.CustomResourceOptions,
  tags?: Record<string, string>,
): S3ApiBucket {
  const bucket = new s3.Bucket(
    name,
    {
      ...at,
      ...(bucketName === undefined ? {} : { bucket: bucketName }),
      // Only an explicit opt-in lets a destroy delete the objects.
      forceDestroy: spec.emptyOnDelete,
      // Object lock can be turned on only when the bucket is created.
      ...(spec.retentionDays !== undefined ? { objectLockEnabled: true } : {}),
      ...(tags === undefined ? {} : { tags }),
    },
    opts,
  );
  const versioning = new s3.BucketVersioning(
    `${name}-versioning`,
    { ...at, bucket: bucket.bucket, versioningConfiguration: { status: versioningStatus(spec) } },
    opts,
  );
  return { bucket, versioning };
}

/** The default retention of a locked bucket (`<name>-object-lock`), after its versioning; nothing when `retentionDays` is unset. */
export function createS3ApiObjectLock(
  s3: typeof aws.s3,
  name: string,
  spec: BucketSpec,
  mode: RetentionMode,
  created: S3ApiBucket,
  at: At,
  opts: pulumi.CustomResourceOptions,
): void {
  if (spec.retentionDays === undefined) return;
  new s3.BucketObjectLockConfiguration(
    `${name}-object-lock`,
    { ...at, bucket: created.bucket.bucket, rule: { defaultRetention: { mode, days: spec.retentionDays } } },
    { ...opts, dependsOn: [created.versioning] },
  );
}
