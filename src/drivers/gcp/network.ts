/**
 * Network on Google Cloud: a custom-mode VPC (no automatic subnetworks), one regional subnetwork
 * with Private Google Access and flow logs, and one ingress firewall rule per portable rule.
 *
 * GCP already denies all ingress by default (the implied lowest-priority deny rule), so nothing is
 * reachable unless a rule below opens it. The rules apply only to instances carrying the network's
 * tag, which the gcp driver puts on every VM that joins the network.
 */
import { overrideProblems } from "../override-schema";
import type { NetworkOwner } from "../database-common";
import { GCP_NETWORK_OVERRIDES } from "./overrides-schema";
import * as pulumi from "@pulumi/pulumi";
import type * as gcp from "@pulumi/gcp";
import type { CheckContext, DriverScope, IngressRuleSpec, NetworkResult, NetworkSpec } from "../types";
import { problems, type Problem } from "../../errors";
import { checkComponentName, networkTag, sanitizeLabels } from "./naming";
import type { GcpNetworkOverrides } from "./overrides";
import { checkProject, childOptions, createProvider, resolveProject } from "./provider";
import { sdk } from "./sdk";

/** What a VM on this network needs; only the gcp driver reads it. */
export interface GcpNetworkData extends NetworkOwner {
  readonly project: string;
  readonly region: string;
  /** `projects/P/global/networks/N`. */
  readonly networkId: pulumi.Output<string>;
  /** `projects/P/regions/R/subnetworks/S`. */
  readonly subnetworkId: pulumi.Output<string>;
  readonly networkSelfLink: pulumi.Output<string>;
  readonly subnetworkSelfLink: pulumi.Output<string>;
  /** Network tag the firewall rules target. */
  readonly targetTag: string;
  /** The network component's labels (GCP rules applied), for the children created under it later (a database's reserved range). */
  readonly labels?: Record<string, string>;
}

function overridesOf(spec: NetworkSpec): GcpNetworkOverrides {
  return spec.overrides.gcp ?? {};
}

export function checkNetwork(spec: NetworkSpec, ctx: CheckContext): Problem[] {
  const o = overridesOf(spec);
  const found: Problem[] = [...checkProject(o.project, ctx, "overrides.gcp.project"), ...checkComponentName(ctx.name)];
  found.push(...overrideProblems(GCP_NETWORK_OVERRIDES, spec.overrides.gcp));
  if (spec.ingress.length > 99) {
    found.push(
      problems.invalidArgument(
        "ingress",
        "the gcp driver creates one firewall rule per ingress rule and supports at most 99.",
        spec.ingress.length,
        "up to 99 rules",
        "merge rules that share a source.",
      ),
    );
  }
  return found;
}

/** The firewall `allow` block of one portable rule (`ports` omitted for icmp). */
export function firewallAllow(rule: IngressRuleSpec): gcp.types.input.compute.FirewallAllow {
  if (rule.protocol === "icmp") return { protocol: "icmp" };
  const [from, to] = rule.ports;
  return { protocol: rule.protocol, ports: [from === to ? String(from) : `${from}-${to}`] };
}

export function createNetwork(spec: NetworkSpec, scope: DriverScope): NetworkResult {
  const g = sdk();
  const o = overridesOf(spec);
  const project = resolveProject(o.project).project!;
  const provider = createProvider(scope, project);
  const region = scope.placement.region.code;
  const tag = networkTag(scope.name);
  const flowLogs = o.flowLogs ?? true;

  const network = new g.compute.Network(
    scope.name,
    {
      // Custom mode: no subnetwork appears in any region the user did not ask for.
      autoCreateSubnetworks: false,
      routingMode: "REGIONAL",
      description: `sovereign-cloud network ${scope.name}`,
    },
    childOptions(scope, provider),
  );

  const subnetwork = new g.compute.Subnetwork(
    `${scope.name}-subnet`,
    {
      network: network.id,
      region,
      ipCidrRange: spec.subnetCidr,
      // Google APIs (e.g. Cloud Storage) are reachable without external IPs.
      privateIpGoogleAccess: true,
      ...(flowLogs
        ? { logConfig: { aggregationInterval: "INTERVAL_5_SEC", flowSampling: o.flowLogSampling ?? 0.5, metadata: "INCLUDE_ALL_METADATA" } }
        : {}),
    },
    childOptions(scope, provider),
  );

  const firewalls = spec.ingress.map(
    (rule, i) =>
      new g.compute.Firewall(
        `${scope.name}-ingress-${i}`,
        {
          network: network.id,
          direction: "INGRESS",
          priority: 1000,
          description: rule.description,
          sourceRanges: [rule.from],
          allows: [firewallAllow(rule)],
          // Only instances of this network's components get the rule, never the whole VPC.
          targetTags: [tag],
          ...(flowLogs ? { logConfig: { metadata: "INCLUDE_ALL_METADATA" } } : {}),
        },
        childOptions(scope, provider),
      ),
  );

  const data: GcpNetworkData = {
    project,
    region,
    networkId: network.id,
    subnetworkId: subnetwork.id,
    networkSelfLink: network.selfLink,
    subnetworkSelfLink: subnetwork.selfLink,
    targetTag: tag,
    name: scope.name,
    parent: scope.parent,
    provider,
    labels: sanitizeLabels(scope.labels),
  };
  return {
    networkId: network.id,
    subnetId: subnetwork.id,
    // GCP has no firewall object grouping rules: they are separate resources bound to VMs by the
    // network tag, so the tag names the set (resolved once every rule exists).
    firewallId: pulumi.all(firewalls.map((f) => f.id)).apply(() => tag),
    handle: { driver: "gcp", placement: scope.placement, data },
  };
}
