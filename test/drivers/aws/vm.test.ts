import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { awsDriver } from "../../../src/drivers/aws/index";
import {
  custom,
  customTypes,
  invokes,
  ofType,
  onDefaultProvider,
  one,
  resetRecorded,
  settle,
  useMocks,
  valueOf,
} from "../../helpers/pulumi";
import { fakeHandle, networkSpec, placement, scope, vmSpec } from "./fixtures";

const T = {
  provider: "pulumi:providers:aws",
  instance: "aws:ec2/instance:Instance",
  keyPair: "aws:ec2/keyPair:KeyPair",
  key: "aws:kms/key:Key",
};

beforeAll(async () => {
  await useMocks();
});
beforeEach(() => resetRecorded());

describe("aws virtual machine", () => {
  it("creates a provider, a key pair and an instance, all in the placement's region on the component's provider", async () => {
    awsDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    await settle();
    expect(customTypes()).toEqual([T.provider, T.keyPair, T.instance].sort());
    expect(one(T.provider).inputs.region).toBe("eu-central-1");
    for (const r of custom().filter((r) => r.type !== T.provider)) {
      expect(r.inputs.region, r.type).toBe("eu-central-1");
      expect(r.provider, r.type).toContain("aws-eu-central-1");
    }
    expect(onDefaultProvider()).toEqual([]);
  });

  it("joins the network's subnet, security group and zone", async () => {
    awsDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    await settle();
    const i = one(T.instance).inputs;
    expect(i.subnetId).toBe("subnet-1");
    expect(i.vpcSecurityGroupIds).toEqual(["sg-1"]);
    expect(i.availabilityZone).toBe("eu-central-1a");
    expect(i.instanceType).toBe("t3.large");
  });

  it("requires IMDSv2 with a hop limit of 1 and encrypts a gp3 root volume of the asked size", async () => {
    awsDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    await settle();
    const i = one(T.instance).inputs;
    expect(i.metadataOptions).toMatchObject({ httpTokens: "required", httpPutResponseHopLimit: 1, httpEndpoint: "enabled" });
    expect(i.rootBlockDevice).toMatchObject({ volumeType: "gp3", volumeSize: 20, encrypted: true });
    expect(i.rootBlockDevice.kmsKeyId).toBeUndefined();
    expect(ofType(T.key)).toEqual([]);
  });

  it("encrypts the root volume with a rotating KMS key in the same region when the encryption is customer-managed", async () => {
    awsDriver.virtualMachine(vmSpec(fakeHandle(), { encryption: "customer-managed" }), scope("web"));
    await settle();
    const key = one(T.key);
    expect(key.inputs).toMatchObject({ region: "eu-central-1", enableKeyRotation: true });
    expect(one(T.instance).inputs.rootBlockDevice.kmsKeyId).toBe("arn:aws:kms:eu-central-1:123456789012:key/web-disk-key");
  });

  it("has no public IP unless asked", async () => {
    const result = awsDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    expect(await valueOf(result.publicIp)).toBeUndefined();
    await settle();
    expect(one(T.instance).inputs.associatePublicIpAddress).toBe(false);
  });

  it("gets a public IP when asked", async () => {
    const result = awsDriver.virtualMachine(vmSpec(fakeHandle(), { publicIp: true }), scope("web"));
    expect(await valueOf(result.publicIp)).toBe("203.0.113.10");
    await settle();
    expect(one(T.instance).inputs.associatePublicIpAddress).toBe(true);
  });

  it("reads the image's SSM parameter through the component's provider and keeps the AMI it found", async () => {
    awsDriver.virtualMachine(vmSpec(fakeHandle(), { image: "ubuntu-24.04" }), scope("web"));
    await settle();
    const lookup = invokes.find((c) => c.token === "aws:ssm/getParameter:getParameter");
    expect(lookup?.inputs).toMatchObject({
      name: "/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id",
      region: "eu-central-1",
    });
    const instance = one(T.instance);
    expect(instance.inputs.ami).toBe("ami-0123456789abcdef0");
    expect(instance.options.ignoreChanges).toContain("ami");
  });

  it("uses a pinned AMI without a lookup, and applies changes to it", async () => {
    awsDriver.virtualMachine(vmSpec(fakeHandle(), { overrides: { aws: { ami: "ami-0fedcba9876543210" } } }), scope("web"));
    await settle();
    expect(invokes.filter((c) => c.token === "aws:ssm/getParameter:getParameter")).toEqual([]);
    expect(one(T.instance).inputs.ami).toBe("ami-0fedcba9876543210");
    expect(one(T.instance).options.ignoreChanges).not.toContain("ami");
  });

  it("imports the first SSH key as a key pair and delivers every key to the admin user with cloud-init", async () => {
    const spec = vmSpec(fakeHandle());
    awsDriver.virtualMachine(spec, scope("web"));
    await settle();
    expect(one(T.keyPair).inputs.publicKey).toBe(spec.sshKeys[0]);
    const i = one(T.instance).inputs;
    expect(i.keyName).toBe("web-ssh-key-abc123");
    expect(i.userData).toContain("#cloud-config");
    expect(i.userData).toContain('name: "operator"');
    for (const k of spec.sshKeys) expect(i.userData).toContain(JSON.stringify(k));
  });

  it("combines the user's user data with the key part in one MIME archive", async () => {
    awsDriver.virtualMachine(vmSpec(fakeHandle(), { userData: "#!/bin/sh\necho hello\n" }), scope("web"));
    await settle();
    const ud = one(T.instance).inputs.userData as string;
    expect(ud.startsWith("Content-Type: multipart/mixed")).toBe(true);
    expect(ud).toContain("Content-Type: text/x-shellscript");
    expect(ud).toContain("echo hello");
    expect(ud).toContain("Content-Type: text/cloud-config");
  });

  it("sends the user's user data unchanged and creates no key pair when there are no SSH keys", async () => {
    awsDriver.virtualMachine(vmSpec(fakeHandle(), { sshKeys: [], userData: "#cloud-config\npackages: [nginx]\n" }), scope("web"));
    await settle();
    expect(ofType(T.keyPair)).toEqual([]);
    expect(one(T.instance).inputs.userData).toBe("#cloud-config\npackages: [nginx]\n");
    expect(one(T.instance).inputs.keyName).toBeUndefined();
  });

  it("returns ids, the private IP and the zone", async () => {
    const result = awsDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    expect(await valueOf(result.instanceId)).toBe("web-id");
    expect(await valueOf(result.privateIp)).toBe("10.0.1.10");
    expect(await valueOf(result.zone)).toBe("eu-central-1a");
    await settle();
  });

  it("works on a network made by the network driver, in the European Sovereign Cloud, without aws-partition ARNs", async () => {
    const p = placement("eusc-de-east-1");
    const net = awsDriver.network(networkSpec(), scope("net", p));
    awsDriver.virtualMachine(vmSpec(net.handle, { encryption: "customer-managed" }), scope("web", p));
    await settle();
    for (const r of custom()) {
      if (r.type === T.provider) expect(r.inputs.region).toBe("eusc-de-east-1");
      else expect(r.inputs.region, r.type).toBe("eusc-de-east-1");
      expect(JSON.stringify(r.inputs), r.type).not.toContain("arn:aws:");
    }
    expect(one(T.instance).inputs.subnetId).toBe("net-subnet-id");
    expect(one(T.instance).inputs.availabilityZone).toBeUndefined();
    expect(onDefaultProvider()).toEqual([]);
  });
});
