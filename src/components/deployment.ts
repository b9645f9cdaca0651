/**
 * What a component configured, as far as the Gaia-X evidence describes it: a bucket's versioning and
 * at-rest encryption, a VM's size, instance type, boot disk and image. These are facts about our own
 * deployment (the spec handed to the driver, and what the driver reports it configured: its bucket
 * encryption and boot disk), not catalog facts. A driver that sets nothing reports `null`, never a
 * guess at the provider's default.
 */
import type { BucketEncryption, BucketSpec, DatabaseDriverDeployment, DatabaseSpec, VirtualMachineSpec } from "../drivers/types";
import { describeSize } from "./vm-spec";
import type { PortableSize } from "../catalog/types";

/** What a `Bucket` configured. */
export interface BucketDeployment {
  readonly versioning: boolean;
  /**
   * Who manages the at-rest encryption keys the driver configured: `provider` (keys the provider
   * manages), `customer` (a key in the provider's KMS that the customer controls), or `null` when
   * the driver configures no default encryption (whatever the provider does by itself is not stated).
   */
  readonly keyManagement: "provider" | "customer" | null;
  /** The default server-side encryption algorithm the driver sets on the bucket, or `null` when it sets none. */
  readonly sseAlgorithm: "AES256" | null;
}

/** What a `VirtualMachine` configured. */
export interface VirtualMachineDeployment {
  /** The size as asked: the SCS flavor name, or `size (2 vCPU, 4 GiB)` for `{ vcpus, memoryGiB }`. */
  readonly size: string;
  /** The provider's instance type the size resolved to (or the one pinned in overrides). */
  readonly instanceType: string;
  /** True when the instance type was pinned in `overrides` rather than picked from the catalog's table. */
  readonly instanceTypePinned: boolean;
  /** Root disk size in GiB as the driver creates it; `null` when the instance type fixes it (the driver cannot set it). */
  readonly bootDiskGiB: number | null;
  /** The portable image name (`debian-12`). */
  readonly image: string;
  /** The image pinned in `overrides` (AMI id, image URN, ...), or `null` when the catalog's mapping was used. */
  readonly imageOverride: string | null;
}

export function bucketDeployment(spec: BucketSpec, encryption: BucketEncryption): BucketDeployment {
  return { versioning: spec.versioning, keyManagement: encryption.keyManagement, sseAlgorithm: encryption.sseAlgorithm };
}

export function virtualMachineDeployment(
  size: PortableSize,
  spec: VirtualMachineSpec,
  bootDiskGiB: number | null,
  pinned: { instanceType?: string; image?: string },
): VirtualMachineDeployment {
  return {
    size: size.scsName ?? describeSize(size),
    instanceType: spec.instanceType,
    instanceTypePinned: pinned.instanceType !== undefined,
    bootDiskGiB,
    image: spec.image,
    imageOverride: pinned.image ?? null,
  };
}

/** What a `KubernetesCluster` configured, and where its control plane runs and who operates it. */
export interface KubernetesClusterDeployment {
  /** The provider's managed Kubernetes service ("Amazon EKS"). */
  readonly service: string;
  /** Kubernetes minor version asked for. */
  readonly version: string;
  /**
   * The control plane: run by the provider's managed service in the cluster's region (catalog facts;
   * `null` where a fact is not confirmed).
   */
  readonly controlPlane: {
    readonly region: string;
    readonly country: string | null;
    readonly operator: string | null;
    readonly operatorHeadquarters: string | null;
    readonly euControlled: boolean | null;
  };
  readonly privateApi: boolean;
  readonly apiAllowedFrom: readonly string[];
  /** Who manages the key of the secrets' envelope encryption the driver configured; `null` when it configures none. */
  readonly secretsKeyManagement: "provider" | "customer" | null;
  readonly nodePools: readonly {
    readonly name: string;
    readonly instanceType: string;
    readonly min: number;
    readonly max: number;
    readonly zones: readonly string[] | null;
  }[];
}

/** What a `Database` configured (the evidence's deployment facts of a managed PostgreSQL). */
export interface DatabaseDeployment {
  readonly engine: "postgresql";
  /** PostgreSQL major version. */
  readonly version: number;
  /** The provider's instance class the size resolved to (or the one pinned in overrides). */
  readonly instanceClass: string;
  readonly storageGiB: number;
  readonly highAvailability: boolean;
  /** `provider`, `customer`, or `null` when the driver configures no encryption at rest. */
  readonly keyManagement: "provider" | "customer" | null;
  /** Regions (catalog codes) where the driver configured the backups to be stored. */
  readonly backupRegions: readonly string[];
  readonly backupRetentionDays: number;
  readonly pointInTime: boolean;
  /** Regions of the read replicas. */
  readonly replicaRegions: readonly string[];
  /** How TLS is enforced, or `null` when the driver does not enforce it. */
  readonly tlsEnforcement: string | null;
}

export function databaseDeployment(spec: DatabaseSpec, driver: DatabaseDriverDeployment): DatabaseDeployment {
  return {
    engine: spec.engine,
    version: spec.version,
    instanceClass: spec.instanceClass,
    storageGiB: spec.storageGiB,
    highAvailability: spec.highAvailability,
    keyManagement: driver.keyManagement,
    backupRegions: driver.backupRegions,
    backupRetentionDays: spec.backup.retentionDays,
    pointInTime: spec.backup.pointInTime,
    replicaRegions: spec.readReplicas.map((r) => r.placement.region.code),
    tlsEnforcement: driver.tlsEnforcement,
  };
}
