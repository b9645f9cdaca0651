import { describe, expect, it } from "vitest";
import { bucketNeeds, unmetNeeds, virtualMachineNeeds, FEATURES } from "../../../src/drivers/capabilities";
import { SCALEWAY_CAPABILITIES } from "../../../src/drivers/scaleway/capabilities";
import { scalewayDriver } from "../../../src/drivers/scaleway/index";
import type { BucketSpec } from "../../../src/drivers/types";
import { bucketSpec, fakeHandle, networkSpec, placement, vmSpec } from "./fixtures";

const ctx = (name = "docs", region = "fr-par", zone?: string) => ({ name, placement: placement(region, zone) });
const codes = (ps: { code: string; path: string }[]) => ps.map((p) => `${p.code} ${p.path}`);
const cold = (coldAfterDays: number, over: Partial<BucketSpec> = {}) => bucketSpec({ lifecycle: { coldAfterDays }, ...over });
const glacier = { scaleway: { coldStorageClass: "GLACIER" as const } };

describe("scaleway capability table", () => {
  it("answers every portable feature with a reason", () => {
    expect(Object.keys(SCALEWAY_CAPABILITIES).sort()).toEqual(Object.keys(FEATURES).sort());
    for (const [f, c] of Object.entries(SCALEWAY_CAPABILITIES)) expect(c.how.length, f).toBeGreaterThan(20);
  });

  it("refuses a TLS-only bucket with SC_PROVIDER_LIMITATION whose fix is tlsOnly: false", () => {
    const found = unmetNeeds(
      SCALEWAY_CAPABILITIES,
      bucketNeeds(bucketSpec({ retentionDays: 30, lifecycle: { coldAfterDays: 90 } })),
      "Scaleway",
    );
    expect(codes(found)).toEqual(["SC_PROVIDER_LIMITATION tlsOnly"]);
    expect(found[0]!.message).toContain("aws:SecureTransport");
    expect(found[0]!.fix).toContain("tlsOnly: false");
  });

  it("delivers versioning, retention, locked retention, lifecycle, cold tier and encryption at rest", () => {
    const spec = bucketSpec({
      tlsOnly: false,
      retentionDays: 30,
      retentionLocked: true,
      lifecycle: { expireAfterDays: 400, coldAfterDays: 90 },
    });
    expect(unmetNeeds(SCALEWAY_CAPABILITIES, bucketNeeds(spec), "Scaleway")).toEqual([]);
  });

  it("refuses customer-managed keys for buckets and VMs", () => {
    expect(
      codes(unmetNeeds(SCALEWAY_CAPABILITIES, bucketNeeds(bucketSpec({ tlsOnly: false, encryption: "customer-managed" })), "Scaleway")),
    ).toEqual(["SC_PROVIDER_LIMITATION encryption"]);
    expect(
      codes(unmetNeeds(SCALEWAY_CAPABILITIES, virtualMachineNeeds(vmSpec(fakeHandle(), { encryption: "customer-managed" })), "Scaleway")),
    ).toEqual(["SC_PROVIDER_LIMITATION encryption", "SC_PROVIDER_LIMITATION encryption"]);
  });

  it("refuses a VM whose disk must be encrypted, and accepts it under encryption: any", () => {
    const found = unmetNeeds(
      SCALEWAY_CAPABILITIES,
      virtualMachineNeeds(vmSpec(fakeHandle(), { encryption: "provider-managed" })),
      "Scaleway",
    );
    expect(codes(found)).toEqual(["SC_PROVIDER_LIMITATION encryption"]);
    expect(found[0]!.message).toContain("is not confirmed");
    expect(unmetNeeds(SCALEWAY_CAPABILITIES, virtualMachineNeeds(vmSpec(fakeHandle())), "Scaleway")).toEqual([]);
  });
});

