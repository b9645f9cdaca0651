/** BucketArgs: the portable arguments, their validation, and the spec handed to the driver. */
import { DRIVER_IDS } from "../catalog/types";
import type { ResidencyContract } from "../contract/schema";
import { ENCRYPTION_MODES, type EncryptionMode } from "../contract/schema";
import type { BucketOverrides, BucketSpec, LifecycleSpec } from "../drivers/types";
import { problems, type Problem } from "../errors";
import { intInRange, labelsAndOverrides, optionalBoolean, optionalEnum, unknownKeys } from "./checks";
import type { PlacementArgs } from "./context";

/** Lifecycle rules, all in days. */
export interface BucketLifecycleArgs {
  /**
   * Delete current objects this many days after they were written.
   * @default - never
   */
  readonly expireAfterDays?: number;
  /**
   * Delete noncurrent versions this many days after they were overwritten or deleted (needs versioning).
   * @default - never
   */
  readonly noncurrentExpireAfterDays?: number;
  /**
   * Move objects to the provider's cold/infrequent-access class this many days after they were written
   * (S3 Standard-IA, Azure Cool, GCS Nearline).
   * @default - never
   */
  readonly coldAfterDays?: number;
}

export interface BucketArgs extends PlacementArgs {
  /**
   * Keep every version of every object.
   * @default true
   */
  readonly versioning?: boolean;
  /**
   * Write-once retention in days (S3 object lock, Azure immutability, GCS retention policy): nobody can
   * delete or overwrite an object before it is this old. Needs versioning.
   * @default - no retention
   */
  readonly retentionDays?: number;
  /**
   * Lock the retention so it can never be shortened or removed, not even by an administrator (S3
   * COMPLIANCE mode, locked Azure policy, locked GCS policy). Irreversible; needs `retentionDays`.
   * @default false
   */
  readonly retentionLocked?: boolean;
  /**
   * Lifecycle rules.
   * @default - none: objects are kept forever in the hot class
   */
  readonly lifecycle?: BucketLifecycleArgs;
  /**
   * Who manages the encryption keys. Data is always encrypted at rest; `customer-managed` creates a key
   * in the provider's KMS in the same region. May be stricter than the contract, never weaker.
   * @default - the contract's `encryption`
   */
  readonly encryption?: EncryptionMode;
  /**
   * Refuse requests that do not use TLS. Where the provider cannot enforce it (see the portability
   * matrix) the component fails unless this is set to `false`; it never drops it silently.
   * @default true
   */
  readonly tlsOnly?: boolean;
  /**
   * Keep the bucket (and its key and resource group) when the stack is destroyed or the component
   * removed. Set `false` only for throw-away data.
   * @default true
   */
  readonly retainOnDelete?: boolean;
  /**
   * Let `pulumi destroy` delete a bucket that still holds objects. Needs `retainOnDelete: false`.
   * @default false
   */
  readonly emptyOnDelete?: boolean;
  /**
   * Provider-specific knobs, one typed block per provider; only the block of the target's provider is read.
   * @default - none
   */
  readonly overrides?: BucketOverrides;
}

const KEYS = [
  "target",
  "residency",
  "labels",
  "versioning",
  "retentionDays",
  "retentionLocked",
  "lifecycle",
  "encryption",
  "tlsOnly",
  "retainOnDelete",
  "emptyOnDelete",
  "overrides",
];
const LIFECYCLE_KEYS = ["expireAfterDays", "noncurrentExpireAfterDays", "coldAfterDays"];
const MAX_DAYS = 36_500;

/** Validate everything about the args that does not depend on the provider. */
export function checkBucketArgs(args: BucketArgs): Problem[] {
  const found: Problem[] = [...unknownKeys(args, KEYS)];
  found.push(...optionalBoolean("args.versioning", args.versioning));
  found.push(...intInRange("args.retentionDays", args.retentionDays, 1, MAX_DAYS, "days"));
  found.push(...optionalBoolean("args.retentionLocked", args.retentionLocked));
  found.push(...optionalEnum("args.encryption", args.encryption, ENCRYPTION_MODES));
  found.push(...optionalBoolean("args.tlsOnly", args.tlsOnly));
  found.push(...optionalBoolean("args.retainOnDelete", args.retainOnDelete));
  found.push(...optionalBoolean("args.emptyOnDelete", args.emptyOnDelete));
  found.push(...labelsAndOverrides(args, DRIVER_IDS));
  const lc = args.lifecycle;
  if (lc !== undefined) {
    if (typeof lc !== "object" || lc === null) {
      found.push(
        problems.invalidArgument(
          "args.lifecycle",
          "must be an object.",
          lc,
          LIFECYCLE_KEYS.join(", "),
          "write lifecycle as { expireAfterDays, ... }.",
        ),
      );
    } else {
      found.push(...unknownKeys(lc, LIFECYCLE_KEYS, "args.lifecycle"));
      for (const k of LIFECYCLE_KEYS)
        found.push(...intInRange(`args.lifecycle.${k}`, (lc as Record<string, unknown>)[k], 1, MAX_DAYS, "days"));
    }
  }
  found.push(...bucketConflicts(args));
  return found;
}

