/** DatabaseArgs: the portable arguments and their provider-independent validation. */
import type * as pulumi from "@pulumi/pulumi";
import { DRIVER_IDS } from "../catalog/types";
import type { TargetInput } from "../contract/target";
import { ENCRYPTION_MODES, type EncryptionMode } from "../contract/schema";
import type { DatabaseOverrides } from "../drivers/types";
import { problems, type Problem } from "../errors";
import { intInRange, isRecord, labelsAndOverrides, notAList, optionalBoolean, optionalEnum, sourceCidrs, unknownKeys } from "./checks";
import type { PlacementArgs } from "./context";
import { Network } from "./network";
import { checkNetworkArg } from "./network-member";
import { parseSize, type SizeSpec } from "./vm-spec";

/** Automated backups (always on). */
export interface DatabaseBackupArgs {
  /**
   * Days automated backups are kept (1 to 35, the range every provider accepts).
   * @default 7
   */
  readonly retentionDays?: number;
  /**
   * Continuous archiving so the database can be restored to any second within the retention.
   * @default true
   */
  readonly pointInTime?: boolean;
  /**
   * A second region of the same provider that receives copies of the backups (cross-region backup
   * replication, Azure geo-redundant backup, OVHcloud off-site backup). Checked against the
   * contract like a placement: refused when the contract allows no replication or the region does
   * not satisfy it.
   * @default - none: every backup stays in the database's region
   */
  readonly copyTo?: string;
}

/** One read replica. */
export interface DatabaseReplicaArgs {
  /**
   * Where the replica runs (same provider). A replica outside the database's region is a copy of the
   * data there: it must satisfy the contract, whose replication clause must allow it.
   * @default - the database's placement
   */
  readonly target?: TargetInput;
  /**
   * The network the replica joins: required for a replica in another region (a Network there).
   * @default - the database's network
   */
  readonly network?: Network;
}

/** A public endpoint, limited to the given sources. */
export interface DatabasePublicAccessArgs {
  /**
   * Source CIDRs allowed to connect; never the whole internet (`0.0.0.0/0`, `::/0`).
   * @default - none: required
   */
  readonly from: readonly string[];
}

export interface DatabaseArgs extends PlacementArgs {
  /**
   * The database engine.
   * @default "postgresql"
   */
  readonly engine?: "postgresql";
  /**
   * PostgreSQL major version; must be one the provider offers (see the catalog).
   * @default 16
   */
  readonly version?: number;
  /**
   * An SCS flavor name (`SCS-2V-8`) or `{ vcpus, memoryGiB }`, resolved to the provider's smallest
   * database class that meets it.
   * @default "SCS-2V-4"
   */
  readonly size?: string | SizeSpec;
  /**
   * Storage in GiB.
   * @default 20
   */
  readonly storageGiB?: number;
  /**
   * The Network of the same placement; the database gets only a private endpoint there.
   * @default - none: required
   */
  readonly network: Network;
  /**
   * A standby in another zone of the same region with automatic failover.
   * @default false
   */
  readonly highAvailability?: boolean;
  /**
   * Automated backups: retention, point-in-time restore, an optional copy in a second region.
   * @default - kept 7 days, point-in-time restore, all in the database's region
   */
  readonly backup?: DatabaseBackupArgs;
  /**
   * Read replicas, each with its own placement (checked against the contract).
   * @default []
   */
  readonly readReplicas?: readonly DatabaseReplicaArgs[];
  /**
   * Who manages the encryption keys of storage and backups; may be stricter than the contract, never weaker.
   * @default - the contract's `encryption`
   */
  readonly encryption?: EncryptionMode;
  /**
   * Turn on the provider's deletion protection and keep the database when the stack is destroyed or
   * the component removed. Set `false` only for throw-away data.
   * @default true
   */
  readonly deletionProtection?: boolean;
  /**
   * Take a final snapshot when the database is deleted (relevant once `deletionProtection` is off).
   * @default true
   */
  readonly finalSnapshot?: boolean;
  /**
   * A public endpoint limited to the given sources.
   * @default - none: the database is reachable from its network only
   */
  readonly publicAccess?: DatabasePublicAccessArgs;
  /**
   * Refuse connections without TLS. Where the provider cannot enforce it the component fails unless
   * this is `false`; it is never dropped silently.
   * @default true
   */
  readonly tlsOnly?: boolean;
  /**
   * Name of the first (administrator) user.
   * @default "sovereign"
   */
  readonly adminUsername?: string;
  /**
   * Password of the first user (pass a secret).
   * @default - the provider's managed credential: an RDS-managed secret in Secrets Manager (AWS),
   * Microsoft Entra authentication only (Azure), IAM authentication (GCP), an OVHcloud-generated
   * password; where there is none (Scaleway, Trove), a random password drawn at creation and kept
   * only in the encrypted Pulumi state
   */
  readonly adminPassword?: pulumi.Input<string>;
  /**
   * Provider-specific knobs, one typed block per provider; only the block of the target's provider is read.
   * @default - none
   */
  readonly overrides?: DatabaseOverrides;
}

