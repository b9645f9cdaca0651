/**
 * Data to move: for every data-bearing component of the program (a Bucket's objects, a VM's disk,
 * a Database's tables, a KubernetesCluster's persistent volumes), the source and destination endpoints,
 * the standard tool for the move with the flags that keep what can be kept, and what no tool moves
 * (object-lock retention dates, version history, key material under customer-managed keys).
 *
 * Endpoints are the providers' documented service endpoints for the region; a bucket's own name is
 * set at deployment (auto-named), so the plan names the component and the stack output to read.
 */
import type { DriverId } from "../catalog/types";
import { driverOf, type Placement } from "../contract/placement";
import { objectStorageEndpoint } from "../drivers/hetzner/provider";
import { cloudOf } from "../drivers/openstack/clouds";
import type { ResidencyRecord } from "../components/residency";

/** How objects are stored, as rclone names its backends. */
export type ObjectStoreKind = "s3" | "swift" | "azureblob" | "gcs";

/** The standard tools the plans name, with their documentation. */
export const TOOL_DOCS = {
  rclone: "https://rclone.org/commands/rclone_sync/",
  rcloneMetadata: "https://rclone.org/docs/#metadata",
  rcloneS3Versions: "https://rclone.org/s3/#s3-versions",
  rcloneCheck: "https://rclone.org/commands/rclone_check/",
  rsync: "https://download.samba.org/pub/rsync/rsync.1",
  pgDump: "https://www.postgresql.org/docs/current/app-pgdump.html",
  pgRestore: "https://www.postgresql.org/docs/current/app-pgrestore.html",
  logicalReplication: "https://www.postgresql.org/docs/current/logical-replication.html",
  veleroMigration: "https://velero.io/docs/main/migration-case/",
  veleroFsBackup: "https://velero.io/docs/main/file-system-backup/",
} as const;

/** One endpoint of a move. */
export interface Endpoint {
  /** `s3`, `swift`, `azureblob`, `gcs`, `ssh`, `postgresql`, `kubernetes`. */
  readonly kind: string;
  /** The service endpoint (URL) or how to find it. */
  readonly endpoint: string;
  /** rclone's backend settings for an object store (`type = s3`, `provider = AWS`, ...). */
  readonly rclone?: Readonly<Record<string, string>>;
}

/** One data-bearing resource to move. */
export interface DataMove {
  /** The component (`sovereign-cloud:index:Bucket "documents"`). */
  readonly component: string;
  readonly what: string;
  readonly from: Endpoint;
  readonly to: Endpoint;
  /** The standard tool and the command with its flags. */
  readonly tool: string;
  readonly command: string;
  /** Why these flags, and what they keep. */
  readonly keeps: readonly string[];
  /** What the tool cannot move: to handle by hand, before the source is deleted. */
  readonly manual: readonly string[];
  /** The documentation of the tool and its flags. */
  readonly sources: readonly string[];
}

const KIND: Readonly<Record<DriverId, ObjectStoreKind>> = {
  aws: "s3",
  scaleway: "s3",
  ovhcloud: "s3",
  hetzner: "s3",
  openstack: "swift",
  azure: "azureblob",
  gcp: "gcs",
};

/** The object store of a placement: its kind, endpoint and rclone backend settings. */
export function objectStoreOf(p: Placement): Endpoint {
  const driver = driverOf(p);
  const region = p.region.code;
  switch (KIND[driver]) {
    case "s3": {
      if (driver === "aws") {
        const partition = p.region.partition ?? "aws";
        const endpoint =
          partition === "aws" ? `https://s3.${region}.amazonaws.com` : `the S3 endpoint of ${region} (partition ${partition})`;
        return { kind: "s3", endpoint, rclone: { type: "s3", provider: "AWS", region } };
      }
      if (driver === "scaleway")
        return {
          kind: "s3",
          endpoint: `https://s3.${region}.scw.cloud`,
          rclone: { type: "s3", provider: "Scaleway", region, endpoint: `s3.${region}.scw.cloud` },
        };
      if (driver === "hetzner")
        return {
          kind: "s3",
          endpoint: objectStorageEndpoint(region),
          rclone: { type: "s3", provider: "Other", region, endpoint: objectStorageEndpoint(region) },
        };
      const s3Region = p.region.apiCodes?.bucket ?? region.toLowerCase();
      return {
        kind: "s3",
        endpoint: `https://s3.${s3Region}.io.cloud.ovh.net`,
        rclone: { type: "s3", provider: "Other", region: s3Region, endpoint: `https://s3.${s3Region}.io.cloud.ovh.net` },
      };
    }
    case "swift": {
      const auth = cloudOf(p).authUrl?.(p.region)?.value;
      return {
        kind: "swift",
        endpoint: `the object-store endpoint of region ${p.region.apiCodes?.virtualMachine ?? region} in the Keystone catalog${auth ? ` (Keystone ${auth})` : ""}`,
        rclone: { type: "swift", region: p.region.apiCodes?.virtualMachine ?? region, ...(auth ? { auth } : {}) },
      };
    }
    case "azureblob":
      return {
        kind: "azureblob",
        endpoint: "https://<storage account>.blob.core.windows.net (the account the Bucket creates)",
        rclone: { type: "azureblob" },
      };
    case "gcs":
      return { kind: "gcs", endpoint: "https://storage.googleapis.com", rclone: { type: "google cloud storage", location: region } };
  }
}