describe("scaleway bucket checks", () => {
  it("accepts a plain valid bucket", () => {
    expect(scalewayDriver.checkBucket(bucketSpec(), ctx())).toEqual([]);
  });

  it("rejects a component name that cannot prefix a bucket name", () => {
    expect(codes(scalewayDriver.checkBucket(bucketSpec(), ctx("Docs_Bucket")))).toEqual(["SC_INVALID_ARGUMENT name"]);
    expect(codes(scalewayDriver.checkBucket(bucketSpec(), ctx("docs.archive")))).toEqual(["SC_INVALID_ARGUMENT name"]);
    expect(codes(scalewayDriver.checkBucket(bucketSpec(), ctx("a".repeat(56))))).toEqual(["SC_INVALID_ARGUMENT name"]);
    expect(scalewayDriver.checkBucket(bucketSpec(), ctx("a".repeat(55)))).toEqual([]);
  });

  it("checks an explicit bucket name instead of the component name", () => {
    const named = (bucketName: string) => bucketSpec({ overrides: { scaleway: { bucketName } } });
    expect(scalewayDriver.checkBucket(named("acme-docs-2026"), ctx("Not_A_Bucket_Name"))).toEqual([]);
    expect(codes(scalewayDriver.checkBucket(named("acme-docs-"), ctx()))).toEqual(["SC_INVALID_ARGUMENT overrides.scaleway.bucketName"]);
    expect(codes(scalewayDriver.checkBucket(named("a".repeat(64)), ctx()))).toEqual(["SC_INVALID_ARGUMENT overrides.scaleway.bucketName"]);
  });

  it("rejects object lock without versioning (Scaleway turns versioning on for good)", () => {
    expect(codes(scalewayDriver.checkBucket(bucketSpec({ retentionDays: 30, versioning: false }), ctx()))).toEqual([
      "SC_CONFLICTING_ARGUMENTS retentionDays",
    ]);
  });

  it("refuses Glacier outside Paris: Glacier objects are stored in Paris whatever the bucket's region", () => {
    expect(scalewayDriver.checkBucket(cold(90, { overrides: glacier }), ctx())).toEqual([]);
    const ams = scalewayDriver.checkBucket(cold(90, { overrides: glacier }), ctx("docs", "nl-ams"));
    expect(codes(ams)).toEqual(["SC_PROVIDER_LIMITATION lifecycle.coldAfterDays"]);
    expect(ams[0]!.message).toContain("would leave nl-ams");
    expect(codes(scalewayDriver.checkBucket(cold(90, { overrides: glacier }), ctx("docs", "pl-waw")))).toEqual([
      "SC_PROVIDER_LIMITATION lifecycle.coldAfterDays",
    ]);
  });

  it("keeps the default One Zone - IA transition in every region", () => {
    for (const region of ["fr-par", "nl-ams", "pl-waw"])
      expect(scalewayDriver.checkBucket(cold(90), ctx("docs", region)), region).toEqual([]);
  });

  it("enforces the minimal ages before a transition in Paris and Warsaw, not in Amsterdam", () => {
    expect(codes(scalewayDriver.checkBucket(cold(7), ctx()))).toEqual(["SC_INVALID_ARGUMENT lifecycle.coldAfterDays"]);
    expect(codes(scalewayDriver.checkBucket(cold(7), ctx("docs", "pl-waw")))).toEqual(["SC_INVALID_ARGUMENT lifecycle.coldAfterDays"]);
    expect(scalewayDriver.checkBucket(cold(7), ctx("docs", "nl-ams"))).toEqual([]);
    expect(scalewayDriver.checkBucket(cold(30), ctx())).toEqual([]);
    expect(codes(scalewayDriver.checkBucket(cold(60, { overrides: glacier }), ctx()))).toEqual([
      "SC_INVALID_ARGUMENT lifecycle.coldAfterDays",
    ]);
  });

  it("refuses a One Zone - IA transition on a locked bucket outside fr-par", () => {
    expect(scalewayDriver.checkBucket(cold(90, { retentionDays: 30 }), ctx())).toEqual([]);
    expect(codes(scalewayDriver.checkBucket(cold(90, { retentionDays: 30 }), ctx("docs", "nl-ams")))).toEqual([
      "SC_PROVIDER_LIMITATION lifecycle.coldAfterDays",
    ]);
  });
});

