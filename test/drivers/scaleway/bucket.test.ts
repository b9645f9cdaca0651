import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { scalewayDriver } from "../../../src/drivers/scaleway/index";
import { custom, customTypes, ofType, onDefaultProvider, one, resetRecorded, settle, useMocks, valueOf } from "../../helpers/pulumi";
import { bucketSpec, placement, scope } from "./fixtures";

const T = {
  provider: "pulumi:providers:scaleway",
  bucket: "scaleway:object/bucket:Bucket",
  acl: "scaleway:object/bucketAcl:BucketAcl",
  sse: "scaleway:object/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  lock: "scaleway:object/bucketLockConfiguration:BucketLockConfiguration",
  policy: "scaleway:object/bucketPolicy:BucketPolicy",
};

beforeAll(async () => {
  await useMocks();
});
beforeEach(() => resetRecorded());

describe("scaleway bucket", () => {
  it("creates exactly the Object Storage children, all in the placement's region on the component's own provider", async () => {
    scalewayDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    expect(customTypes()).toEqual([T.provider, T.bucket, T.acl, T.sse].sort());
    const provider = one(T.provider);
    expect(provider.name).toBe("scaleway-fr-par");
    expect(provider.inputs.region).toBe("fr-par");
    expect(provider.inputs.zone).toBe("fr-par-1");
    for (const r of custom().filter((r) => r.type !== T.provider)) {
      expect(r.inputs.region, r.type).toBe("fr-par");
      expect(r.provider, r.type).toContain("scaleway-fr-par");
      expect(r.name.startsWith("docs"), r.name).toBe(true);
      expect(r.options.parent, r.type).toContain("test:index:Parent");
    }
    expect(onDefaultProvider()).toEqual([]);
  });

  it("versions the bucket, keeps it private and encrypts it with Scaleway-managed keys (SSE-ONE)", async () => {
    scalewayDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    expect(one(T.bucket).inputs.versioning).toEqual({ enabled: true });
    expect(one(T.acl).inputs.acl).toBe("private");
    expect(one(T.sse).inputs.rules).toEqual([{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }]);
  });

  it("creates no bucket policy: Scaleway policies cannot express TLS-only and would lock out unlisted principals", async () => {
    scalewayDriver.bucket(bucketSpec({ tlsOnly: false }), scope("docs"));
    await settle();
    expect(ofType(T.policy)).toEqual([]);
  });

  it("keeps the bucket and its settings when the stack is destroyed, and never empties it by default", async () => {
    scalewayDriver.bucket(bucketSpec({ retentionDays: 30 }), scope("docs"));
    await settle();
    for (const t of [T.bucket, T.acl, T.sse, T.lock]) expect(one(t).options.retainOnDelete, t).toBe(true);
    expect(one(T.bucket).inputs.forceDestroy).toBe(false);
  });

  it("lets a destroy delete the bucket and its objects only on explicit opt-out", async () => {
    scalewayDriver.bucket(bucketSpec({ retainOnDelete: false, emptyOnDelete: true }), scope("docs"));
    await settle();
    expect(one(T.bucket).options.retainOnDelete).toBe(false);
    expect(one(T.bucket).inputs.forceDestroy).toBe(true);
  });

  it("enables object lock at creation with GOVERNANCE retention for retentionDays", async () => {
    scalewayDriver.bucket(bucketSpec({ retentionDays: 30 }), scope("docs"));
    await settle();
    expect(one(T.bucket).inputs.objectLockEnabled).toBe(true);
    const lock = one(T.lock).inputs;
    expect(lock.region).toBe("fr-par");
    expect(lock.bucket).toBe("docs-abc123");
    expect(lock.rule).toEqual({ defaultRetention: { mode: "GOVERNANCE", days: 30 } });
  });

  it("uses COMPLIANCE mode when the retention is locked", async () => {
    scalewayDriver.bucket(bucketSpec({ retentionDays: 365, retentionLocked: true }), scope("docs"));
    await settle();
    expect(one(T.lock).inputs.rule.defaultRetention).toEqual({ mode: "COMPLIANCE", days: 365 });
  });

  it("creates no lock without retentionDays", async () => {
    scalewayDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    expect(one(T.bucket).inputs.objectLockEnabled).toBeUndefined();
    expect(ofType(T.lock)).toEqual([]);
  });

  it("turns the portable lifecycle into one rule: expiry, noncurrent expiry, One Zone - IA transition, multipart cleanup", async () => {
    scalewayDriver.bucket(
      bucketSpec({ lifecycle: { expireAfterDays: 400, noncurrentExpireAfterDays: 365, coldAfterDays: 90 } }),
      scope("docs"),
    );
    await settle();
    expect(one(T.bucket).inputs.lifecycleRules).toEqual([
      {
        id: "sovereign-cloud-lifecycle",
        enabled: true,
        abortIncompleteMultipartUploadDays: 7,
        expiration: { days: 400 },
        noncurrentVersionExpiration: { noncurrentDays: 365 },
        transitions: [{ days: 90, storageClass: "ONEZONE_IA" }],
      },
    ]);
  });

  it("transitions to Glacier when the override asks for it", async () => {
    scalewayDriver.bucket(
      bucketSpec({ lifecycle: { coldAfterDays: 120 }, overrides: { scaleway: { coldStorageClass: "GLACIER" } } }),
      scope("docs"),
    );
    await settle();
    expect(one(T.bucket).inputs.lifecycleRules[0].transitions).toEqual([{ days: 120, storageClass: "GLACIER" }]);
  });

  it("names the bucket from the override, and reports the name, region-scoped id and HTTPS endpoint", async () => {
    const result = scalewayDriver.bucket(
      bucketSpec({ overrides: { scaleway: { bucketName: "acme-docs-2026" } } }),
      scope("docs", placement("nl-ams")),
    );
    await settle();
    expect(one(T.bucket).inputs.name).toBe("acme-docs-2026");
    expect(one(T.bucket).inputs.region).toBe("nl-ams");
    expect(await valueOf(result.bucketName)).toBe("acme-docs-2026");
    expect(await valueOf(result.endpoint)).toBe("https://acme-docs-2026.s3.nl-ams.scw.cloud");
    expect(await valueOf(result.bucketId)).toBe("docs-id");
  });

  it("tags the bucket with the component's labels", async () => {
    scalewayDriver.bucket(bucketSpec(), scope("docs", placement(), { app: "docs", "managed-by": "sovereign-cloud" }));
    await settle();
    expect(one(T.bucket).inputs.tags).toEqual({ app: "docs", "managed-by": "sovereign-cloud" });
  });
});
