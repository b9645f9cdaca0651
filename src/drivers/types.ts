/**
 * The contract between components and drivers. A component validates the user's args, evaluates
 * the residency contract, turns the args into a portable spec, then hands the spec and a scope to
 * the driver of the target's provider. The driver creates that provider's resources (always with
 * an explicit provider resource for the placement) and returns a fixed, provider-neutral result.
 * The Database and KubernetesCluster types are in database-types.ts and kubernetes-types.ts,
 * re-exported here.
 */
import type * as pulumi from "@pulumi/pulumi";
import type { DriverId, PortableImage } from "../catalog/types";
import type { Placement } from "../contract/placement";
import type { EncryptionRequirement } from "../contract/schema";
import type { Problem } from "../errors";
import type { AwsBucketOverrides, AwsNetworkOverrides, AwsVirtualMachineOverrides } from "./aws/overrides";
import type { AzureBucketOverrides, AzureNetworkOverrides, AzureVirtualMachineOverrides } from "./azure/overrides";
import type { CapabilityTable } from "./capabilities";
import type { DatabaseOverrides, DatabaseResult, DatabaseSpec } from "./database-types";
import type { GcpBucketOverrides, GcpNetworkOverrides, GcpVirtualMachineOverrides } from "./gcp/overrides";
import type { HetznerBucketOverrides, HetznerNetworkOverrides, HetznerVirtualMachineOverrides } from "./hetzner/overrides";
import type { KubernetesClusterResult, KubernetesClusterSpec } from "./kubernetes-types";
import type { OpenStackBucketOverrides, OpenStackNetworkOverrides, OpenStackVirtualMachineOverrides } from "./openstack/overrides";
import type { OvhcloudBucketOverrides, OvhcloudNetworkOverrides, OvhcloudVirtualMachineOverrides } from "./ovhcloud/overrides";
import type { ScalewayBucketOverrides, ScalewayNetworkOverrides, ScalewayVirtualMachineOverrides } from "./scaleway/overrides";

export type * from "./database-types";
export type * from "./kubernetes-types";

/** Provider-specific knobs for a Bucket, one typed block per provider. */
export interface BucketOverrides {
  /** Only read when the target is on AWS. @default - none */
  readonly aws?: AwsBucketOverrides;
  /** Only read when the target is on Azure. @default - none */
  readonly azure?: AzureBucketOverrides;
  /** Only read when the target is on Google Cloud. @default - none */
  readonly gcp?: GcpBucketOverrides;
  /** Only read when the target is on Scaleway. @default - none */
  readonly scaleway?: ScalewayBucketOverrides;
  /** Only read when the target is on OVHcloud with the ovhcloud driver. @default - none */
  readonly ovhcloud?: OvhcloudBucketOverrides;
  /** Only read when the target is on Hetzner. @default - none */
  readonly hetzner?: HetznerBucketOverrides;
  /** Only read when the target is deployed with the openstack driver (OTC, Cleura, pluscloud open, OVHcloud). @default - none */
  readonly openstack?: OpenStackBucketOverrides;
}

/** Provider-specific knobs for a Network, one typed block per provider. */
export interface NetworkOverrides {
  /** Only read when the target is on AWS. @default - none */
  readonly aws?: AwsNetworkOverrides;
  /** Only read when the target is on Azure. @default - none */
  readonly azure?: AzureNetworkOverrides;
  /** Only read when the target is on Google Cloud. @default - none */
  readonly gcp?: GcpNetworkOverrides;
  /** Only read when the target is on Scaleway. @default - none */
  readonly scaleway?: ScalewayNetworkOverrides;
  /** Only read when the target is on OVHcloud with the ovhcloud driver. @default - none */
  readonly ovhcloud?: OvhcloudNetworkOverrides;
  /** Only read when the target is on Hetzner. @default - none */
  readonly hetzner?: HetznerNetworkOverrides;
  /** Only read when the target is deployed with the openstack driver (OTC, Cleura, pluscloud open, OVHcloud). @default - none */
  readonly openstack?: OpenStackNetworkOverrides;
}

/** Provider-specific knobs for a VirtualMachine, one typed block per provider. */
export interface VirtualMachineOverrides {
  /** Only read when the target is on AWS. @default - none */
  readonly aws?: AwsVirtualMachineOverrides;
  /** Only read when the target is on Azure. @default - none */
  readonly azure?: AzureVirtualMachineOverrides;
  /** Only read when the target is on Google Cloud. @default - none */
  readonly gcp?: GcpVirtualMachineOverrides;
  /** Only read when the target is on Scaleway. @default - none */
  readonly scaleway?: ScalewayVirtualMachineOverrides;
  /** Only read when the target is on OVHcloud with the ovhcloud driver. @default - none */
  readonly ovhcloud?: OvhcloudVirtualMachineOverrides;
  /** Only read when the target is on Hetzner. @default - none */
  readonly hetzner?: HetznerVirtualMachineOverrides;
  /** Only read when the target is deployed with the openstack driver (OTC, Cleura, pluscloud open, OVHcloud). @default - none */
  readonly openstack?: OpenStackVirtualMachineOverrides;
}

