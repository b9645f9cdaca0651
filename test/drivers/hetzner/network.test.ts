import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hetznerDriver } from "../../../src/drivers/hetzner/index";
import { custom, customTypes, onDefaultProvider, one, resetRecorded, settle, useMocks, valueOf } from "../../helpers/pulumi";
import { networkSpec, placement, scope, T } from "./fixtures";

beforeAll(async () => {
  await useMocks({ "hcloud:token": "offline-token", "hcloud:pollInterval": "2s" });
});
beforeEach(() => resetRecorded());

describe("hetzner network", () => {
  it("creates a provider, a network, a cloud subnet and a firewall, all on the component's provider", async () => {
    hetznerDriver.network(networkSpec(), scope("app"));
    await settle();
    expect(customTypes()).toEqual([T.provider, T.network, T.subnet, T.firewall].sort());
    for (const r of custom().filter((r) => r.type !== T.provider)) expect(r.provider, r.type).toContain("hetzner-cloud");
    expect(onDefaultProvider()).toEqual([]);
  });

  it("forwards the hcloud stack config to the explicit provider, the token as a secret", async () => {
    hetznerDriver.network(networkSpec(), scope("app"));
    await settle();
    const p = one(T.provider).inputs;
    expect(p.pollInterval).toBe("2s");
    // Secret values arrive wrapped with Pulumi's secret signature.
    expect(p.token).toMatchObject({ "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: "offline-token" });
  });

  it("spans the network over the CIDR and puts the subnet in the location's network zone", async () => {
    hetznerDriver.network(networkSpec({ cidr: "10.20.0.0/16", subnetCidr: "10.20.1.0/24" }), scope("app", placement("hel1")));
    await settle();
    expect(one(T.network).inputs.ipRange).toBe("10.20.0.0/16");
    const subnet = one(T.subnet);
    expect(subnet.inputs).toMatchObject({ type: "cloud", networkZone: "eu-central", ipRange: "10.20.1.0/24" });
    expect(subnet.options.dependencies).toContain(one(T.network).urn);
  });

  it("opens exactly the declared ports inbound and declares no outbound rule", async () => {
    hetznerDriver.network(
      networkSpec({
        ingress: [
          { protocol: "tcp", ports: [443, 443], from: "0.0.0.0/0", description: "https" },
          { protocol: "tcp", ports: [22, 22], from: "198.51.100.0/24", description: "ssh" },
          { protocol: "udp", ports: [60000, 61000], from: "2001:db8::/32", description: "mosh" },
          { protocol: "icmp", ports: [0, 0], from: "198.51.100.0/24", description: "ping" },
          { protocol: "tcp", ports: [443, 443], from: "0.0.0.0/0", description: "https again" },
        ],
      }),
      scope("app"),
    );
    await settle();
    expect(one(T.firewall).inputs.rules).toEqual([
      { direction: "in", protocol: "tcp", port: "443", sourceIps: ["0.0.0.0/0"], description: "https" },
      { direction: "in", protocol: "tcp", port: "22", sourceIps: ["198.51.100.0/24"], description: "ssh" },
      { direction: "in", protocol: "udp", port: "60000-61000", sourceIps: ["2001:db8::/32"], description: "mosh" },
      { direction: "in", protocol: "icmp", sourceIps: ["198.51.100.0/24"], description: "ping" },
    ]);
  });

  it("creates a firewall without rules (all inbound dropped) when nothing is opened", async () => {
    hetznerDriver.network(networkSpec({ ingress: [] }), scope("app"));
    await settle();
    expect(one(T.firewall).inputs.rules).toEqual([]);
  });

  it("labels what it creates with Hetzner-safe labels and protects the network only when asked", async () => {
    hetznerDriver.network(
      networkSpec({ overrides: { hetzner: { deleteProtection: true } } }),
      scope("app", placement(), { "sovereign-cloud/app": "web shop" }),
    );
    await settle();
    expect(one(T.network).inputs.labels).toEqual({ "sovereign-cloud_app": "web_shop" });
    expect(one(T.network).inputs.deleteProtection).toBe(true);
    resetRecorded();
    hetznerDriver.network(networkSpec(), scope("app2"));
    await settle();
    expect(one(T.network).inputs.deleteProtection).toBeUndefined();
  });

  it("hands the network's ids and zone to the VMs through its handle", async () => {
    const result = hetznerDriver.network(networkSpec(), scope("app"));
    expect(result.handle.driver).toBe("hetzner");
    expect(await valueOf(result.subnetId)).toBe("app-subnet-id");
    expect(await valueOf(result.firewallId)).toBe("app-firewall-id");
    expect((result.handle.data as { networkZone: string }).networkZone).toBe("eu-central");
    await settle();
  });
});
