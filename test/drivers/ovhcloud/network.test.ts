import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ovhcloudDriver } from "../../../src/drivers/ovhcloud/index";
import type { OvhcloudNetworkData } from "../../../src/drivers/ovhcloud/network";
import { customTypes, onDefaultProvider, one, resetRecorded, setConfig, settle, useMocks, valueOf } from "../../helpers/pulumi";
import { CONFIG, networkSpec, placement, PROJECT, scope, T } from "./fixtures";

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  resetRecorded();
  setConfig(CONFIG);
});

describe("ovhcloud network", () => {
  it("creates a vRack private network, a subnet and a security group in the compute region, on its own provider", async () => {
    ovhcloudDriver.network(networkSpec(), scope("app"));
    await settle();
    expect(customTypes()).toEqual([T.provider, T.network, T.subnet, T.securityGroup].sort());
    for (const t of [T.network, T.subnet, T.securityGroup]) {
      const r = one(t);
      expect(r.inputs.region, t).toBe("GRA11");
      expect(r.inputs.serviceName, t).toBe(PROJECT);
      expect(r.provider, t).toContain("pulumi:providers:ovh::ovhcloud-ovh-eu");
      expect(r.options.parent, t).toContain("test:index:Parent");
    }
    expect(one(T.network).name).toBe("app");
    expect(one(T.subnet).name).toBe("app-subnet");
    expect(one(T.securityGroup).name).toBe("app-firewall");
    expect(onDefaultProvider()).toEqual([]);
  });

  it("puts the subnet on the network with the spec's CIDR and DHCP", async () => {
    ovhcloudDriver.network(networkSpec({ subnetCidr: "10.20.1.0/24" }), scope("app"));
    await settle();
    const s = one(T.subnet).inputs;
    expect(s.networkId).toBe("app-id");
    expect(s.cidr).toBe("10.20.1.0/24");
    expect(s.dhcpEnabled).toBe(true);
  });

  it("allows exactly the declared ingress and writes no egress rule (OpenStack adds it)", async () => {
    ovhcloudDriver.network(networkSpec(), scope("app"));
    await settle();
    expect(one(T.securityGroup).inputs.rules).toEqual([
      {
        direction: "INGRESS",
        ethernetType: "IPV4",
        protocol: "TCP",
        portRangeMin: 443,
        portRangeMax: 443,
        remoteIpPrefix: "0.0.0.0/0",
        description: "https",
      },
      {
        direction: "INGRESS",
        ethernetType: "IPV4",
        protocol: "TCP",
        portRangeMin: 22,
        portRangeMax: 22,
        remoteIpPrefix: "198.51.100.0/24",
        description: "ssh from office",
      },
      { direction: "INGRESS", ethernetType: "IPV6", protocol: "ICMP", remoteIpPrefix: "2001:db8::/32", description: "ping over IPv6" },
    ]);
  });

  it("opens nothing when no ingress is declared", async () => {
    ovhcloudDriver.network(networkSpec({ ingress: [] }), scope("app"));
    await settle();
    expect(one(T.securityGroup).inputs.rules).toEqual([]);
  });

  it("uses the Warsaw compute region WAW1 and the VLAN id from the overrides", async () => {
    ovhcloudDriver.network(networkSpec({ overrides: { ovhcloud: { vlanId: 42 } } }), scope("app", placement("waw")));
    await settle();
    expect(one(T.network).inputs.region).toBe("WAW1");
    expect(one(T.network).inputs.vlanId).toBe(42);
  });

  it("hands the VM its project, region, network, subnet and security group", async () => {
    const r = ovhcloudDriver.network(networkSpec(), scope("app"));
    await settle();
    const data = r.handle.data as OvhcloudNetworkData;
    expect(r.handle.driver).toBe("ovhcloud");
    expect([data.serviceName, data.region]).toEqual([PROJECT, "GRA11"]);
    expect([await valueOf(data.networkId), await valueOf(data.subnetId), await valueOf(data.securityGroupId)]).toEqual([
      "app-id",
      "app-subnet-id",
      "app-firewall-id",
    ]);
    expect(await valueOf(r.firewallId)).toBe("app-firewall-id");
  });
});
