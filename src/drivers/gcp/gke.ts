/**
 * KubernetesCluster on Google Cloud: a regional GKE Standard cluster (control plane operated by
 * Google in the placement's region) in the network's VPC and subnet.
 *
 * - Private nodes always; a private endpoint unless `privateApi: false`. Master authorized networks
 *   are on in both cases: empty with a private endpoint, else exactly `apiAllowedFrom`.
 * - The default node pool is removed; each portable pool is a NodePool with Shielded nodes (secure
 *   boot, integrity monitoring), auto-repair and auto-upgrade, and total (region-wide) autoscaling
 *   bounds, since GKE's plain min/max count per zone.
 * - Secrets: application-layer secrets encryption (`databaseEncryption: ENCRYPTED`) with a Cloud KMS
 *   key in the cluster's region, usable by the GKE service agent
 *   (`service-<project number>@container-engine-robot.iam.gserviceaccount.com`).
 * - No client certificate is issued; the kubeconfig uses the gke-gcloud-auth-plugin.
 */
import * as pulumi from "@pulumi/pulumi";
import { problems, type Problem } from "../../errors";
import type { CheckContext, DriverScope, KubernetesClusterResult, KubernetesClusterSpec } from "../types";
import { customerKey, DEFAULT_KEY_ROTATION_DAYS } from "./kms";
import { sanitizeLabels } from "./naming";
import type { GcpNetworkData } from "./network";
import { childOptions, createProvider } from "./provider";
import { sdk } from "./sdk";
import ipaddr from "ipaddr.js";

export const DEFAULT_MASTER_CIDR = "172.16.0.0/28";

export function checkKubernetesCluster(spec: KubernetesClusterSpec, ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  const o = spec.overrides.gcp ?? {};
  const cidr = o.masterIpv4CidrBlock;
  if (cidr !== undefined && (!ipaddr.isValidCIDR(cidr) || !cidr.endsWith("/28") || ipaddr.parseCIDR(cidr)[0].range() !== "private")) {
    out.push(
      problems.invalidCidr(
        "overrides.gcp.masterIpv4CidrBlock",
        cidr,
        "GKE takes a private (RFC 1918) /28 for the control plane",
        "a /28 such as 172.16.0.0/28",
      ),
    );
  }
  const key = o.kmsKeyName;
  if (key !== undefined) {
    const location = /^projects\/[^/]+\/locations\/([^/]+)\/keyRings\/[^/]+\/cryptoKeys\/[^/]+$/.exec(key)?.[1];
    if (spec.encryption === "any")
      out.push(
        problems.conflictingArguments(
          "overrides.gcp.kmsKeyName",
          "a Cloud KMS key is given but the contract does not ask for encrypted secrets, so it would not be used.",
          key,
          "remove the key, or ask for encryption in the contract or the component.",
        ),
      );
    else if (location === undefined)
      out.push(
        problems.invalidArgument(
          "overrides.gcp.kmsKeyName",
          "this is not a Cloud KMS key name.",
          key,
          "projects/P/locations/<region>/keyRings/R/cryptoKeys/K",
          "give the key's full resource name.",
        ),
      );
    else if (location !== ctx.placement.region.code)
      out.push(
        problems.placementMismatch(
          "overrides.gcp.kmsKeyName",
          `the key is in ${location}, not in ${ctx.placement.region.code}: keys must stay in the cluster's region.`,
          location,
          ctx.placement.region.code,
        ),
      );
  }
  return out;
}

