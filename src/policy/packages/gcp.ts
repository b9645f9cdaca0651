/**
 * @pulumi/gcp (9.37): what the policy engine knows about Google Cloud resources.
 *
 * Location: own `region`/`location`/`locationId`/`zone`, a Spanner `config` (`regional-<region>`),
 * a KMS key ring named in a key id; else the provider's `region`/`zone` (stack config gcp:region).
 * Global (no data): VPC networks, firewalls and routes, projects, organizations, service
 * accounts, IAM bindings of any service, Cloud DNS, log sinks (their destination is located).
 *
 * Security-relevant API defaults (sources):
 * - Encryption at rest with Google-managed keys everywhere; CMEK is a Cloud KMS key
 *   (https://cloud.google.com/docs/security/encryption/default-encryption).
 * - Pub/Sub topics: without `messageStoragePolicy.allowedPersistenceRegions` messages may be
 *   stored in any Google Cloud region (https://cloud.google.com/pubsub/docs/resource-location-restriction).
 * - Secret Manager: `replication.auto` stores the payload "without any restrictions" on location;
 *   `replication.userManaged.replicas[].location` pins it (https://cloud.google.com/secret-manager/docs/choosing-replication).
 * - Cloud SQL: `ipConfiguration.authorizedNetworks` with 0.0.0.0/0 opens the public IP to everyone;
 *   read replicas are instances of their own (`masterInstanceName`) and located themselves
 *   (https://cloud.google.com/sql/docs/postgres/configure-ip).
 * - GKE: the control plane's public endpoint accepts every address unless
 *   `masterAuthorizedNetworksConfig` restricts it or the endpoint is private
 *   (https://cloud.google.com/kubernetes-engine/docs/concepts/network-isolation).
 * - Cloud Storage multi/dual-regions (`EU`, `EUR4`, `US`, `NAM4`, `ASIA`): see ../../catalog/regions/gcp.ts and ./outside.ts.
 */
import { at, bool, items, peek, str, strings, type Path } from "../read";
import { gcpKnownOutside } from "./outside";
import { alwaysEncrypted, DNS_IS_GLOBAL, NO_FORCE_DESTROY_REMEDIATION } from "./shared";
import {
  bridgedComponent,
  type EncryptionCheck,
  type EncryptionJudgement,
  type GlobalService,
  type PackageModule,
  type ParentSpec,
  type Props,
  type Replica,
} from "./types";

const PUBSUB_TOPIC = "gcp:pubsub/topic:Topic";
const SQL = "gcp:sql/databaseInstance:DatabaseInstance";
const SECRET = "gcp:secretmanager/secret:Secret";
/** Databases and users of a Cloud SQL instance live where it does (`instance` is required). */
const IN_SQL_INSTANCE: ParentSpec = { type: SQL, via: "instance", what: "Cloud SQL instance", always: true };

const GLOBAL_SERVICES: readonly GlobalService[] = [
  {
    type: "gcp:compute/backendBucket:BackendBucket",
    what: "a global backend bucket",
    why: "a backend bucket serves the bucket through Google's global external load balancer, whose Google Front Ends worldwide terminate client connections (and cache when Cloud CDN is on)",
  },
  {
    type: "gcp:compute/globalForwardingRule:GlobalForwardingRule",
    what: "a global forwarding rule",
    why: "it is the front end of a global external load balancer: Google Front Ends at points of presence worldwide terminate client connections",
    // External schemes (EXTERNAL is the default); internal cross-region load balancers stay in their regions' proxies.
    when: (p) =>
      p.loadBalancingScheme === undefined || p.loadBalancingScheme === "EXTERNAL" || p.loadBalancingScheme === "EXTERNAL_MANAGED",
  },
  {
    type: "gcp:compute/backendService:BackendService",
    what: "a global backend service with Cloud CDN",
    why: "Cloud CDN caches responses at Google's edge worldwide",
    when: (p) => p.enableCdn === true,
  },
];

