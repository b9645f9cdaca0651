import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hetznerDriver } from "../../../src/drivers/hetzner/index";
import {
  custom,
  customTypes,
  ofType,
  onDefaultProvider,
  one,
  resetRecorded,
  setConfig,
  settle,
  useMocks,
  valueOf,
} from "../../helpers/pulumi";
import { bucketSpec, placement, scope, T } from "./fixtures";

const CREDS = { "hetzner-objectstorage:accessKey": "AKOFFLINE", "hetzner-objectstorage:secretKey": "offline-secret" };

beforeAll(async () => {
  await useMocks(CREDS);
});
beforeEach(() => {
  resetRecorded();
  setConfig(CREDS);
});

/** What the component hands over for a bucket Hetzner can serve (the rest is refused earlier). */
const spec = (over = {}) => bucketSpec({ encryption: "any", tlsOnly: false, ...over });

describe("hetzner bucket (Hetzner Object Storage through its S3 API)", () => {
  it("creates an S3 provider pointed at the location's endpoint, a bucket and versioning, nothing else", async () => {
    hetznerDriver.bucket(spec(), scope("docs"));
    await settle();
    expect(customTypes()).toEqual([T.s3Provider, T.bucket, T.versioning].sort());
    const p = one(T.s3Provider).inputs;
    expect(p.region).toBe("fsn1");
    expect(JSON.parse(p.endpoints)).toEqual([{ s3: "https://fsn1.your-objectstorage.com" }]);
    for (const k of ["skipCredentialsValidation", "skipRequestingAccountId", "skipRegionValidation", "skipMetadataApiCheck"])
      expect(p[k], k).toBe("true");
    expect(p.defaultTags).toBeUndefined();
    expect(p.s3UsePathStyle).toBeUndefined();
    for (const r of custom().filter((r) => r.type !== T.s3Provider)) expect(r.provider, r.type).toContain("hetzner-objectstorage-fsn1");
    expect(onDefaultProvider()).toEqual([]);
  });

  it("uses the endpoint of the target's location", async () => {
    hetznerDriver.bucket(spec(), scope("docs", placement("hel1")));
    await settle();
    expect(one(T.s3Provider).inputs.region).toBe("hel1");
    expect(JSON.parse(one(T.s3Provider).inputs.endpoints)).toEqual([{ s3: "https://hel1.your-objectstorage.com" }]);
  });

  it("passes the Object Storage credentials from stack config as secrets", async () => {
    hetznerDriver.bucket(spec(), scope("docs"));
    await settle();
    const p = one(T.s3Provider).inputs;
    // Secret values arrive wrapped with Pulumi's secret signature.
    for (const [key, value] of [
      ["accessKey", "AKOFFLINE"],
      ["secretKey", "offline-secret"],
    ] as const) {
      expect(p[key], key).toMatchObject({ "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value });
    }
  });

  it("keeps the bucket and its versioning when the stack is destroyed", async () => {
    hetznerDriver.bucket(spec({ retentionDays: 30 }), scope("docs"));
    await settle();
    for (const t of [T.bucket, T.versioning, T.objectLock]) expect(one(t).options.retainOnDelete, t).toBe(true);
    expect(one(T.bucket).inputs.forceDestroy).toBe(false);
  });

  it("lets a destroy delete bucket and objects only when the user opted out of both", async () => {
    hetznerDriver.bucket(spec({ retainOnDelete: false, emptyOnDelete: true }), scope("docs"));
    await settle();
    expect(one(T.bucket).options.retainOnDelete).toBe(false);
    expect(one(T.bucket).inputs.forceDestroy).toBe(true);
  });

  it("turns on object lock at creation with a GOVERNANCE default retention for retentionDays", async () => {
    hetznerDriver.bucket(spec({ retentionDays: 30 }), scope("docs"));
    await settle();
    expect(one(T.bucket).inputs.objectLockEnabled).toBe(true);
    expect(one(T.objectLock).inputs.rule).toEqual({ defaultRetention: { mode: "GOVERNANCE", days: 30 } });
    expect(one(T.objectLock).options.dependencies).toContain(one(T.versioning).urn);
  });

  it("versions objects, or suspends versioning when asked", async () => {
    hetznerDriver.bucket(spec(), scope("docs"));
    await settle();
    expect(one(T.versioning).inputs.versioningConfiguration).toEqual({ status: "Enabled" });
    resetRecorded();
    hetznerDriver.bucket(spec({ versioning: false }), scope("docs2"));
    await settle();
    expect(one(T.versioning).inputs.versioningConfiguration).toEqual({ status: "Suspended" });
    expect(ofType(T.objectLock)).toEqual([]);
  });

  it("sets no tags, no encryption, no policy and no lifecycle (Hetzner lacks them; the component refuses specs that need them)", async () => {
    hetznerDriver.bucket(spec({ retentionDays: 30 }), scope("docs"));
    await settle();
    expect(one(T.bucket).inputs.tags).toBeUndefined();
    const types = custom().map((r) => r.type);
    for (const t of types) expect(t).not.toMatch(/Encryption|Policy|PublicAccessBlock|Lifecycle|OwnershipControls/);
  });

  it("names the bucket as asked and returns its virtual-hosted or path-style endpoint", async () => {
    const r = hetznerDriver.bucket(spec({ overrides: { hetzner: { bucketName: "acme-docs" } } }), scope("docs"));
    expect(await valueOf(r.bucketName)).toBe("acme-docs");
    expect(await valueOf(r.endpoint)).toBe("https://acme-docs.fsn1.your-objectstorage.com");
    await settle();
    expect(one(T.bucket).inputs.bucket).toBe("acme-docs");
    resetRecorded();
    const p = hetznerDriver.bucket(spec({ overrides: { hetzner: { bucketName: "acme-docs", pathStyle: true } } }), scope("docs2"));
    expect(await valueOf(p.endpoint)).toBe("https://fsn1.your-objectstorage.com/acme-docs");
    await settle();
    expect(one(T.s3Provider).inputs.s3UsePathStyle).toBe("true");
  });
});
