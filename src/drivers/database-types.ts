/**
 * What components and drivers exchange for a managed PostgreSQL: the overrides, the validated spec
 * and the driver's result (the Driver interface is in types.ts).
 */
import type * as pulumi from "@pulumi/pulumi";
import type { Placement } from "../contract/placement";
import type { EncryptionRequirement } from "../contract/schema";
import type { AwsDatabaseOverrides } from "./aws/overrides";
import type { AzureDatabaseOverrides } from "./azure/overrides";
import type { GcpDatabaseOverrides } from "./gcp/overrides";
import type { OpenStackDatabaseOverrides } from "./openstack/overrides";
import type { OvhcloudDatabaseOverrides } from "./ovhcloud/overrides";
import type { ScalewayDatabaseOverrides } from "./scaleway/overrides";
import type { NetworkHandle } from "./types";

/** Provider-specific knobs for a Database, one typed block per provider (Hetzner has no managed database). */
export interface DatabaseOverrides {
  /** Only read when the target is on AWS. @default - none */
  readonly aws?: AwsDatabaseOverrides;
  /** Only read when the target is on Azure. @default - none */
  readonly azure?: AzureDatabaseOverrides;
  /** Only read when the target is on Google Cloud. @default - none */
  readonly gcp?: GcpDatabaseOverrides;
  /** Only read when the target is on Scaleway. @default - none */
  readonly scaleway?: ScalewayDatabaseOverrides;
  /** Only read when the target is on OVHcloud with the ovhcloud driver. @default - none */
  readonly ovhcloud?: OvhcloudDatabaseOverrides;
  /** Only read when the target is deployed with the openstack driver on a cloud that runs Trove. @default - none */
  readonly openstack?: OpenStackDatabaseOverrides;
}

/** A validated read replica: its placement (checked against the contract) and the network it joins. */
export interface DatabaseReplicaSpec {
  readonly placement: Placement;
  /** True when the replica is in the database's own region. */
  readonly sameRegion: boolean;
  /** The network of the replica: the database's own in its region, else a Network at the replica's placement. */
  readonly network: NetworkHandle;
}

/** A validated, portable managed PostgreSQL. */
export interface DatabaseSpec {
  readonly engine: "postgresql";
  /** PostgreSQL major version (one the provider offers, per the catalog). */
  readonly version: number;
  /** Provider instance class, resolved from the portable size (or taken from overrides). */
  readonly instanceClass: string;
  readonly vcpus: number;
  readonly memoryGiB: number;
  readonly storageGiB: number;
  /** The network the database gets its only (private) endpoint in. */
  readonly network: NetworkHandle;
  /** A standby in another zone of the same region with automatic failover. */
  readonly highAvailability: boolean;
  readonly backup: {
    /** Days automated backups are kept (at least 1: backups are always on). */
    readonly retentionDays: number;
    /** Continuous archiving for point-in-time restore within the retention. */
    readonly pointInTime: boolean;
    /** A second region of the same provider that receives backup copies (checked against the contract); absent = backups stay in the region. */
    readonly copyTo?: string;
  };
  readonly readReplicas: readonly DatabaseReplicaSpec[];
  /**
   * `any`: encrypt at rest where the provider can; `provider-managed`: encrypted at rest or fail;
   * `customer-managed`: with a key the customer controls in the same region, or fail.
   */
  readonly encryption: EncryptionRequirement;
  /** Provider-side deletion protection on, and the database retained when the stack is destroyed. */
  readonly deletionProtection: boolean;
  /** Take a final snapshot when the database is deleted. */
  readonly finalSnapshot: boolean;
  /** Source CIDRs allowed to reach a public endpoint; empty = no public endpoint at all. */
  readonly publicAccess: readonly string[];
  /** Refuse connections without TLS. */
  readonly tlsOnly: boolean;
  /** Name of the first (administrator) user. */
  readonly adminUsername: string;
  /** Its password; absent = the provider's managed credential where the driver has one. */
  readonly adminPassword?: pulumi.Input<string>;
  readonly overrides: DatabaseOverrides;
}

/** What a driver created for a database. */
export interface DatabaseResult {
  /** The provider's id of the database instance / server. */
  readonly instanceId: pulumi.Output<string>;
  /** Private host name or address clients connect to (inside the network). */
  readonly host: pulumi.Output<string>;
  readonly port: pulumi.Output<number>;
  /** The provider's ids of the read replicas, in the order of the spec. */
  readonly replicaIds: pulumi.Output<string>[];
  /** What the driver configured, for the residency record and the evidence. */
  readonly deployment: DatabaseDriverDeployment;
}

/** Facts about our own configuration that a driver reports (never a guess at a provider default). */
export interface DatabaseDriverDeployment {
  /** `provider`, `customer`, or `null` when the driver does not configure encryption at rest. */
  readonly keyManagement: "provider" | "customer" | null;
  /** Regions (catalog codes) where the driver configured backups to be stored. */
  readonly backupRegions: readonly string[];
  /** How TLS is enforced (`rds.force_ssl=1`, ...), or `null` when the driver does not enforce it. */
  readonly tlsEnforcement: string | null;
}
