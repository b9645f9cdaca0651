/**
 * Network on OpenStack: a Neutron network with one IPv4 subnet, a router whose gateway is the
 * cloud's external network (egress and floating IPs), and a security group with exactly the
 * ingress the spec lists.
 *
 * The security group is created with `deleteDefaultRules`: Neutron gives every new group the
 * rules of the cloud's default-rule template (all egress by default, but an admin can template
 * ingress rules too), so the driver removes them and adds its own all-egress rules (IPv4 and
 * IPv6) plus one ingress rule per spec. Neutron drops ingress that no rule allows.
 *
 * The external network is `overrides.openstack.externalNetworkId`, else the network named
 * `overrides.openstack.externalNetworkName` or the cloud's sourced default (looked up with an
 * invoke through the same provider). Without one the network has no router: VMs have no route
 * out and cannot get a floating IP (a VM asking for one fails its check).
 */
import type * as pulumi from "@pulumi/pulumi";
import type { DriverScope, IngressRuleSpec, NetworkResult, NetworkSpec } from "../types";
import { cloudOf } from "./clouds";
import { openstackContext } from "./provider";
import { sdk } from "./sdk";
import { ruleName, uniqueRules } from "../ingress";

/** What a VM on this network needs (the `data` of the network handle). */
export interface OpenStackNetworkData {
  readonly networkId: pulumi.Output<string>;
  readonly subnetId: pulumi.Output<string>;
  readonly securityGroupId: pulumi.Output<string>;
  /** Whether the subnet is routed to an external network (floating IPs possible). */
  readonly external: boolean;
  /** Name of the external network floating IPs are allocated from (when `external`). */
  readonly floatingIpPool?: pulumi.Output<string>;
  /** The router interface, which a floating-IP association must wait for (when `external`). */
  readonly gateway?: pulumi.Resource;
}

/** The external network for the router: an id, a name, or none. */
export type ExternalNetwork = { readonly id: string } | { readonly name: string } | undefined;

/** The external network the spec and the cloud defaults give, when the router is wanted. */
export function externalNetwork(spec: Pick<NetworkSpec, "overrides">, scope: Pick<DriverScope, "placement">): ExternalNetwork {
  const o = spec.overrides.openstack ?? {};
  if (o.router === false) return undefined;
  if (o.externalNetworkId !== undefined) return { id: o.externalNetworkId };
  const name = o.externalNetworkName ?? cloudOf(scope.placement).externalNetworkName?.value;
  return name === undefined ? undefined : { name };
}

export function createNetwork(spec: NetworkSpec, scope: DriverScope): NetworkResult {
  const { networking } = sdk();
  const { region, opts, tags, provider } = openstackContext(scope);
  const o = spec.overrides.openstack ?? {};
  const name = scope.name;

  const network = new networking.Network(name, { region, name, adminStateUp: true, portSecurityEnabled: true, tags }, opts);
  const subnet = new networking.Subnet(
    `${name}-subnet`,
    {
      region,
      name: `${name}-subnet`,
      networkId: network.id,
      cidr: spec.subnetCidr,
      ipVersion: 4,
      enableDhcp: true,
      ...(o.dnsNameservers === undefined ? {} : { dnsNameservers: [...o.dnsNameservers] }),
      tags,
    },
    opts,
  );

  const ext = externalNetwork(spec, scope);
  let gateway: pulumi.Resource | undefined;
  let floatingIpPool: pulumi.Output<string> | undefined;
  if (ext !== undefined) {
    const found = networking.getNetworkOutput("id" in ext ? { networkId: ext.id, region } : { name: ext.name, external: true, region }, {
      provider,
      parent: scope.parent,
    });
    const router = new networking.Router(
      `${name}-router`,
      { region, name: `${name}-router`, adminStateUp: true, externalNetworkId: found.id, tags },
      opts,
    );
    gateway = new networking.RouterInterface(`${name}-router-subnet`, { region, routerId: router.id, subnetId: subnet.id }, opts);
    floatingIpPool = found.apply((n) => n.name ?? "");
  }

  const sg = new networking.SecGroup(
    `${name}-sg`,
    {
      region,
      name: `${name}-sg`,
      description: `sovereign-cloud ${name}: ingress as declared, egress open`,
      // Drop whatever the cloud's default-rule template put in, so only the rules below apply.
      deleteDefaultRules: true,
      tags,
    },
    opts,
  );
  for (const ethertype of ["IPv4", "IPv6"] as const) {
    new networking.SecGroupRule(
      `${name}-egress-${ethertype.toLowerCase()}`,
      { region, securityGroupId: sg.id, direction: "egress", ethertype, description: `all ${ethertype} egress` },
      opts,
    );
  }
  for (const rule of uniqueRules(spec.ingress)) {
    new networking.SecGroupRule(ruleName(name, rule), { region, securityGroupId: sg.id, ...ingressInputs(rule) }, opts);
  }

  const data: OpenStackNetworkData = {
    networkId: network.id,
    subnetId: subnet.id,
    securityGroupId: sg.id,
    external: ext !== undefined,
    ...(floatingIpPool === undefined ? {} : { floatingIpPool }),
    ...(gateway === undefined ? {} : { gateway }),
  };
  return {
    networkId: network.id,
    subnetId: subnet.id,
    firewallId: sg.id,
    handle: { driver: "openstack", placement: scope.placement, data },
  };
}

function isIpv6(cidr: string): boolean {
  return cidr.includes(":");
}

/** The inputs of one ingress `SecGroupRule` (icmp: every type and code; IPv6 sources use ipv6-icmp). */
export function ingressInputs(rule: IngressRuleSpec): {
  direction: "ingress";
  ethertype: "IPv4" | "IPv6";
  protocol: string;
  portRangeMin?: number;
  portRangeMax?: number;
  remoteIpPrefix: string;
  description: string;
} {
  const v6 = isIpv6(rule.from);
  const icmp = rule.protocol === "icmp";
  return {
    direction: "ingress",
    ethertype: v6 ? "IPv6" : "IPv4",
    protocol: icmp ? (v6 ? "ipv6-icmp" : "icmp") : rule.protocol,
    ...(icmp ? {} : { portRangeMin: rule.ports[0], portRangeMax: rule.ports[1] }),
    remoteIpPrefix: rule.from,
    description: rule.description,
  };
}
