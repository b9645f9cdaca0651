import { describe, expect, it } from "vitest";
import { objectLockNeedsVersioning } from "../../src/drivers/s3/checks";
import { ABORT_MULTIPART_DAYS, lifecycleActions, separateRules } from "../../src/drivers/s3/lifecycle";
import { bucketNameProblems, PREFIX_MAX, type BucketNameRules } from "../../src/drivers/s3/naming";
import { defaultRetention, sseRule, versioningStatus } from "../../src/drivers/s3/settings";
import { bucketSpec } from "./aws/fixtures";

const AWS_LIKE: BucketNameRules = {
  overrides: "aws",
  what: "an S3 bucket",
  minLength: 3,
  reservedPrefixes: ["xn--"],
  reservedSuffixes: ["-s3alias"],
};
const where = (ps: { code: string; path: string }[]) => ps.map((p) => `${p.code} ${p.path}`);

describe("S3-family bucket names", () => {
  it("takes a component name as the prefix of an auto-named bucket only up to 63 - 8 characters", () => {
    expect(PREFIX_MAX).toBe(55);
    expect(bucketNameProblems("a".repeat(55), undefined, AWS_LIKE)).toEqual([]);
    expect(where(bucketNameProblems("a".repeat(56), undefined, AWS_LIKE))).toEqual(["SC_INVALID_ARGUMENT name"]);
    // A prefix may end with a hyphen: the random suffix follows it.
    expect(bucketNameProblems("docs-", undefined, AWS_LIKE)).toEqual([]);
  });

  it("refuses dots, capitals and reserved prefixes in a prefix", () => {
    for (const bad of ["docs.archive", "Docs", "xn--docs", "-docs"])
      expect(where(bucketNameProblems(bad, undefined, AWS_LIKE)), bad).toEqual(["SC_INVALID_ARGUMENT name"]);
  });

  it("checks an explicit name instead of the component name, with the provider's minimum length and reserved suffixes", () => {
    expect(bucketNameProblems("Not_A_Name", "acme-docs", AWS_LIKE)).toEqual([]);
    for (const bad of ["ab", "acme-", "acme-s3alias", "a".repeat(64), 42]) {
      expect(where(bucketNameProblems("docs", bad, AWS_LIKE)), String(bad)).toEqual(["SC_INVALID_ARGUMENT overrides.aws.bucketName"]);
    }
    expect(bucketNameProblems("docs", "ab", { ...AWS_LIKE, minLength: 1 })).toEqual([]);
  });
});

describe("S3-family lifecycle", () => {
  it("aborts incomplete multipart uploads always, then expiry, noncurrent expiry and the cold transition, one rule each", () => {
    const rules = separateRules({ expireAfterDays: 400, noncurrentExpireAfterDays: 365, coldAfterDays: 90 }, "STANDARD_IA", {
      status: "Enabled",
    });
    expect(rules).toEqual([
      {
        id: "abort-incomplete-multipart-uploads",
        status: "Enabled",
        abortIncompleteMultipartUpload: { daysAfterInitiation: ABORT_MULTIPART_DAYS },
      },
      { id: "expire-objects", status: "Enabled", expiration: { days: 400 } },
      { id: "expire-noncurrent-versions", status: "Enabled", noncurrentVersionExpiration: { noncurrentDays: 365 } },
      { id: "transition-to-cold", status: "Enabled", transitions: [{ days: 90, storageClass: "STANDARD_IA" }] },
    ]);
  });

  it("has only the multipart rule for an empty lifecycle, and no actions", () => {
    expect(separateRules({}, "STANDARD_IA", {}).map((r) => r.id)).toEqual(["abort-incomplete-multipart-uploads"]);
    expect(lifecycleActions({}, "STANDARD_IA")).toEqual({});
  });
});

describe("S3-family settings", () => {
  it("suspends versioning rather than disabling it", () => {
    expect(versioningStatus({ versioning: true })).toBe("Enabled");
    expect(versioningStatus({ versioning: false })).toBe("Suspended");
  });

  it("locks in COMPLIANCE mode only when the retention is locked", () => {
    expect(defaultRetention({ retentionDays: 30, retentionLocked: true })).toEqual({ mode: "COMPLIANCE", days: 30 });
    expect(defaultRetention({ retentionDays: 30, retentionLocked: false })).toEqual({ mode: "GOVERNANCE", days: 30 });
    expect(defaultRetention({ retentionDays: undefined, retentionLocked: true })).toBeUndefined();
  });

  it("encrypts with SSE-S3, or SSE-KMS with bucket keys when given a key", () => {
    expect(sseRule()).toEqual({ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } });
    expect(sseRule("arn:aws:kms:eu-central-1:1:key/k")).toEqual({
      applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: "arn:aws:kms:eu-central-1:1:key/k" },
      bucketKeyEnabled: true,
    });
  });

  it("refuses object lock without versioning, at the path the driver names", () => {
    expect(where(objectLockNeedsVersioning(bucketSpec({ retentionDays: 7, versioning: false }), "why"))).toEqual([
      "SC_CONFLICTING_ARGUMENTS retentionDays",
    ]);
    expect(where(objectLockNeedsVersioning(bucketSpec({ retentionDays: 7, versioning: false }), "why", "versioning"))).toEqual([
      "SC_CONFLICTING_ARGUMENTS versioning",
    ]);
    expect(objectLockNeedsVersioning(bucketSpec({ retentionDays: 7 }), "why")).toEqual([]);
  });
});
