/** The components on a real driver (AWS) under the SDK's mocks: config vs args, outputs, residency, parenting. */
import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Bucket, Network, VirtualMachine } from "../../src/index";
import { custom, ofType, onDefaultProvider, one, recorded, resetRecorded, setConfig, settle, useMocks, valueOf } from "../helpers/pulumi";

const CONFIG = {
  "sovereign-cloud:target": "aws:eu-central-1",
  "sovereign-cloud:residency": { preset: "gaia-x-l2", countries: ["DE", "FR"] },
};
const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx3bq6sBmOd0LPXl3Zs1Nvdeu2Q8e5kfjy4bq4Hpj3o ops@example";

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  setConfig(CONFIG);
  resetRecorded();
});

describe("Bucket", () => {
  it("takes target and contract from stack config and reports them in its residency output", async () => {
    const b = new Bucket("docs");
    const residency = await valueOf(b.residency);
    await settle();
    expect(residency).toMatchObject({
      provider: "aws",
      region: "eu-central-1",
      regionName: "Europe (Frankfurt)",
      country: "DE",
      zone: null,
      contract: { preset: "gaia-x-l2", dataLocation: "eea", countries: ["DE", "FR"] },
    });
    expect(residency!.satisfiedClauses).toEqual(expect.arrayContaining(["dataLocation", "countries", "regionStatus"]));
    expect(await valueOf(b.region)).toBe("eu-central-1");
    expect(one("aws:s3/bucket:Bucket").inputs.region).toBe("eu-central-1");
  });

  it("lets args override the stack's target and contract", async () => {
    const b = new Bucket("docs", { target: "aws:eu-west-3", residency: { countries: ["FR"] } });
    expect(await valueOf(b.residency)).toMatchObject({
      region: "eu-west-3",
      country: "FR",
      contract: { dataLocation: "eu", countries: ["FR"] },
    });
    await settle();
    expect(one("aws:s3/bucket:Bucket").inputs.region).toBe("eu-west-3");
  });

  it("exposes the driver's neutral outputs", async () => {
    const b = new Bucket("docs");
    const [name, id, endpoint] = await Promise.all([valueOf(b.bucketName), valueOf(b.bucketId), valueOf(b.endpoint)]);
    await settle();
    expect(id).toBe(`arn:aws:s3:::${name}`);
    expect(endpoint).toBe(`https://${name}.s3.eu-central-1.amazonaws.com`);
  });

  it("parents every child to the component, labels it, and puts nothing on a default provider", async () => {
    new Bucket("docs", { labels: { team: "records" } });
    await settle();
    const component = one("sovereign-cloud:index:Bucket");
    expect(component.custom).toBe(false);
    const children = custom().filter((c) => c.type !== "pulumi:providers:aws");
    expect(children.length).toBeGreaterThan(5);
    for (const c of children) expect(c.options.parent, c.type).toMatch(/sovereign-cloud:index:Bucket::docs$/);
    expect(onDefaultProvider()).toEqual([]);
    // The provider is shared by every component at the placement: the stack owns it, not this bucket.
    expect(one("pulumi:providers:aws").options.parent).toBe("");
    const tags = one("aws:s3/bucket:Bucket").inputs.tags;
    expect(tags).toMatchObject({
      "managed-by": "sovereign-cloud",
      "sovereign-cloud-component": "Bucket",
      "sovereign-cloud-name": "docs",
      "sovereign-cloud-contract": "gaia-x-l2",
      team: "records",
    });
  });

  it("keeps the bucket on destroy by default and only lets go when asked twice", async () => {
    new Bucket("kept");
    new Bucket("scratch", { retainOnDelete: false, emptyOnDelete: true });
    await settle();
    const [kept, scratch] = ["kept", "scratch"].map((n) => ofType("aws:s3/bucket:Bucket").find((r) => r.name === n)!);
    expect(kept!.options.retainOnDelete).toBe(true);
    expect(kept!.inputs.forceDestroy).toBeFalsy();
    expect(scratch!.options.retainOnDelete).toBe(false);
    expect(scratch!.inputs.forceDestroy).toBe(true);
  });

  it("creates a customer-managed key when the contract asks for one", async () => {
    new Bucket("docs", { residency: { encryption: "customer-managed" } });
    await settle();
    expect(one("aws:kms/key:Key").inputs.region).toBe("eu-central-1");
    const sse = one("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration");
    expect(sse.inputs.rules[0].applyServerSideEncryptionByDefault.sseAlgorithm).toBe("aws:kms");
  });
});

describe("Network and VirtualMachine", () => {
  it("places a VM with its network and resolves the SCS flavor to an instance type", async () => {
    const net = new Network("app", { ingress: [{ port: 443, from: "0.0.0.0/0" }] });
    const vm = new VirtualMachine("web", { size: "SCS-2V-8", network: net, sshKeys: [KEY] });
    expect(await valueOf(vm.instanceType)).toBe("t3.large"); // 2 vCPU, 8 GiB: the smallest fit, burstable first
    expect(await valueOf(vm.publicIp)).toBeUndefined();
    expect(await valueOf(vm.privateIp)).toBe("10.0.1.10");
    expect(await valueOf(vm.residency)).toMatchObject({ region: "eu-central-1", zone: "eu-central-1a" });
    await settle();
    const instance = one("aws:ec2/instance:Instance");
    expect(instance.inputs).toMatchObject({ instanceType: "t3.large", region: "eu-central-1", associatePublicIpAddress: false });
    expect(await valueOf(net.cidr)).toBe("10.0.0.0/16");
    expect(await valueOf(net.subnetCidr)).toBe("10.0.0.0/24");
  });

  it("lets a VM default to its network's placement when the stack sets no target", async () => {
    setConfig({});
    const net = new Network("app", { target: "aws:eu-north-1" });
    const vm = new VirtualMachine("web", { size: { vcpus: 2, memoryGiB: 4 }, network: net });
    expect(await valueOf(vm.region)).toBe("eu-north-1");
    await settle();
    expect(one("aws:ec2/instance:Instance").inputs.region).toBe("eu-north-1");
  });

  it("uses a dedicated-CPU type for an SCS T/C flavor and the flavor's disk size", async () => {
    const net = new Network("app");
    new VirtualMachine("db", { size: "SCS-2C-4-50", network: net });
    await settle();
    const instance = one("aws:ec2/instance:Instance");
    expect(instance.inputs.instanceType).not.toMatch(/^t3/);
    expect(instance.inputs.rootBlockDevice.volumeSize).toBe(50);
    expect(instance.inputs.rootBlockDevice.encrypted).toBe(true);
  });

  it("registers the three component types once each", async () => {
    const net = new Network("app");
    new VirtualMachine("web", { size: "SCS-1V-2", network: net });
    new Bucket("docs");
    await settle();
    expect(
      recorded
        .filter((r) => !r.custom)
        .map((r) => r.type)
        .sort(),
    ).toEqual(["sovereign-cloud:index:Bucket", "sovereign-cloud:index:Network", "sovereign-cloud:index:VirtualMachine"]);
  });
});

it("keeps Output-typed fields as Outputs", () => {
  const b = new Bucket("docs");
  expect(pulumi.Output.isInstance(b.residency)).toBe(true);
});