/** Lifecycle rules in days; every field optional, all validated positive integers. */
export interface LifecycleSpec {
  /** Delete current objects this many days after creation. */
  readonly expireAfterDays?: number;
  /** Delete noncurrent (overwritten/deleted) versions this many days after they become noncurrent. */
  readonly noncurrentExpireAfterDays?: number;
  /** Move objects to the provider's cold/infrequent-access class after this many days. */
  readonly coldAfterDays?: number;
}

/** A validated, portable bucket. */
export interface BucketSpec {
  readonly versioning: boolean;
  /** Write-once retention (object lock / immutability) in days. */
  readonly retentionDays?: number;
  /**
   * Lock the retention so nobody (not even an administrator) can shorten it: AWS object lock
   * COMPLIANCE mode, Azure locked immutability policy, GCP locked retention policy. Unlocked
   * retention (AWS GOVERNANCE, unlocked policies) can be lifted by privileged users. Irreversible.
   */
  readonly retentionLocked: boolean;
  readonly lifecycle: LifecycleSpec;
  /**
   * `any`: encrypt at rest where the provider can, else go on unencrypted (the contract allows it);
   * `provider-managed`: encrypted at rest or fail; `customer-managed`: with the customer's key or fail.
   */
  readonly encryption: EncryptionRequirement;
  /** Refuse requests without TLS; a driver that cannot enforce it must fail its check, not drop it. */
  readonly tlsOnly: boolean;
  /**
   * A second region the data may be replicated to (Azure geo-redundant pair), set only when the
   * contract allows replication and the pair satisfies the contract; otherwise data stays in the
   * target region (zone-redundant where the region has zones).
   */
  readonly geoRedundantTo?: string;
  /** Keep the data-bearing children when the stack is destroyed (Pulumi `retainOnDelete`). */
  readonly retainOnDelete: boolean;
  /** Let a destroy delete a bucket that still holds objects. Only allowed with `retainOnDelete: false`. */
  readonly emptyOnDelete: boolean;
  readonly overrides: BucketOverrides;
}

/** One ingress rule, validated (ports within 1-65535, CIDR well formed, admin ports not world-open). */
export interface IngressRuleSpec {
  readonly protocol: "tcp" | "udp" | "icmp";
  /** Inclusive port range; `[0, 0]` for icmp. */
  readonly ports: readonly [number, number];
  /** Source IPv4 or IPv6 CIDR. */
  readonly from: string;
  readonly description: string;
}

/** A validated, portable network: one VPC/VNet, one private subnet, one firewall. */
export interface NetworkSpec {
  readonly cidr: string;
  readonly subnetCidr: string;
  readonly ingress: readonly IngressRuleSpec[];
  readonly overrides: NetworkOverrides;
}

/** A validated, portable virtual machine. */
export interface VirtualMachineSpec {
  /** Provider instance type, already resolved from the portable size (or taken from overrides). */
  readonly instanceType: string;
  readonly vcpus: number;
  readonly memoryGiB: number;
  readonly image: PortableImage;
  readonly diskGiB: number;
  readonly publicIp: boolean;
  readonly sshKeys: readonly string[];
  readonly adminUsername: string;
  readonly userData?: string;
  /**
   * `any`: encrypt at rest where the provider can, else go on unencrypted (the contract allows it);
   * `provider-managed`: encrypted at rest or fail; `customer-managed`: with the customer's key or fail.
   */
  readonly encryption: EncryptionRequirement;
  /** The network the VM joins (same provider and region, checked by the component). */
  readonly network: NetworkHandle;
  readonly overrides: VirtualMachineOverrides;
}

/** Opaque, driver-specific data a network passes to the VMs that join it. */
export interface NetworkHandle {
  readonly driver: DriverId;
  /** The placement the network was created at. */
  readonly placement: Placement;
  /** Driver-specific values (ids, names, self links); only the same driver reads them. */
  readonly data: unknown;
}

