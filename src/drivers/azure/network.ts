/**
 * Network on Azure: a resource group, a virtual network, one subnet and a network security group
 * attached to the subnet whose only inbound allow rules are the spec's ingress rules.
 *
 * The subnet is a separate `network.Subnet` resource and the virtual network never lists subnets
 * inline: mixing both makes them overwrite each other on every update. The NSG keeps its rules
 * inline (one resource owns them all). Anything not allowed falls through to Azure's own default
 * rules: AllowVnetInBound (traffic inside the virtual network), AllowAzureLoadBalancerInBound and
 * DenyAllInBound (everything else, including the internet).
 */
import type * as pulumi from "@pulumi/pulumi";
import type * as azure from "@pulumi/azure-native";
import type { DriverScope, IngressRuleSpec, NetworkResult, NetworkSpec } from "../types";
import type { CarvedRanges, NetworkOwner } from "../database-common";
import { azureContext, resourceGroup } from "./common";
import { sdk } from "./sdk";

/**
 * What a VM on this network needs; only the azure driver reads it. A database carves its delegated
 * subnet from `cidr` (next to `subnetCidr`), in the virtual network named here.
 */
export interface AzureNetworkData extends NetworkOwner, CarvedRanges {
  readonly resourceGroupName: pulumi.Input<string>;
  readonly subnetId: pulumi.Output<string>;
  readonly nsgId: pulumi.Output<string>;
  readonly location: string;
  readonly virtualNetworkName?: pulumi.Output<string>;
  readonly virtualNetworkId?: pulumi.Output<string>;
  /** The network component's tags, for the children created under it later (a database's DNS zone). */
  readonly tags?: Record<string, string>;
}

/** Priority of the first ingress rule and the step between rules (Azure allows 100-4096). */
export const FIRST_PRIORITY = 100;
export const PRIORITY_STEP = 10;
export const LAST_PRIORITY = 4096;
/** Azure limits a security rule's description to 140 characters. */
export const MAX_RULE_DESCRIPTION = 140;

const PROTOCOL: Readonly<Record<IngressRuleSpec["protocol"], string>> = { tcp: "Tcp", udp: "Udp", icmp: "Icmp" };

/** One inbound allow rule per ingress rule, in the order given. */
export function securityRules(ingress: readonly IngressRuleSpec[]): azure.types.input.network.SecurityRuleArgs[] {
  return ingress.map((r, i) => ({
    name: `ingress-${i}`,
    priority: FIRST_PRIORITY + PRIORITY_STEP * i,
    direction: "Inbound",
    access: "Allow",
    protocol: PROTOCOL[r.protocol],
    sourceAddressPrefix: r.from,
    sourcePortRange: "*",
    destinationAddressPrefix: "*",
    destinationPortRange: r.protocol === "icmp" ? "*" : r.ports[0] === r.ports[1] ? `${r.ports[0]}` : `${r.ports[0]}-${r.ports[1]}`,
    description: r.description,
  }));
}

export function createNetwork(spec: NetworkSpec, scope: DriverScope): NetworkResult {
  const { network } = sdk();
  const ctx = azureContext(scope);
  const o = spec.overrides.azure ?? {};
  const name = scope.name;
  const rg = resourceGroup(scope, ctx, o.resourceGroupName);

  const nsg = new network.NetworkSecurityGroup(
    `${name}-nsg`,
    { location: ctx.location, resourceGroupName: rg.name, securityRules: securityRules(spec.ingress), tags: ctx.tags },
    ctx.opts,
  );

  const vnet = new network.VirtualNetwork(
    `${name}-vnet`,
    { location: ctx.location, resourceGroupName: rg.name, addressSpace: { addressPrefixes: [spec.cidr] }, tags: ctx.tags },
    ctx.opts,
  );

  const subnet = new network.Subnet(
    `${name}-subnet`,
    {
      resourceGroupName: rg.name,
      virtualNetworkName: vnet.name,
      addressPrefix: spec.subnetCidr,
      networkSecurityGroup: { id: nsg.id },
      // No implicit internet egress: outbound goes through a public IP or a NAT gateway you add.
      defaultOutboundAccess: o.defaultOutboundAccess ?? false,
    },
    ctx.opts,
  );

  const data: AzureNetworkData = {
    resourceGroupName: rg.name,
    subnetId: subnet.id,
    nsgId: nsg.id,
    location: ctx.location,
    name,
    virtualNetworkName: vnet.name,
    virtualNetworkId: vnet.id,
    cidr: spec.cidr,
    subnetCidr: spec.subnetCidr,
    parent: scope.parent,
    provider: ctx.provider,
    tags: ctx.tags,
  };
  return {
    networkId: vnet.id,
    subnetId: subnet.id,
    firewallId: nsg.id,
    handle: { driver: "azure", placement: scope.placement, data },
  };
}
