import { describe, expect, it } from "vitest";
import { awsDriver } from "../../../src/drivers/aws/index";
import { bucketSpec, fakeHandle, networkSpec, placement, vmSpec } from "./fixtures";

const ctx = (name = "docs") => ({ name, placement: placement() });
const codes = (ps: { code: string; path: string }[]) => ps.map((p) => `${p.code} ${p.path}`);

describe("aws pre-flight checks", () => {
  it("accepts a plain valid bucket", () => {
    expect(awsDriver.checkBucket(bucketSpec(), ctx())).toEqual([]);
  });

  it("rejects a component name that cannot prefix an S3 bucket name", () => {
    expect(codes(awsDriver.checkBucket(bucketSpec(), ctx("Docs_Bucket")))).toEqual(["SC_INVALID_ARGUMENT name"]);
    expect(codes(awsDriver.checkBucket(bucketSpec(), ctx("a".repeat(56))))).toEqual(["SC_INVALID_ARGUMENT name"]);
    expect(codes(awsDriver.checkBucket(bucketSpec(), ctx("xn--docs")))).toEqual(["SC_INVALID_ARGUMENT name"]);
    expect(awsDriver.checkBucket(bucketSpec(), ctx("a".repeat(55)))).toEqual([]);
  });

  it("checks an explicit bucket name instead of the component name", () => {
    const named = (bucketName: string) => bucketSpec({ overrides: { aws: { bucketName } } });
    expect(awsDriver.checkBucket(named("my-docs-2026"), ctx("Not_A_Bucket_Name"))).toEqual([]);
    expect(codes(awsDriver.checkBucket(named("ab"), ctx()))).toEqual(["SC_INVALID_ARGUMENT overrides.aws.bucketName"]);
    expect(codes(awsDriver.checkBucket(named("docs-s3alias"), ctx()))).toEqual(["SC_INVALID_ARGUMENT overrides.aws.bucketName"]);
  });

  it("rejects a cold transition earlier than S3's 30-day minimum for infrequent access", () => {
    expect(codes(awsDriver.checkBucket(bucketSpec({ lifecycle: { coldAfterDays: 7 } }), ctx()))).toEqual([
      "SC_INVALID_ARGUMENT lifecycle.coldAfterDays",
    ]);
    expect(awsDriver.checkBucket(bucketSpec({ lifecycle: { coldAfterDays: 30 } }), ctx())).toEqual([]);
    expect(
      awsDriver.checkBucket(bucketSpec({ lifecycle: { coldAfterDays: 7 }, overrides: { aws: { coldStorageClass: "GLACIER_IR" } } }), ctx()),
    ).toEqual([]);
  });

  it("rejects object lock without versioning", () => {
    expect(codes(awsDriver.checkBucket(bucketSpec({ retentionDays: 30, versioning: false }), ctx()))).toEqual([
      "SC_CONFLICTING_ARGUMENTS retentionDays",
    ]);
  });

  it("rejects a KMS key from another region, and a key with provider-managed encryption", () => {
    const withKey = (kmsKeyArn: string, encryption: "customer-managed" | "provider-managed") =>
      bucketSpec({ encryption, overrides: { aws: { kmsKeyArn } } });
    expect(codes(awsDriver.checkBucket(withKey("arn:aws:kms:us-east-1:111122223333:key/k", "customer-managed"), ctx()))).toEqual([
      "SC_PLACEMENT_MISMATCH overrides.aws.kmsKeyArn",
    ]);
    expect(codes(awsDriver.checkBucket(withKey("arn:aws:kms:eu-central-1:111122223333:key/k", "provider-managed"), ctx()))).toEqual([
      "SC_CONFLICTING_ARGUMENTS overrides.aws.kmsKeyArn",
    ]);
    expect(awsDriver.checkBucket(withKey("arn:aws:kms:eu-central-1:111122223333:key/k", "customer-managed"), ctx())).toEqual([]);
  });

  it("rejects VPC and subnet blocks outside /16../28", () => {
    expect(awsDriver.checkNetwork(networkSpec(), ctx())).toEqual([]);
    expect(codes(awsDriver.checkNetwork(networkSpec({ cidr: "10.0.0.0/8", subnetCidr: "10.0.0.0/29" }), ctx()))).toEqual([
      "SC_INVALID_CIDR cidr",
      "SC_INVALID_CIDR subnetCidr",
    ]);
  });

  it("rejects what EC2 refuses: oversized disks, key types it cannot import, uncombinable or oversized user data", () => {
    const h = fakeHandle();
    expect(awsDriver.checkVirtualMachine(vmSpec(h), ctx())).toEqual([]);
    expect(codes(awsDriver.checkVirtualMachine(vmSpec(h, { diskGiB: 20_000 }), ctx()))).toEqual(["SC_INVALID_ARGUMENT diskGiB"]);
    expect(codes(awsDriver.checkVirtualMachine(vmSpec(h, { sshKeys: ["ecdsa-sha2-nistp256 AAAA x"] }), ctx()))).toEqual([
      "SC_INVALID_ARGUMENT sshKeys[0]",
    ]);
    expect(codes(awsDriver.checkVirtualMachine(vmSpec(h, { userData: "plain text" }), ctx()))).toEqual(["SC_INVALID_ARGUMENT userData"]);
    expect(codes(awsDriver.checkVirtualMachine(vmSpec(h, { userData: `#!/bin/sh\n${"x".repeat(17_000)}` }), ctx()))).toEqual([
      "SC_INVALID_ARGUMENT userData",
    ]);
  });
});
