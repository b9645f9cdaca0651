import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { awsDriver } from "../../../src/drivers/aws/index";
import {
  custom,
  customTypes,
  ofType,
  onDefaultProvider,
  one,
  recorded,
  resetRecorded,
  settle,
  useMocks,
  valueOf,
} from "../../helpers/pulumi";
import { bucketSpec, placement, scope } from "./fixtures";

const T = {
  provider: "pulumi:providers:aws",
  bucket: "aws:s3/bucket:Bucket",
  versioning: "aws:s3/bucketVersioning:BucketVersioning",
  sse: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  pab: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
  ownership: "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
  policy: "aws:s3/bucketPolicy:BucketPolicy",
  lifecycle: "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
  lock: "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration",
  key: "aws:kms/key:Key",
};

beforeAll(async () => {
  await useMocks();
});
beforeEach(() => resetRecorded());

describe("aws bucket", () => {
  it("creates exactly the S3 children, all in the placement's region on the component's own provider", async () => {
    awsDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    expect(customTypes()).toEqual([T.provider, T.bucket, T.versioning, T.sse, T.pab, T.ownership, T.policy, T.lifecycle].sort());
    const provider = one(T.provider);
    expect(provider.name).toBe("aws-eu-central-1");
    expect(provider.inputs.region).toBe("eu-central-1");
    for (const r of custom().filter((r) => r.type !== T.provider)) {
      expect(r.inputs.region, r.type).toBe("eu-central-1");
      expect(r.provider, r.type).toContain("aws-eu-central-1");
      expect(r.name.startsWith("docs"), r.name).toBe(true);
      expect(r.options.parent, r.type).toContain("test:index:Parent");
    }
    expect(onDefaultProvider()).toEqual([]);
  });

  it("turns on versioning, blocks all public access, enforces bucket-owner ownership and denies plain HTTP", async () => {
    awsDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    expect(one(T.versioning).inputs.versioningConfiguration.status).toBe("Enabled");
    const pab = one(T.pab).inputs;
    expect([pab.blockPublicAcls, pab.blockPublicPolicy, pab.ignorePublicAcls, pab.restrictPublicBuckets]).toEqual([true, true, true, true]);
    expect(one(T.ownership).inputs.rule.objectOwnership).toBe("BucketOwnerEnforced");
    const policy = JSON.parse(one(T.policy).inputs.policy);
    const deny = policy.Statement[0];
    expect(deny.Effect).toBe("Deny");
    expect(deny.Condition.Bool["aws:SecureTransport"]).toBe("false");
    expect(deny.Resource).toEqual(["arn:aws:s3:::docs-abc123", "arn:aws:s3:::docs-abc123/*"]);
  });

  it("encrypts with S3-managed keys and creates no KMS key when the encryption is provider-managed", async () => {
    awsDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    expect(ofType(T.key)).toEqual([]);
    expect(one(T.sse).inputs.rules[0].applyServerSideEncryptionByDefault).toEqual({ sseAlgorithm: "AES256" });
  });

  it("encrypts with a rotating KMS key in the same region, with a bucket key, when the encryption is customer-managed", async () => {
    awsDriver.bucket(bucketSpec({ encryption: "customer-managed" }), scope("docs"));
    await settle();
    const key = one(T.key);
    expect(key.inputs.region).toBe("eu-central-1");
    expect(key.inputs.enableKeyRotation).toBe(true);
    const rule = one(T.sse).inputs.rules[0];
    expect(rule.applyServerSideEncryptionByDefault).toEqual({
      sseAlgorithm: "aws:kms",
      kmsMasterKeyId: "arn:aws:kms:eu-central-1:123456789012:key/docs-key",
    });
    expect(rule.bucketKeyEnabled).toBe(true);
  });

  it("uses an existing key instead of creating one when overrides.aws.kmsKeyArn is set", async () => {
    const arn = "arn:aws:kms:eu-central-1:111122223333:key/existing";
    awsDriver.bucket(bucketSpec({ encryption: "customer-managed", overrides: { aws: { kmsKeyArn: arn } } }), scope("docs"));
    await settle();
    expect(ofType(T.key)).toEqual([]);
    expect(one(T.sse).inputs.rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyId).toBe(arn);
  });

  it("keeps the bucket, its key and its protective settings when the stack is destroyed, and never empties it by default", async () => {
    awsDriver.bucket(bucketSpec({ encryption: "customer-managed", retentionDays: 30 }), scope("docs"));
    await settle();
    for (const r of recorded.filter((r) => r.custom && r.type !== T.provider)) expect(r.options.retainOnDelete, r.type).toBe(true);
    expect(one(T.bucket).inputs.forceDestroy).toBe(false);
    expect(one(T.provider).options.retainOnDelete).toBe(false);
  });

  it("deletes the bucket, its objects and its key on destroy only when the user opted out of retention", async () => {
    awsDriver.bucket(bucketSpec({ encryption: "customer-managed", retainOnDelete: false, emptyOnDelete: true }), scope("docs"));
    await settle();
    for (const r of custom()) expect(r.options.retainOnDelete, r.type).toBe(false);
    expect(one(T.bucket).inputs.forceDestroy).toBe(true);
  });

  it("writes the portable lifecycle as S3 rules and always aborts incomplete multipart uploads after 7 days", async () => {
    awsDriver.bucket(bucketSpec({ lifecycle: { expireAfterDays: 365, noncurrentExpireAfterDays: 30, coldAfterDays: 60 } }), scope("docs"));
    await settle();
    const rules = one(T.lifecycle).inputs.rules as any[];
    const byId = Object.fromEntries(rules.map((r) => [r.id, r]));
    expect(byId["abort-incomplete-multipart-uploads"].abortIncompleteMultipartUpload).toEqual({ daysAfterInitiation: 7 });
    expect(byId["expire-objects"].expiration).toEqual({ days: 365 });
    expect(byId["expire-noncurrent-versions"].noncurrentVersionExpiration).toEqual({ noncurrentDays: 30 });
    expect(byId["transition-to-cold"].transitions).toEqual([{ days: 60, storageClass: "STANDARD_IA" }]);
    for (const r of rules) expect(r.status).toBe("Enabled");
  });

  it("has no object lock unless retentionDays is set", async () => {
    awsDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    expect(ofType(T.lock)).toEqual([]);
    expect(one(T.bucket).inputs.objectLockEnabled).toBeUndefined();
  });

  it("locks objects in GOVERNANCE mode for retentionDays", async () => {
    awsDriver.bucket(bucketSpec({ retentionDays: 90 }), scope("docs"));
    await settle();
    expect(one(T.bucket).inputs.objectLockEnabled).toBe(true);
    expect(one(T.lock).inputs.rule.defaultRetention).toEqual({ mode: "GOVERNANCE", days: 90 });
  });

  it("locks objects in COMPLIANCE mode when the retention is locked", async () => {
    awsDriver.bucket(bucketSpec({ retentionDays: 90, retentionLocked: true }), scope("docs"));
    await settle();
    expect(one(T.lock).inputs.rule.defaultRetention).toEqual({ mode: "COMPLIANCE", days: 90 });
  });

  it("suspends (not disables) versioning when it is off", async () => {
    awsDriver.bucket(bucketSpec({ versioning: false }), scope("docs"));
    await settle();
    expect(one(T.versioning).inputs.versioningConfiguration.status).toBe("Suspended");
  });

  it("returns the bucket name, its ARN and an HTTPS endpoint read off the bucket's outputs", async () => {
    const result = awsDriver.bucket(bucketSpec(), scope("docs"));
    expect(await valueOf(result.bucketName)).toBe("docs-abc123");
    expect(await valueOf(result.bucketId)).toBe("arn:aws:s3:::docs-abc123");
    expect(await valueOf(result.endpoint)).toBe("https://docs-abc123.s3.eu-central-1.amazonaws.com");
    await settle();
  });

  it("builds no aws-partition ARN or amazonaws.com endpoint for the European Sovereign Cloud", async () => {
    const result = awsDriver.bucket(bucketSpec({ encryption: "customer-managed" }), scope("docs", placement("eusc-de-east-1")));
    expect(await valueOf(result.endpoint)).toBe("https://docs-abc123.s3.eusc-de-east-1.amazonaws.eu");
    expect(await valueOf(result.bucketId)).toBe("arn:aws-eusc:s3:::docs-abc123");
    await settle();
    expect(one(T.provider).inputs.region).toBe("eusc-de-east-1");
    for (const r of recorded) {
      const text = JSON.stringify(r.inputs);
      expect(text, r.type).not.toContain("arn:aws:");
      expect(text, r.type).not.toContain("amazonaws.com");
    }
    expect(JSON.parse(one(T.policy).inputs.policy).Statement[0].Resource[0]).toBe("arn:aws-eusc:s3:::docs-abc123");
  });
});
