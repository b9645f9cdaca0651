/**
 * Hetzner-specific knobs, read only when the target is on Hetzner. The portable fields stay the
 * source of truth; these only refine how the Hetzner driver realises them.
 */
import type { PinnedFields } from "../define";

/** Hetzner knobs for a Bucket (Hetzner Object Storage, driven through its S3 API). */
export interface HetznerBucketOverrides {
  /**
   * Exact bucket name (3-63 lowercase letters, digits and hyphens). Changing it replaces the bucket.
   * @default - auto-named from the component name plus a random suffix
   */
  readonly bucketName?: string;
  /**
   * Address buckets path-style (`https://fsn1.your-objectstorage.com/<bucket>`) instead of
   * virtual-hosted style (`https://<bucket>.fsn1.your-objectstorage.com`).
   * @default false
   */
  readonly pathStyle?: boolean;
}

/** Hetzner knobs for a Network. */
export interface HetznerNetworkOverrides {
  /**
   * Network zone of the subnet, for a location the driver has no sourced zone for.
   * @default - the location's zone: "eu-central" for fsn1, nbg1 and hel1
   */
  readonly networkZone?: string;
  /**
   * Turn on Hetzner's delete protection for the network (it must be turned off before a destroy).
   * @default false
   */
  readonly deleteProtection?: boolean;
}

/** Hetzner knobs for a VirtualMachine. */
export interface HetznerVirtualMachineOverrides {
  /**
   * Hetzner server type to use instead of the one resolved from the portable size, e.g. "cpx31".
   * @default - the smallest catalog type that meets the size
   */
  readonly serverType?: string;
  /**
   * Hetzner image name or id to use instead of the portable image's, e.g. "debian-12".
   * @default - the catalog image of the portable image
   */
  readonly image?: string;
  /**
   * Names or ids of SSH keys already registered in the Hetzner project to install for root, instead
   * of registering the first of `sshKeys` as a new project key (use it when that key is already
   * registered in the project). `sshKeys` still reach the admin user through cloud-init.
   * @default - the first of `sshKeys` is registered as an hcloud SSH key
   */
  readonly sshKeyNames?: readonly string[];
  /**
   * Size in GB of an extra block-storage volume created in the same location, attached to the
   * server and mounted by Hetzner (ext4). Hetzner's root disk size comes with the server type, so
   * this is how to get more space. The volume is data: it is kept when the stack is destroyed.
   * @default - no volume
   */
  readonly volumeGiB?: number;
  /**
   * Turn on Hetzner's delete and rebuild protection for the server (it must be turned off before
   * a destroy or a rebuild).
   * @default false
   */
  readonly protection?: boolean;
}

/** The fields above that pin the instance type and image (instead of the catalog's tables; see defineDriver). */
export const PINNED: PinnedFields<"hetzner"> = { instanceType: "serverType", image: "image" };
