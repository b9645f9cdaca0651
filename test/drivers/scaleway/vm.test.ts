import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { scalewayDriver } from "../../../src/drivers/scaleway/index";
import { customTypes, ofType, onDefaultProvider, one, resetRecorded, settle, useMocks, valueOf } from "../../helpers/pulumi";
import { KEYS, fakeHandle, placement, scope, vmSpec } from "./fixtures";

const T = {
  provider: "pulumi:providers:scaleway",
  server: "scaleway:instance/server:Server",
  ip: "scaleway:instance/ip:Ip",
  sshKey: "scaleway:iam/sshKey:SshKey",
};

beforeAll(async () => {
  await useMocks();
});
beforeEach(() => resetRecorded());

describe("scaleway virtual machine", () => {
  it("creates one Instance of the resolved type in the network's zone, security group and Private Network", async () => {
    scalewayDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    await settle();
    expect(customTypes()).toEqual([T.provider, T.server].sort());
    const s = one(T.server).inputs;
    expect(s.type).toBe("PLAY2-NANO");
    expect(s.zone).toBe("fr-par-1");
    expect(s.securityGroupId).toBe("sg-1");
    expect(s.privateNetworks).toEqual([{ pnId: "pn-1" }]);
    expect(one(T.provider).inputs.zone).toBe("fr-par-1");
    expect(one(T.provider).inputs.region).toBe("fr-par");
    expect(one(T.server).provider).toContain("scaleway-fr-par");
    expect(onDefaultProvider()).toEqual([]);
  });

  it("has no public IP by default: no flexible IP, no dynamic IP", async () => {
    const result = scalewayDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    await settle();
    expect(ofType(T.ip)).toEqual([]);
    const s = one(T.server).inputs;
    expect(s.ipId).toBeUndefined();
    expect(s.enableDynamicIp).toBe(false);
    expect(await valueOf(result.publicIp)).toBeUndefined();
    expect(await valueOf(result.privateIp)).toBe("10.20.1.2");
  });

  it("reserves a flexible IP in the same zone when a public IP is asked for", async () => {
    const result = scalewayDriver.virtualMachine(
      vmSpec(fakeHandle(placement("nl-ams"), "nl-ams-3"), { publicIp: true }),
      scope("web", placement("nl-ams")),
    );
    await settle();
    expect(one(T.ip).inputs.zone).toBe("nl-ams-3");
    expect(one(T.server).inputs.zone).toBe("nl-ams-3");
    expect(one(T.server).inputs.ipId).toBe("web-ip-id");
    expect(await valueOf(result.publicIp)).toBe("203.0.113.40");
    expect(await valueOf(result.zone)).toBe("nl-ams-3");
  });

  it("boots the catalog image on a Block Storage root volume of the asked size, deleted with the VM", async () => {
    scalewayDriver.virtualMachine(vmSpec(fakeHandle(), { diskGiB: 40 }), scope("web"));
    await settle();
    const s = one(T.server).inputs;
    expect(s.image).toBe("debian_bookworm");
    expect(s.rootVolume).toEqual({ volumeType: "sbs_volume", sizeInGb: 40, deleteOnTermination: true });
  });

  it("takes the commercial type, image and root volume type from the overrides", async () => {
    const overrides = {
      scaleway: { commercialType: "DEV1-M", imageId: "11111111-2222-3333-4444-555555555555", rootVolumeType: "l_ssd" as const },
    };
    scalewayDriver.virtualMachine(vmSpec(fakeHandle(), { overrides }), scope("web"));
    await settle();
    const s = one(T.server).inputs;
    expect(s.type).toBe("DEV1-M");
    expect(s.image).toBe("11111111-2222-3333-4444-555555555555");
    expect(s.rootVolume.volumeType).toBe("l_ssd");
    expect(scalewayDriver.overriddenInstanceType?.(overrides)).toBe("DEV1-M");
    expect(scalewayDriver.overriddenImage?.(overrides)).toBe("11111111-2222-3333-4444-555555555555");
  });

  it("delivers the SSH keys to the admin user through cloud-init, never as project-wide IAM keys", async () => {
    scalewayDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    await settle();
    expect(ofType(T.sshKey)).toEqual([]);
    const cloudInit: string = one(T.server).inputs.userData["cloud-init"];
    expect(cloudInit.startsWith("#cloud-config")).toBe(true);
    expect(cloudInit).toContain('- name: "operator"');
    for (const k of KEYS) expect(cloudInit).toContain(JSON.stringify(k));
  });

  it("combines the user's script with the key part in one MIME archive", async () => {
    scalewayDriver.virtualMachine(vmSpec(fakeHandle(), { userData: "#!/bin/sh\necho hi\n" }), scope("web"));
    await settle();
    const cloudInit: string = one(T.server).inputs.userData["cloud-init"];
    expect(cloudInit).toContain("multipart/mixed");
    expect(cloudInit).toContain("text/x-shellscript");
    expect(cloudInit).toContain("echo hi");
  });

  it("sends no user data when there are neither keys nor user data", async () => {
    scalewayDriver.virtualMachine(vmSpec(fakeHandle(), { sshKeys: [] }), scope("web"));
    await settle();
    expect(one(T.server).inputs.userData).toBeUndefined();
  });

  it("is not retained on destroy (root disks go with the VM)", async () => {
    scalewayDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    await settle();
    expect(one(T.server).options.retainOnDelete).toBe(false);
  });
});
