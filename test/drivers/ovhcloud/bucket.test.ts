import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ovhcloudDriver } from "../../../src/drivers/ovhcloud/index";
import { custom, customTypes, onDefaultProvider, one, resetRecorded, setConfig, settle, useMocks, valueOf } from "../../helpers/pulumi";
import { bucketSpec, CONFIG, placement, PROJECT, scope, T } from "./fixtures";

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  resetRecorded();
  setConfig(CONFIG);
});

describe("ovhcloud bucket", () => {
  it("creates its own provider, one S3 container in the S3 region (upper case) and its lifecycle, all on that provider", async () => {
    ovhcloudDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    expect(customTypes()).toEqual([T.provider, T.storage, T.lifecycle].sort());
    const provider = one(T.provider);
    expect(provider.name).toBe("ovhcloud-ovh-eu");
    expect(provider.inputs.endpoint).toBe("ovh-eu");
    expect(provider.options.parent).toBe(""); // shared by the placement's components: owned by the stack
    const storage = one(T.storage);
    expect(storage.name).toBe("docs");
    expect(storage.inputs.regionName).toBe("GRA");
    expect(storage.inputs.serviceName).toBe(PROJECT);
    expect(storage.provider).toContain("pulumi:providers:ovh::ovhcloud-ovh-eu");
    expect(storage.options.parent).toContain("test:index:Parent");
    const lifecycle = one(T.lifecycle);
    expect(lifecycle.inputs.regionName).toBe("GRA");
    expect(lifecycle.inputs.serviceName).toBe(PROJECT);
    expect(lifecycle.inputs.containerName).toBe("docs-abc123");
    expect(lifecycle.provider).toContain("pulumi:providers:ovh::ovhcloud-ovh-eu");
    expect(onDefaultProvider()).toEqual([]);
  });

  it("puts a Frankfurt bucket in the S3 region DE and a Paris 3-AZ bucket in EU-WEST-PAR", async () => {
    ovhcloudDriver.bucket(bucketSpec(), scope("de-docs", placement("de")));
    ovhcloudDriver.bucket(bucketSpec(), scope("par-docs", placement("eu-west-par")));
    await settle();
    const regions = custom()
      .filter((r) => r.type === T.storage)
      .map((r) => [r.name, r.inputs.regionName]);
    expect(regions.sort()).toEqual([
      ["de-docs", "DE"],
      ["par-docs", "EU-WEST-PAR"],
    ]);
  });

  it("encrypts with SSE-OMK, versions, and sets no object lock without retention", async () => {
    ovhcloudDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    const s = one(T.storage).inputs;
    expect(s.encryption).toEqual({ sseAlgorithm: "AES256" });
    expect(s.versioning).toEqual({ status: "enabled" });
    expect(s.objectLock).toBeUndefined();
    expect(s.replication).toBeUndefined();
    expect(s.hideObjects).toBe(true);
  });

  it("still encrypts when the contract allows unencrypted data (encryption any)", async () => {
    ovhcloudDriver.bucket(bucketSpec({ encryption: "any" }), scope("docs"));
    await settle();
    expect(one(T.storage).inputs.encryption).toEqual({ sseAlgorithm: "AES256" });
  });

  it("locks objects in governance mode for retentionDays, and in compliance mode when the retention is locked", async () => {
    ovhcloudDriver.bucket(bucketSpec({ retentionDays: 30 }), scope("soft"));
    ovhcloudDriver.bucket(bucketSpec({ retentionDays: 365, retentionLocked: true }), scope("hard"));
    await settle();
    const lock = Object.fromEntries(
      custom()
        .filter((r) => r.type === T.storage)
        .map((r) => [r.name, r.inputs.objectLock]),
    );
    expect(lock).toEqual({
      soft: { status: "enabled", rule: { mode: "governance", period: "P30D" } },
      hard: { status: "enabled", rule: { mode: "compliance", period: "P365D" } },
    });
  });

  it("suspends versioning when it is switched off", async () => {
    ovhcloudDriver.bucket(bucketSpec({ versioning: false }), scope("docs"));
    await settle();
    expect(one(T.storage).inputs.versioning).toEqual({ status: "suspended" });
  });

  it("turns the lifecycle into expiry, noncurrent expiry and a transition to STANDARD_IA", async () => {
    ovhcloudDriver.bucket(
      bucketSpec({ lifecycle: { expireAfterDays: 400, noncurrentExpireAfterDays: 365, coldAfterDays: 90 } }),
      scope("docs"),
    );
    await settle();
    expect(one(T.lifecycle).inputs.rules).toEqual([
      { id: "abort-incomplete-multipart-uploads", status: "enabled", abortIncompleteMultipartUpload: { daysAfterInitiation: 7 } },
      { id: "expire-objects", status: "enabled", expiration: { days: 400 } },
      { id: "expire-noncurrent-versions", status: "enabled", noncurrentVersionExpiration: { noncurrentDays: 365 } },
      { id: "transition-to-cold", status: "enabled", transitions: [{ days: 90, storageClass: "STANDARD_IA" }] },
    ]);
  });

  it("moves cold objects to the storage class the override names, and keeps noncurrent expiry on a suspended container", async () => {
    // Versioning off is "suspended": versions made before the suspension stay noncurrent, and S3
    // applies NoncurrentVersionExpiration to suspended buckets too (Amazon S3 API Reference,
    // NoncurrentVersionExpiration), so the rule the spec asks for is kept, as on AWS (s3/lifecycle.ts).
    ovhcloudDriver.bucket(
      bucketSpec({
        versioning: false,
        lifecycle: { noncurrentExpireAfterDays: 30, coldAfterDays: 60 },
        overrides: { ovhcloud: { coldStorageClass: "DEEP_ARCHIVE" } },
      }),
      scope("docs"),
    );
    await settle();
    const rules = one(T.lifecycle).inputs.rules as { id: string; transitions?: unknown; noncurrentVersionExpiration?: unknown }[];
    expect(rules.map((r) => r.id)).toEqual(["abort-incomplete-multipart-uploads", "expire-noncurrent-versions", "transition-to-cold"]);
    expect(rules[1]!.noncurrentVersionExpiration).toEqual({ noncurrentDays: 30 });
    expect(rules[2]!.transitions).toEqual([{ days: 60, storageClass: "DEEP_ARCHIVE" }]);
  });

  it("keeps the container and its lifecycle when the stack is destroyed", async () => {
    ovhcloudDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    expect(one(T.storage).options.retainOnDelete).toBe(true);
    expect(one(T.lifecycle).options.retainOnDelete).toBe(true);
    expect(one(T.provider).options.retainOnDelete).toBe(false);
  });

  it("lets a destroy delete the container only when the user opted out of retention", async () => {
    ovhcloudDriver.bucket(bucketSpec({ retainOnDelete: false, emptyOnDelete: true }), scope("docs"));
    await settle();
    expect(one(T.storage).options.retainOnDelete).toBe(false);
  });

  it("uses the project id and container name from the overrides, and reports name, id and HTTPS endpoint", async () => {
    const r = ovhcloudDriver.bucket(
      bucketSpec({ overrides: { ovhcloud: { serviceName: "fedcba9876543210", bucketName: "acme-docs" } } }),
      scope("docs"),
    );
    await settle();
    expect(one(T.storage).inputs.serviceName).toBe("fedcba9876543210");
    expect(one(T.storage).inputs.name).toBe("acme-docs");
    expect(await valueOf(r.bucketName)).toBe("acme-docs");
    expect(await valueOf(r.bucketId)).toBe("docs-id");
    expect(await valueOf(r.endpoint)).toBe("https://s3.gra.io.cloud.ovh.net/acme-docs");
  });

  it("forwards ovh:* stack config to the explicit provider, credentials as secrets", async () => {
    setConfig({
      ...CONFIG,
      "ovh:endpoint": "ovh-ca",
      "ovh:applicationKey": "app-key",
      "ovh:applicationSecret": "app-secret",
      "ovh:consumerKey": "consumer",
    });
    ovhcloudDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    const p = one(T.provider).inputs;
    expect(p.endpoint).toBe("ovh-ca");
    expect(p.applicationKey).toBe("app-key");
    // Secrets reach the mock monitor wrapped, never as plain strings.
    for (const k of ["applicationSecret", "consumerKey"]) {
      expect(typeof p[k], k).toBe("object");
      expect(JSON.stringify(p[k]), k).toContain("1b47061264138c4ac30d75fd1eb44270");
    }
  });
});