const KEYS = [
  "target",
  "residency",
  "labels",
  "engine",
  "version",
  "size",
  "storageGiB",
  "network",
  "highAvailability",
  "backup",
  "readReplicas",
  "encryption",
  "deletionProtection",
  "finalSnapshot",
  "publicAccess",
  "tlsOnly",
  "adminUsername",
  "adminPassword",
  "overrides",
];
const BACKUP_KEYS = ["retentionDays", "pointInTime", "copyTo"];
const REPLICA_KEYS = ["target", "network"];
export const DEFAULT_DB_VERSION = 16;
export const DEFAULT_DB_SIZE = "SCS-2V-4";
export const DEFAULT_STORAGE_GIB = 20;
export const DEFAULT_DB_ADMIN = "sovereign";
export const DEFAULT_BACKUP_DAYS = 7;
/** Roles the providers reserve (RDS rdsadmin, Azure azure_superuser/azure_pg_admin, Cloud SQL cloudsqladmin, PostgreSQL's own). */
const RESERVED_ROLES = [
  "postgres",
  "admin",
  "administrator",
  "root",
  "rdsadmin",
  "rdsrepladmin",
  "azure_superuser",
  "azure_pg_admin",
  "cloudsqladmin",
  "cloudsqlsuperuser",
  "public",
  "guest",
  "avnadmin",
];
const MIN_PASSWORD = 12;

/** Validate everything about the args that does not depend on the provider. */
export function checkDatabaseArgs(args: DatabaseArgs): Problem[] {
  const found: Problem[] = [...unknownKeys(args, KEYS)];
  if (args.engine !== undefined && args.engine !== "postgresql") {
    found.push(
      problems.invalidArgument(
        "args.engine",
        "only PostgreSQL is portable across the providers.",
        args.engine,
        "postgresql",
        'set engine: "postgresql" or leave it out.',
      ),
    );
  }
  found.push(...intInRange("args.version", args.version, 10, 99, "major versions"));
  if (args.size !== undefined) found.push(...parseSize(args.size).problems);
  found.push(...intInRange("args.storageGiB", args.storageGiB, 10, 65_536, "GiB"));
  found.push(...checkNetworkArg(args.network, "a Database needs the Network it gets its private endpoint in."));
  found.push(...optionalBoolean("args.highAvailability", args.highAvailability));
  found.push(...checkBackup(args.backup));
  found.push(...checkReplicaShapes(args.readReplicas));
  found.push(...optionalEnum("args.encryption", args.encryption, ENCRYPTION_MODES));
  found.push(...optionalBoolean("args.deletionProtection", args.deletionProtection));
  found.push(...optionalBoolean("args.finalSnapshot", args.finalSnapshot));
  found.push(...checkPublicAccess(args.publicAccess));
  found.push(...optionalBoolean("args.tlsOnly", args.tlsOnly));
  const user = args.adminUsername;
  if (
    user !== undefined &&
    (typeof user !== "string" || !/^[a-z_][a-z0-9_]{0,30}$/.test(user) || RESERVED_ROLES.includes(user) || user.startsWith("pg_"))
  ) {
    found.push(
      problems.invalidArgument(
        "args.adminUsername",
        "must be a lowercase PostgreSQL role name (1-31 letters, digits, _) that no provider reserves.",
        user,
        `[a-z_][a-z0-9_]*, not pg_*, ${RESERVED_ROLES.slice(0, 6).join(", ")}, ...`,
        `use e.g. "${DEFAULT_DB_ADMIN}" or "app_admin".`,
      ),
    );
  }
  if (typeof args.adminPassword === "string" && args.adminPassword.length < MIN_PASSWORD) {
    found.push(
      problems.invalidArgument(
        "args.adminPassword",
        `a password shorter than ${MIN_PASSWORD} characters is refused.`,
        `${args.adminPassword.length} characters`,
        `${MIN_PASSWORD} or more characters (pass a secret)`,
        "use a long random password from your secret store.",
      ),
    );
  }
  found.push(...labelsAndOverrides(args, DRIVER_IDS));
  return found;
}

