/**
 * What the Scaleway driver does with each portable feature (rendered in the portability
 * matrix (docs/portability.md)). Sources are Scaleway's documentation, read 2026-11-28 from scaleway/docs-content
 * (page validation dates in brackets).
 */
import type { CapabilityTable } from "../capabilities";

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
  "bucket.versioning": { level: "native", how: "Bucket versioning (object.Bucket versioning.enabled).", source: OBJECT_LOCK_DOC },
  "bucket.retention": {
    level: "native",
    how: "Object lock enabled at creation, GOVERNANCE default retention (object.BucketLockConfiguration).",
    source: OBJECT_LOCK_DOC,
  },
  "bucket.retentionLocked": {
    level: "native",
    how: "Object lock COMPLIANCE mode: nobody can shorten retention or delete before it ends.",
    source: OBJECT_LOCK_DOC,
  },
  "bucket.lifecycle": {
    level: "native",
    how: "Lifecycle rules on the bucket: expiration and noncurrent-version expiration.",
    source: LIFECYCLE_DOC,
  },
  "bucket.coldTier": {
    level: "native",
    how: "Lifecycle transition to ONEZONE_IA (one zone of the bucket's region); GLACIER only for fr-par buckets, since Glacier stores objects in Paris whatever the region.",
    source: LIFECYCLE_DOC,
  },
  "bucket.encryptionAtRest": {
    level: "native",
    how: "SSE-ONE: bucket default encryption AES256 with keys managed by Scaleway (object.BucketServerSideEncryptionConfiguration).",
    source: SSE_ONE_DOC,
  },
  "bucket.customerManagedKeys": {
    level: "unsupported",
    how: "not implemented by this driver: Scaleway documents SSE-KMS with Key Manager, but the catalog keeps Scaleway's customer-managed keys unconfirmed (VM disks have none).",
    source: SSE_KMS_DOC,
  },
  "bucket.blockPublicAccess": {
    level: "emulated",
    how: "Private canned ACL (object.BucketAcl) and no bucket policy; Scaleway has no setting that blocks later public ACLs.",
    source: OS_FAQ,
  },
  "bucket.tlsOnly": {
    level: "unsupported",
    how: "Scaleway bucket policies have no aws:SecureTransport condition (keys: aws:SourceIp, aws:Referer, aws:CurrentTime, aws:EpochTime, s3:prefix) and ignore Deny statements, so plain HTTP cannot be refused.",
    source: BUCKET_POLICY_DOC,
  },
  "bucket.geoRedundancy": {
    level: "unsupported",
    how: "the driver keeps data in the target region (the Standard class is spread over the region's zones; no cross-region copy is created).",
  },
  "network.privateSubnet": {
    level: "native",
    how: "A dedicated VPC with one Private Network carrying the subnet (network.Vpc, network.PrivateNetwork).",
    source: PRIVATE_NETWORK_DOC,
  },
  "network.denyInbound": {
    level: "emulated",
    how: "Security group with inbound default drop and one rule per ingress; it filters public traffic only: traffic inside the Private Network is not filtered.",
    source: VPC_FAQ,
  },
  "vm.diskEncryption": {
    level: "unknown",
    how: "no Instance or Block Storage setting encrypts a volume; Scaleway tells customers to encrypt volumes themselves (LUKS), and documents disk encryption only under its HDS contract.",
    source: BLOCK_HDS_DOC,
  },
  "vm.customerManagedKeys": { level: "unsupported", how: "Block Storage volumes take no encryption key.", source: BLOCK_HDS_DOC },
  "vm.metadataHardening": {
    level: "native",
    how: "always on: the metadata API serves user data (cloud-init, SSH keys) only to privileged source ports (root); it cannot be switched off.",
    source: USER_DATA_API,
  },
  "vm.noPublicIpByDefault": { level: "native", how: "No flexible IP and no dynamic IP unless publicIp: true." },
  "vm.sshKeys": {
    level: "emulated",
    how: "Keys installed for the admin user by cloud-init (user data); Scaleway also transfers the Project's IAM SSH keys to every Instance at boot.",
    source: CLOUD_INIT_DOC,
  },
  "vm.userData": { level: "native", how: "The cloud-init key of the Instance user data.", source: CLOUD_INIT_DOC },
  "cluster.managed": {
    level: "native",
    how: "Kubernetes Kapsule: Scaleway operates the control plane in the region.",
    source: "scaleway-products-availability",
  },
  "cluster.privateApi": {
    level: "unknown",
    how: "a Kapsule API server reachable only from the Private Network was not confirmed from a source; use apiAllowedFrom.",
  },
  "cluster.apiAllowList": {
    level: "native",
    how: "Kapsule ACL (kubernetes.Acl) listing only the allowed CIDRs.",
    source: "https://registry.terraform.io/providers/scaleway/scaleway/latest/docs/resources/k8s_acl",
  },
  "cluster.secretsEncryption": {
    level: "unknown",
    how: "whether Kapsule encrypts Kubernetes secrets (etcd) at rest was not confirmed from a source.",
  },
  "cluster.customerManagedKeys": { level: "unknown", how: "a customer-managed key for Kapsule secrets was not confirmed from a source." },
  "db.managed": { level: "native", how: "Managed Database for PostgreSQL (databases.Instance).", source: "scaleway-rdb-engines" },
  "db.privateEndpoint": {
    level: "native",
    how: "Attached to the Network's Private Network with IPAM; no public load-balancer endpoint.",
    source: "https://www.scaleway.com/en/docs/managed-databases/postgresql-and-mysql/how-to/connect-database-private-network/",
  },
  "db.encryptionAtRest": {
    level: "native",
    how: "encryptionAtRest true (volume encryption).",
    source: "https://www.scaleway.com/en/docs/managed-databases/postgresql-and-mysql/how-to/encrypt-volumes/",
  },
  "db.customerManagedKeys": {
    level: "unsupported",
    how: "Scaleway encrypts database volumes with keys it manages; no customer key can be given.",
  },
  "db.tlsOnly": {
    level: "unknown",
    how: "no setting found that refuses plain connections (Scaleway serves TLS, clients must ask for it).",
  },
  "db.highAvailability": {
    level: "native",
    how: "isHaCluster (a standby node).",
    source: "https://www.scaleway.com/en/docs/managed-databases/postgresql-and-mysql/reference-content/security-and-reliability/",
  },
  "db.pointInTime": { level: "unknown", how: "no point-in-time restore is documented (daily logical backups and snapshots)." },
  "db.backupsInRegion": {
    level: "native",
    how: "backupSameRegion true (Scaleway's default is a different region).",
    source: "scaleway-rdb-backups",
  },
  "db.backupCopy": {
    level: "unknown",
    how: "Scaleway's other backup region is not named, so it cannot be checked against the contract.",
    source: "scaleway-rdb-backups",
  },
  "db.readReplicas": {
    level: "native",
    how: "databases.ReadReplica on the same Private Network.",
    source: "https://www.scaleway.com/en/docs/managed-databases/postgresql-and-mysql/how-to/create-read-replica/",
  },
  "db.crossRegionReplicas": { level: "unsupported", how: "read replicas are created in the instance's region." },
  "db.deletionProtection": { level: "emulated", how: "Scaleway has no deletion-protection setting; the instance is retained on destroy." },
  "db.finalSnapshot": { level: "unsupported", how: "Scaleway takes no snapshot when an instance is deleted." },
  "db.publicAccess": { level: "unsupported", how: "the driver attaches the instance to the Private Network only." },
};
