/**
 * Bucket on AWS: an S3 bucket with versioning, default encryption (SSE-S3, or SSE-KMS with a key
 * in the same Region when the contract asks for customer-managed keys), all public access blocked,
 * ACLs disabled, a TLS-only bucket policy, lifecycle rules and, for `retentionDays`, object lock.
 *
 * ARNs and endpoints are read off the bucket's outputs (`arn`, `bucketRegionalDomainName`), never
 * built from "arn:aws:" or "amazonaws.com", so the same code works in the aws-eusc partition.
 */
import * as pulumi from "@pulumi/pulumi";
import type * as aws from "@pulumi/aws";
import type { BucketResult, BucketSpec, DriverScope } from "../types";
import { awsContext, childTags } from "./provider";
import { sdk } from "./sdk";

export function createBucket(spec: BucketSpec, scope: DriverScope): BucketResult {
  const { s3, kms } = sdk();
  const ctx = awsContext(scope);
  const { region, opts } = ctx;
  const o = spec.overrides.aws ?? {};
  const name = scope.name;
  // Data-bearing children (bucket, key) outlive `pulumi destroy` unless the user opted out. The
  // bucket's settings are kept with it: deleting them would suspend versioning, drop the public
  // access block and the TLS-only policy on a bucket that still holds the data.
  const dataOpts: pulumi.CustomResourceOptions = { ...opts, retainOnDelete: spec.retainOnDelete };
  const locked = spec.retentionDays !== undefined;

  const bucket = new s3.Bucket(
    name,
    {
      region,
      ...(o.bucketName === undefined ? {} : { bucket: o.bucketName }),
      // Only an explicit opt-in lets a destroy delete the objects.
      forceDestroy: spec.emptyOnDelete,
      ...(locked ? { objectLockEnabled: true } : {}),
      tags: childTags(ctx),
    },
    dataOpts,
  );
  const bucketName = bucket.bucket;

  const versioning = new s3.BucketVersioning(
    `${name}-versioning`,
    {
      region,
      bucket: bucketName,
      // "Suspended" (not "Disabled") so versioning can be switched on and off later.
      versioningConfiguration: { status: spec.versioning ? "Enabled" : "Suspended" },
    },
    dataOpts,
  );

  let kmsKeyArn: pulumi.Input<string> | undefined;
  if (spec.encryption === "customer-managed") {
    kmsKeyArn =
      o.kmsKeyArn ??
      new kms.Key(
        `${name}-key`,
        {
          region,
          description: `sovereign-cloud bucket ${name}: customer-managed encryption key`,
          enableKeyRotation: true,
          deletionWindowInDays: 30,
          tags: childTags(ctx),
        },
        dataOpts,
      ).arn;
  }
  new s3.BucketServerSideEncryptionConfiguration(
    `${name}-encryption`,
    {
      region,
      bucket: bucketName,
      rules: [
        kmsKeyArn === undefined
          ? { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }
          : { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: kmsKeyArn }, bucketKeyEnabled: true },
      ],
    },
    dataOpts,
  );

  const publicAccess = new s3.BucketPublicAccessBlock(
    `${name}-public-access`,
    { region, bucket: bucketName, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
    dataOpts,
  );
  new s3.BucketOwnershipControls(`${name}-ownership`, { region, bucket: bucketName, rule: { objectOwnership: "BucketOwnerEnforced" } }, dataOpts);
  new s3.BucketPolicy(
    `${name}-tls-only`,
    { region, bucket: bucketName, policy: tlsOnlyPolicy(bucket.arn) },
    // S3 rejects policy and public-access-block changes made at the same time.
    { ...dataOpts, dependsOn: [publicAccess] },
  );

  new s3.BucketLifecycleConfiguration(
    `${name}-lifecycle`,
    { region, bucket: bucketName, rules: lifecycleRules(spec) },
    { ...dataOpts, dependsOn: [versioning] },
  );

  if (locked) {
    new s3.BucketObjectLockConfiguration(
      `${name}-object-lock`,
      {
        region,
        bucket: bucketName,
        // COMPLIANCE: nobody, not even the root user, can shorten retention. GOVERNANCE: privileged users can.
        rule: { defaultRetention: { mode: spec.retentionLocked ? "COMPLIANCE" : "GOVERNANCE", days: spec.retentionDays } },
      },
      { ...dataOpts, dependsOn: [versioning] },
    );
  }

  return {
    bucketName,
    bucketId: bucket.arn,
    endpoint: pulumi.interpolate`https://${bucket.bucketRegionalDomainName}`,
    // SSE-S3 (AES256), or SSE-KMS with the key created above (its algorithm is not set by us).
    encryption: spec.encryption === "customer-managed" ? { sseAlgorithm: null, keyManagement: "customer" } : { sseAlgorithm: "AES256", keyManagement: "provider" },
  };
}

/** Deny every request that does not use TLS, for the bucket and its objects. */
export function tlsOnlyPolicy(bucketArn: pulumi.Output<string>): pulumi.Output<string> {
  return pulumi.jsonStringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [bucketArn, pulumi.interpolate`${bucketArn}/*`],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
    ],
  });
}

/** The portable lifecycle as S3 rules; incomplete multipart uploads are always aborted after 7 days. */
export function lifecycleRules(spec: BucketSpec): aws.types.input.s3.BucketLifecycleConfigurationRule[] {
  const all = { status: "Enabled", filter: {} };
  const rules: aws.types.input.s3.BucketLifecycleConfigurationRule[] = [
    { id: "abort-incomplete-multipart-uploads", ...all, abortIncompleteMultipartUpload: { daysAfterInitiation: 7 } },
  ];
  const { expireAfterDays, noncurrentExpireAfterDays, coldAfterDays } = spec.lifecycle;
  if (expireAfterDays !== undefined) rules.push({ id: "expire-objects", ...all, expiration: { days: expireAfterDays } });
  if (noncurrentExpireAfterDays !== undefined) {
    rules.push({ id: "expire-noncurrent-versions", ...all, noncurrentVersionExpiration: { noncurrentDays: noncurrentExpireAfterDays } });
  }
  if (coldAfterDays !== undefined) {
    const storageClass = spec.overrides.aws?.coldStorageClass ?? "STANDARD_IA";
    rules.push({ id: "transition-to-cold", ...all, transitions: [{ days: coldAfterDays, storageClass }] });
  }
  return rules;
}
