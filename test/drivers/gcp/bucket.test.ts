import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { gcpDriver } from "../../../src/drivers/gcp/index";
import {
  customTypes,
  invokes,
  ofType,
  onDefaultProvider,
  one,
  resetRecorded,
  setConfig,
  settle,
  useMocks,
  valueOf,
} from "../../helpers/pulumi";
import { bucketSpec, placement, PROJECT, scope, T } from "./fixtures";

const CONFIG = { "gcp:project": PROJECT };

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  resetRecorded();
  setConfig(CONFIG);
});

describe("gcp bucket", () => {
  it("creates only its own provider and one bucket in the region, upper-cased, on that provider", async () => {
    gcpDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    expect(customTypes()).toEqual([T.provider, T.bucket].sort());
    const provider = one(T.provider);
    expect(provider.name).toBe("gcp-europe-west3");
    expect(provider.inputs.region).toBe("europe-west3");
    expect(provider.inputs.project).toBe(PROJECT);
    expect(provider.options.parent).toBe(""); // shared by the placement's components: owned by the stack
    const bucket = one(T.bucket);
    expect(bucket.name).toBe("docs");
    expect(bucket.inputs.location).toBe("EUROPE-WEST3");
    expect(bucket.provider).toContain("pulumi:providers:gcp::gcp-europe-west3");
    expect(bucket.options.parent).toContain("test:index:Parent");
    expect(onDefaultProvider()).toEqual([]);
  });

  it("is private by construction: uniform access, public access prevention enforced, standard class", async () => {
    gcpDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    const b = one(T.bucket).inputs;
    expect(b.uniformBucketLevelAccess).toBe(true);
    expect(b.publicAccessPrevention).toBe("enforced");
    expect(b.storageClass).toBe("STANDARD");
    expect(b.versioning).toEqual({ enabled: true });
    expect(b.retentionPolicy).toBeUndefined();
    expect(b.encryption).toBeUndefined();
  });

  it("puts the multi-region eu bucket in location EU and dual-region eur4 in EUR4", async () => {
    gcpDriver.bucket(bucketSpec(), scope("eu-docs", placement("eu")));
    gcpDriver.bucket(bucketSpec(), scope("eur4-docs", placement("eur4")));
    await settle();
    const byName = Object.fromEntries(ofType(T.bucket).map((r) => [r.name, r.inputs.location]));
    expect(byName).toEqual({ "eu-docs": "EU", "eur4-docs": "EUR4" });
    expect(
      ofType(T.provider)
        .map((p) => p.inputs.region)
        .sort(),
    ).toEqual(["eu", "eur4"]);
  });

  it("turns versioning off when asked", async () => {
    gcpDriver.bucket(bucketSpec({ versioning: false }), scope("docs"));
    await settle();
    expect(one(T.bucket).inputs.versioning).toEqual({ enabled: false });
  });

  it("sets a retention policy in seconds, locked as the spec says, and replaces versioning with it", async () => {
    gcpDriver.bucket(bucketSpec({ retentionDays: 30, retentionLocked: true, lifecycle: { noncurrentExpireAfterDays: 10 } }), scope("docs"));
    await settle();
    const b = one(T.bucket).inputs;
    expect(b.retentionPolicy).toEqual({ retentionPeriod: "2592000", isLocked: true });
    expect(b.versioning).toEqual({ enabled: false });
    expect(b.lifecycleRules).toEqual([]); // no noncurrent versions without versioning
  });

  it("leaves an unlocked retention policy unlocked", async () => {
    gcpDriver.bucket(bucketSpec({ retentionDays: 7 }), scope("docs"));
    await settle();
    expect(one(T.bucket).inputs.retentionPolicy).toEqual({ retentionPeriod: "604800", isLocked: false });
  });

  it("turns the lifecycle into delete, noncurrent-delete and storage-class rules", async () => {
    gcpDriver.bucket(
      bucketSpec({
        lifecycle: { expireAfterDays: 365, noncurrentExpireAfterDays: 30, coldAfterDays: 60 },
        overrides: { gcp: { coldStorageClass: "COLDLINE" } },
      }),
      scope("docs"),
    );
    await settle();
    expect(one(T.bucket).inputs.lifecycleRules).toEqual([
      { action: { type: "SetStorageClass", storageClass: "COLDLINE" }, condition: { age: 60, matchesStorageClasses: ["STANDARD"] } },
      { action: { type: "Delete" }, condition: { age: 365 } },
      { action: { type: "Delete" }, condition: { daysSinceNoncurrentTime: 30 } },
    ]);
  });

  it("moves cold objects to NEARLINE by default", async () => {
    gcpDriver.bucket(bucketSpec({ lifecycle: { coldAfterDays: 30 } }), scope("docs"));
    await settle();
    expect(one(T.bucket).inputs.lifecycleRules[0].action).toEqual({ type: "SetStorageClass", storageClass: "NEARLINE" });
  });

  it("labels the bucket with GCP-safe keys and values, and leaves the shared provider without one component's labels", async () => {
    gcpDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    const labels = { app: "docs", cost_centre: "r_d_42" };
    expect(one(T.bucket).inputs.labels).toEqual(labels);
    expect(one(T.provider).inputs.defaultLabels).toBeUndefined();
  });

  it("keeps the bucket when the stack is destroyed, and refuses to delete it while it holds objects", async () => {
    gcpDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    const b = one(T.bucket);
    expect(b.options.retainOnDelete).toBe(true);
    expect(b.inputs.forceDestroy).toBe(false);
  });

  it("deletes bucket and objects on destroy only when the user opted out of retention and into emptying", async () => {
    gcpDriver.bucket(bucketSpec({ retainOnDelete: false, emptyOnDelete: true }), scope("docs"));
    await settle();
    const b = one(T.bucket);
    expect(b.options.retainOnDelete).toBe(false);
    expect(b.inputs.forceDestroy).toBe(true);
  });

  it("creates no key ring, key or grant when the encryption is provider-managed", async () => {
    gcpDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    expect([...ofType(T.keyRing), ...ofType(T.key), ...ofType(T.keyUser)]).toEqual([]);
  });

  it("encrypts with a rotating key in the bucket's region that the Cloud Storage service agent may use", async () => {
    gcpDriver.bucket(bucketSpec({ encryption: "customer-managed" }), scope("docs"));
    await settle();
    expect(customTypes()).toEqual([T.provider, T.bucket, T.keyRing, T.key, T.keyUser].sort());
    const ring = one(T.keyRing);
    expect(ring.inputs.location).toBe("europe-west3");
    const key = one(T.key);
    expect(key.inputs.keyRing).toBe("docs-keyring-id");
    expect(key.inputs.rotationPeriod).toBe("7776000s");
    expect(key.inputs.purpose).toBe("ENCRYPT_DECRYPT");
    const grant = one(T.keyUser);
    expect(grant.inputs.role).toBe("roles/cloudkms.cryptoKeyEncrypterDecrypter");
    expect(grant.inputs.member).toBe("serviceAccount:service-123@gs-project-accounts.iam.gserviceaccount.com");
    expect(grant.inputs.cryptoKeyId).toBe("docs-key-id");
    const bucket = one(T.bucket);
    expect(bucket.inputs.encryption).toEqual({ defaultKmsKeyName: "docs-key-id" });
    expect(bucket.options.dependencies?.some((u) => u.endsWith("docs-key-user"))).toBe(true);
    expect(invokes.find((i) => i.token === "gcp:storage/getProjectServiceAccount:getProjectServiceAccount")?.inputs.project).toBe(PROJECT);
    for (const r of [ring, key, grant]) {
      expect(r.provider, r.type).toContain("gcp-europe-west3");
      expect(r.options.parent, r.type).toContain("test:index:Parent");
    }
    expect(onDefaultProvider()).toEqual([]);
  });

  it("keeps key ring, key and grant with a retained bucket, and lets them go when the user opted out", async () => {
    gcpDriver.bucket(bucketSpec({ encryption: "customer-managed" }), scope("kept"));
    gcpDriver.bucket(bucketSpec({ encryption: "customer-managed", retainOnDelete: false }), scope("gone"));
    await settle();
    for (const t of [T.keyRing, T.key, T.keyUser]) {
      const byName = Object.fromEntries(ofType(t).map((r) => [r.name.split("-")[0], r.options.retainOnDelete]));
      expect(byName, t).toEqual({ kept: true, gone: false });
    }
  });

  it("uses an existing key named in overrides instead of creating a key ring and key", async () => {
    const keyName = `projects/${PROJECT}/locations/europe/keyRings/ring/cryptoKeys/key`;
    gcpDriver.bucket(
      bucketSpec({ encryption: "customer-managed", overrides: { gcp: { kmsKeyName: keyName } } }),
      scope("docs", placement("eu")),
    );
    await settle();
    expect([...ofType(T.keyRing), ...ofType(T.key)]).toEqual([]);
    expect(one(T.keyUser).inputs.cryptoKeyId).toBe(keyName);
    expect(one(T.bucket).inputs.encryption).toEqual({ defaultKmsKeyName: keyName });
  });

  it("uses the project and exact bucket name from overrides", async () => {
    gcpDriver.bucket(bucketSpec({ overrides: { gcp: { project: "other-project", bucketName: "acme-docs-eu" } } }), scope("docs"));
    await settle();
    expect(one(T.provider).inputs.project).toBe("other-project");
    expect(one(T.bucket).inputs.name).toBe("acme-docs-eu");
  });

  it("returns the bucket's name, self link and HTTPS endpoint", async () => {
    const result = gcpDriver.bucket(bucketSpec(), scope("docs"));
    expect(await valueOf(result.bucketName)).toBe("docs-abc123");
    expect(await valueOf(result.bucketId)).toBe("https://www.googleapis.com/storage/v1/b/docs");
    expect(await valueOf(result.endpoint)).toBe("https://storage.googleapis.com/docs-abc123");
    await settle();
  });

  it("forwards credential settings from the gcp: stack config that an explicit provider would not read", async () => {
    setConfig({
      ...CONFIG,
      "gcp:impersonateServiceAccount": "deployer@p.iam.gserviceaccount.com",
      "gcp:billingProject": "billing-p",
      "gcp:userProjectOverride": "true",
    });
    gcpDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    const p = one(T.provider).inputs;
    expect(p.impersonateServiceAccount).toBe("deployer@p.iam.gserviceaccount.com");
    expect(p.billingProject).toBe("billing-p");
    expect(p.userProjectOverride).toBe("true");
  });
});
