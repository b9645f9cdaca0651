import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { azureDriver } from "../../../src/drivers/azure/index";
import type { AzureNetworkData } from "../../../src/drivers/azure/network";
import { one, ofType, onDefaultProvider, resetRecorded, settle, useMocks, valueOf } from "../../helpers/pulumi";
import { custom, customTypes, LOCATED, networkSpec, placement, scope, T, WEST_CENTRAL } from "./fixtures";

beforeAll(async () => {
  await useMocks();
});
beforeEach(() => {
  resetRecorded();
});

describe("azure network", () => {
  it("creates exactly its provider, resource group, virtual network, subnet and security group, all on that provider", async () => {
    azureDriver.network(networkSpec(), scope("app"));
    await settle();
    expect(customTypes()).toEqual([T.provider, T.rg, T.vnet, T.subnet, T.nsg].sort());
    for (const r of custom().filter((c) => c.type !== T.provider)) {
      expect(r.provider, r.type).toContain("pulumi:providers:azure-native::azure-germanywestcentral");
      expect(r.options.parent, r.type).toContain("test:index:Parent");
    }
    expect(onDefaultProvider()).toEqual([]);
  });

  it("gives the provider and every child that takes a location the placement's region", async () => {
    azureDriver.network(networkSpec(), scope("app", placement("francecentral")));
    await settle();
    expect(one(T.provider).inputs.location).toBe("francecentral");
    const located = custom().filter((r) => LOCATED.includes(r.type));
    expect(located.map((r) => r.type).sort()).toEqual([T.rg, T.vnet, T.nsg].sort());
    for (const r of located) expect(r.inputs.location, r.type).toBe("francecentral");
  });

  it("gives the virtual network its address space and keeps the subnet a separate resource", async () => {
    azureDriver.network(networkSpec(), scope("app"));
    await settle();
    const vnet = one(T.vnet).inputs;
    expect(vnet.addressSpace).toEqual({ addressPrefixes: ["10.0.0.0/16"] });
    expect(vnet.subnets).toBeUndefined();
    const subnet = one(T.subnet).inputs;
    expect(subnet.addressPrefix).toBe("10.0.1.0/24");
    expect(subnet.networkSecurityGroup).toEqual({ id: "app-nsg-id" });
    expect(subnet.defaultOutboundAccess).toBe(false);
  });

  it("allows default outbound access only when overridden", async () => {
    azureDriver.network(networkSpec({ overrides: { azure: { defaultOutboundAccess: true } } }), scope("app"));
    await settle();
    expect(one(T.subnet).inputs.defaultOutboundAccess).toBe(true);
  });

  it("turns each ingress rule into an inbound allow rule with rising priority, and nothing else", async () => {
    azureDriver.network(networkSpec(), scope("app"));
    await settle();
    const common = { direction: "Inbound", access: "Allow", sourcePortRange: "*", destinationAddressPrefix: "*" };
    expect(one(T.nsg).inputs.securityRules).toEqual([
      {
        ...common,
        name: "ingress-0",
        priority: 100,
        protocol: "Tcp",
        sourceAddressPrefix: "0.0.0.0/0",
        destinationPortRange: "443",
        description: "https",
      },
      {
        ...common,
        name: "ingress-1",
        priority: 110,
        protocol: "Tcp",
        sourceAddressPrefix: "198.51.100.0/24",
        destinationPortRange: "22",
        description: "ssh from office",
      },
      {
        ...common,
        name: "ingress-2",
        priority: 120,
        protocol: "Udp",
        sourceAddressPrefix: "198.51.100.0/24",
        destinationPortRange: "60000-61000",
        description: "mosh",
      },
      {
        ...common,
        name: "ingress-3",
        priority: 130,
        protocol: "Icmp",
        sourceAddressPrefix: "2001:db8::/32",
        destinationPortRange: "*",
        description: "ping",
      },
    ]);
  });

  it("opens nothing when there are no ingress rules", async () => {
    azureDriver.network(networkSpec({ ingress: [] }), scope("app"));
    await settle();
    expect(one(T.nsg).inputs.securityRules).toEqual([]);
  });

  it("hands VMs the resource group, subnet, security group and location", async () => {
    const result = azureDriver.network(networkSpec(), scope("app"));
    await settle();
    expect(result.handle.driver).toBe("azure");
    expect(result.handle.placement.region.code).toBe(WEST_CENTRAL);
    const data = result.handle.data as AzureNetworkData;
    expect(data.location).toBe(WEST_CENTRAL);
    expect(await valueOf(data.subnetId)).toBe("app-subnet-id");
    expect(await valueOf(data.nsgId)).toBe("app-nsg-id");
    expect(await valueOf(result.networkId)).toBe("app-vnet-id");
    expect(await valueOf(result.subnetId)).toBe("app-subnet-id");
    expect(await valueOf(result.firewallId)).toBe("app-nsg-id");
  });

  it("uses an existing resource group when overridden and then creates none", async () => {
    const result = azureDriver.network(networkSpec({ overrides: { azure: { resourceGroupName: "platform-net" } } }), scope("app"));
    await settle();
    expect(ofType(T.rg)).toEqual([]);
    for (const t of [T.vnet, T.subnet, T.nsg]) expect(one(t).inputs.resourceGroupName, t).toBe("platform-net");
    expect((result.handle.data as AzureNetworkData).resourceGroupName).toBe("platform-net");
  });

  it("retains nothing on destroy (a network holds no data)", async () => {
    azureDriver.network(networkSpec(), scope("app"));
    await settle();
    for (const r of custom()) expect(r.options.retainOnDelete, r.type).toBe(false);
  });
});
