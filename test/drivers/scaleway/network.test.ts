import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { scalewayDriver } from "../../../src/drivers/scaleway/index";
import type { ScalewayNetworkData } from "../../../src/drivers/scaleway/network";
import { custom, customTypes, ofType, onDefaultProvider, one, resetRecorded, settle, useMocks, valueOf } from "../../helpers/pulumi";
import { networkSpec, placement, scope } from "./fixtures";

const T = {
  provider: "pulumi:providers:scaleway",
  vpc: "scaleway:network/vpc:Vpc",
  pn: "scaleway:network/privateNetwork:PrivateNetwork",
  sg: "scaleway:instance/securityGroup:SecurityGroup",
};

beforeAll(async () => {
  await useMocks();
});
beforeEach(() => resetRecorded());

describe("scaleway network", () => {
  it("creates a VPC, a Private Network and a security group, in the placement's region and zone, on the component's provider", async () => {
    scalewayDriver.network(networkSpec(), scope("app"));
    await settle();
    expect(customTypes()).toEqual([T.provider, T.vpc, T.pn, T.sg].sort());
    expect(one(T.vpc).inputs.region).toBe("fr-par");
    expect(one(T.pn).inputs.region).toBe("fr-par");
    expect(one(T.sg).inputs.zone).toBe("fr-par-1");
    for (const r of custom().filter((r) => r.type !== T.provider)) {
      expect(r.provider, r.type).toContain("scaleway-fr-par");
      expect(r.options.parent, r.type).toContain("test:index:Parent");
    }
    expect(onDefaultProvider()).toEqual([]);
  });

  it("puts the Private Network into its own VPC with the spec's subnet", async () => {
    scalewayDriver.network(networkSpec(), scope("app"));
    await settle();
    expect(one(T.pn).inputs.vpcId).toBe("app-id");
    expect(one(T.pn).inputs.ipv4Subnet).toEqual({ subnet: "10.0.1.0/24" });
  });

  it("joins an existing VPC instead of creating one when overrides.scaleway.vpcId is set", async () => {
    scalewayDriver.network(
      networkSpec({ overrides: { scaleway: { vpcId: "fr-par/11111111-2222-3333-4444-555555555555" } } }),
      scope("app"),
    );
    await settle();
    expect(ofType(T.vpc)).toEqual([]);
    expect(one(T.pn).inputs.vpcId).toBe("fr-par/11111111-2222-3333-4444-555555555555");
  });

  it("drops every inbound packet except the declared ingress, statefully, with SMTP blocked", async () => {
    scalewayDriver.network(networkSpec(), scope("app"));
    await settle();
    const sg = one(T.sg).inputs;
    expect(sg.inboundDefaultPolicy).toBe("drop");
    expect(sg.outboundDefaultPolicy).toBe("accept");
    expect(sg.stateful).toBe(true);
    expect(sg.enableDefaultSecurity).toBe(true);
    expect(sg.inboundRules).toEqual([
      { action: "accept", protocol: "TCP", port: 443, ipRange: "0.0.0.0/0" },
      { action: "accept", protocol: "TCP", port: 22, ipRange: "198.51.100.0/24" },
    ]);
  });

  it("translates port ranges, UDP, ICMP and IPv6 sources, and drops duplicate rules", async () => {
    const ingress = [
      { protocol: "udp" as const, ports: [60000, 61000] as const, from: "2001:db8::/32", description: "mosh" },
      { protocol: "icmp" as const, ports: [0, 0] as const, from: "10.0.0.0/8", description: "ping" },
      { protocol: "icmp" as const, ports: [0, 0] as const, from: "10.0.0.0/8", description: "ping again" },
    ];
    scalewayDriver.network(networkSpec({ ingress }), scope("app"));
    await settle();
    expect(one(T.sg).inputs.inboundRules).toEqual([
      { action: "accept", protocol: "UDP", portRange: "60000-61000", ipRange: "2001:db8::/32" },
      { action: "accept", protocol: "ICMP", ipRange: "10.0.0.0/8" },
    ]);
  });

  it("opens nothing when no ingress is declared", async () => {
    scalewayDriver.network(networkSpec({ ingress: [] }), scope("app"));
    await settle();
    expect(one(T.sg).inputs.inboundRules).toEqual([]);
    expect(one(T.sg).inputs.inboundDefaultPolicy).toBe("drop");
  });

  it("uses the target's zone and hands the ids and the zone to the VMs", async () => {
    const result = scalewayDriver.network(networkSpec(), scope("app", placement("nl-ams", "nl-ams-2")));
    await settle();
    expect(one(T.sg).inputs.zone).toBe("nl-ams-2");
    expect(one(T.provider).inputs.zone).toBe("nl-ams-2");
    const data = result.handle.data as ScalewayNetworkData;
    expect(result.handle.driver).toBe("scaleway");
    expect(data.zone).toBe("nl-ams-2");
    expect(await valueOf(data.privateNetworkId)).toBe("app-private-id");
    expect(await valueOf(data.securityGroupId)).toBe("app-sg-id");
    expect(await valueOf(result.firewallId)).toBe("app-sg-id");
  });

  it("tags resources with key=value labels", async () => {
    scalewayDriver.network(networkSpec(), scope("app", placement(), { app: "web", "managed-by": "sovereign-cloud" }));
    await settle();
    expect(one(T.sg).inputs.tags).toEqual(["app=web", "managed-by=sovereign-cloud"]);
  });
});
