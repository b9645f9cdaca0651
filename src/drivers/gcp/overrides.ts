/**
 * Google Cloud-specific knobs, read only when the target is on Google Cloud. The portable fields
 * stay the source of truth; these only refine how the gcp driver realises them.
 */
import type { PinnedFields } from "../define";

/** Settings every gcp component accepts. */
export interface GcpCommonOverrides {
  /**
   * The Google Cloud project to create the resources in.
   * @default - stack config `gcp:project`, else the environment variable GOOGLE_PROJECT,
   * GOOGLE_CLOUD_PROJECT, GCLOUD_PROJECT or CLOUDSDK_CORE_PROJECT (in that order)
   */
  readonly project?: string;
}

/** Cloud Storage classes a lifecycle rule can move objects to. */
export type GcpColdStorageClass = "NEARLINE" | "COLDLINE" | "ARCHIVE";
export const GCP_COLD_STORAGE_CLASSES: readonly GcpColdStorageClass[] = ["NEARLINE", "COLDLINE", "ARCHIVE"];

/** Google Cloud knobs for a Bucket. */
export interface GcpBucketOverrides extends GcpCommonOverrides {
  /**
   * Exact bucket name (globally unique; 3-63 lowercase letters, digits, hyphens, underscores, dots).
   * Changing it replaces the bucket.
   * @default - auto-named from the component name plus a random suffix
   */
  readonly bucketName?: string;
  /**
   * Storage class for the lifecycle `coldAfterDays` transition.
   * @default "NEARLINE"
   */
  readonly coldStorageClass?: GcpColdStorageClass;
  /**
   * Full resource name of an existing Cloud KMS key
   * (`projects/P/locations/L/keyRings/R/cryptoKeys/K`) to use when the encryption is
   * customer-managed, instead of creating a key ring and key. It must be in the Cloud KMS location
   * that matches the bucket; for the `eu` multi-region and the dual-regions this is the only way to
   * get customer-managed keys (the driver cannot confirm the matching KMS location itself). The
   * driver still grants the Cloud Storage service agent use of the key.
   * @default - a new key ring and key (rotated every `keyRotationDays`) in the bucket's region
   */
  readonly kmsKeyName?: string;
  /**
   * Rotation period of the key the driver creates, in days (1-3650).
   * @default 90
   */
  readonly keyRotationDays?: number;
}

/** Google Cloud knobs for a Network. */
export interface GcpNetworkOverrides extends GcpCommonOverrides {
  /**
   * Record VPC flow logs for the subnetwork (5-second aggregation, `flowLogSampling` of flows,
   * all metadata).
   * @default true
   */
  readonly flowLogs?: boolean;
  /**
   * Fraction of flows recorded when flow logs are on (0 < x <= 1).
   * @default 0.5
   */
  readonly flowLogSampling?: number;
}

/** Google Cloud knobs for a VirtualMachine. */
export interface GcpVirtualMachineOverrides extends GcpCommonOverrides {
  /**
   * Zone to run in; must be a zone of the target region.
   * @default - the target's zone, else the first zone the catalog confirms for the region
   */
  readonly zone?: string;
  /**
   * Machine type to use instead of the one resolved from the portable size (e.g. `n2-standard-4`).
   * @default - the smallest catalog type that meets the size
   */
  readonly machineType?: string;
  /**
   * Boot image to use instead of the portable image: an image family `project/family`, an image
   * name or a self link.
   * @default - the catalog's image family for the portable image
   */
  readonly image?: string;
  /**
   * Boot disk type.
   * @default "pd-balanced"
   */
  readonly diskType?: string;
  /**
   * Manage SSH access with OS Login (IAM) instead of the portable `sshKeys`. When true the driver
   * sets `enable-oslogin=TRUE` and writes no `ssh-keys` metadata (OS Login VMs ignore it), so
   * `sshKeys` must be empty.
   * @default false
   */
  readonly osLogin?: boolean;
  /**
   * A service account to attach, with its OAuth scopes. Nothing is attached by default: the
   * Compute Engine default service account often holds broad project roles.
   * @default - no service account
   */
  readonly serviceAccount?: { readonly email: string; readonly scopes?: readonly string[] };
  /**
   * Full resource name of an existing Cloud KMS key in the VM's region for the boot disk when the
   * encryption is customer-managed, instead of creating a key ring and key.
   * @default - a new key ring and key (rotated every `keyRotationDays`) in the VM's region
   */
  readonly kmsKeyName?: string;
  /**
   * Rotation period of the key the driver creates, in days (1-3650).
   * @default 90
   */
  readonly keyRotationDays?: number;
}

/** Google Cloud knobs for a KubernetesCluster. */
export interface GcpKubernetesClusterOverrides {
  /**
   * Resource name of an existing Cloud KMS key (`projects/P/locations/<region>/keyRings/R/cryptoKeys/K`)
   * in the cluster's region for application-layer secrets encryption, instead of creating one.
   * @default - a key ring and a key with 90-day rotation are created in the cluster's region
   */
  readonly kmsKeyName?: string;
  /**
   * The RFC 1918 /28 block for the control plane's private endpoint (it must not overlap the network).
   * @default "172.16.0.0/28"
   */
  readonly masterIpv4CidrBlock?: string;
}

/** Google Cloud knobs for a Database (Cloud SQL for PostgreSQL). */
export interface GcpDatabaseOverrides {
  /**
   * Project of the instance; it must be the network's project.
   * @default - the network's project
   */
  readonly project?: string;
  /**
   * Machine tier (`db-custom-2-8192`, ...) instead of the custom tier computed from the portable size.
   * @default - the custom tier that meets the size
   */
  readonly tier?: string;
  /**
   * An existing Cloud KMS key (`projects/.../cryptoKeys/...`, in the instance's region) when the
   * encryption is customer-managed, instead of creating a key ring and key.
   * @default - a new key ring and key in the instance's region
   */
  readonly kmsKeyName?: string;
}

/** The fields above that pin the instance type, image and database class (instead of the catalog's tables; see defineDriver). */
export const PINNED: PinnedFields<"gcp"> = { instanceType: "machineType", image: "image", databaseClass: "tier" };