/** What every driver call receives besides the spec. */
export interface DriverScope {
  /** The component's name; children are named from it and never renamed. */
  readonly name: string;
  /** The component; every child is parented to it. */
  readonly parent: pulumi.ComponentResource;
  readonly placement: Placement;
  /** Tags/labels for every child that takes them (drivers sanitise keys and values per provider). */
  readonly labels: Readonly<Record<string, string>>;
  /**
   * Set when the component was given a user provider whose settings are checked at deploy time
   * (components/providers.ts): resolves (to no resource) once the check passed, fails otherwise.
   * Children the component creates outside itself (under its network, e.g. shared database subnets)
   * take it as `dependsOn`, so a refused provider registers none of them either.
   */
  readonly ready?: pulumi.Output<pulumi.Resource[]>;
}

/** What a driver's pre-flight checks receive. */
export interface CheckContext {
  readonly name: string;
  readonly placement: Placement;
}

export interface BucketResult {
  /** The provider's name of the bucket/container. */
  readonly bucketName: pulumi.Output<string>;
  /** The provider's id of the bucket (ARN, ARM id, self link). */
  readonly bucketId: pulumi.Output<string>;
  /** The HTTPS endpoint of the bucket. */
  readonly endpoint: pulumi.Output<string>;
  /** The at-rest encryption the driver configured (for the component's residency record and the evidence). */
  readonly encryption: BucketEncryption;
}

/** What a driver configured for a bucket's at-rest encryption; `null` where it configures nothing. */
export interface BucketEncryption {
  /** The default server-side encryption algorithm set on the bucket, or `null` when none is set by the driver. */
  readonly sseAlgorithm: "AES256" | null;
  /** `provider` (keys the provider manages), `customer` (a KMS key the customer controls), or `null` when the driver configures no default encryption. */
  readonly keyManagement: "provider" | "customer" | null;
}

export interface NetworkResult {
  readonly networkId: pulumi.Output<string>;
  readonly subnetId: pulumi.Output<string>;
  readonly firewallId: pulumi.Output<string>;
  readonly handle: NetworkHandle;
}

export interface VirtualMachineResult {
  readonly instanceId: pulumi.Output<string>;
  readonly privateIp: pulumi.Output<string>;
  /** `undefined` when no public IP was asked for. */
  readonly publicIp: pulumi.Output<string | undefined>;
  /** The zone the VM runs in, when the provider has zones. */
  readonly zone: pulumi.Output<string | undefined>;
  /** Root disk size in GiB as the driver creates it; `null` when the instance type fixes it (the driver cannot set it). */
  readonly bootDiskGiB: number | null;
}

/**
 * One provider's implementation. `check*` are pure and run during validation (they may read stack
 * config); the other methods create resources and only run when every check passed.
 */
export interface Driver {
  readonly id: DriverId;
  /** What this driver can do with each portable feature (checked in `check*`, rendered in docs/portability.md). */
  readonly capabilities: CapabilityTable;
  checkBucket(spec: BucketSpec, ctx: CheckContext): Problem[];
  checkNetwork(spec: NetworkSpec, ctx: CheckContext): Problem[];
  checkVirtualMachine(spec: VirtualMachineSpec, ctx: CheckContext): Problem[];
  bucket(spec: BucketSpec, scope: DriverScope): BucketResult;
  network(spec: NetworkSpec, scope: DriverScope): NetworkResult;
  virtualMachine(spec: VirtualMachineSpec, scope: DriverScope): VirtualMachineResult;
  /** The instance type the user pinned in this driver's VM overrides, if any (skips the size table). */
  overriddenInstanceType?(overrides: VirtualMachineOverrides): string | undefined;
  /** The image the user pinned in this driver's VM overrides, if any (skips the image table). */
  overriddenImage?(overrides: VirtualMachineOverrides): string | undefined;
  /** Pre-flight checks of a managed Kubernetes cluster; absent when the driver has none to offer. */
  checkKubernetesCluster?(spec: KubernetesClusterSpec, ctx: CheckContext): Problem[];
  /** A managed Kubernetes cluster; absent when the driver cannot create one (SC_PROVIDER_LIMITATION). */
  kubernetesCluster?(spec: KubernetesClusterSpec, scope: DriverScope): KubernetesClusterResult;
  /** Pre-flight checks of a managed PostgreSQL; absent when the driver has none (the component then reports SC_PROVIDER_LIMITATION). */
  checkDatabase?(spec: DatabaseSpec, ctx: CheckContext): Problem[];
  /** Create a managed PostgreSQL; absent when the driver has none. */
  database?(spec: DatabaseSpec, scope: DriverScope): DatabaseResult;
  /** The instance class the user pinned in this driver's Database overrides, if any (skips the class table). */
  overriddenDatabaseClass?(overrides: DatabaseOverrides): string | undefined;
}
