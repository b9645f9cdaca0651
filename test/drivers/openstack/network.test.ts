import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openstackDriver } from "../../../src/drivers/openstack/index";
import type { OpenStackNetworkData } from "../../../src/drivers/openstack/network";
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
import { networkSpec, placement, scope, T } from "./fixtures";

beforeAll(async () => {
  await useMocks();
});
beforeEach(() => {
  resetRecorded();
  setConfig({});
});

const rules = () => ofType(T.rule).map((r) => r.inputs);

describe("openstack network", () => {
  it("creates exactly network, subnet, router, router interface, security group and rules, all in the placement's region on the component's own provider", async () => {
    openstackDriver.network(networkSpec(), scope("app"));
    await settle();
    expect(customTypes()).toEqual(
      [T.provider, T.network, T.subnet, T.router, T.routerInterface, T.secGroup, T.rule, T.rule, T.rule, T.rule].sort(),
    );
    const provider = one(T.provider);
    expect(provider.name).toBe("cleura-kna1");
    expect(provider.inputs.region).toBe("Kna1");
    for (const r of custom().filter((r) => r.type !== T.provider)) {
      expect(r.inputs.region, r.type).toBe("Kna1");
      expect(r.provider, r.type).toContain("cleura-kna1");
      expect(r.name.startsWith("app"), r.name).toBe(true);
      expect(r.options.parent, r.type).toContain("test:index:Parent");
    }
    expect(onDefaultProvider()).toEqual([]);
  });

  it("puts the private subnet on the network and tags every child with the labels", async () => {
    openstackDriver.network(networkSpec(), scope("app"));
    await settle();
    const subnet = one(T.subnet).inputs;
    expect(subnet.cidr).toBe("10.0.1.0/24");
    expect(subnet.ipVersion).toBe(4);
    expect(subnet.networkId).toBe("app-id");
    expect(one(T.network).inputs.tags).toEqual(["app=docs"]);
    expect(one(T.router).inputs.tags).toEqual(["app=docs"]);
  });

  it("removes the cloud's default rules and allows exactly the declared ingress plus all egress", async () => {
    openstackDriver.network(networkSpec(), scope("app"));
    await settle();
    expect(one(T.secGroup).inputs.deleteDefaultRules).toBe(true);
    const ingress = rules().filter((r) => r.direction === "ingress");
    expect(ingress).toHaveLength(2);
    expect(ingress.find((r) => r.portRangeMin === 443)).toMatchObject({
      ethertype: "IPv4",
      protocol: "tcp",
      portRangeMax: 443,
      remoteIpPrefix: "0.0.0.0/0",
      securityGroupId: "app-sg-id",
    });
    expect(ingress.find((r) => r.portRangeMin === 22)).toMatchObject({
      ethertype: "IPv4",
      protocol: "tcp",
      portRangeMax: 22,
      remoteIpPrefix: "198.51.100.0/24",
    });
    const egress = rules().filter((r) => r.direction === "egress");
    expect(egress.map((r) => r.ethertype).sort()).toEqual(["IPv4", "IPv6"]);
    for (const r of egress) {
      expect(r.remoteIpPrefix, "egress to anywhere").toBeUndefined();
      expect(r.protocol, "all protocols").toBeUndefined();
    }
  });

  it("writes IPv6 sources as IPv6 rules and icmp as ipv6-icmp without ports", async () => {
    const ingress = [
      { protocol: "tcp" as const, ports: [8000, 8080] as const, from: "2001:db8::/32", description: "alt https v6" },
      { protocol: "icmp" as const, ports: [0, 0] as const, from: "2001:db8::/32", description: "ping v6" },
      { protocol: "icmp" as const, ports: [0, 0] as const, from: "192.0.2.0/24", description: "ping" },
    ];
    openstackDriver.network(networkSpec({ ingress }), scope("app"));
    await settle();
    const ingressRules = rules().filter((r) => r.direction === "ingress");
    expect(ingressRules.find((r) => r.protocol === "tcp")).toMatchObject({
      ethertype: "IPv6",
      portRangeMin: 8000,
      portRangeMax: 8080,
      remoteIpPrefix: "2001:db8::/32",
    });
    const icmp6 = ingressRules.find((r) => r.protocol === "ipv6-icmp");
    expect(icmp6).toMatchObject({ ethertype: "IPv6", remoteIpPrefix: "2001:db8::/32" });
    expect(icmp6?.portRangeMin).toBeUndefined();
    expect(ingressRules.find((r) => r.protocol === "icmp")).toMatchObject({ ethertype: "IPv4", remoteIpPrefix: "192.0.2.0/24" });
  });

  it("routes the subnet to the cloud's sourced external network, looked up through the component's provider", async () => {
    const result = openstackDriver.network(networkSpec(), scope("app"));
    const data = result.handle.data as OpenStackNetworkData;
    expect(data.external).toBe(true);
    expect(await valueOf(data.floatingIpPool!)).toBe("ext-net");
    await settle();
    const lookup = invokes.find((i) => i.token === "openstack:networking/getNetwork:getNetwork");
    expect(lookup?.inputs).toMatchObject({ name: "ext-net", external: true, region: "Kna1" });
    expect(one(T.router).inputs.externalNetworkId).toBe("net-ext-net");
    expect(one(T.routerInterface).inputs).toMatchObject({ routerId: "app-router-id", subnetId: "app-subnet-id" });
  });

  it("uses OTC's admin_external_net and an external network id from the overrides", async () => {
    openstackDriver.network(networkSpec(), scope("app", placement("otc", "eu-de")));
    await settle();
    expect(invokes.find((i) => i.token === "openstack:networking/getNetwork:getNetwork")?.inputs).toMatchObject({
      name: "admin_external_net",
      region: "eu-de",
    });
    resetRecorded();
    openstackDriver.network(
      networkSpec({ overrides: { openstack: { externalNetworkId: "0f0e-ext" } } }),
      scope("app", placement("otc", "eu-de")),
    );
    await settle();
    expect(invokes.find((i) => i.token === "openstack:networking/getNetwork:getNetwork")?.inputs).toMatchObject({ networkId: "0f0e-ext" });
    expect(one(T.router).inputs.externalNetworkId).toBe("0f0e-ext");
  });

  it("creates no router where no external network is sourced or when router is off", async () => {
    const pco = openstackDriver.network(networkSpec(), scope("app", placement("pluscloud-open", "pco-prod1")));
    await settle();
    expect(ofType(T.router)).toEqual([]);
    expect(ofType(T.routerInterface)).toEqual([]);
    expect((pco.handle.data as OpenStackNetworkData).external).toBe(false);
    resetRecorded();
    openstackDriver.network(networkSpec({ overrides: { openstack: { router: false } } }), scope("app"));
    await settle();
    expect(ofType(T.router)).toEqual([]);
    expect(invokes.filter((i) => i.token === "openstack:networking/getNetwork:getNetwork")).toEqual([]);
  });

  it("takes pluscloud open's external network from the overrides and the environment's region name", async () => {
    openstackDriver.network(
      networkSpec({ overrides: { openstack: { externalNetworkName: "ext01", dnsNameservers: ["9.9.9.9"] } } }),
      scope("app", placement("pluscloud-open", "pco-prod2")),
    );
    await settle();
    expect(one(T.provider).inputs.region).toBe("prod2");
    expect(one(T.router).inputs.region).toBe("prod2");
    expect(one(T.subnet).inputs.dnsNameservers).toEqual(["9.9.9.9"]);
    expect(invokes.find((i) => i.token === "openstack:networking/getNetwork:getNetwork")?.inputs).toMatchObject({
      name: "ext01",
      external: true,
    });
  });
});
