/**
 * What each driver can do with the portable features, as data. Drivers consult their own table in
 * their `check*` functions (a feature the spec needs that is `unsupported` or `unknown` fails with
 * SC_PROVIDER_LIMITATION, never silently dropped), and `npm run docs` renders every table as the
 * portability matrix in docs/portability.md, so the matrix and the behaviour cannot drift apart.
 */
import { problems, type Problem } from "../errors";
import type { BucketSpec, DatabaseSpec, KubernetesClusterSpec, VirtualMachineSpec } from "./types";

/** Portable features, grouped by component. */
export const FEATURES = {
  "bucket.versioning": "Bucket: object versioning",
  "bucket.retention": "Bucket: write-once retention (retentionDays)",
  "bucket.retentionLocked": "Bucket: locked retention nobody can shorten (retentionLocked)",
  "bucket.lifecycle": "Bucket: expiry of objects and noncurrent versions",
  "bucket.coldTier": "Bucket: transition to a cold class (coldAfterDays)",
  "bucket.encryptionAtRest": "Bucket: encryption at rest",
  "bucket.customerManagedKeys": "Bucket: customer-managed keys",
  "bucket.blockPublicAccess": "Bucket: public access blocked",
  "bucket.tlsOnly": "Bucket: requests without TLS refused",
  "bucket.geoRedundancy": "Bucket: copy in a second region allowed by the contract",
  "network.privateSubnet": "Network: private network and subnet",
  "network.denyInbound": "Network: inbound denied except the ingress rules",
  "vm.diskEncryption": "VM: disk encryption at rest",
  "vm.customerManagedKeys": "VM: customer-managed disk keys",
  "vm.metadataHardening": "VM: hardened instance metadata",
  "vm.noPublicIpByDefault": "VM: no public IP unless asked for",
  "vm.sshKeys": "VM: SSH public keys installed",
  "vm.userData": "VM: user data (cloud-init)",
  "cluster.managed": "KubernetesCluster: managed control plane",
  "cluster.privateApi": "KubernetesCluster: API endpoint reachable only from the network",
  "cluster.apiAllowList": "KubernetesCluster: public API endpoint limited to allowed CIDRs",
  "cluster.secretsEncryption": "KubernetesCluster: Kubernetes secrets encrypted at rest",
  "cluster.customerManagedKeys": "KubernetesCluster: secrets encrypted with a customer-managed key",
  "db.managed": "Database: managed PostgreSQL",
  "db.privateEndpoint": "Database: private endpoint in the Network only",
  "db.encryptionAtRest": "Database: storage and backups encrypted at rest",
  "db.customerManagedKeys": "Database: customer-managed keys",
  "db.tlsOnly": "Database: connections without TLS refused",
  "db.highAvailability": "Database: standby in another zone (highAvailability)",
  "db.pointInTime": "Database: point-in-time restore",
  "db.backupsInRegion": "Database: every backup kept in the database's region",
  "db.backupCopy": "Database: backup copy in a second region allowed by the contract",
  "db.readReplicas": "Database: read replicas in the same region",
  "db.crossRegionReplicas": "Database: read replicas in another region allowed by the contract",
  "db.deletionProtection": "Database: deletion protection",
  "db.finalSnapshot": "Database: final snapshot on delete",
  "db.publicAccess": "Database: public endpoint limited to given sources",
} as const;

export type Feature = keyof typeof FEATURES;

/**
 * - `native`: a provider setting does it;
 * - `emulated`: we build it from other provider features (say how);
 * - `unsupported`: the provider cannot do it (source or reason in `how`);
 * - `unknown`: not confirmed either way; treated like `unsupported` when the spec needs it.
 */
export type SupportLevel = "native" | "emulated" | "unsupported" | "unknown";

export interface Capability {
  readonly level: SupportLevel;
  /** How the driver does it, or why it cannot (one sentence, user-facing). */
  readonly how: string;
  /** Catalog source id or URL behind the claim, when there is one. */
  readonly source?: string;
}

/** One driver's answers for every portable feature. */
export type CapabilityTable = Readonly<Record<Feature, Capability>>;

/*
 * Row constructors of the capability tables: `"vm.userData": native("Nova user data, run by cloud-init.", NOVA_API)`
 * reads as the level, then `how`, then the source (left out when there is none).
 */
function capability(level: SupportLevel, how: string, source: string | undefined): Capability {
  return source === undefined ? { level, how } : { level, how, source };
}

/** A provider setting does it. */
export const native = (how: string, source?: string): Capability => capability("native", how, source);
/** We build it from other provider features (`how` says how). */
export const emulated = (how: string, source?: string): Capability => capability("emulated", how, source);
/** The provider cannot do it (`how` says why). */
export const unsupported = (how: string, source?: string): Capability => capability("unsupported", how, source);
/** Not confirmed either way (`how` says what is known). */
export const unknown = (how: string, source?: string): Capability => capability("unknown", how, source);

