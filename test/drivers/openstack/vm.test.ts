import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openstackDriver } from "../../../src/drivers/openstack/index";
import {
  custom,
  customTypes,
  invokes,
  ofType,
  onDefaultProvider,
  one,
  resetRecorded,
  setConfig,
  settle,
  useMocks,
  valueOf,
} from "../../helpers/pulumi";
import { fakeHandle, KEYS, placement, scope, T, vmSpec } from "./fixtures";

beforeAll(async () => {
  await useMocks();
});
beforeEach(() => {
  resetRecorded();
  setConfig({});
});

describe("openstack virtual machine", () => {
  it("creates exactly a port, a keypair and a server in the placement's region and zone, with no floating IP by default", async () => {
    const p = placement("otc", "eu-de", "eu-de-02");
    openstackDriver.virtualMachine(vmSpec(fakeHandle(p), { instanceType: "s3.large.2" }), scope("web", p));
    await settle();
    expect(customTypes()).toEqual([T.provider, T.port, T.keypair, T.instance].sort());
    expect(ofType(T.floatingIp)).toEqual([]);
    for (const r of custom()) {
      expect(r.inputs.region, r.type).toBe("eu-de");
      if (r.type !== T.provider) expect(r.provider, r.type).toContain("otc-eu-de");
    }
    expect(onDefaultProvider()).toEqual([]);
    const server = one(T.instance).inputs;
    expect(server.availabilityZone).toBe("eu-de-02");
    expect(server.flavorName).toBe("s3.large.2");
  });

  it("attaches the server only through a port that carries the network's security group", async () => {
    openstackDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    await settle();
    const port = one(T.port).inputs;
    expect(port.networkId).toBe("net-1");
    expect(port.fixedIps).toEqual([{ subnetId: "subnet-1" }]);
    expect(port.securityGroupIds).toEqual(["sg-1"]);
    const server = one(T.instance).inputs;
    expect(server.networks).toEqual([{ port: "web-port-id" }]);
    expect(server.securityGroups).toBeUndefined();
  });

  it("boots from a volume of diskGiB made from the image looked up by its catalog name, deleted with the server", async () => {
    openstackDriver.virtualMachine(vmSpec(fakeHandle(), { diskGiB: 40 }), scope("web"));
    await settle();
    expect(invokes.find((i) => i.token === "openstack:images/getImage:getImage")?.inputs).toMatchObject({
      name: "Debian 12 Bookworm x86_64",
      mostRecent: true,
      region: "Kna1",
    });
    const [boot] = one(T.instance).inputs.blockDevices;
    expect(boot).toEqual({
      sourceType: "image",
      uuid: "image-debian-12-bookworm-x86-64",
      destinationType: "volume",
      volumeSize: 40,
      bootIndex: 0,
      deleteOnTermination: true,
    });
    expect(one(T.instance).options.ignoreChanges).toEqual(["blockDevices[0].uuid"]);
  });

  it("uses the flavor, image and root volume type pinned in overrides", async () => {
    const spec = vmSpec(fakeHandle(), {
      overrides: { openstack: { flavor: "b.4c4gb", image: "My Golden Image", volumeType: "cbs-encrypted" } },
    });
    openstackDriver.virtualMachine(spec, scope("web"));
    await settle();
    expect(one(T.instance).inputs.flavorName).toBe("b.4c4gb");
    expect(invokes.find((i) => i.token === "openstack:images/getImage:getImage")?.inputs.name).toBe("My Golden Image");
    expect(one(T.instance).inputs.blockDevices[0].volumeType).toBe("cbs-encrypted");
  });

  it("installs the first key as a keypair and every key through cloud-init for the admin user, after the user's script", async () => {
    openstackDriver.virtualMachine(vmSpec(fakeHandle(), { userData: "#!/bin/sh\necho hi\n" }), scope("web"));
    await settle();
    const keypair = one(T.keypair).inputs;
    expect(keypair.publicKey).toBe(KEYS[0]);
    expect(keypair.name).toBe("web-test");
    const server = one(T.instance).inputs;
    expect(server.keyPair).toBe("web-test");
    expect(server.userData).toContain("Content-Type: text/x-shellscript");
    expect(server.userData).toContain('- name: "operator"');
    for (const k of KEYS) expect(server.userData).toContain(JSON.stringify(k));
  });

  it("creates a floating IP from the network's external pool and binds it to the port only with publicIp", async () => {
    const result = openstackDriver.virtualMachine(vmSpec(fakeHandle(), { publicIp: true }), scope("web"));
    expect(await valueOf(result.publicIp)).toBe("203.0.113.50");
    expect(await valueOf(result.privateIp)).toBe("10.0.1.30");
    await settle();
    expect(one(T.floatingIp).inputs).toMatchObject({ pool: "ext-net", region: "Kna1" });
    expect(one(T.floatingIpAssociate).inputs).toMatchObject({ floatingIp: "203.0.113.50", portId: "web-port-id", region: "Kna1" });
    expect(one(T.floatingIpAssociate).options.dependencies.some((d) => d.endsWith("openstack:compute/instance:Instance::web"))).toBe(true);
  });

  it("reports no public IP and the placement's zone without one", async () => {
    const p = placement("pluscloud-open", "pco-prod1", "DE-WEST-1");
    const result = openstackDriver.virtualMachine(
      vmSpec(fakeHandle(p, false), { instanceType: "SCS-2V-4", image: "ubuntu-24.04" }),
      scope("web", p),
    );
    expect(await valueOf(result.publicIp)).toBeUndefined();
    expect(await valueOf(result.zone)).toBe("DE-WEST-1");
    await settle();
    expect(one(T.instance).inputs.flavorName).toBe("SCS-2V-4");
    expect(one(T.provider).inputs.region).toBe("prod1");
  });

  it("deploys to OVHcloud's compute region when the target asks for the openstack driver", async () => {
    const p = placement("ovhcloud", "gra");
    openstackDriver.virtualMachine(
      vmSpec(fakeHandle(p, false), { instanceType: "b3-8", overrides: { openstack: { image: "Debian 12" } } }),
      scope("web", p),
    );
    await settle();
    expect(one(T.provider).inputs).toMatchObject({ region: "GRA11", authUrl: "https://auth.cloud.ovh.net/v3" });
    expect(one(T.instance).inputs).toMatchObject({ region: "GRA11", flavorName: "b3-8" });
  });
});
