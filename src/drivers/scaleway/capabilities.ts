/**
 * What the Scaleway driver does with each portable feature (rendered in the portability
 * matrix (docs/portability.md)). Sources are Scaleway's documentation, read 2026-11-28 from scaleway/docs-content
 * (page validation dates in brackets).
 */
import { emulated, native, unknown, unsupported, type CapabilityTable } from "../capabilities";

const DOCS = "https://www.scaleway.com/en/docs/";
const OS = `${DOCS}object-storage/`;

/** Bucket policies: condition keys aws:SourceIp, aws:Referer, aws:CurrentTime, aws:EpochTime, s3:prefix; no Bool operator; Deny is useless in 2023-04-17 policies [2025-07-30]. */
export const BUCKET_POLICY_DOC = `${OS}api-cli/bucket-policy/`;
/** SSE-ONE: bucket default encryption with AES256, keys managed by Scaleway [2026-02-03]. */
export const SSE_ONE_DOC = `${OS}api-cli/enable-sse-one/`;
/** SSE-KMS with Key Manager [2026-06-04]. */
export const SSE_KMS_DOC = `${OS}api-cli/enable-sse-kms/`;
/** Object lock: only at bucket creation, forces versioning on; GOVERNANCE and COMPLIANCE modes [2025-07-31]. */
export const OBJECT_LOCK_DOC = `${OS}api-cli/object-lock/`;
/** Lifecycle: expiration, noncurrent expiration, transitions to ONEZONE_IA/GLACIER; minimal durations [2026-03-31]. */
export const LIFECYCLE_DOC = `${OS}api-cli/lifecycle-rules-api/`;
/** Storage classes per region; Glacier in fr-par and nl-ams only, stored in Paris DC4 [2025-04-02]. */
export const OS_FAQ = `${OS}faq/`;
/** "The Glacier class systematically stores objects in Paris, regardless of the Region"; Block Storage volume encryption left to the customer (LUKS) [2025-11-12]. */
export const SHARED_RESPONSIBILITY_DOC = `${OS}reference-content/storage-shared-responsibility-model/`;
/** HDS volumes: "you must proactively encrypt data stored on the Block Storage volume" with LUKS [2025-11-12]. */
export const BLOCK_HDS_DOC = `${DOCS}block-storage/how-to/host-healthcare-data/`;
/** Security groups filter public traffic; NACLs filter traffic between Private Networks [2024-12-16]. */
export const VPC_FAQ = `${DOCS}vpc/faq/`;
/** Private Network IPv4 subnets: custom prefixes /20 to /28 [2025-04-07]. */
export const PRIVATE_NETWORK_DOC = `${DOCS}vpc/how-to/create-private-network/`;
/** User data is served only to requests from privileged source ports (< 1024). */
export const USER_DATA_API = "https://www.scaleway.com/en/developers/api/instance/user-data";
/** cloud-init reads the `cloud-init` key of the Instance user data [2025-07-15]. */
export const CLOUD_INIT_DOC = `${DOCS}instances/api-cli/using-cloud-init/`;