/** Settings that contradict each other; each row is [when, path, message, received, fix] of one conflict. */
function bucketConflicts(args: BucketArgs): Problem[] {
  const versioning = args.versioning ?? true;
  const lc = args.lifecycle ?? {};
  const conflicts: Array<[boolean, string, string, unknown, string]> = [
    [
      args.retentionDays !== undefined && !versioning,
      "args.retentionDays",
      "retention needs versioning, but versioning is off.",
      { versioning: false, retentionDays: args.retentionDays },
      "remove versioning: false, or drop retentionDays.",
    ],
    [
      args.retentionLocked === true && args.retentionDays === undefined,
      "args.retentionLocked",
      "retentionLocked needs retentionDays.",
      { retentionLocked: true },
      "set retentionDays, or drop retentionLocked.",
    ],
    [
      args.emptyOnDelete === true && (args.retainOnDelete ?? true),
      "args.emptyOnDelete",
      "emptyOnDelete deletes data on destroy, but the bucket is retained on delete.",
      { emptyOnDelete: true, retainOnDelete: args.retainOnDelete ?? true },
      "also set retainOnDelete: false if you really want destroy to delete the data.",
    ],
    [
      args.emptyOnDelete === true && args.retentionDays !== undefined,
      "args.emptyOnDelete",
      "a bucket with retention cannot be emptied before the retention ends.",
      { emptyOnDelete: true, retentionDays: args.retentionDays },
      "drop emptyOnDelete or retentionDays.",
    ],
    [
      lc.noncurrentExpireAfterDays !== undefined && !versioning,
      "args.lifecycle.noncurrentExpireAfterDays",
      "there are no noncurrent versions without versioning.",
      { versioning: false, noncurrentExpireAfterDays: lc.noncurrentExpireAfterDays },
      "turn versioning on, or drop noncurrentExpireAfterDays.",
    ],
    [
      lc.expireAfterDays !== undefined && lc.coldAfterDays !== undefined && lc.coldAfterDays >= lc.expireAfterDays,
      "args.lifecycle.coldAfterDays",
      "objects would expire before (or when) they move to the cold class.",
      lc,
      "make coldAfterDays smaller than expireAfterDays.",
    ],
    [
      lc.expireAfterDays !== undefined && args.retentionDays !== undefined && lc.expireAfterDays < args.retentionDays,
      "args.lifecycle.expireAfterDays",
      "objects would be due for expiry while still under retention.",
      { expireAfterDays: lc.expireAfterDays, retentionDays: args.retentionDays },
      "make expireAfterDays at least retentionDays.",
    ],
  ];
  return conflicts
    .filter(([when]) => when)
    .map(([, path, message, received, fix]) => problems.conflictingArguments(path, message, received, fix));
}

/** The driver spec, after every check passed. */
export function bucketSpec(args: BucketArgs, contract: ResidencyContract, geoRedundantTo: string | undefined): BucketSpec {
  const lc: LifecycleSpec = { ...(args.lifecycle ?? {}) };
  return {
    versioning: args.versioning ?? true,
    ...(args.retentionDays === undefined ? {} : { retentionDays: args.retentionDays }),
    retentionLocked: args.retentionLocked ?? false,
    lifecycle: lc,
    encryption: args.encryption ?? contract.encryption,
    tlsOnly: args.tlsOnly ?? true,
    ...(geoRedundantTo === undefined ? {} : { geoRedundantTo }),
    retainOnDelete: args.retainOnDelete ?? true,
    emptyOnDelete: args.emptyOnDelete ?? false,
    overrides: args.overrides ?? {},
  };
}