/** The features of one component (`"db"` -> `"db.managed"`, `"db.tlsOnly"`, ...). */
export type FeatureOf<C extends string> = Extract<Feature, `${C}.${string}`>;

/**
 * One answer for every feature of a component, e.g. each database feature of a provider without a
 * managed database; a row written after the spread overrides its feature in place (same order).
 */
export function allOf<C extends "bucket" | "network" | "vm" | "cluster" | "db">(
  component: C,
  answer: Capability,
): Record<FeatureOf<C>, Capability> {
  const features = (Object.keys(FEATURES) as Feature[]).filter((f) => f.startsWith(`${component}.`));
  return Object.fromEntries(features.map((f) => [f, answer])) as Record<FeatureOf<C>, Capability>;
}

/** The problem to raise when the spec needs `feature` and the driver cannot deliver it. */
export function missingCapability(
  table: CapabilityTable,
  feature: Feature,
  opts: { path: string; provider: string; received: unknown; fix: string },
): Problem[] {
  const cap = table[feature];
  if (cap.level === "native" || cap.level === "emulated") return [];
  const status = cap.level === "unknown" ? "is not confirmed" : "is not available";
  return [
    problems.providerLimitation(
      opts.path,
      `${FEATURES[feature]} ${status} on ${opts.provider}: ${cap.how}`,
      opts.received,
      `a target whose driver supports it (see the portability matrix in docs/portability.md)`,
      opts.fix,
    ),
  ];
}

/** The features a bucket spec needs, each with the spec path that asks for it. */
export function bucketNeeds(spec: BucketSpec): Array<[Feature, string, unknown]> {
  const needs: Array<[Feature, string, unknown]> = [];
  if (spec.versioning) needs.push(["bucket.versioning", "versioning", true]);
  if (spec.retentionDays !== undefined) needs.push(["bucket.retention", "retentionDays", spec.retentionDays]);
  if (spec.retentionLocked) needs.push(["bucket.retentionLocked", "retentionLocked", true]);
  if (spec.lifecycle.expireAfterDays !== undefined || spec.lifecycle.noncurrentExpireAfterDays !== undefined)
    needs.push(["bucket.lifecycle", "lifecycle", spec.lifecycle]);
  if (spec.lifecycle.coldAfterDays !== undefined) needs.push(["bucket.coldTier", "lifecycle.coldAfterDays", spec.lifecycle.coldAfterDays]);
  if (spec.encryption !== "any") needs.push(["bucket.encryptionAtRest", "encryption", spec.encryption]);
  if (spec.encryption === "customer-managed") needs.push(["bucket.customerManagedKeys", "encryption", spec.encryption]);
  if (spec.tlsOnly) needs.push(["bucket.tlsOnly", "tlsOnly", true]);
  return needs;
}

/** The features a VM spec needs. */
export function virtualMachineNeeds(spec: VirtualMachineSpec): Array<[Feature, string, unknown]> {
  const needs: Array<[Feature, string, unknown]> = [];
  if (spec.encryption !== "any") needs.push(["vm.diskEncryption", "encryption", spec.encryption]);
  if (spec.encryption === "customer-managed") needs.push(["vm.customerManagedKeys", "encryption", spec.encryption]);
  if (spec.sshKeys.length > 0) needs.push(["vm.sshKeys", "sshKeys", spec.sshKeys.length]);
  if (spec.userData !== undefined) needs.push(["vm.userData", "userData", "(set)"]);
  return needs;
}

/** The features a cluster spec needs. */
export function kubernetesClusterNeeds(spec: KubernetesClusterSpec): Array<[Feature, string, unknown]> {
  const needs: Array<[Feature, string, unknown]> = [["cluster.managed", "target", "KubernetesCluster"]];
  if (spec.privateApi) needs.push(["cluster.privateApi", "privateApi", true]);
  else needs.push(["cluster.apiAllowList", "apiAllowedFrom", spec.apiAllowedFrom]);
  if (spec.encryption !== "any") needs.push(["cluster.secretsEncryption", "encryption", spec.encryption]);
  if (spec.encryption === "customer-managed") needs.push(["cluster.customerManagedKeys", "encryption", spec.encryption]);
  return needs;
}

