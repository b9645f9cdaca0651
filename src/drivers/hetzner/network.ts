/**
 * Network on Hetzner Cloud: an `hcloud.Network` spanning the portable CIDR, one `cloud` subnet in
 * the location's network zone, and an `hcloud.Firewall` with one inbound rule per portable rule.
 *
 * Hetzner Cloud Firewalls drop every inbound packet no rule allows, and leave outbound open while
 * no outbound rule exists (Hetzner Cloud Firewalls FAQ), so nothing is reachable unless a rule below
 * opens it. The firewall is attached to each VM that joins the network when the VM is created.
 */
import type * as pulumi from "@pulumi/pulumi";
import type * as hcloud from "@pulumi/hcloud";
import type { DriverScope, IngressRuleSpec, NetworkResult, NetworkSpec } from "../types";
import { hcloudContext } from "./provider";
import { sdk } from "./sdk";
import { uniqueRules } from "../ingress";

/**
 * Network zone of each location. fsn1, nbg1 and hel1 are in `eu-central` (Hetzner Object Storage
 * product page: free traffic "within the eu-central network zone" for FSN1/HEL1/NBG1; the
 * @pulumi/hcloud server example puts nbg1 on an eu-central subnet); ash `us-east` and hil `us-west`
 * from a public Hetzner IaC guide (secondary). sin has no sourced zone: set overrides.hetzner.networkZone.
 */
export const NETWORK_ZONES: Readonly<Record<string, string>> = {
  fsn1: "eu-central",
  nbg1: "eu-central",
  hel1: "eu-central",
  ash: "us-east",
  hil: "us-west",
};

/** What a VM on this network needs; only the hetzner driver reads it. */
export interface HetznerNetworkData {
  readonly networkId: pulumi.Output<number>;
  readonly subnetId: pulumi.Output<string>;
  readonly firewallId: pulumi.Output<number>;
  readonly networkZone: string;
}

/** The subnet's zone: the override, else the location's sourced zone. */
export function networkZoneOf(spec: NetworkSpec, location: string): string | undefined {
  return spec.overrides.hetzner?.networkZone ?? NETWORK_ZONES[location];
}

/** hcloud ids are numbers in the API; the SDK hands them over as strings. */
export function numericId(id: pulumi.Output<string>): pulumi.Output<number> {
  return id.apply((v) => Number(v));
}

/** One inbound firewall rule (icmp takes no port; a range is written `from-to`). */
export function firewallRule(rule: IngressRuleSpec): hcloud.types.input.FirewallRule {
  const [from, to] = rule.ports;
  return {
    direction: "in",
    protocol: rule.protocol,
    ...(rule.protocol === "icmp" ? {} : { port: from === to ? String(from) : `${from}-${to}` }),
    sourceIps: [rule.from],
    description: rule.description,
  };
}

export function createNetwork(spec: NetworkSpec, scope: DriverScope): NetworkResult {
  const h = sdk();
  const { opts, labels } = hcloudContext(scope);
  const name = scope.name;
  const o = spec.overrides.hetzner ?? {};
  const networkZone = networkZoneOf(spec, scope.placement.region.code);
  if (networkZone === undefined)
    throw new Error(`hetzner: no network zone for ${scope.placement.region.code} (checkNetwork should have reported this)`);

  const network = new h.Network(
    name,
    { ipRange: spec.cidr, labels, ...(o.deleteProtection === true ? { deleteProtection: true } : {}) },
    opts,
  );
  const networkId = numericId(network.id);
  const subnet = new h.NetworkSubnet(`${name}-subnet`, { networkId, type: "cloud", networkZone, ipRange: spec.subnetCidr }, opts);

  // Inbound: only the declared rules (implicit deny). Outbound: no rule, so Hetzner leaves it open.
  const firewall = new h.Firewall(`${name}-firewall`, { labels, rules: uniqueRules(spec.ingress).map(firewallRule) }, opts);
  const firewallId = numericId(firewall.id);

  const data: HetznerNetworkData = { networkId, subnetId: subnet.id, firewallId, networkZone };
  return {
    networkId: network.id,
    subnetId: subnet.id,
    firewallId: firewall.id,
    handle: { driver: "hetzner", placement: scope.placement, data },
  };
}
