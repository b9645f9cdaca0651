/**
 * What the ovhcloud driver refuses before anything is created: its own checks, and (through the
 * components) the features its capability table says it cannot deliver.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OVHCLOUD_INSTANCE_TYPES } from "../../../src/catalog/sizes/ovhcloud";
import { pickInstanceType } from "../../../src/catalog/sizes/index";
import { parseScsFlavor } from "../../../src/catalog/scs";
import { FEATURES } from "../../../src/drivers/capabilities";
import { ovhcloudDriver } from "../../../src/drivers/ovhcloud/index";
import { driverFor } from "../../../src/drivers/registry";
import { SovereignCloudError } from "../../../src/errors";
import { Bucket, Network, VirtualMachine } from "../../../src/index";
import { recorded, resetRecorded, setConfig, settle, useMocks } from "../../helpers/pulumi";
import { bucketSpec, CONFIG, fakeHandle, KEYS, networkSpec, placement, PROJECT, vmSpec } from "./fixtures";

const ctx = { name: "docs", placement: placement() };
const COMPONENTS = { ...CONFIG, "sovereign-cloud:target": "ovhcloud:gra", "sovereign-cloud:residency": "gaia-x-l3" };

function codes(found: readonly { code: string; path: string }[]): string[][] {
  return found.map((p) => [p.code, p.path]);
}

function thrown(f: () => unknown): SovereignCloudError {
  try {
    f();
  } catch (e) {
    if (SovereignCloudError.is(e)) return e;
    throw e;
  }
  throw new Error("nothing was thrown");
}

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  resetRecorded();
  setConfig(CONFIG);
});

describe("the Public Cloud project id", () => {
  afterEach(async () => settle());

  it("fails a Bucket with SC_PROVIDER_SETTING_MISSING naming the config key to set, and registers nothing", async () => {
    setConfig({ "sovereign-cloud:target": "ovhcloud:gra", "sovereign-cloud:residency": "gaia-x-l3" });
    const error = thrown(() => new Bucket("docs", { tlsOnly: false }));
    await settle();
    expect(error.codes).toEqual(["SC_PROVIDER_SETTING_MISSING"]);
    const problem = error.problems[0]!;
    expect(problem.path).toBe("overrides.ovhcloud.serviceName");
    expect(problem.message).toContain("sovereign-cloud:ovhcloudServiceName");
    expect(problem.fix).toContain("pulumi config set sovereign-cloud:ovhcloudServiceName <project-id>");
    expect(recorded).toEqual([]);
  });

  it("is required by the network and VM checks too, and an override satisfies them", () => {
    setConfig({});
    expect(codes(ovhcloudDriver.checkNetwork(networkSpec(), ctx))).toEqual([
      ["SC_PROVIDER_SETTING_MISSING", "overrides.ovhcloud.serviceName"],
    ]);
    expect(codes(ovhcloudDriver.checkVirtualMachine(vmSpec(fakeHandle()), ctx))).toEqual([
      ["SC_PROVIDER_SETTING_MISSING", "overrides.ovhcloud.serviceName"],
    ]);
    expect(ovhcloudDriver.checkNetwork(networkSpec({ overrides: { ovhcloud: { serviceName: PROJECT } } }), ctx)).toEqual([]);
  });

  it("refuses an empty override", () => {
    expect(codes(ovhcloudDriver.checkBucket(bucketSpec({ overrides: { ovhcloud: { serviceName: " " } } }), ctx))).toEqual([
      ["SC_INVALID_ARGUMENT", "overrides.ovhcloud.serviceName"],
    ]);
  });
});

describe("bucket checks", () => {
  it("passes a default bucket", () => {
    expect(ovhcloudDriver.checkBucket(bucketSpec(), ctx)).toEqual([]);
  });

  it("refuses a destroy that would delete the data when emptyOnDelete was not asked for", () => {
    const found = ovhcloudDriver.checkBucket(bucketSpec({ retainOnDelete: false }), ctx);
    expect(codes(found)).toEqual([["SC_PROVIDER_LIMITATION", "retainOnDelete"]]);
    expect(found[0]!.message).toContain("removes every object of a container before deleting it");
    expect(ovhcloudDriver.checkBucket(bucketSpec({ retainOnDelete: false, emptyOnDelete: true }), ctx)).toEqual([]);
  });

  it("refuses object lock on an unversioned container", () => {
    expect(codes(ovhcloudDriver.checkBucket(bucketSpec({ retentionDays: 30, versioning: false }), ctx))).toEqual([
      ["SC_CONFLICTING_ARGUMENTS", "versioning"],
    ]);
  });

  it("refuses container names S3 would refuse and unknown cold storage classes", () => {
    expect(codes(ovhcloudDriver.checkBucket(bucketSpec(), { ...ctx, name: "Docs_Bucket" }))).toEqual([["SC_INVALID_ARGUMENT", "name"]]);
    const spec = bucketSpec({ overrides: { ovhcloud: { bucketName: "x", coldStorageClass: "GLACIER" as never } } });
    expect(codes(ovhcloudDriver.checkBucket(spec, ctx))).toEqual([
      ["SC_INVALID_ARGUMENT", "overrides.ovhcloud.bucketName"],
      ["SC_INVALID_ARGUMENT", "overrides.ovhcloud.coldStorageClass"],
    ]);
  });
});

describe("network and VM checks", () => {
  it("refuses a VLAN id outside 0-4096", () => {
    expect(codes(ovhcloudDriver.checkNetwork(networkSpec({ overrides: { ovhcloud: { vlanId: 5000 } } }), ctx))).toEqual([
      ["SC_INVALID_ARGUMENT", "overrides.ovhcloud.vlanId"],
    ]);
  });

  it("passes a VM with one key for the image's own user", () => {
    expect(ovhcloudDriver.checkVirtualMachine(vmSpec(fakeHandle()), ctx)).toEqual([]);
  });

  it("refuses a second SSH key and a login user the image does not create", () => {
    const found = ovhcloudDriver.checkVirtualMachine(vmSpec(fakeHandle(), { sshKeys: KEYS, adminUsername: "operator" }), ctx);
    expect(codes(found)).toEqual([
      ["SC_PROVIDER_LIMITATION", "sshKeys"],
      ["SC_PROVIDER_LIMITATION", "adminUsername"],
    ]);
    expect(found[1]!.fix).toContain('adminUsername: "debian"');
  });

  it("expects the ubuntu user on the Ubuntu image", () => {
    expect(codes(ovhcloudDriver.checkVirtualMachine(vmSpec(fakeHandle(), { image: "ubuntu-24.04" }), ctx))).toEqual([
      ["SC_PROVIDER_LIMITATION", "adminUsername"],
    ]);
    expect(ovhcloudDriver.checkVirtualMachine(vmSpec(fakeHandle(), { image: "ubuntu-24.04", adminUsername: "ubuntu" }), ctx)).toEqual([]);
  });

  it("refuses a root disk larger than the flavor's local disk", () => {
    const found = ovhcloudDriver.checkVirtualMachine(vmSpec(fakeHandle(), { diskGiB: 100 }), ctx);
    expect(codes(found)).toEqual([["SC_PROVIDER_LIMITATION", "diskGiB"]]);
    expect(found[0]!.message).toContain("d2-4 has 50 GB");
    expect(ovhcloudDriver.checkVirtualMachine(vmSpec(fakeHandle(), { diskGiB: 90, instanceType: "b3-16" }), ctx)).toEqual([]);
  });

  it("refuses a network of another driver or another project", () => {
    const other = { ...fakeHandle(), driver: "openstack" as const };
    expect(codes(ovhcloudDriver.checkVirtualMachine(vmSpec(other), ctx))).toEqual([["SC_PLACEMENT_MISMATCH", "network"]]);
    expect(codes(ovhcloudDriver.checkVirtualMachine(vmSpec(fakeHandle(placement(), "another-project")), ctx))).toEqual([
      ["SC_PLACEMENT_MISMATCH", "overrides.ovhcloud.serviceName"],
    ]);
  });
});

describe("through the components", () => {
  beforeEach(() => setConfig(COMPONENTS));
  afterEach(async () => settle());

  it("refuses a TLS-only bucket: the SDK has no bucket policy", async () => {
    const error = thrown(() => new Bucket("docs", {}));
    await settle();
    expect(codes(error.problems)).toEqual([["SC_PROVIDER_LIMITATION", "tlsOnly"]]);
    expect(error.problems[0]!.message).toContain("no bucket-policy resource");
    expect(recorded).toEqual([]);
  });

  it("refuses user data and unconfirmed disk encryption on a VM, and registers no VM", async () => {
    const network = new Network("app", { ingress: [{ port: 443, from: "0.0.0.0/0" }] });
    const error = thrown(() => new VirtualMachine("web", { size: "SCS-2V-4", network, userData: "#!/bin/sh\necho hi\n" }));
    await settle();
    expect(codes(error.problems)).toEqual([
      ["SC_PROVIDER_LIMITATION", "encryption"],
      ["SC_PROVIDER_LIMITATION", "userData"],
    ]);
    expect(error.problems[1]!.message).toContain("driver: openstack");
    expect(recorded.filter((r) => r.type.includes("VirtualMachine") || r.type.includes("cloudInstance"))).toEqual([]);
  });
});

describe("capabilities and sizes", () => {
  it("answers every portable feature, and is the registered ovhcloud driver", () => {
    expect(Object.keys(ovhcloudDriver.capabilities).sort()).toEqual(Object.keys(FEATURES).sort());
    expect(driverFor("ovhcloud")).toBe(ovhcloudDriver);
  });

  it("resolves SCS-2V-4 to the shared d2-4 and a dedicated SCS-2C-8 to b3-8", () => {
    const size = (name: string) => {
      const r = parseScsFlavor(name);
      if (!r.ok) throw new Error(r.why);
      return r.flavor;
    };
    expect(pickInstanceType(OVHCLOUD_INSTANCE_TYPES, size("SCS-2V-4"))?.name).toBe("d2-4");
    expect(pickInstanceType(OVHCLOUD_INSTANCE_TYPES, size("SCS-2C-8"))?.name).toBe("b3-8");
  });
});