/** The component label the report uses. */
export function componentLabel(type: string, name: string): string {
  return `${type.split(":").pop()} "${name}"`;
}

/** A Bucket's objects: rclone from one object store to the other. */
/**
 * `lockInUse`: whether the source bucket has object lock / retention: `true` or `false` when the
 * source driver creates it as a resource of its own (AWS, Scaleway, Hetzner: an object-lock
 * configuration), `"unknown"` when it is a setting of the bucket resource, which the plan does not
 * read (OVHcloud, Cloud Storage, Azure): then the report says what to check.
 */
export function bucketMove(
  name: string,
  from: Placement,
  to: Placement,
  record: ResidencyRecord | undefined,
  lockInUse: boolean | "unknown",
): DataMove {
  const src = objectStoreOf(from);
  const dst = objectStoreOf(to);
  const versioned = record?.bucket?.versioning === true;
  const customerKeys = record?.bucket?.keyManagement === "customer";
  const s3Source = src.kind === "s3";
  const manual: string[] = [];
  if (lockInUse !== false) {
    manual.push(
      `${lockInUse === "unknown" ? `If the Bucket sets retentionDays (on ${from.provider.name} retention is a setting of the bucket itself, which this plan does not read): ` : ""}Object-lock retention: a copy is a new object, so the destination bucket's default retention runs from the day each object is written; the source objects' own retain-until dates and legal holds are not carried over by the sync (set them again per object where the destination has object lock), and the source objects stay locked until their dates pass: the source bucket cannot be emptied before then.`,
    );
  }
  if (versioned) {
    manual.push(
      `Version history: only the current version of each object is copied as an object; older versions and delete markers are not recreated as versions on the destination.${s3Source ? " `--s3-versions` can copy old versions as separate objects (version id in the name) if they must be kept." : ""}`,
    );
  }
  if (customerKeys) {
    manual.push(
      "Key material: the source keys stay in the source provider's key management service and are not moved; objects are read decrypted and written under the destination's encryption. Delete the source keys only after the data retrieval period, when nothing needs them.",
    );
  }
  return {
    component: componentLabel("sovereign-cloud:index:Bucket", name),
    what: "objects (current versions) with their metadata",
    from: src,
    to: dst,
    tool: "rclone",
    command: `rclone sync src:<bucket> dst:<bucket> --checksum --metadata --transfers 16 --progress   # then: rclone check src:<bucket> dst:<bucket> --checksum`,
    keeps: [
      "--checksum: compares size and hash (where both backends have a common hash) instead of modification time, so a resync moves only what changed.",
      "--metadata (-M): copies object metadata (content type, user metadata) where both backends support it; without it rclone sets only content type and modification time.",
      "rclone check after the final sync: proves both sides hold the same objects before the cut-over.",
    ],
    manual,
    sources: [
      TOOL_DOCS.rclone,
      TOOL_DOCS.rcloneMetadata,
      ...(versioned && s3Source ? [TOOL_DOCS.rcloneS3Versions] : []),
      TOOL_DOCS.rcloneCheck,
    ],
  };
}

