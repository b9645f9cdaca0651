/**
 * KubernetesCluster on OVHcloud: a Managed Kubernetes Service cluster (control plane operated by
 * OVHcloud in the region) whose nodes join the network's vRack private network and subnet, one node
 * pool per portable pool (flavor resolved from the SCS size, autoscaling on).
 *
 * - Region: MKS runs in its own region codes (catalog `apiRegions`, e.g. SBG5, DE1, WAW1); the
 *   network's compute region must be one of them, since the nodes join that network.
 * - API: an API reachable only from the vRack is not confirmed (capability table), so the component
 *   requires `apiAllowedFrom`, set as the cluster's API server IP restrictions.
 */
import * as pulumi from "@pulumi/pulumi";
import { MANAGED_KUBERNETES } from "../../catalog/kubernetes";
import { known } from "../../catalog/types";
import { problems, type Problem } from "../../errors";
import type { CheckContext, DriverScope, KubernetesClusterResult, KubernetesClusterSpec } from "../types";
import type { OvhcloudNetworkData } from "./network";
import { childOptions, createProvider } from "./provider";
import { sdk } from "./sdk";

export function kubeRegions(ctx: Pick<CheckContext, "placement">): readonly string[] {
  return known(MANAGED_KUBERNETES.ovhcloud.apiRegions?.[ctx.placement.region.code]) ?? [];
}

export function checkKubernetesCluster(spec: KubernetesClusterSpec, ctx: CheckContext): Problem[] {
  const net = spec.network.data as OvhcloudNetworkData;
  const regions = kubeRegions(ctx);
  if (regions.includes(net.region)) return [];
  return [
    problems.providerLimitation(
      "network",
      `the network is in the compute region ${net.region}, where Managed Kubernetes is not confirmed; at ${ctx.placement.region.code} the catalog lists ${regions.join(", ") || "no MKS region"}.`,
      net.region,
      regions.join(", ") || "an OVHcloud site with Managed Kubernetes",
      "choose a site whose compute region offers Managed Kubernetes (e.g. sbg, de, waw).",
    ),
  ];
}

export function createKubernetesCluster(spec: KubernetesClusterSpec, scope: DriverScope): KubernetesClusterResult {
  const { cloudproject } = sdk();
  const net = spec.network.data as OvhcloudNetworkData;
  const provider = createProvider(scope);
  const opts = childOptions(scope, provider);

  const kube = new cloudproject.Kube(
    scope.name,
    {
      serviceName: net.serviceName,
      region: net.region,
      version: spec.version,
      privateNetworkId: net.networkId,
      nodesSubnetId: net.subnetId,
      updatePolicy: "ALWAYS_UPDATE",
    },
    opts,
  );
  new cloudproject.KubeIpRestrictions(
    `${scope.name}-api-ips`,
    { serviceName: net.serviceName, kubeId: kube.id, ips: [...spec.apiAllowedFrom] },
    opts,
  );
  for (const pool of spec.nodePools) {
    new cloudproject.KubeNodePool(
      `${scope.name}-${pool.name}`,
      {
        serviceName: net.serviceName,
        kubeId: kube.id,
        name: pool.name,
        flavorName: pool.instanceType,
        autoscale: true,
        minNodes: pool.min,
        maxNodes: pool.max,
        desiredNodes: Math.max(pool.min, 1),
        ...(pool.zones === undefined ? {} : { availabilityZones: [...pool.zones] }),
      },
      { ...opts, ignoreChanges: ["desiredNodes"] },
    );
  }
  return {
    clusterId: kube.id,
    clusterName: kube.name,
    endpoint: kube.url.apply((u) => (u?.startsWith("https://") ? u : `https://${u ?? ""}`)),
    kubeconfig: pulumi.secret(kube.kubeconfig),
    secretsKeyManagement: null,
  };
}