function checkBackup(backup: unknown): Problem[] {
  if (backup === undefined) return [];
  if (!isRecord(backup)) {
    return [
      problems.invalidArgument(
        "args.backup",
        "must be an object.",
        backup,
        BACKUP_KEYS.join(", "),
        "write backup as { retentionDays, pointInTime, copyTo }.",
      ),
    ];
  }
  const b = backup as DatabaseBackupArgs;
  const found = [
    ...unknownKeys(b, BACKUP_KEYS, "args.backup"),
    ...intInRange("args.backup.retentionDays", b.retentionDays, 1, 35, "days"),
    ...optionalBoolean("args.backup.pointInTime", b.pointInTime),
  ];
  if (b.copyTo !== undefined && (typeof b.copyTo !== "string" || b.copyTo.trim() === "")) {
    found.push(
      problems.invalidArgument(
        "args.backup.copyTo",
        "must be a region code of the database's provider.",
        b.copyTo,
        "a region code such as eu-west-1",
        "give the region code, or leave copyTo out.",
      ),
    );
  }
  return found;
}

function checkReplicaShapes(replicas: unknown): Problem[] {
  if (replicas === undefined) return [];
  if (!Array.isArray(replicas))
    return [notAList("args.readReplicas", replicas, "replicas", "[{ target?, network? }, ...]", "wrap the replicas in a list.")];
  const found: Problem[] = [];
  if (replicas.length > 5) {
    found.push(
      problems.invalidArgument(
        "args.readReplicas",
        "at most 5 read replicas per database (the smallest limit across providers).",
        replicas.length,
        "0..5",
        "use fewer replicas.",
      ),
    );
  }
  replicas.forEach((r, i) => {
    const path = `args.readReplicas[${i}]`;
    if (!isRecord(r)) {
      found.push(
        problems.invalidArgument(path, "must be an object.", r, "{ target?, network? }", "write the replica as { target, network }."),
      );
      return;
    }
    found.push(...unknownKeys(r, REPLICA_KEYS, path));
    const net = (r as DatabaseReplicaArgs).network;
    if (net !== undefined && !(net instanceof Network)) {
      found.push(
        problems.invalidArgument(
          `${path}.network`,
          "must be a Network component.",
          typeof net,
          "a Network at the replica's placement",
          "pass the Network the replica joins.",
        ),
      );
    }
  });
  return found;
}

function checkPublicAccess(access: unknown): Problem[] {
  if (access === undefined) return [];
  if (!isRecord(access)) {
    return [
      problems.invalidArgument(
        "args.publicAccess",
        "must be an object with the allowed sources.",
        access,
        '{ from: ["203.0.113.0/24"] }',
        "write publicAccess as { from: [...] }, or leave it out.",
      ),
    ];
  }
  const from = access.from;
  const found = unknownKeys(access, ["from"], "args.publicAccess");
  if (!Array.isArray(from) || from.length === 0) {
    found.push(
      problems.invalidArgument(
        "args.publicAccess.from",
        "needs at least one source CIDR.",
        from,
        '["203.0.113.0/24"]',
        "list the networks that may connect, or drop publicAccess.",
      ),
    );
    return found;
  }
  return [...found, ...sourceCidrs("args.publicAccess.from", from, "5432 (PostgreSQL)", "a source range such as 203.0.113.0/24")];
}
