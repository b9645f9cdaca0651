/**
 * The AWS baseline for P1: what a user would write by hand with @pulumi/aws to get exactly the
 * child resources (same names, same inputs, same options) that one portable `Bucket` creates on
 * `aws:eu-central-1` for {@link BENCH_BUCKET_ARGS}. Written out literally on purpose: no driver
 * code is reused. The harness checks once per run that both record the same resources. Like the
 * component, every bucket of the program uses one provider for the Region (created on first use;
 * each measurement is a process of its own). `parent` is given by the hand-written component
 * variant (cases.ts), not by the raw-children one.
 */
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const region = "eu-central-1";

let shared: aws.Provider | undefined;

export interface HandBucketOutputs {
  readonly bucketName: pulumi.Output<string>;
  readonly bucketId: pulumi.Output<string>;
  readonly endpoint: pulumi.Output<string>;
}

export function handAwsBucket(name: string, parent?: pulumi.Resource): HandBucketOutputs {
  const provider = (shared ??= new aws.Provider("aws-eu-central-1", { region }));
  const opts = { provider, retainOnDelete: true, ...(parent ? { parent } : {}) };
  const tags = {
    "managed-by": "sovereign-cloud",
    "sovereign-cloud-component": "Bucket",
    "sovereign-cloud-name": name,
    "sovereign-cloud-contract": "gaia-x-l2",
    app: "bench",
  };
  const bucket = new aws.s3.Bucket(name, { region, forceDestroy: false, objectLockEnabled: true, tags }, opts);
  const versioning = new aws.s3.BucketVersioning(
    `${name}-versioning`,
    { region, bucket: bucket.bucket, versioningConfiguration: { status: "Enabled" } },
    opts,
  );
  new aws.s3.BucketServerSideEncryptionConfiguration(
    `${name}-encryption`,
    { region, bucket: bucket.bucket, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }] },
    opts,
  );
  const publicAccess = new aws.s3.BucketPublicAccessBlock(
    `${name}-public-access`,
    { region, bucket: bucket.bucket, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
    opts,
  );
  new aws.s3.BucketOwnershipControls(
    `${name}-ownership`,
    { region, bucket: bucket.bucket, rule: { objectOwnership: "BucketOwnerEnforced" } },
    opts,
  );
  new aws.s3.BucketPolicy(
    `${name}-tls-only`,
    {
      region,
      bucket: bucket.bucket,
      policy: pulumi.jsonStringify({
        Version: "2012-10-17",
        Statement: [
          {
            Sid: "DenyInsecureTransport",
            Effect: "Deny",
            Principal: "*",
            Action: "s3:*",
            Resource: [bucket.arn, pulumi.interpolate`${bucket.arn}/*`],
            Condition: { Bool: { "aws:SecureTransport": "false" } },
          },
        ],
      }),
    },
    { ...opts, dependsOn: [publicAccess] },
  );
  new aws.s3.BucketLifecycleConfiguration(
    `${name}-lifecycle`,
    {
      region,
      bucket: bucket.bucket,
      rules: [
        {
          id: "abort-incomplete-multipart-uploads",
          status: "Enabled",
          filter: {},
          abortIncompleteMultipartUpload: { daysAfterInitiation: 7 },
        },
        { id: "expire-noncurrent-versions", status: "Enabled", filter: {}, noncurrentVersionExpiration: { noncurrentDays: 365 } },
        { id: "transition-to-cold", status: "Enabled", filter: {}, transitions: [{ days: 90, storageClass: "STANDARD_IA" }] },
      ],
    },
    { ...opts, dependsOn: [versioning] },
  );
  new aws.s3.BucketObjectLockConfiguration(
    `${name}-object-lock`,
    { region, bucket: bucket.bucket, rule: { defaultRetention: { mode: "GOVERNANCE", days: 30 } } },
    { ...opts, dependsOn: [versioning] },
  );
  return { bucketName: bucket.bucket, bucketId: bucket.arn, endpoint: pulumi.interpolate`https://${bucket.bucketRegionalDomainName}` };
}