/** A VM's disk: recreated by the program on the destination; application data copied over SSH. */
export function diskMove(name: string, record: ResidencyRecord | undefined, customerKeys: boolean): DataMove {
  const disk = record?.virtualMachine?.bootDiskGiB;
  return {
    component: componentLabel("sovereign-cloud:index:VirtualMachine", name),
    what: `application data on the VM's disk${disk ? ` (${disk} GiB boot disk)` : ""}; the operating system and user data are recreated by the program from the portable image`,
    from: { kind: "ssh", endpoint: "the source VM (its public IP or a bastion in the source network)" },
    to: { kind: "ssh", endpoint: "the destination VM created by the rehearsed program" },
    tool: "rsync",
    command: "rsync -aHAX --numeric-ids --checksum --partial -e ssh <source-vm>:/srv/ <destination-vm>:/srv/",
    keeps: [
      "-a: permissions, times, owners, symlinks; -H hard links; -A ACLs; -X extended attributes; --numeric-ids keeps owner ids as they are (users are recreated by the image).",
    ],
    manual: [
      "The disk itself is not copied as an image: the program recreates the VM from the portable image and only data directories are copied. Moving a whole disk image (export, convert, import) is specific to each pair of providers and is not planned here.",
      ...(customerKeys
        ? [
            "Key material: the source disk's customer-managed key stays in the source key management service; data is read decrypted inside the VM and written to the destination's disk under its own encryption.",
          ]
        : []),
    ],
    sources: [TOOL_DOCS.rsync],
  };
}

/** Where a component runs, for an endpoint's text (` on aws eu-central-1`). */
const where = (r: ResidencyRecord | undefined): string => (r ? ` on ${r.provider} ${r.region}` : "");

/**
 * A PostgreSQL database (the Database component): dump and restore, or logical replication for a
 * short cut-over. Both endpoints are private (the component creates no public endpoint by default),
 * so each side is reached from inside its own network. `from`/`to`: the component's residency record
 * on each side (`to` undefined when the destination run did not create it).
 */
export function databaseMove(name: string, from: ResidencyRecord | undefined, to?: ResidencyRecord): DataMove {
  const db = from?.database;
  const version = db ? `PostgreSQL ${db.version}` : "PostgreSQL";
  const manual = [
    "Roles and passwords are not in a database dump (pg_dumpall --roles-only needs superuser, which managed services do not give): create them on the destination.",
    "Extensions and server parameters are settings of the managed service, not data: enable the same extensions and parameters on the destination before the restore.",
  ];
  if (db?.keyManagement === "customer")
    manual.push(
      "Key material: the source's customer-managed key stays in the source provider's key management service and is not moved; the data is read decrypted and re-encrypted by the destination service.",
    );
  manual.push(
    db
      ? `Automated backups (${db.backupRetentionDays} days${db.pointInTime ? ", with point-in-time restore" : ""}) stay with the source service and cannot be restored on the destination: keep the source readable until the data retrieval period ends.`
      : "Automated backups and point-in-time history stay with the source service and cannot be restored on the destination: keep the source readable until the data retrieval period ends.",
  );
  if (db && db.replicaRegions.length > 0)
    manual.push(
      `Read replicas (${db.replicaRegions.join(", ")}) are not moved: the program creates them again on the destination from the new primary.`,
    );
  return {
    component: componentLabel("sovereign-cloud:index:Database", name),
    what: `${version} databases (schema, data, sequences)${db ? ` of ${db.storageGiB} GiB storage` : ""}; the instance itself is recreated by the program on the destination, empty`,
    from: {
      kind: "postgresql",
      endpoint: `the Database's private host and port${where(from)} (its host and port outputs), reached from inside the source network`,
    },
    to: {
      kind: "postgresql",
      endpoint: `the destination Database's private host and port${where(to)}, reached from inside the destination network`,
    },
    tool: "pg_dump / pg_restore, or logical replication",
    command:
      "pg_dump --format=directory --jobs=4 --no-owner --no-privileges -d <source-url> -f dump/ && pg_restore --jobs=4 --no-owner --no-privileges -d <destination-url> dump/   # short cut-over: CREATE PUBLICATION on the source, CREATE SUBSCRIPTION on the destination, cut over once caught up",
    keeps: [
      `--format=directory with --jobs: parallel dump and restore of every table with its indexes and constraints${db ? `; use the pg_dump and pg_restore of PostgreSQL ${db.version} or newer` : ""}.`,
      "--no-owner --no-privileges: roles differ between managed services; grant them again on the destination.",
      "Logical replication keeps the destination in step while the source still takes writes: the source needs wal_level = logical (a parameter of the managed service) and the destination a network path to the source's private endpoint (a VPN between the two networks); sequences are not replicated and are set after the final catch-up.",
    ],
    manual,
    sources: [TOOL_DOCS.pgDump, TOOL_DOCS.pgRestore, TOOL_DOCS.logicalReplication],
  };
}

