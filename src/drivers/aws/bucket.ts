/**
 * Bucket on AWS: an S3 bucket with versioning, default encryption (SSE-S3, or SSE-KMS with a key
 * in the same Region when the contract asks for customer-managed keys), all public access blocked,
 * ACLs disabled, a TLS-only bucket policy, lifecycle rules and, for `retentionDays`, object lock.
 *
 * Shared with the other S3-compatible drivers (`../s3/`): the bucket, versioning and object-lock
 * children (with Hetzner, through @pulumi/aws), the lifecycle rules (with OVHcloud, one rule per
 * action), the SSE rule and the TLS-only policy. What only AWS has: every child takes the
 * placement's `region`; SSE-KMS with a customer-managed key; the public access block, ownership
 * controls and the TLS-only bucket policy; lifecycle rules carry `status: "Enabled"` and an empty
 * `filter`; the cold class defaults to STANDARD_IA.
 *
 * ARNs and endpoints are read off the bucket's outputs (`arn`, `bucketRegionalDomainName`), never
 * built from "arn:aws:" or "amazonaws.com", so the same code works in the aws-eusc partition.
 */
import * as pulumi from "@pulumi/pulumi";
import type * as aws from "@pulumi/aws";
import type { BucketResult, BucketSpec, DriverScope } from "../types";
import { createS3ApiBucket, createS3ApiObjectLock } from "../s3/aws-api";
import { separateRules } from "../s3/lifecycle";
import { defaultRetention, PROVIDER_AES256, sseRule, tlsOnlyPolicy } from "../s3/settings";
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
  const at = { region };

  const created = createS3ApiBucket(s3, name, spec, o.bucketName, at, dataOpts, childTags(ctx));
  const { bucket, versioning } = created;
  const bucketName = bucket.bucket;

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
    { region, bucket: bucketName, rules: [sseRule(kmsKeyArn)] },
    dataOpts,
  );

  const publicAccess = new s3.BucketPublicAccessBlock(
    `${name}-public-access`,
    { region, bucket: bucketName, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
    dataOpts,
  );
  new s3.BucketOwnershipControls(
    `${name}-ownership`,
    { region, bucket: bucketName, rule: { objectOwnership: "BucketOwnerEnforced" } },
    dataOpts,
  );
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

  const retention = defaultRetention(spec);
  if (retention !== undefined) createS3ApiObjectLock(s3, name, spec, retention.mode, created, at, dataOpts);

  return {
    bucketName,
    bucketId: bucket.arn,
    endpoint: pulumi.interpolate`https://${bucket.bucketRegionalDomainName}`,
    // SSE-S3 (AES256), or SSE-KMS with the key created above (its algorithm is not set by us).
    encryption: spec.encryption === "customer-managed" ? { sseAlgorithm: null, keyManagement: "customer" } : PROVIDER_AES256,
  };
}

/** The portable lifecycle as S3 rules, one per action; incomplete multipart uploads are always aborted after 7 days. */
export function lifecycleRules(spec: BucketSpec): aws.types.input.s3.BucketLifecycleConfigurationRule[] {
  return separateRules(spec.lifecycle, spec.overrides.aws?.coldStorageClass ?? "STANDARD_IA", { status: "Enabled", filter: {} });
}