export function createKubernetesCluster(spec: KubernetesClusterSpec, scope: DriverScope): KubernetesClusterResult {
  const g = sdk();
  const o = spec.overrides.gcp ?? {};
  const net = spec.network.data as GcpNetworkData;
  const region = scope.placement.region.code;
  const provider = createProvider(scope, net.project);
  const labels = sanitizeLabels(scope.labels);

  let keyName: pulumi.Output<string> | undefined;
  const dependsOn: pulumi.Resource[] = [];
  if (spec.encryption !== "any") {
    const p = g.organizations.getProjectOutput({ projectId: net.project }, { provider, parent: scope.parent });
    const key = customerKey(scope, provider, {
      location: region,
      ...(o.kmsKeyName === undefined ? {} : { existingKeyName: o.kmsKeyName }),
      rotationDays: DEFAULT_KEY_ROTATION_DAYS,
      // The GKE service agent encrypts and decrypts the secrets' data keys.
      member: pulumi.interpolate`serviceAccount:service-${p.number}@container-engine-robot.iam.gserviceaccount.com`,
      retainOnDelete: true,
    });
    keyName = key.keyName;
    dependsOn.push(key.grant);
  }

  const cluster = new g.container.Cluster(
    scope.name,
    {
      // A region (not a zone): a regional control plane replicated across the region's zones.
      location: region,
      network: net.networkId,
      subnetwork: net.subnetworkId,
      minMasterVersion: spec.version,
      releaseChannel: { channel: "UNSPECIFIED" },
      removeDefaultNodePool: true,
      initialNodeCount: 1,
      networkingMode: "VPC_NATIVE",
      ipAllocationPolicy: {},
      privateClusterConfig: {
        enablePrivateNodes: true,
        enablePrivateEndpoint: spec.privateApi,
        masterIpv4CidrBlock: o.masterIpv4CidrBlock ?? DEFAULT_MASTER_CIDR,
      },
      masterAuthorizedNetworksConfig: { cidrBlocks: spec.apiAllowedFrom.map((c) => ({ cidrBlock: c, displayName: `allowed ${c}` })) },
      masterAuth: { clientCertificateConfig: { issueClientCertificate: false } },
      databaseEncryption: keyName === undefined ? { state: "DECRYPTED" } : { state: "ENCRYPTED", keyName },
      enableShieldedNodes: true,
      resourceLabels: labels,
    },
    childOptions(scope, provider, { dependsOn }),
  );

  for (const pool of spec.nodePools) {
    new g.container.NodePool(
      `${scope.name}-${pool.name}`,
      {
        location: region,
        cluster: cluster.name,
        ...(pool.zones === undefined ? {} : { nodeLocations: [...pool.zones] }),
        autoscaling: { totalMinNodeCount: pool.min, totalMaxNodeCount: pool.max, locationPolicy: "BALANCED" },
        management: { autoRepair: true, autoUpgrade: true },
        nodeConfig: {
          machineType: pool.instanceType,
          shieldedInstanceConfig: { enableSecureBoot: true, enableIntegrityMonitoring: true },
          metadata: { "disable-legacy-endpoints": "true" },
          labels: { ...labels, "sovereign-cloud-pool": pool.name },
          // GCE labels of the node VMs (`labels` above are Kubernetes node labels).
          resourceLabels: labels,
        },
      },
      childOptions(scope, provider),
    );
  }

  const endpoint = spec.privateApi ? cluster.privateClusterConfig.apply((c) => c?.privateEndpoint ?? "") : cluster.endpoint;
  const kubeconfig = pulumi.all([cluster.name, endpoint, cluster.masterAuth]).apply(([name, server, auth]) =>
    JSON.stringify({
      apiVersion: "v1",
      kind: "Config",
      clusters: [{ name, cluster: { server: `https://${server}`, "certificate-authority-data": auth?.clusterCaCertificate ?? "" } }],
      contexts: [{ name, context: { cluster: name, user: name } }],
      "current-context": name,
      users: [
        {
          name,
          user: {
            exec: { apiVersion: "client.authentication.k8s.io/v1beta1", command: "gke-gcloud-auth-plugin", provideClusterInfo: true },
          },
        },
      ],
    }),
  );
  return {
    clusterId: cluster.id,
    clusterName: cluster.name,
    endpoint: endpoint.apply((e) => `https://${e}`),
    kubeconfig: pulumi.secret(kubeconfig),
    secretsKeyManagement: keyName === undefined ? null : "customer",
  };
}
