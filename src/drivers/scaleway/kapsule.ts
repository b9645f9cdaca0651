/**
 * KubernetesCluster on Scaleway: a Kubernetes Kapsule cluster (control plane operated by Scaleway
 * in the placement's region) attached to the network's Private Network, one Kapsule pool per
 * portable pool with the node type resolved from the SCS size, autoscaling and autohealing on.
 *
 * - API: Kapsule's API server has a public endpoint (a private-only endpoint is not confirmed, see
 *   the capability table), so the component requires `apiAllowedFrom` here and the driver replaces
 *   the default ACL (which admits every address) with exactly those CIDRs (`kubernetes.Acl`).
 * - Nodes keep public IPs: the Network has no Public Gateway, and without one nodes on a Private
 *   Network have no route to pull images. The nodes' security group is managed by Kapsule.
 * - A Kapsule pool runs in one zone: a pool may name at most one zone (default: the network's zone).
 */
import * as pulumi from "@pulumi/pulumi";
import { problems, type Problem } from "../../errors";
import type { CheckContext, DriverScope, KubernetesClusterResult, KubernetesClusterSpec } from "../types";
import type { ScalewayNetworkData } from "./network";
import { scalewayContext, scalewayTags } from "./provider";
import { sdk } from "./sdk";

export function checkKubernetesCluster(spec: KubernetesClusterSpec, _ctx: CheckContext): Problem[] {
  return spec.nodePools
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.zones !== undefined && p.zones.length > 1)
    .map(({ p, i }) =>
      problems.providerLimitation(
        `nodePools[${i}].zones`,
        "a Kapsule pool runs in a single zone.",
        p.zones,
        "one zone",
        "split the pool into one pool per zone.",
      ),
    );
}

export function createKubernetesCluster(spec: KubernetesClusterSpec, scope: DriverScope): KubernetesClusterResult {
  const { kubernetes } = sdk();
  const { region, opts } = scalewayContext(scope);
  const net = spec.network.data as ScalewayNetworkData;
  const tags = scalewayTags(scope.labels);

  const cluster = new kubernetes.Cluster(
    scope.name,
    {
      region,
      type: "kapsule",
      version: spec.version,
      cni: "cilium",
      privateNetworkId: net.privateNetworkId,
      // Load balancers and volumes the cluster created are kept on destroy (they may hold data).
      deleteAdditionalResources: false,
      autoUpgrade: { enable: true, maintenanceWindowDay: "any", maintenanceWindowStartHour: 3 },
      tags,
    },
    opts,
  );
  new kubernetes.Acl(
    `${scope.name}-api-acl`,
    { region, clusterId: cluster.id, aclRules: spec.apiAllowedFrom.map((ip) => ({ ip, description: `allowed ${ip}` })) },
    opts,
  );
  for (const pool of spec.nodePools) {
    new kubernetes.Pool(
      `${scope.name}-${pool.name}`,
      {
        region,
        zone: pool.zones?.[0] ?? net.zone,
        clusterId: cluster.id,
        name: pool.name,
        nodeType: pool.instanceType,
        size: Math.max(pool.min, 1),
        minSize: pool.min,
        maxSize: pool.max,
        autoscaling: true,
        autohealing: true,
        tags,
      },
      { ...opts, ignoreChanges: ["size"] },
    );
  }
  const kubeconfig = cluster.kubeconfigs.apply((k) => k?.[0]?.configFile ?? "");
  return {
    clusterId: cluster.id,
    clusterName: cluster.name,
    endpoint: cluster.apiserverUrl,
    kubeconfig: pulumi.secret(kubeconfig),
    secretsKeyManagement: null,
  };
}
