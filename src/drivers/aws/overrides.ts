/**
 * AWS-specific knobs, read only when the target is on AWS. The portable fields stay the source of
 * truth; these only refine how the AWS driver realises them.
 */
import type { PinnedFields } from "../define";

/** S3 storage classes a lifecycle rule can move objects to. */
export type AwsColdStorageClass = "STANDARD_IA" | "ONEZONE_IA" | "INTELLIGENT_TIERING" | "GLACIER_IR" | "GLACIER" | "DEEP_ARCHIVE";

/** AWS knobs for a Bucket. */
export interface AwsBucketOverrides {
  /**
   * Exact S3 bucket name (globally unique, 3-63 characters, lowercase letters, digits and hyphens).
   * Changing it replaces the bucket.
   * @default - auto-named from the component name plus a random suffix
   */
  readonly bucketName?: string;
  /**
   * ARN of an existing KMS key (in the same Region) to encrypt with when the encryption is
   * customer-managed, instead of creating a key.
   * @default - a new KMS key with yearly rotation is created next to the bucket
   */
  readonly kmsKeyArn?: string;
  /**
   * Storage class for the lifecycle `coldAfterDays` transition.
   * @default "STANDARD_IA"
   */
  readonly coldStorageClass?: AwsColdStorageClass;
}

/** AWS knobs for a Network. */
export interface AwsNetworkOverrides {
  /**
   * Create an internet gateway and a default route so that VMs that ask for a public IP are
   * reachable. Without it the subnet has no route to the internet at all.
   * @default true
   */
  readonly internetGateway?: boolean;
}

/** AWS knobs for a VirtualMachine. */
export interface AwsVirtualMachineOverrides {
  /**
   * EC2 instance type to use instead of the one resolved from the portable size.
   * @default - the smallest catalog type that meets the size
   */
  readonly instanceType?: string;
  /**
   * AMI id to pin instead of looking up the portable image's SSM public parameter. A pinned AMI
   * is applied on change (replacing the instance); a looked-up one is only read at creation.
   * @default - the current AMI of the portable image in the Region
   */
  readonly ami?: string;
  /**
   * ARN of an existing KMS key (in the same Region) for the root volume when the encryption is
   * customer-managed, instead of creating a key.
   * @default - a new KMS key with yearly rotation is created next to the VM
   */
  readonly kmsKeyArn?: string;
}

/** AWS knobs for a KubernetesCluster. */
export interface AwsKubernetesClusterOverrides {
  /**
   * ARN of an existing KMS key (in the cluster's Region) for the envelope encryption of secrets,
   * instead of creating a key.
   * @default - a new KMS key with yearly rotation is created next to the cluster
   */
  readonly kmsKeyArn?: string;
}

/** AWS knobs for a Database (RDS for PostgreSQL). */
export interface AwsDatabaseOverrides {
  /**
   * RDS instance class to use instead of the one resolved from the portable size.
   * @default - the smallest catalog class that meets the size
   */
  readonly instanceClass?: string;
  /**
   * ARN of an existing KMS key (in the same Region) for storage, backups and Performance Insights when
   * the encryption is customer-managed, instead of creating a key.
   * @default - a new KMS key with yearly rotation is created next to the database
   */
  readonly kmsKeyArn?: string;
}

/** The fields above that pin the instance type, image and database class (instead of the catalog's tables; see defineDriver). */
export const PINNED: PinnedFields<"aws"> = { instanceType: "instanceType", image: "ami", databaseClass: "instanceClass" };
