import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ovhcloudDriver } from "../../../src/drivers/ovhcloud/index";
import { pickFlavorId, pickImageId } from "../../../src/drivers/ovhcloud/vm";
import {
  custom,
  customTypes,
  invokes,
  onDefaultProvider,
  one,
  resetRecorded,
  setConfig,
  settle,
  useMocks,
  valueOf,
} from "../../helpers/pulumi";
import { CONFIG, fakeHandle, INVOKES, KEY, PROJECT, scope, T, vmSpec } from "./fixtures";

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  resetRecorded();
  setConfig(CONFIG);
});

describe("ovhcloud virtual machine", () => {
  it("creates one CloudInstance and its SSH key in the compute region GRA11, on its own provider", async () => {
    ovhcloudDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    await settle();
    expect(customTypes()).toEqual([T.provider, T.sshKey, T.instance].sort());
    const vm = one(T.instance);
    expect(vm.name).toBe("web");
    expect(vm.inputs.region).toBe("GRA11");
    expect(vm.inputs.serviceName).toBe(PROJECT);
    expect(vm.provider).toContain("pulumi:providers:ovh::ovhcloud-ovh-eu");
    expect(vm.options.parent).toContain("test:index:Parent");
    expect(one(T.sshKey).provider).toContain("pulumi:providers:ovh::ovhcloud-ovh-eu");
    expect(onDefaultProvider()).toEqual([]);
  });

  it("puts the VM in the network's security group only, on the private subnet only, without a public IP", async () => {
    const r = ovhcloudDriver.virtualMachine(vmSpec(fakeHandle(), { publicIp: false }), scope("web"));
    await settle();
    const vm = one(T.instance).inputs;
    expect(vm.securityGroupIds).toEqual(["sg-1"]);
    expect(vm.networks).toEqual([{ networkId: "net-1", subnetId: "subnet-1" }]);
    expect(await valueOf(r.privateIp)).toBe("10.0.1.20");
    expect(await valueOf(r.publicIp)).toBeUndefined();
  });

  it("adds a public interface only when a public IP is asked for", async () => {
    const r = ovhcloudDriver.virtualMachine(vmSpec(fakeHandle(), { publicIp: true }), scope("web"));
    await settle();
    expect(one(T.instance).inputs.networks).toEqual([{ autoAssignPublicIp: true }, { networkId: "net-1", subnetId: "subnet-1" }]);
    expect(await valueOf(r.publicIp)).toBe("203.0.113.40");
    expect(await valueOf(r.privateIp)).toBe("10.0.1.20");
  });

  it("looks up the flavor and image ids by name in the VM's region and project", async () => {
    ovhcloudDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    await settle();
    const vm = one(T.instance).inputs;
    expect(vm.flavorId).toBe("flavor-d2-4");
    expect(vm.imageId).toBe("image-debian-12");
    for (const token of [INVOKES.flavors, INVOKES.images]) {
      expect(invokes.find((i) => i.token === token)?.inputs, token).toEqual({ serviceName: PROJECT, region: "GRA11" });
    }
  });

  it("uses the flavor the spec resolved and the image name the override pins", async () => {
    ovhcloudDriver.virtualMachine(
      vmSpec(fakeHandle(), { instanceType: "b3-16", overrides: { ovhcloud: { image: "Ubuntu 24.04" } } }),
      scope("web"),
    );
    await settle();
    expect(one(T.instance).inputs.flavorId).toBe("flavor-b3-16");
    expect(one(T.instance).inputs.imageId).toBe("image-ubuntu-24-04");
  });

  it("reads the pinned flavor and image from the overrides for the component", () => {
    const o = { ovhcloud: { flavor: "c3-8", image: "Debian 13" } };
    expect([ovhcloudDriver.overriddenInstanceType!(o), ovhcloudDriver.overriddenImage!(o)]).toEqual(["c3-8", "Debian 13"]);
  });

  it("installs the one SSH key by name and creates no key without one", async () => {
    ovhcloudDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    ovhcloudDriver.virtualMachine(vmSpec(fakeHandle(), { sshKeys: [] }), scope("nokey"));
    await settle();
    const key = one(T.sshKey);
    expect(key.name).toBe("web-ssh-key");
    expect(key.inputs.publicKey).toBe(KEY);
    expect(key.inputs.serviceName).toBe(PROJECT);
    const byName = Object.fromEntries(
      custom()
        .filter((r) => r.type === T.instance)
        .map((r) => [r.name, r.inputs.sshKeyName]),
    );
    expect(byName).toEqual({ web: "web-ssh-key-abc123", nokey: undefined });
  });

  it("keeps nothing of the VM when the stack is destroyed (the root disk is the flavor's local disk)", async () => {
    ovhcloudDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    await settle();
    expect(custom().filter((r) => r.options.retainOnDelete)).toEqual([]);
  });
});

describe("flavor and image lookup", () => {
  const loc = (region: string) => ({ region, availabilityZone: "" });
  const flavor = (id: string, name: string, region: string) => ({
    id,
    name,
    location: loc(region),
    description: "",
    disk: 50,
    ephemeral: 0,
    isPublic: true,
    ram: 4096,
    swap: 0,
    vcpus: 2,
  });
  const image = (id: string, name: string, status: string, createdAt: string) => ({
    id,
    name,
    status,
    createdAt,
    location: loc("GRA11"),
    minDisk: 0,
    minRam: 0,
    size: 0,
    updatedAt: createdAt,
    visibility: "public",
  });

  it("takes the flavor of the VM's region", () => {
    expect(pickFlavorId([flavor("sbg", "d2-4", "SBG5"), flavor("gra", "d2-4", "GRA11")], "d2-4", "GRA11", PROJECT)).toBe("gra");
  });

  it("fails the deployment with SC_LOOKUP_NOT_FOUND naming the flavor, region and project when the region lacks the flavor", () => {
    const call = () => pickFlavorId([flavor("x", "b3-8", "GRA11")], "d2-4", "GRA11", PROJECT);
    expect(call).toThrow(expect.objectContaining({ code: "SC_LOOKUP_NOT_FOUND" }));
    expect(call).toThrow(`found no flavor named "d2-4" in GRA11 for Public Cloud project ${PROJECT}`);
    expect(() => pickFlavorId([], "d2-4", "GRA11", PROJECT)).toThrow(expect.objectContaining({ code: "SC_LOOKUP_NOT_FOUND" }));
  });

  it("uses the names when the lookups return no list at all (Pulumi's plain mocks), instead of waiting or throwing", () => {
    expect(pickFlavorId(undefined, "d2-4", "GRA11", PROJECT)).toBe("d2-4");
    expect(pickImageId(undefined, "Debian 12", "GRA11", PROJECT)).toBe("Debian 12");
  });

  it("takes the newest active image of that name", () => {
    const images = [
      image("old", "Debian 12", "active", "2025-01-01"),
      image("new", "Debian 12", "active", "2026-01-01"),
      image("broken", "Debian 12", "deleted", "2026-06-01"),
    ];
    expect(pickImageId(images, "Debian 12", "GRA11", PROJECT)).toBe("new");
    expect(() => pickImageId(images, "Debian 13", "GRA11", PROJECT)).toThrow('no active image named "Debian 13" in GRA11');
    expect(() => pickImageId(images, "Debian 13", "GRA11", PROJECT)).toThrow(expect.objectContaining({ code: "SC_LOOKUP_NOT_FOUND" }));
  });
});
