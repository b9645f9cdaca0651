/**
 * Network on Scaleway: a VPC of its own (so no other Private Network is routed to this one), one
 * regional Private Network carrying the subnet, and a zonal security group that drops inbound
 * traffic except the declared ingress (stateful, outbound open, SMTP blocked as Scaleway does by
 * default).
 *
 * Scaleway security groups filter the Instances' public traffic only; traffic between resources
 * of the same Private Network is not filtered (VPC FAQ). `spec.cidr` has no Scaleway counterpart
 * (VPCs have no address range); the Private Network takes `spec.subnetCidr`.
 */
import * as pulumi from "@pulumi/pulumi";
import type * as scaleway from "@pulumiverse/scaleway";
import type { DriverScope, IngressRuleSpec, NetworkResult, NetworkSpec } from "../types";
import { scalewayContext, scalewayTags } from "./provider";
import { sdk } from "./sdk";
import { uniqueRules } from "../ingress";

/** What a VM on this network needs (the `data` of the network handle). */
export interface ScalewayNetworkData {
  readonly vpcId: pulumi.Output<string>;
  readonly privateNetworkId: pulumi.Output<string>;
  readonly securityGroupId: pulumi.Output<string>;
  /** The security group's zone: the VM must run there. */
  readonly zone: string;
}

export function createNetwork(spec: NetworkSpec, scope: DriverScope): NetworkResult {
  const { network, instance } = sdk();
  const { region, zone, opts } = scalewayContext(scope);
  const name = scope.name;
  const tags = scalewayTags(scope.labels);
  const o = spec.overrides.scaleway ?? {};

  const vpcId = o.vpcId === undefined ? new network.Vpc(name, { region, tags }, opts).id : pulumi.output(o.vpcId);

  const privateNetwork = new network.PrivateNetwork(
    `${name}-private`,
    { region, vpcId, ipv4Subnet: { subnet: spec.subnetCidr }, tags },
    opts,
  );

  const sg = new instance.SecurityGroup(
    `${name}-sg`,
    {
      zone,
      description: `sovereign-cloud ${name}: ingress as declared, egress open`,
      // Nothing reaches the VMs' public interfaces unless a rule below allows it.
      inboundDefaultPolicy: "drop",
      outboundDefaultPolicy: "accept",
      stateful: true,
      enableDefaultSecurity: true,
      inboundRules: uniqueRules(spec.ingress).map(inboundRule),
      tags,
    },
    opts,
  );

  const data: ScalewayNetworkData = { vpcId, privateNetworkId: privateNetwork.id, securityGroupId: sg.id, zone };
  return {
    networkId: vpcId,
    subnetId: privateNetwork.id,
    firewallId: sg.id,
    handle: { driver: "scaleway", placement: scope.placement, data },
  };
}

/** One accepted inbound rule (icmp: every type; ports as a single port or a range). */
export function inboundRule(rule: IngressRuleSpec): scaleway.types.input.instance.SecurityGroupInboundRule {
  const [from, to] = rule.ports;
  const ports = rule.protocol === "icmp" ? {} : from === to ? { port: from } : { portRange: `${from}-${to}` };
  return { action: "accept", protocol: rule.protocol.toUpperCase(), ipRange: rule.from, ...ports };
}
