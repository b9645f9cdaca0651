import * as pulumi from "@pulumi/pulumi";
import { MANAGED_KUBERNETES } from "../catalog/kubernetes";
import { known } from "../catalog/types";
import { kubernetesClusterNeeds } from "../drivers/capabilities";
import { encryptionNotWeaker } from "./checks";
import { PlacedComponent } from "./component";
import type { KubernetesClusterSpec } from "../drivers/types";
import { problems } from "../errors";
import type { ResolvedContext } from "./context";
import type { KubernetesClusterDeployment } from "./deployment";
import { checkClusterArgs, checkClusterInContext, clusterSpec, type KubernetesClusterArgs } from "./kubernetes-cluster-spec";
import { networkTarget } from "./network-member";
import { driverProblems, driverScope, prepare } from "./prepare";
import { residencyRecord, type ResidencyRecord } from "./residency";

export type { KubernetesClusterArgs, NodePoolArgs } from "./kubernetes-cluster-spec";

/**
 * A managed Kubernetes cluster in a {@link Network}: the provider operates the control plane in the
 * network's region, the API is private where the provider allows it (else limited to an
 * allow-list, never the whole internet), secrets are encrypted at rest as the contract asks, and
 * node pools are sized from SCS flavors. Placement, contract and every argument are checked before
 * anything is created; the kubeconfig is a secret output.
 *
 * @example
 * const k8s = new KubernetesCluster("apps", { version: "1.34", network: net, nodePools: [{ name: "workers", size: "SCS-4V-16", min: 2, max: 5 }] });
 * export const kubeconfig = k8s.kubeconfig;
 */
export class KubernetesCluster extends PlacedComponent {
  /** The provider's id of the cluster. */
  public readonly clusterId!: pulumi.Output<string>;
  /** The provider's name of the cluster. */
  public readonly clusterName!: pulumi.Output<string>;
  /** HTTPS address of the API server (private when `privateApi`). */
  public readonly endpoint!: pulumi.Output<string>;
  /** A kubeconfig for the cluster (a Pulumi secret). */
  public readonly kubeconfig!: pulumi.Output<string>;
  /** The Kubernetes minor version asked for. */
  public readonly version!: pulumi.Output<string>;
  /** Where the control plane runs, who operates it, and the contract clauses the placement satisfies. */
  declare public readonly residency: pulumi.Output<ResidencyRecord>;

  constructor(name: string, args: KubernetesClusterArgs, opts?: pulumi.ComponentResourceOptions) {
    // Everything is validated before super(): a rejected cluster registers nothing.
    const prepared = prepare("KubernetesCluster", name, args, "kubernetesCluster", opts, {
      checkArgs: checkClusterArgs,
      checkWithContract: encryptionNotWeaker("cluster"),
      checkWithContext: checkClusterInContext,
      spec: (c) => clusterSpec(args, c),
      checkDriver: (c, s, at) => {
        if (c.driver.kubernetesCluster === undefined || c.driver.checkKubernetesCluster === undefined) {
          return [
            problems.providerLimitation(
              "target",
              `the ${c.driver.id} driver cannot create a managed Kubernetes cluster at ${c.placement.provider.name}: ${c.driver.capabilities["cluster.managed"].how}`,
              `${c.placement.provider.id}:${c.placement.region.code}`,
              "a target whose driver creates managed Kubernetes (see the portability matrix)",
              "choose such a target, or run Kubernetes yourself on VirtualMachines.",
            ),
          ];
        }
        return driverProblems(c, kubernetesClusterNeeds(s), c.driver.checkKubernetesCluster(s, at));
      },
      fallbackTarget: networkTarget(args),
    });
    super(name, prepared);
    const { ctx, spec } = prepared;
    const result = ctx.driver.kubernetesCluster!(spec, driverScope(name, this, prepared));
    this.publish<KubernetesCluster>({
      clusterId: result.clusterId,
      clusterName: result.clusterName,
      endpoint: result.endpoint,
      kubeconfig: pulumi.secret(result.kubeconfig),
      version: pulumi.output(spec.version),
      region: pulumi.output(ctx.placement.region.code),
      residency: pulumi.output(
        residencyRecord(ctx, undefined, { kubernetesCluster: clusterDeployment(ctx, spec, result.secretsKeyManagement) }),
      ),
    });
  }
}

/** The cluster's record: the control plane is the provider's managed service in the placement's region. */
export function clusterDeployment(
  ctx: ResolvedContext,
  spec: KubernetesClusterSpec,
  secretsKeyManagement: "provider" | "customer" | null,
): KubernetesClusterDeployment {
  const { placement } = ctx;
  const operator = placement.region.operator ?? placement.provider.operator;
  return {
    service: MANAGED_KUBERNETES[placement.provider.id].service ?? placement.provider.name,
    version: spec.version,
    controlPlane: {
      region: placement.region.code,
      country: known(placement.region.country) ?? null,
      operator: known(operator.name) ?? null,
      operatorHeadquarters: known(operator.headquarters) ?? null,
      euControlled: known(operator.euControlled) ?? null,
    },
    privateApi: spec.privateApi,
    apiAllowedFrom: spec.apiAllowedFrom,
    secretsKeyManagement,
    nodePools: spec.nodePools.map((p) => ({ name: p.name, instanceType: p.instanceType, min: p.min, max: p.max, zones: p.zones ?? null })),
  };
}