/** Always encrypted at rest; a customer key when `keyPath` names a Cloud KMS key, else Google-managed keys. */
const googleManaged = (what: string, keyPath: Path): EncryptionCheck => alwaysEncrypted(what, keyPath, "Google-managed keys apply");

/** A Cloud KMS key, or Google-managed keys; a customer-supplied key (CSEK) is not a Cloud KMS key. */
function kmsKey(what: string, kms: string | undefined, csek: boolean): EncryptionJudgement[] {
  if (kms) return [{ what, atRest: "yes", cmk: "yes" }];
  return [
    csek
      ? { what, atRest: "yes", cmk: "no", cmkWhy: "a customer-supplied key (CSEK) is not a Cloud KMS key" }
      : { what, atRest: "yes", cmk: "no", cmkWhy: "no Cloud KMS key, so Google-managed keys apply" },
  ];
}

/** Compute Engine disks (zonal and regional). */
const diskEncryption: EncryptionCheck = (p) =>
  kmsKey(
    "Compute Engine disk",
    str(at(p, "diskEncryptionKey", "kmsKeySelfLink")),
    at(p, "diskEncryptionKey", "rawKey") !== undefined || at(p, "diskEncryptionKey", "rsaEncryptedKey") !== undefined,
  );

/** The first replica location of a user-managed secret. */
const secretReplicas = (p: Props): unknown[] => items(p, "replication", "userManaged", "replicas");

