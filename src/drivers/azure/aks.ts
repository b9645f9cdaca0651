/**
 * KubernetesCluster on Azure: an AKS managed cluster (control plane operated by Microsoft in the
 * placement's region) in the network's resource group, with Azure CNI in the network's subnet.
 *
 * - The first portable pool is the System pool (inline `agentPoolProfiles`); the others are User
 *   pools (`AgentPool`). AKS requires a system pool of at least 2 vCPUs and 4 GiB memory, and Linux
 *   pool names of 1-12 lowercase letters and digits (AKS "Use system node pools" and "Create node
 *   pools" pages); both are checked before anything is created.
 * - Every pool: autoscaling between min and max, encryption at host (temp disks and caches encrypted
 *   on the host), nodes in the network's subnet.
 * - API: a private cluster unless `privateApi: false`, then authorized IP ranges (`apiAllowedFrom`).
 * - Services use 172.20.0.0/16 so they do not overlap the network's default 10.0.0.0/16.
 * - Identity: a system-assigned managed identity; Kubernetes RBAC on.
 * - Secrets: this driver does not configure AKS KMS etcd encryption (see the capability table);
 *   a contract that asks for encrypted or customer-keyed secrets is refused before this runs.
 */
import * as pulumi from "@pulumi/pulumi";
import { problems, type Problem } from "../../errors";
import type { CheckContext, DriverScope, KubernetesClusterResult, KubernetesClusterSpec, NodePoolSpec } from "../types";
import { azureContext } from "./common";
import type { AzureNetworkData } from "./network";
import { sdk } from "./sdk";

const POOL_NAME = /^[a-z][a-z0-9]{0,11}$/;
export const SERVICE_CIDR = "172.20.0.0/16";
export const DNS_SERVICE_IP = "172.20.0.10";

export function checkKubernetesCluster(spec: KubernetesClusterSpec, _ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  spec.nodePools.forEach((p, i) => {
    if (!POOL_NAME.test(p.name))
      out.push(
        problems.providerLimitation(
          `nodePools[${i}].name`,
          "AKS Linux node pool names are 1-12 lowercase letters and digits, starting with a letter.",
          p.name,
          "e.g. system, workers, gpu1",
          "rename the pool.",
        ),
      );
  });
  const system = spec.nodePools[0];
  if (system !== undefined && (system.vcpus < 2 || system.memoryGiB < 4)) {
    out.push(
      problems.providerLimitation(
        "nodePools[0].size",
        "the first pool is the AKS system pool, which needs at least 2 vCPUs and 4 GiB of memory.",
        `${system.instanceType} (${system.vcpus} vCPU, ${system.memoryGiB} GiB)`,
        "2 vCPUs and 4 GiB or more, e.g. SCS-2V-4",
        "give the first pool a larger size.",
      ),
    );
  }
  if (system !== undefined && system.min < 1) {
    out.push(
      problems.providerLimitation(
        "nodePools[0].min",
        "the AKS system pool cannot scale to zero.",
        system.min,
        "1 or more",
        "set the first pool's min to at least 1.",
      ),
    );
  }
  return out;
}

function poolProfile(pool: NodePoolSpec, subnetId: pulumi.Input<string>, tags: Record<string, string>) {
  return {
    vmSize: pool.instanceType,
    count: Math.max(pool.min, 1),
    minCount: pool.min,
    maxCount: pool.max,
    enableAutoScaling: true,
    vnetSubnetID: subnetId,
    osType: "Linux",
    type: "VirtualMachineScaleSets",
    enableEncryptionAtHost: true,
    enableNodePublicIP: false,
    ...(pool.zones === undefined ? {} : { availabilityZones: [...pool.zones] }),
    nodeLabels: { "sovereign-cloud/pool": pool.name },
    // Azure tags of the pool's scale set (the component's labels).
    tags,
  };
}

export function createKubernetesCluster(spec: KubernetesClusterSpec, scope: DriverScope): KubernetesClusterResult {
  const { containerservice } = sdk();
  const ctx = azureContext(scope);
  const net = spec.network.data as AzureNetworkData;
  const [system, ...user] = spec.nodePools;

  const cluster = new containerservice.ManagedCluster(
    scope.name,
    {
      resourceGroupName: net.resourceGroupName,
      location: ctx.location,
      kubernetesVersion: spec.version,
      dnsPrefix: scope.name
        .toLowerCase()
        .replace(/[^a-z0-9-]/g, "-")
        .slice(0, 40),
      identity: { type: "SystemAssigned" },
      enableRBAC: true,
      agentPoolProfiles: [{ name: system!.name, mode: "System", ...poolProfile(system!, net.subnetId, ctx.tags) }],
      networkProfile: { networkPlugin: "azure", networkPolicy: "azure", serviceCidr: SERVICE_CIDR, dnsServiceIP: DNS_SERVICE_IP },
      apiServerAccessProfile: spec.privateApi
        ? { enablePrivateCluster: true }
        : { enablePrivateCluster: false, authorizedIPRanges: [...spec.apiAllowedFrom] },
      tags: ctx.tags,
    },
    // The autoscaler changes pool counts; Pulumi must not reset them.
    { ...ctx.opts, ignoreChanges: ["agentPoolProfiles[0].count"] },
  );

  for (const pool of user) {
    new containerservice.AgentPool(
      `${scope.name}-${pool.name}`,
      {
        resourceGroupName: net.resourceGroupName,
        resourceName: cluster.name,
        agentPoolName: pool.name,
        mode: "User",
        ...poolProfile(pool, net.subnetId, ctx.tags),
      },
      { ...ctx.opts, ignoreChanges: ["count"] },
    );
  }

  const creds = containerservice.listManagedClusterUserCredentialsOutput(
    { resourceGroupName: net.resourceGroupName, resourceName: cluster.name },
    { provider: ctx.provider, parent: scope.parent },
  );
  const kubeconfig = creds.apply((c) => {
    const value = c?.kubeconfigs?.[0]?.value;
    return typeof value === "string" ? Buffer.from(value, "base64").toString("utf8") : "";
  });
  const endpoint = spec.privateApi
    ? cluster.privateFQDN.apply((f) => `https://${f ?? ""}`)
    : cluster.fqdn.apply((f) => `https://${f ?? ""}`);
  return { clusterId: cluster.id, clusterName: cluster.name, endpoint, kubeconfig: pulumi.secret(kubeconfig), secretsKeyManagement: null };
}
