/**
 * What components and drivers exchange for a managed Kubernetes cluster: the overrides, the
 * validated spec and the driver's result (the Driver interface is in types.ts).
 */
import type * as pulumi from "@pulumi/pulumi";
import type { EncryptionRequirement } from "../contract/schema";
import type { AwsKubernetesClusterOverrides } from "./aws/overrides";
import type { GcpKubernetesClusterOverrides } from "./gcp/overrides";
import type { NetworkHandle } from "./types";

/** Provider-specific knobs for a KubernetesCluster, one typed block per provider. */
export interface KubernetesClusterOverrides {
  /** Only read when the target is on AWS. @default - none */
  readonly aws?: AwsKubernetesClusterOverrides;
  /** Only read when the target is on Google Cloud. @default - none */
  readonly gcp?: GcpKubernetesClusterOverrides;
}

/** One validated node pool: the portable size already resolved to the provider's instance type. */
export interface NodePoolSpec {
  /** Lowercase letters, digits and hyphens; unique within the cluster. */
  readonly name: string;
  readonly instanceType: string;
  readonly vcpus: number;
  readonly memoryGiB: number;
  /** Autoscaling bounds (nodes per pool; `min <= max`, `max >= 1`). */
  readonly min: number;
  readonly max: number;
  /** Zones of the region to spread the pool over; absent: the provider's choice within the region. */
  readonly zones?: readonly string[];
}

/** A validated, portable managed Kubernetes cluster. */
export interface KubernetesClusterSpec {
  /** Kubernetes minor version (`1.34`), confirmed for the provider by the catalog. */
  readonly version: string;
  /** The network the nodes join (same provider, region and driver, checked by the component). */
  readonly network: NetworkHandle;
  readonly nodePools: readonly NodePoolSpec[];
  /** API server reachable only from inside the network. */
  readonly privateApi: boolean;
  /** CIDRs allowed to reach a public API endpoint (empty when `privateApi`). Never contains a /0. */
  readonly apiAllowedFrom: readonly string[];
  /**
   * Kubernetes secrets at rest. `any`: as the provider does; `provider-managed`: encrypted or fail;
   * `customer-managed`: envelope-encrypted with a customer key in the cluster's region, or fail.
   */
  readonly encryption: EncryptionRequirement;
  readonly overrides: KubernetesClusterOverrides;
}

export interface KubernetesClusterResult {
  /** The provider's id of the cluster. */
  readonly clusterId: pulumi.Output<string>;
  /** The provider's name of the cluster. */
  readonly clusterName: pulumi.Output<string>;
  /** HTTPS address of the API server (private when `privateApi`). */
  readonly endpoint: pulumi.Output<string>;
  /** A kubeconfig for the cluster, always a Pulumi secret. */
  readonly kubeconfig: pulumi.Output<string>;
  /** Who manages the key of the secrets' envelope encryption the driver configured; `null` when it configures none. */
  readonly secretsKeyManagement: "provider" | "customer" | null;
}
