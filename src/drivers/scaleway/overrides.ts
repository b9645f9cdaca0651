/**
 * Scaleway-specific knobs, read only when the target is on Scaleway. The portable fields stay the
 * source of truth; these only refine how the Scaleway driver realises them. Every field is
 * optional and documented with @default.
 */
import type { PinnedFields } from "../define";

/**
 * Object Storage classes a lifecycle rule can move objects to (Scaleway lifecycle rules allow
 * Standard -> One Zone - IA and Standard -> Glacier).
 */
export type ScalewayColdStorageClass = "ONEZONE_IA" | "GLACIER";

/** Root volume types of an Instance: Block Storage (replicated, persistent) or local NVMe. */
export type ScalewayRootVolumeType = "sbs_volume" | "l_ssd";

/** Read only when a Bucket targets Scaleway. */
export interface ScalewayBucketOverrides {
  /**
   * Exact bucket name (unique across all of Scaleway: lowercase letters, digits and hyphens, at
   * most 63 characters). Changing it replaces the bucket.
   * @default - auto-named from the component name plus a random suffix
   */
  readonly bucketName?: string;
  /**
   * Storage class for the lifecycle `coldAfterDays` transition. `GLACIER` stores objects in Paris
   * (DC4) whatever the bucket's region, so it is accepted only for `fr-par` buckets.
   * @default "ONEZONE_IA"
   */
  readonly coldStorageClass?: ScalewayColdStorageClass;
}

/** Read only when a Network targets Scaleway. */
export interface ScalewayNetworkOverrides {
  /**
   * Put the Private Network into this existing VPC (same region) instead of a new one.
   * @default - a new VPC for this network, so no other Private Network is routed to it
   */
  readonly vpcId?: string;
}

/** Read only when a VirtualMachine targets Scaleway. */
export interface ScalewayVirtualMachineOverrides {
  /**
   * Commercial type (e.g. `PRO2-S`, `POP2-4C-16G`) to use instead of the one resolved from the
   * portable size.
   * @default - the smallest catalog type that meets the size
   */
  readonly commercialType?: string;
  /**
   * Image label or local image id (UUID) to pin instead of the portable image's marketplace label.
   * @default - the catalog label of the portable image (e.g. `debian_bookworm`)
   */
  readonly imageId?: string;
  /**
   * Root volume type. `l_ssd` exists only on types with local storage (e.g. DEV1).
   * @default "sbs_volume"
   */
  readonly rootVolumeType?: ScalewayRootVolumeType;
}

/** Scaleway knobs for a Database (Managed Database for PostgreSQL). */
export interface ScalewayDatabaseOverrides {
  /**
   * Node type (`DB-DEV-M`, `DB-GP-XS`, ...) instead of the one resolved from the portable size.
   * @default - the smallest catalog node type that meets the size
   */
  readonly nodeType?: string;
}

/** The fields above that pin the instance type, image and database class (instead of the catalog's tables; see defineDriver). */
export const PINNED: PinnedFields<"scaleway"> = { instanceType: "commercialType", image: "imageId", databaseClass: "nodeType" };
