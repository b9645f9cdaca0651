/**
 * Network on OVHcloud: a private network in the project's vRack (`CloudNetworkPrivateVrack`, the
 * current API; `cloudproject.NetworkPrivate` spans a list of regions the locator cannot read) with
 * one DHCP subnet, and a security group (`CloudSecurityGroup`) with exactly the spec's ingress.
 *
 * Inbound is denied by construction: OpenStack gives a new security group only its default egress
 * rules (allow all outbound), so nothing comes in that no rule lets in (`ovh-security-groups`). The
 * project's own "default" group allows everything on OVHcloud; VMs on this network get only this
 * group (see vm.ts). All three are in the placement's compute region (`GRA11`).
 */
import * as pulumi from "@pulumi/pulumi";
import type * as ovh from "@ovhcloud/pulumi-ovh";
import type { IngressRuleSpec, NetworkResult, NetworkSpec, DriverScope } from "../types";
import { ovhcloudContext } from "./context";
import { childOptions } from "./provider";
import { sdk } from "./sdk";

/** What a VM on this network needs. */
export interface OvhcloudNetworkData {
  /** Public Cloud project of the network. */
  readonly serviceName: string;
  /** Compute region (`GRA11`). */
  readonly region: string;
  readonly networkId: pulumi.Output<string>;
  readonly subnetId: pulumi.Output<string>;
  readonly securityGroupId: pulumi.Output<string>;
}

/** One ingress rule as an OVHcloud security group rule (no ports for ICMP). */
export function ruleInputs(rule: IngressRuleSpec): ovh.types.input.CloudSecurityGroupRule {
  return {
    direction: "INGRESS",
    ethernetType: rule.from.includes(":") ? "IPV6" : "IPV4",
    protocol: rule.protocol.toUpperCase(),
    ...(rule.protocol === "icmp" ? {} : { portRangeMin: rule.ports[0], portRangeMax: rule.ports[1] }),
    remoteIpPrefix: rule.from,
    description: rule.description,
  };
}

export function createNetwork(spec: NetworkSpec, scope: DriverScope): NetworkResult {
  const ovhSdk = sdk();
  const o = spec.overrides.ovhcloud ?? {};
  const { serviceName, region, provider } = ovhcloudContext(scope, o.serviceName, "network");
  const opts = childOptions(scope, provider);

  const network = new ovhSdk.CloudNetworkPrivateVrack(
    scope.name,
    { serviceName, region, description: `sovereign-cloud ${scope.name}`, ...(o.vlanId === undefined ? {} : { vlanId: o.vlanId }) },
    opts,
  );
  const subnet = new ovhSdk.CloudNetworkPrivateVrackSubnet(
    `${scope.name}-subnet`,
    { serviceName, region, networkId: network.id, cidr: spec.subnetCidr, dhcpEnabled: true, description: `sovereign-cloud ${scope.name}` },
    opts,
  );
  const firewall = new ovhSdk.CloudSecurityGroup(
    `${scope.name}-firewall`,
    {
      serviceName,
      region,
      description: `sovereign-cloud ${scope.name}: ingress as declared, egress open`,
      // Only ingress rules: inbound that no rule allows is denied; OpenStack adds the egress rules.
      rules: spec.ingress.map(ruleInputs),
    },
    opts,
  );

  const data: OvhcloudNetworkData = { serviceName, region, networkId: network.id, subnetId: subnet.id, securityGroupId: firewall.id };
  return {
    networkId: network.id,
    subnetId: subnet.id,
    firewallId: firewall.id,
    handle: { driver: "ovhcloud", placement: scope.placement, data },
  };
}
