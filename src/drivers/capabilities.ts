/**
 * What each driver can do with the portable features, as data. Drivers consult their own table in
 * their `check*` functions (a feature the spec needs that is `unsupported` or `unknown` fails with
 * SC_PROVIDER_LIMITATION, never silently dropped), and `npm run docs` renders every table as the
 * portability matrix in the README, so the matrix and the behaviour cannot drift apart.
 */
import { problems, type Problem } from "../errors";

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

/** The problem to raise when the spec needs `feature` and the driver cannot deliver it. */
export function missingCapability(table: CapabilityTable, feature: Feature, opts: { path: string; provider: string; received: unknown; fix: string }): Problem[] {
  const cap = table[feature];
  if (cap.level === "native" || cap.level === "emulated") return [];
  const status = cap.level === "unknown" ? "is not confirmed" : "is not available";
  return [problems.providerLimitation(opts.path, `${FEATURES[feature]} ${status} on ${opts.provider}: ${cap.how}`, opts.received, `a target whose driver supports it (see the portability matrix in the README)`, opts.fix)];
}