export const gcpPackage: PackageModule = {
  name: "gcp",
  provider: "gcp",
  configHint: "set `location`/`region`/`zone` on the resource or `region` on its provider (stack config gcp:region)",
  global: [
    ["gcp:compute/network:Network", "a VPC network is global and holds no data"],
    ["gcp:compute/firewall:Firewall", "a VPC firewall rule is global configuration"],
    ["gcp:compute/route:Route", "a VPC route is global configuration"],
    ["gcp:projects/", "project settings and IAM hold no data"],
    ["gcp:serviceaccount/", "service accounts are global identities"],
    ["gcp:organizations/", "organization settings and IAM hold no data"],
    ["gcp:dns/", DNS_IS_GLOBAL],
    ["gcp:iam/", "workload identity pools and IAM roles are global identities and permissions"],
    ["gcp:logging/projectSink:ProjectSink", "a log sink is routing configuration; its destination is located on its own"],
  ],
  globalWhen: (type) => (/IAM(Member|Binding|Policy)$/.test(type.split(":").pop() ?? "") ? "an IAM binding holds no data" : undefined),
  dataBearing: [
    "gcp:storage/bucket:Bucket",
    "gcp:storage/bucketObject:BucketObject",
    "gcp:compute/disk:Disk",
    "gcp:compute/regionDisk:RegionDisk",
    "gcp:compute/snapshot:Snapshot",
    "gcp:compute/instance:Instance",
    SQL,
    "gcp:bigquery/dataset:Dataset",
    "gcp:bigquery/table:Table",
    "gcp:spanner/instance:Instance",
    "gcp:firestore/database:Database",
    PUBSUB_TOPIC,
    "gcp:pubsub/subscription:Subscription",
    SECRET,
    "gcp:secretmanager/secretVersion:SecretVersion",
    "gcp:artifactregistry/repository:Repository",
    "gcp:container/cluster:Cluster",
    "gcp:cloudrunv2/service:Service",
    "gcp:cloudfunctionsv2/function:Function",
    "gcp:redis/instance:Instance",
    "gcp:logging/projectBucketConfig:ProjectBucketConfig",
    "gcp:kms/cryptoKey:CryptoKey",
  ],
  parents: [
    ["gcp:kms/cryptoKey:CryptoKey", { type: "gcp:kms/keyRing:KeyRing", via: "keyRing", what: "key ring" }],
    ["gcp:storage/", { type: "gcp:storage/bucket:Bucket", via: "bucket", what: "bucket" }],
    ["gcp:bigquery/table:Table", { type: "gcp:bigquery/dataset:Dataset", via: "datasetId", what: "dataset" }],
    ["gcp:pubsub/subscription:Subscription", { type: PUBSUB_TOPIC, via: "topic", what: "topic" }],
    ["gcp:secretmanager/secretVersion:SecretVersion", { type: SECRET, via: "secret", what: "secret" }],
    ["gcp:sql/database:Database", IN_SQL_INSTANCE],
    ["gcp:sql/user:User", IN_SQL_INSTANCE],
  ],
  own(type, props) {
    if (type === PUBSUB_TOPIC) {
      const regions = strings(at(props, "messageStoragePolicy", "allowedPersistenceRegions"));
      return regions[0] ? { region: regions[0] } : {};
    }
    if (type === SECRET) {
      const first = str(at(secretReplicas(props)[0], "location"));
      return first ? { region: first } : {};
    }
    const region = ["region", "location", "locationId"].map((k) => str(props[k])).find((r) => r !== undefined);
    if (region) {
      const zone = str(peek(props, "zone"));
      return { region, ...(zone ? { zone } : {}) };
    }
    const zone = str(props.zone);
    if (zone) return { region: zone.replace(/-[a-z]$/, ""), zone };
    const config = str(props.config);
    if (type === "gcp:spanner/instance:Instance" && config) return { region: config.replace(/^regional-/, "") };
    // A KMS key ring or key id (projects/p/locations/europe-west3/keyRings/r) names its location.
    const ref = ["keyRing", "cryptoKey", "cryptoKeyId"].map((k) => str(peek(props, k))).find((v) => v?.includes("/locations/"));
    const inRef = ref ? /\/locations\/([^/]+)\//.exec(ref)?.[1] : undefined;
    return inRef ? { region: inRef } : {};
  },
  fromProvider(p) {
    const zone = str(p.zone);
    const region = str(p.region) ?? (zone ? zone.replace(/-[a-z]$/, "") : undefined);
    return { ...(region ? { region } : {}), ...(zone ? { zone } : {}) };
  },
  takesProviderLocation: (type) => type !== PUBSUB_TOPIC && type !== SECRET,
  noLocationWhy: (type) =>
    type === PUBSUB_TOPIC
      ? "it has no messageStoragePolicy.allowedPersistenceRegions, so Pub/Sub may store its messages in any Google Cloud region"
      : type === SECRET
        ? "its replication is automatic (replication.auto), so Secret Manager may store the payload in any region"
        : undefined,
  isComponent: bridgedComponent,
  knownOutside: gcpKnownOutside,
  replicas: {
    [PUBSUB_TOPIC]: (p) =>
      strings(at(p, "messageStoragePolicy", "allowedPersistenceRegions"))
        .slice(1)
        .map((region): Replica => ({ what: "a Pub/Sub allowed persistence region", region })),
    [SECRET]: (p) =>
      secretReplicas(p)
        .slice(1)
        .map((r): Replica => {
          const region = str(at(r, "location"));
          return region
            ? { what: "a Secret Manager replica", region }
            : { what: "a Secret Manager replica", unreadable: "replication.userManaged.replicas[].location" };
        }),
    // Cloud SQL backups: "If you don't specify a location, backups are stored in the multi-region
    // closest to the instance" (https://cloud.google.com/sql/docs/postgres/backup-recovery/backups#custom-location):
    // `EU` for a europe-* instance. A location other than the instance's region is a copy there.
    [SQL]: (p) => {
      if (bool(at(p, "settings", "backupConfiguration", "enabled")) === false) return [];
      const pinned = str(at(p, "settings", "backupConfiguration", "location"));
      if (pinned !== undefined) return [{ what: "Cloud SQL backups (settings.backupConfiguration.location)", region: pinned }];
      const nearest = (own: string): string | undefined =>
        own.startsWith("europe-") ? "EU" : own.startsWith("us-") ? "US" : own.startsWith("asia-") ? "ASIA" : undefined;
      return [
        {
          what: "Cloud SQL backups (no backupConfiguration.location: the nearest multi-region)",
          regionFrom: nearest,
          unreadable: "the multi-region Cloud SQL picks for the backups",
        },
      ];
    },
    "gcp:storage/bucket:Bucket": (p) =>
      items(p, "customPlacementConfig", "dataLocations").map((dl): Replica =>
        str(dl)
          ? { what: "a configurable dual-region bucket", region: str(dl)! }
          : { what: "a configurable dual-region bucket", unreadable: "customPlacementConfig.dataLocations" },
      ),
  },
  globalServices: GLOBAL_SERVICES,
  globalServiceParts: [
    "gcp:compute/uRLMap:URLMap",
    "gcp:compute/targetHttpProxy:TargetHttpProxy",
    "gcp:compute/targetHttpsProxy:TargetHttpsProxy",
    "gcp:compute/targetSslProxy:TargetSslProxy",
    "gcp:compute/targetTcpProxy:TargetTcpProxy",
    "gcp:compute/globalAddress:GlobalAddress",
    "gcp:compute/sSLCertificate:SSLCertificate",
    "gcp:compute/managedSslCertificate:ManagedSslCertificate",
    "gcp:compute/sSLPolicy:SSLPolicy",
    "gcp:compute/healthCheck:HealthCheck",
    "gcp:compute/backendBucket:BackendBucket",
    "gcp:compute/globalForwardingRule:GlobalForwardingRule",
    "gcp:compute/backendService:BackendService",
  ],
  encryption: {
    "gcp:storage/bucket:Bucket": (p) => kmsKey("Cloud Storage bucket", str(at(p, "encryption", "defaultKmsKeyName")), false),
    "gcp:compute/disk:Disk": diskEncryption,
    "gcp:compute/regionDisk:RegionDisk": diskEncryption,
    // A boot disk created elsewhere (`source`) is judged on its own Disk resource.
    "gcp:compute/instance:Instance": (p) =>
      at(p, "bootDisk", "source") !== undefined
        ? []
        : kmsKey(
            "Compute Engine boot disk",
            str(at(p, "bootDisk", "kmsKeySelfLink")),
            at(p, "bootDisk", "diskEncryptionKeyRaw") !== undefined || at(p, "bootDisk", "diskEncryptionKeyRsa") !== undefined,
          ),
    [SQL]: googleManaged("Cloud SQL instance", ["encryptionKeyName"]),
    // GKE encrypts etcd at rest with Google-managed keys; Kubernetes secrets are encrypted with your
    // Cloud KMS key only with application-layer secrets encryption (databaseEncryption state
    // ENCRYPTED and keyName; https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets).
    "gcp:container/cluster:Cluster": (p) => [
      str(at(p, "databaseEncryption", "state")) === "ENCRYPTED" && str(at(p, "databaseEncryption", "keyName"))
        ? { what: "GKE cluster secrets", atRest: "yes", cmk: "yes" }
        : {
            what: "GKE cluster secrets",
            atRest: "yes",
            cmk: "no",
            cmkWhy: "databaseEncryption is not ENCRYPTED with a keyName, so Kubernetes secrets are not encrypted with your Cloud KMS key",
          },
    ],
    "gcp:bigquery/dataset:Dataset": googleManaged("BigQuery dataset", ["defaultEncryptionConfiguration", "kmsKeyName"]),
    [PUBSUB_TOPIC]: googleManaged("Pub/Sub topic", ["kmsKeyName"]),
    "gcp:artifactregistry/repository:Repository": googleManaged("Artifact Registry repository", ["kmsKeyName"]),
  },
  exposure: {
    [SQL]: (p) =>
      items(p, "settings", "ipConfiguration", "authorizedNetworks").flatMap((n) => {
        const value = str(at(n, "value")) ?? "";
        return /\/0+$/.test(value)
          ? [`Cloud SQL instance accepts connections from the whole internet: authorizedNetworks includes ${value}.`]
          : [];
      }),
    "gcp:container/cluster:Cluster": (p) => {
      if (String(at(p, "privateClusterConfig", "enablePrivateEndpoint")) === "true") return [];
      const blocks = items(p, "masterAuthorizedNetworksConfig", "cidrBlocks").map((b) => str(at(b, "cidrBlock")) ?? "");
      if (at(p, "masterAuthorizedNetworksConfig") !== undefined && !blocks.some((c) => /\/0+$/.test(c))) return [];
      return [
        `GKE control plane endpoint is open to the internet: ${blocks.length > 0 ? `masterAuthorizedNetworksConfig allows ${blocks.filter((c) => /\/0+$/.test(c)).join(", ")}` : "no masterAuthorizedNetworksConfig and no private endpoint"}.`,
      ];
    },
    "gcp:cloudrunv2/serviceIamMember:ServiceIamMember": (p) =>
      strings(at(p, "member")).some((m) => /^allusers$/i.test(m))
        ? [`Cloud Run service IAM grants ${String(at(p, "role") ?? "a role")} to allUsers: the service is public.`]
        : [],
    "gcp:cloudfunctionsv2/functionIamMember:FunctionIamMember": (p) =>
      strings(at(p, "member")).some((m) => /^allusers$/i.test(m))
        ? [`Cloud Functions IAM grants ${String(at(p, "role") ?? "a role")} to allUsers: the function is public.`]
        : [],
  },
  mockOutputs(type, name, inputs) {
    switch (type) {
      case "gcp:storage/bucket:Bucket":
        return {
          name: inputs.name ?? `${name}-abc123`,
          url: `gs://${inputs.name ?? name}`,
          selfLink: `https://www.googleapis.com/storage/v1/b/${inputs.name ?? name}`,
        };
      case SQL:
        // The provider names an instance when the program does not (databases and users refer to it by name).
        return { name: inputs.name ?? `${name}-abc123`, connectionName: `corpus:${inputs.region}:${inputs.name ?? `${name}-abc123`}` };
      case "gcp:compute/instance:Instance":
        return {
          instanceId: `${name}-1234`,
          networkInterfaces: (inputs.networkInterfaces ?? []).map((n: any) => ({
            ...n,
            networkIp: "10.0.1.2",
            accessConfigs: (n.accessConfigs ?? []).map((a: any) => ({ ...a, natIp: "203.0.113.30" })),
          })),
        };
      default:
        return undefined;
    }
  },
  invokeResult(token, inputs) {
    switch (token) {
      case "gcp:storage/getProjectServiceAccount:getProjectServiceAccount":
        return { emailAddress: "service-123@gs-project-accounts.iam.gserviceaccount.com", project: inputs.project, id: "offline" };
      case "gcp:organizations/getProject:getProject":
        return { number: "123456789012", projectId: inputs.projectId, name: inputs.projectId, id: `projects/${inputs.projectId}` };
      default:
        return undefined;
    }
  },
  remediation: {
    "data-location":
      "Set `location`/`region` on the resource (or `region` on its gcp.Provider, stack config gcp:region) to a location the contract allows; pin Pub/Sub topics with messageStoragePolicy.allowedPersistenceRegions and secrets with user-managed replicas.",
    "inherited-location":
      "Create the parent (bucket, key ring, dataset, topic, Cloud SQL instance) in the same program so its location can be read.",
    replication: "Use a single-region location (or an EU dual-region such as EUR4), and replicas only in allowed regions.",
    "global-services":
      "Use a regional external Application Load Balancer (regional forwarding rule, RegionBackendBucket) instead of the global one and Cloud CDN.",
    "encryption-at-rest":
      "Google encrypts data at rest by default; for encryption: customer-managed name a Cloud KMS key (encryption.defaultKmsKeyName, kmsKeySelfLink, encryptionKeyName, kmsKeyName).",
    "no-public-access":
      'Set publicAccessPrevention "enforced" on buckets, grant no role to allUsers/allAuthenticatedUsers, no authorizedNetworks 0.0.0.0/0 on Cloud SQL, masterAuthorizedNetworksConfig on GKE.',
    "tls-only":
      "Cloud Storage has no bucket setting that refuses plain HTTP: make clients use the HTTPS JSON API, or disable this advisory with a reason.",
    "admin-ports": "Allow admin ports in the VPC firewall only from your admin range, or use IAP TCP forwarding.",
    "no-force-destroy": NO_FORCE_DESTROY_REMEDIATION,
  },
};