describe("scaleway network checks", () => {
  it("accepts the default network", () => {
    expect(scalewayDriver.checkNetwork(networkSpec(), ctx("app"))).toEqual([]);
  });

  it("rejects Private Network subnets outside /20-/28 or outside RFC 1918", () => {
    expect(codes(scalewayDriver.checkNetwork(networkSpec({ subnetCidr: "10.0.0.0/16" }), ctx("app")))).toEqual([
      "SC_INVALID_CIDR subnetCidr",
    ]);
    expect(codes(scalewayDriver.checkNetwork(networkSpec({ subnetCidr: "10.0.0.0/29" }), ctx("app")))).toEqual([
      "SC_INVALID_CIDR subnetCidr",
    ]);
    expect(codes(scalewayDriver.checkNetwork(networkSpec({ subnetCidr: "100.64.0.0/24" }), ctx("app")))).toEqual([
      "SC_INVALID_CIDR subnetCidr",
    ]);
    expect(codes(scalewayDriver.checkNetwork(networkSpec({ subnetCidr: "fd00::/64" }), ctx("app")))).toEqual([
      "SC_INVALID_CIDR subnetCidr",
    ]);
    expect(scalewayDriver.checkNetwork(networkSpec({ subnetCidr: "192.168.10.0/20" }), ctx("app"))).toEqual([]);
    expect(scalewayDriver.checkNetwork(networkSpec({ subnetCidr: "172.16.0.0/28" }), ctx("app"))).toEqual([]);
  });
});

describe("scaleway VM checks", () => {
  it("accepts the default VM", () => {
    expect(scalewayDriver.checkVirtualMachine(vmSpec(fakeHandle()), ctx("web"))).toEqual([]);
  });

  it("refuses a zone other than the network's: security groups attach only within a zone", () => {
    expect(codes(scalewayDriver.checkVirtualMachine(vmSpec(fakeHandle()), ctx("web", "fr-par", "fr-par-2")))).toEqual([
      "SC_PLACEMENT_MISMATCH target",
    ]);
    expect(
      scalewayDriver.checkVirtualMachine(vmSpec(fakeHandle(placement("fr-par", "fr-par-2"), "fr-par-2")), ctx("web", "fr-par", "fr-par-2")),
    ).toEqual([]);
  });

  it("refuses PLAY2 and DEV1 types in fr-par-3, where Scaleway does not offer them", () => {
    const net = fakeHandle(placement("fr-par", "fr-par-3"), "fr-par-3");
    expect(codes(scalewayDriver.checkVirtualMachine(vmSpec(net), ctx("web", "fr-par", "fr-par-3")))).toEqual([
      "SC_PROVIDER_LIMITATION size",
    ]);
    expect(codes(scalewayDriver.checkVirtualMachine(vmSpec(net, { instanceType: "DEV1-S" }), ctx("web", "fr-par", "fr-par-3")))).toEqual([
      "SC_PROVIDER_LIMITATION size",
    ]);
    expect(
      scalewayDriver.checkVirtualMachine(
        vmSpec(net, { overrides: { scaleway: { commercialType: "PRO2-XXS" } } }),
        ctx("web", "fr-par", "fr-par-3"),
      ),
    ).toEqual([]);
  });

  it("rejects root volumes outside Block Storage's 5 GB-10 TB", () => {
    expect(codes(scalewayDriver.checkVirtualMachine(vmSpec(fakeHandle(), { diskGiB: 4 }), ctx("web")))).toEqual([
      "SC_INVALID_ARGUMENT diskGiB",
    ]);
    expect(codes(scalewayDriver.checkVirtualMachine(vmSpec(fakeHandle(), { diskGiB: 10_001 }), ctx("web")))).toEqual([
      "SC_INVALID_ARGUMENT diskGiB",
    ]);
  });

  it("rejects user data that cannot be combined with the key part", () => {
    expect(codes(scalewayDriver.checkVirtualMachine(vmSpec(fakeHandle(), { userData: "plain text" }), ctx("web")))).toEqual([
      "SC_INVALID_ARGUMENT userData",
    ]);
    expect(scalewayDriver.checkVirtualMachine(vmSpec(fakeHandle(), { userData: "plain text", sshKeys: [] }), ctx("web"))).toEqual([]);
  });
});