export const SCALEWAY_CAPABILITIES: CapabilityTable = {
  "bucket.versioning": native("Bucket versioning (object.Bucket versioning.enabled).", OBJECT_LOCK_DOC),
  "bucket.retention": native(
    "Object lock enabled at creation, GOVERNANCE default retention (object.BucketLockConfiguration).",
    OBJECT_LOCK_DOC,
  ),
  "bucket.retentionLocked": native("Object lock COMPLIANCE mode: nobody can shorten retention or delete before it ends.", OBJECT_LOCK_DOC),
  "bucket.lifecycle": native("Lifecycle rules on the bucket: expiration and noncurrent-version expiration.", LIFECYCLE_DOC),
  "bucket.coldTier": native(
    "Lifecycle transition to ONEZONE_IA (one zone of the bucket's region); GLACIER only for fr-par buckets, since Glacier stores objects in Paris whatever the region.",
    LIFECYCLE_DOC,
  ),
  "bucket.encryptionAtRest": native(
    "SSE-ONE: bucket default encryption AES256 with keys managed by Scaleway (object.BucketServerSideEncryptionConfiguration).",
    SSE_ONE_DOC,
  ),
  "bucket.customerManagedKeys": unsupported(
    "not implemented by this driver: Scaleway documents SSE-KMS with Key Manager, but the catalog keeps Scaleway's customer-managed keys unconfirmed (VM disks have none).",
    SSE_KMS_DOC,
  ),
  "bucket.blockPublicAccess": emulated(
    "Private canned ACL (object.BucketAcl) and no bucket policy; Scaleway has no setting that blocks later public ACLs.",
    OS_FAQ,
  ),
  "bucket.tlsOnly": unsupported(
    "Scaleway bucket policies have no aws:SecureTransport condition (keys: aws:SourceIp, aws:Referer, aws:CurrentTime, aws:EpochTime, s3:prefix) and ignore Deny statements, so plain HTTP cannot be refused.",
    BUCKET_POLICY_DOC,
  ),
  "bucket.geoRedundancy": unsupported(
    "the driver keeps data in the target region (the Standard class is spread over the region's zones; no cross-region copy is created).",
  ),
  "network.privateSubnet": native(
    "A dedicated VPC with one Private Network carrying the subnet (network.Vpc, network.PrivateNetwork).",
    PRIVATE_NETWORK_DOC,
  ),
  "network.denyInbound": emulated(
    "Security group with inbound default drop and one rule per ingress; it filters public traffic only: traffic inside the Private Network is not filtered.",
    VPC_FAQ,
  ),
  "vm.diskEncryption": unknown(
    "no Instance or Block Storage setting encrypts a volume; Scaleway tells customers to encrypt volumes themselves (LUKS), and documents disk encryption only under its HDS contract.",
    BLOCK_HDS_DOC,
  ),
  "vm.customerManagedKeys": unsupported("Block Storage volumes take no encryption key.", BLOCK_HDS_DOC),
  "vm.metadataHardening": native(
    "always on: the metadata API serves user data (cloud-init, SSH keys) only to privileged source ports (root); it cannot be switched off.",
    USER_DATA_API,
  ),
  "vm.noPublicIpByDefault": native("No flexible IP and no dynamic IP unless publicIp: true."),
  "vm.sshKeys": emulated(
    "Keys installed for the admin user by cloud-init (user data); Scaleway also transfers the Project's IAM SSH keys to every Instance at boot.",
    CLOUD_INIT_DOC,
  ),
  "vm.userData": native("The cloud-init key of the Instance user data.", CLOUD_INIT_DOC),
  "cluster.managed": native("Kubernetes Kapsule: Scaleway operates the control plane in the region.", "scaleway-products-availability"),
  "cluster.privateApi": unknown(
    "a Kapsule API server reachable only from the Private Network was not confirmed from a source; use apiAllowedFrom.",
  ),
  "cluster.apiAllowList": native(
    "Kapsule ACL (kubernetes.Acl) listing only the allowed CIDRs.",
    "https://registry.terraform.io/providers/scaleway/scaleway/latest/docs/resources/k8s_acl",
  ),
  "cluster.secretsEncryption": unknown("whether Kapsule encrypts Kubernetes secrets (etcd) at rest was not confirmed from a source."),
  "cluster.customerManagedKeys": unknown("a customer-managed key for Kapsule secrets was not confirmed from a source."),
  "db.managed": native("Managed Database for PostgreSQL (databases.Instance).", "scaleway-rdb-engines"),
  "db.privateEndpoint": native(
    "Attached to the Network's Private Network with IPAM; no public load-balancer endpoint.",
    "https://www.scaleway.com/en/docs/managed-databases/postgresql-and-mysql/how-to/connect-database-private-network/",
  ),
  "db.encryptionAtRest": native(
    "encryptionAtRest true (volume encryption).",
    "https://www.scaleway.com/en/docs/managed-databases/postgresql-and-mysql/how-to/encrypt-volumes/",
  ),
  "db.customerManagedKeys": unsupported("Scaleway encrypts database volumes with keys it manages; no customer key can be given."),
  "db.tlsOnly": unknown("no setting found that refuses plain connections (Scaleway serves TLS, clients must ask for it)."),
  "db.highAvailability": native(
    "isHaCluster (a standby node).",
    "https://www.scaleway.com/en/docs/managed-databases/postgresql-and-mysql/reference-content/security-and-reliability/",
  ),
  "db.pointInTime": unknown("no point-in-time restore is documented (daily logical backups and snapshots)."),
  "db.backupsInRegion": native("backupSameRegion true (Scaleway's default is a different region).", "scaleway-rdb-backups"),
  "db.backupCopy": unknown(
    "Scaleway's other backup region is not named, so it cannot be checked against the contract.",
    "scaleway-rdb-backups",
  ),
  "db.readReplicas": native(
    "databases.ReadReplica on the same Private Network.",
    "https://www.scaleway.com/en/docs/managed-databases/postgresql-and-mysql/how-to/create-read-replica/",
  ),
  "db.crossRegionReplicas": unsupported("read replicas are created in the instance's region."),
  "db.deletionProtection": emulated("Scaleway has no deletion-protection setting; the instance is retained on destroy."),
  "db.finalSnapshot": unsupported("Scaleway takes no snapshot when an instance is deleted."),
  "db.publicAccess": unsupported("the driver attaches the instance to the Private Network only."),
};