/** The features a database spec needs. */
export function databaseNeeds(spec: DatabaseSpec): Array<[Feature, string, unknown]> {
  const needs: Array<[Feature, string, unknown]> = [
    ["db.managed", "engine", spec.engine],
    ["db.privateEndpoint", "network", "(private endpoint)"],
    ["db.backupsInRegion", "backup", "(in region)"],
  ];
  if (spec.encryption !== "any") needs.push(["db.encryptionAtRest", "encryption", spec.encryption]);
  if (spec.encryption === "customer-managed") needs.push(["db.customerManagedKeys", "encryption", spec.encryption]);
  if (spec.tlsOnly) needs.push(["db.tlsOnly", "tlsOnly", true]);
  if (spec.highAvailability) needs.push(["db.highAvailability", "highAvailability", true]);
  if (spec.backup.pointInTime) needs.push(["db.pointInTime", "backup.pointInTime", true]);
  if (spec.backup.copyTo !== undefined) needs.push(["db.backupCopy", "backup.copyTo", spec.backup.copyTo]);
  if (spec.readReplicas.some((r) => r.sameRegion)) needs.push(["db.readReplicas", "readReplicas", spec.readReplicas.length]);
  if (spec.readReplicas.some((r) => !r.sameRegion))
    needs.push([
      "db.crossRegionReplicas",
      "readReplicas",
      spec.readReplicas.filter((r) => !r.sameRegion).map((r) => r.placement.region.code),
    ]);
  if (spec.deletionProtection) needs.push(["db.deletionProtection", "deletionProtection", true]);
  // Only matters once deletion protection is off (a protected database is never deleted by a destroy).
  if (spec.finalSnapshot && !spec.deletionProtection) needs.push(["db.finalSnapshot", "finalSnapshot", true]);
  if (spec.publicAccess.length > 0) needs.push(["db.publicAccess", "publicAccess", spec.publicAccess]);
  return needs;
}

const FIXES: Partial<Record<Feature, string>> = {
  "bucket.versioning": "set versioning: false, or choose a target that versions objects.",
  "bucket.retention": "drop retentionDays, or choose a target with write-once retention.",
  "bucket.retentionLocked": "drop retentionLocked, or choose a target that can lock retention.",
  "bucket.lifecycle": "drop the lifecycle rules, or choose a target with lifecycle rules.",
  "bucket.coldTier": "drop lifecycle.coldAfterDays, or choose a target with a cold storage class.",
  "bucket.encryptionAtRest":
    "choose a target that encrypts at rest, or, if the data may be stored unencrypted, set the contract's encryption to any.",
  "bucket.customerManagedKeys": "choose a target with customer-managed keys, or relax the contract's encryption to provider-managed.",
  "bucket.tlsOnly":
    "set tlsOnly: false on the Bucket (the provider's endpoints still speak HTTPS to clients that use it), or choose a target that can refuse plain HTTP.",
  "vm.diskEncryption":
    "choose a target that encrypts disks at rest, or, if the disk may be stored unencrypted, set the contract's encryption to any.",
  "vm.customerManagedKeys": "choose a target with customer-managed disk keys, or relax the contract's encryption to provider-managed.",
  "vm.sshKeys": "drop sshKeys and deliver keys another way, or choose another target.",
  "vm.userData": "drop userData, or choose another target.",
  "cluster.managed": "choose a target whose provider offers managed Kubernetes (see the portability matrix).",
  "cluster.privateApi":
    "set privateApi: false with apiAllowedFrom listing the CIDRs that may reach the API, or choose a target with a private API endpoint.",
  "cluster.apiAllowList": "set privateApi: true, or choose a target that can limit who reaches the API.",
  "cluster.secretsEncryption":
    "choose a target that encrypts Kubernetes secrets at rest, or, if they may be stored unencrypted, set the contract's encryption to any.",
  "cluster.customerManagedKeys":
    "choose a target that encrypts secrets with a customer-managed key, or relax the contract's encryption to provider-managed.",
  "db.managed":
    "place the Database on a provider with a managed PostgreSQL (see the portability matrix), or run PostgreSQL on a VirtualMachine.",
  "db.encryptionAtRest":
    "choose a target that encrypts databases at rest, or, if the data may be stored unencrypted, set the contract's encryption to any.",
  "db.customerManagedKeys": "choose a target with customer-managed database keys, or relax the contract's encryption to provider-managed.",
  "db.tlsOnly": "set tlsOnly: false on the Database (clients can still use TLS), or choose a target that can refuse plain connections.",
  "db.highAvailability": "set highAvailability: false, or choose a target with a zone-redundant standby.",
  "db.pointInTime": "set backup.pointInTime: false, or choose a target with point-in-time restore.",
  "db.backupsInRegion": "choose a target whose backups can be kept in the database's region.",
  "db.backupCopy": "drop backup.copyTo, or choose a target that can copy backups to that region.",
  "db.readReplicas": "drop readReplicas, or choose a target with read replicas.",
  "db.crossRegionReplicas": "place the replicas in the database's region, or choose a target with cross-region replicas.",
  "db.deletionProtection": "set deletionProtection: false (the component still retains the database on destroy), or choose another target.",
  "db.finalSnapshot": "set finalSnapshot: false, or choose a target that takes a snapshot on delete.",
  "db.publicAccess": "drop publicAccess and reach the database from inside the Network (a VM, a VPN), or choose another target.",
};

/** Every problem for the features `needs` lists that the table cannot deliver. */
export function unmetNeeds(table: CapabilityTable, needs: ReadonlyArray<[Feature, string, unknown]>, provider: string): Problem[] {
  return needs.flatMap(([feature, path, received]) =>
    missingCapability(table, feature, { path, provider, received, fix: FIXES[feature] ?? "choose another target." }),
  );
}