/**
 * A Kubernetes cluster (the KubernetesCluster component): nothing of the control plane moves (the
 * program creates a new managed control plane on the destination); the workloads are deployed again
 * and the persistent volumes' data is copied, with Velero's file-system backup since volume
 * snapshots do not cross providers.
 */
export function clusterMove(name: string, from: ResidencyRecord | undefined, to?: ResidencyRecord): DataMove {
  const k = from?.kubernetesCluster;
  const manual = [
    "The control plane is not moved: the program creates a new managed control plane on the destination (new API endpoint, new certificates, new kubeconfig); etcd is not copied.",
    "Workloads must be deployed again on the new cluster: Kubernetes resources the program creates are applied again by `pulumi up` with a provider pointed at the new cluster; what was applied outside the program (kubectl, Helm, GitOps) is applied again the same way, or restored from the Velero backup.",
    "Provider-specific settings in the workloads do not carry over: storage class names, load-balancer and ingress annotations, node selectors on instance types, and cloud IAM bindings of service accounts must be rewritten for the destination.",
    "Secrets are restored from the backup as Kubernetes objects; keys and credentials issued by the source provider (registry pulls, cloud IAM) must be issued again on the destination.",
  ];
  if (k?.secretsKeyManagement === "customer")
    manual.push(
      "Key material: the customer-managed key of the source cluster's secrets stays in the source key management service and is not moved.",
    );
  return {
    component: componentLabel("sovereign-cloud:index:KubernetesCluster", name),
    what: "persistent volumes' data and the Kubernetes resources of the workloads; no data of the control plane",
    from: { kind: "kubernetes", endpoint: `the cluster's API endpoint${where(from)} (its endpoint and kubeconfig outputs)` },
    to: { kind: "kubernetes", endpoint: `the destination cluster's API endpoint${where(to)} (its endpoint and kubeconfig outputs)` },
    tool: "velero (file-system backup) through an object store both clusters reach",
    command:
      "velero backup create exit --default-volumes-to-fs-backup   # on the source cluster; then on the destination cluster, with the same backup storage location (read-only): velero restore create --from-backup exit",
    keeps: [
      "--default-volumes-to-fs-backup: copies each pod volume's files to the backup storage location, so the data moves between providers whose volume snapshots are not compatible.",
      "The backup holds the namespaces' Kubernetes resources with the volumes; the restore recreates the persistent volume claims with their storage class names: map them to the destination's classes where they differ (Velero's storage class mapping).",
    ],
    manual,
    sources: [TOOL_DOCS.veleroMigration, TOOL_DOCS.veleroFsBackup],
  };
}

/** The order of an exit, from notice to deleting the source (Data Act periods named where they apply). */
export const EXIT_STEPS: readonly string[] = [
  "Notice: give the source provider notice of the switch (Data Act Article 25(2)(d): the contract's notice period is at most two months).",
  "Deploy: select a stack for the destination (the rehearsed target and contract) and run `pulumi up`; the program creates the same components there, empty.",
  "Copy: run each data move above once while the source stays in service (the first, long copy).",
  "Freeze: stop writes on the source (maintenance mode, read-only credentials), then run each move again: only changes are copied.",
  "Verify: `rclone check` for buckets, row counts and application checks for databases, the restored pods and volumes for clusters, smoke tests against the destination.",
  "Cut over: point clients (DNS names, application configuration, stack outputs consumers read) at the destination's endpoints.",
  "Rollback (until the source is deleted): point clients back at the source, which still holds the data as of the freeze; copy back what the destination received since the cut-over with the same commands, source and destination swapped.",
  "Retire: after the data retrieval period (Data Act Article 25(2)(g): at least 30 calendar days after the transition period) and once retention dates have passed, delete the source data explicitly (the components retain data-bearing resources on `pulumi destroy`).",
];
