/**
 * What a component configured, as far as the Gaia-X evidence describes it: a bucket's versioning and
 * at-rest encryption, a VM's size, instance type, boot disk and image. These are facts about our own
 * deployment (the spec handed to the driver, and what each driver does with it), not catalog facts.
 *
 * Where a value depends on what a driver does, the tables below restate the driver's code (each row
 * names the file); a driver that sets nothing gets `null`, never a guess at the provider's default.
 */
import type { DriverId } from "../catalog/types";
import type { BucketSpec, VirtualMachineSpec } from "../drivers/types";
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

/**
 * Default SSE algorithm each driver sets on a bucket, given the encryption it was asked for:
 * aws/bucket.ts (SSE-S3 `AES256` unless a KMS key is used, then `aws:kms`: algorithm of the key not
 * set by us), scaleway/bucket.ts (SSE-ONE `AES256` always), ovhcloud/bucket.ts (SSE-OMK `AES256`
 * always). azure and gcp configure no algorithm (the platform's own encryption, or a KMS key);
 * hetzner has no default encryption; openstack (Swift) sets none.
 */
const SSE_ALGORITHM: Readonly<Record<DriverId, (customerKey: boolean) => "AES256" | null>> = {
  aws: (customerKey) => (customerKey ? null : "AES256"),
  scaleway: () => "AES256",
  ovhcloud: () => "AES256",
  azure: () => null,
  gcp: () => null,
  hetzner: () => null,
  openstack: () => null,
};

/** Drivers that create (or take) a customer-controlled KMS key for a bucket when asked for `customer-managed`. */
const CUSTOMER_KEY_DRIVERS: readonly DriverId[] = ["aws", "azure", "gcp"];

export function bucketDeployment(driver: DriverId, spec: BucketSpec): BucketDeployment {
  const customerKey = spec.encryption === "customer-managed" && CUSTOMER_KEY_DRIVERS.includes(driver);
  const sseAlgorithm = SSE_ALGORITHM[driver](customerKey);
  return { versioning: spec.versioning, keyManagement: customerKey ? "customer" : sseAlgorithm !== null ? "provider" : null, sseAlgorithm };
}

/**
 * Root disk size each driver creates from `diskGiB`: aws (`volumeSize`), gcp (`initializeParams.size`),
 * scaleway (`rootVolume.sizeInGb`), openstack (boot volume `volumeSize`): as given; azure
 * (`diskSizeGB`): at least 30 (MIN_OS_DISK_GIB in azure/vm.ts); hetzner and ovhcloud: the instance
 * type's own disk, which `diskGiB` cannot change (not known here).
 */
const BOOT_DISK: Readonly<Record<DriverId, (diskGiB: number) => number | null>> = {
  aws: (d) => d,
  gcp: (d) => d,
  scaleway: (d) => d,
  openstack: (d) => d,
  azure: (d) => Math.max(d, 30),
  hetzner: () => null,
  ovhcloud: () => null,
};

export function virtualMachineDeployment(driver: DriverId, size: PortableSize, spec: VirtualMachineSpec, pinned: { instanceType?: string; image?: string }): VirtualMachineDeployment {
  return {
    size: size.scsName ?? describeSize(size),
    instanceType: spec.instanceType,
    instanceTypePinned: pinned.instanceType !== undefined,
    bootDiskGiB: BOOT_DISK[driver](spec.diskGiB),
    image: spec.image,
    imageOverride: pinned.image ?? null,
  };
}
