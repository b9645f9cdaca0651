/**
 * OVHcloud-specific knobs, one block per component, read only when the target is on OVHcloud with
 * the ovhcloud driver. The portable fields stay the source of truth; these only refine how the
 * driver realises them.
 */
import type { PinnedFields } from "../define";

/** Storage classes a lifecycle rule can move objects to (@ovhcloud/pulumi-ovh 2.19.1, lifecycle transitions). */
export const OVHCLOUD_COLD_STORAGE_CLASSES = ["STANDARD_IA", "GLACIER_IR", "DEEP_ARCHIVE"] as const;
export type OvhcloudColdStorageClass = (typeof OVHCLOUD_COLD_STORAGE_CLASSES)[number];

/** Read only when a Bucket targets OVHcloud. */
export interface OvhcloudBucketOverrides {
  /**
   * The Public Cloud project id (OVHcloud calls it `serviceName`) the container belongs to.
   * @default - stack config `sovereign-cloud:ovhcloudServiceName`
   */
  readonly serviceName?: string;
  /**
   * Exact container name. Names are global across OVHcloud regions (S3 rules: 3-63 lowercase
   * letters, digits and hyphens). Changing it replaces the container.
   * @default - auto-named from the component name plus a random suffix
   */
  readonly bucketName?: string;
  /**
   * Storage class for the lifecycle `coldAfterDays` transition.
   * @default "STANDARD_IA"
   */
  readonly coldStorageClass?: OvhcloudColdStorageClass;
}

/** Read only when a Network targets OVHcloud. */
export interface OvhcloudNetworkOverrides {
  /**
   * The Public Cloud project id (`serviceName`) the private network belongs to.
   * @default - stack config `sovereign-cloud:ovhcloudServiceName`
   */
  readonly serviceName?: string;
  /**
   * VLAN id of the private network in the project's vRack (0-4096; not supported in local zones).
   * Changing it replaces the network.
   * @default - assigned by the OVHcloud API
   */
  readonly vlanId?: number;
}

/** Read only when a VirtualMachine targets OVHcloud. */
export interface OvhcloudVirtualMachineOverrides {
  /**
   * The Public Cloud project id (`serviceName`) the instance belongs to; must be the network's.
   * @default - stack config `sovereign-cloud:ovhcloudServiceName`
   */
  readonly serviceName?: string;
  /**
   * Flavor name (e.g. `b3-16`) to use instead of the one resolved from the portable size. Its id is
   * looked up in the target region at deploy time. The root disk is this flavor's local disk.
   * @default - the smallest catalog flavor that meets the size
   */
  readonly flavor?: string;
  /**
   * Image name as the project lists it (e.g. `Debian 13`) instead of the portable image's. Its id is
   * looked up in the target region at deploy time.
   * @default - the catalog name of the portable image ("Debian 12", "Ubuntu 24.04")
   */
  readonly image?: string;
}

/** OVHcloud knobs for a Database (Public Cloud Databases for PostgreSQL). */
export interface OvhcloudDatabaseOverrides {
  /**
   * Flavor (`db1-7`, ...) instead of the one resolved from the portable size.
   * @default - the smallest catalog flavor that meets the size
   */
  readonly flavor?: string;
  /**
   * Public Cloud project id; it must be the network's project.
   * @default - the network's project
   */
  readonly serviceName?: string;
}

/** The fields above that pin the instance type, image and database class (instead of the catalog's tables; see defineDriver). */
export const PINNED: PinnedFields<"ovhcloud"> = { instanceType: "flavor", image: "image", databaseClass: "flavor" };
