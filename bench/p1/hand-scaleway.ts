/**
 * The Scaleway baseline for P1: what a user would write by hand with @pulumiverse/scaleway to get
 * exactly the child resources (same names, inputs and options) that one portable `Bucket` creates
 * on `scaleway:fr-par:fr-par-1` for {@link BENCH_BUCKET_ARGS}. Written out literally; no driver
 * code is reused. The harness checks once per run that both record the same resources. One
 * provider for the region, shared by every bucket, as the component does; `parent` as in hand-aws.ts.
 */
import * as pulumi from "@pulumi/pulumi";
import * as scaleway from "@pulumiverse/scaleway";
import type { HandBucketOutputs } from "./hand-aws";

const region = "fr-par";

let shared: scaleway.Provider | undefined;

export function handScalewayBucket(name: string, parent?: pulumi.Resource): HandBucketOutputs {
  const provider = (shared ??= new scaleway.Provider("scaleway-fr-par", { region, zone: "fr-par-1" }));
  const opts = { provider, retainOnDelete: true, ...(parent ? { parent } : {}) };
  const bucket = new scaleway.object.Bucket(
    name,
    {
      region,
      versioning: { enabled: true },
      objectLockEnabled: true,
      lifecycleRules: [
        {
          id: "sovereign-cloud-lifecycle",
          enabled: true,
          abortIncompleteMultipartUploadDays: 7,
          noncurrentVersionExpiration: { noncurrentDays: 365 },
          transitions: [{ days: 90, storageClass: "ONEZONE_IA" }],
        },
      ],
      forceDestroy: false,
      tags: {
        "managed-by": "sovereign-cloud",
        "sovereign-cloud-component": "Bucket",
        "sovereign-cloud-name": name,
        "sovereign-cloud-contract": "gaia-x-l3",
        app: "bench",
      },
    },
    opts,
  );
  new scaleway.object.BucketAcl(`${name}-acl`, { region, bucket: bucket.name, acl: "private" }, opts);
  new scaleway.object.BucketServerSideEncryptionConfiguration(
    `${name}-encryption`,
    { region, bucket: bucket.name, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }] },
    opts,
  );
  new scaleway.object.BucketLockConfiguration(
    `${name}-object-lock`,
    { region, bucket: bucket.name, rule: { defaultRetention: { mode: "GOVERNANCE", days: 30 } } },
    opts,
  );
  return { bucketName: bucket.name, bucketId: bucket.id, endpoint: bucket.endpoint };
}
