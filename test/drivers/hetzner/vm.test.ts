import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hetznerDriver } from "../../../src/drivers/hetzner/index";
import { custom, customTypes, ofType, onDefaultProvider, one, resetRecorded, settle, useMocks, valueOf } from "../../helpers/pulumi";
import { fakeHandle, KEYS, networkSpec, placement, scope, T, vmSpec } from "./fixtures";

beforeAll(async () => {
  await useMocks();
});
beforeEach(() => resetRecorded());

describe("hetzner virtual machine", () => {
  it("creates a provider, an SSH key and a server, in the placement's location on the component's provider", async () => {
    hetznerDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    await settle();
    expect(customTypes()).toEqual([T.provider, T.sshKey, T.server].sort());
    const s = one(T.server).inputs;
    expect(s).toMatchObject({ location: "fsn1", serverType: "cx23", image: "debian-12" });
    expect(s.datacenter).toBeUndefined();
    for (const r of custom().filter((r) => r.type !== T.provider)) expect(r.provider, r.type).toContain("hetzner-cloud");
    expect(onDefaultProvider()).toEqual([]);
  });

  it("puts the server on the network's subnet and behind its firewall from creation on", async () => {
    hetznerDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    await settle();
    const s = one(T.server).inputs;
    expect(s.networks).toEqual([{ subnetId: "11-10.0.1.0/24" }]);
    expect(s.firewallIds).toEqual([22]);
  });

  it("has no public IPv4 or IPv6 unless asked", async () => {
    const result = hetznerDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    expect(await valueOf(result.publicIp)).toBeUndefined();
    await settle();
    expect(one(T.server).inputs.publicNets).toEqual([{ ipv4Enabled: false, ipv6Enabled: false }]);
  });

  it("gets a public IPv4 and IPv6 when asked", async () => {
    hetznerDriver.virtualMachine(vmSpec(fakeHandle(), { publicIp: true }), scope("web"));
    await settle();
    expect(one(T.server).inputs.publicNets).toEqual([{ ipv4Enabled: true, ipv6Enabled: true }]);
  });

  it("registers the first key for root and gives every key to the admin user through cloud-init", async () => {
    hetznerDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    await settle();
    expect(one(T.sshKey).inputs.publicKey).toBe(KEYS[0]);
    const s = one(T.server);
    expect(s.inputs.sshKeys).toEqual(["web-ssh-key-id"]);
    expect(s.inputs.userData).toContain('- name: "operator"');
    for (const k of KEYS) expect(s.inputs.userData).toContain(k);
  });

  it("uses the project's existing keys instead of registering one when they are named", async () => {
    hetznerDriver.virtualMachine(vmSpec(fakeHandle(), { overrides: { hetzner: { sshKeyNames: ["alice@laptop"] } } }), scope("web"));
    await settle();
    expect(ofType(T.sshKey)).toEqual([]);
    expect(one(T.server).inputs.sshKeys).toEqual(["alice@laptop"]);
  });

  it("combines the user's script with the key part in one MIME archive", async () => {
    hetznerDriver.virtualMachine(vmSpec(fakeHandle(), { userData: "#!/bin/sh\necho hi\n" }), scope("web"));
    await settle();
    const ud = one(T.server).inputs.userData as string;
    expect(ud).toContain("multipart/mixed");
    expect(ud).toContain("text/x-shellscript");
    expect(ud).toContain("echo hi");
  });

  it("protects the server against deletion and rebuild only when asked, both together", async () => {
    hetznerDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    await settle();
    expect(one(T.server).inputs).toMatchObject({ deleteProtection: false, rebuildProtection: false });
    resetRecorded();
    hetznerDriver.virtualMachine(vmSpec(fakeHandle(), { overrides: { hetzner: { protection: true } } }), scope("web2"));
    await settle();
    expect(one(T.server).inputs).toMatchObject({ deleteProtection: true, rebuildProtection: true });
  });

  it("keeps an extra volume in the same location when the stack is destroyed, protected and attached", async () => {
    hetznerDriver.virtualMachine(vmSpec(fakeHandle(), { overrides: { hetzner: { volumeGiB: 100 } } }), scope("web"));
    await settle();
    const v = one(T.volume);
    expect(v.inputs).toMatchObject({ size: 100, location: "fsn1", format: "ext4", deleteProtection: true });
    expect(v.options.retainOnDelete).toBe(true);
    expect(v.provider).toContain("hetzner-cloud");
    const a = one(T.volumeAttachment);
    expect(a.inputs.automount).toBe(true);
    expect(a.options.dependencies).toEqual(expect.arrayContaining([v.urn, one(T.server).urn]));
    expect(one(T.server).options.retainOnDelete).toBe(false);
  });

  it("creates no volume by default", async () => {
    hetznerDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    await settle();
    expect(ofType(T.volume)).toEqual([]);
  });

  it("honours a pinned server type and image", async () => {
    hetznerDriver.virtualMachine(
      vmSpec(fakeHandle(), { overrides: { hetzner: { serverType: "cpx31", image: "ubuntu-22.04" } } }),
      scope("web"),
    );
    await settle();
    expect(one(T.server).inputs).toMatchObject({ serverType: "cpx31", image: "ubuntu-22.04" });
  });

  it("joins a network the driver created: subnet id and numeric firewall id flow into the server", async () => {
    const net = hetznerDriver.network(networkSpec(), scope("app", placement("nbg1")));
    hetznerDriver.virtualMachine(vmSpec(net.handle), scope("web", placement("nbg1")));
    await settle();
    const s = one(T.server);
    expect(s.inputs.location).toBe("nbg1");
    expect(s.inputs.networks).toEqual([{ subnetId: "app-subnet-id" }]);
    expect(s.options.dependencies).toEqual(expect.arrayContaining([one(T.subnet).urn, one(T.firewall).urn]));
    expect(s.inputs.firewallIds).toHaveLength(1);
    expect(typeof s.inputs.firewallIds[0]).toBe("number"); // NaN under mocks: ids are "<name>-id" here, numeric strings at Hetzner
  });
});
