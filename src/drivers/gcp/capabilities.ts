/** What the Google Cloud driver does with each portable feature (rendered in the portability matrix, docs/portability.md). */
import { emulated, native, unsupported, type CapabilityTable } from "../capabilities";

const GCS = "https://docs.cloud.google.com/storage/docs/";

export const GCP_CAPABILITIES: CapabilityTable = {
  "bucket.versioning": native(
    "Object versioning (switched off when a retention policy is set: GCS excludes both).",
    `${GCS}object-versioning`,
  ),
  "bucket.retention": native("Bucket retention policy.", `${GCS}bucket-lock`),
  "bucket.retentionLocked": native("Locked retention policy (Bucket Lock).", `${GCS}bucket-lock`),
  "bucket.lifecycle": native("Object Lifecycle Management Delete rules.", `${GCS}lifecycle`),
  "bucket.coldTier": native("Lifecycle SetStorageClass to NEARLINE (or overrides.gcp.coldStorageClass).", `${GCS}storage-classes`),
  "bucket.encryptionAtRest": native("Google-managed encryption at rest, or a Cloud KMS key.", `${GCS}encryption`),
  "bucket.customerManagedKeys": native(
    "Cloud KMS key in the bucket's location as the default key.",
    `${GCS}encryption/customer-managed-keys`,
  ),
  "bucket.blockPublicAccess": native(
    "Uniform bucket-level access and public access prevention enforced.",
    `${GCS}public-access-prevention`,
  ),
  "bucket.tlsOnly": unsupported(
    "Cloud Storage has no bucket setting that refuses plain HTTP: the JSON API accepts only HTTPS but the XML API accepts HTTP or HTTPS.",
    `${GCS}request-endpoints`,
  ),
  "bucket.geoRedundancy": native(
    "Target a dual- or multi-region location (gcp:eur4, gcp:eu); single regions keep one copy set.",
    `${GCS}locations`,
  ),
  "network.privateSubnet": native(
    "Custom-mode VPC with one regional subnetwork, private Google access.",
    "https://docs.cloud.google.com/vpc/docs/vpc",
  ),
  "network.denyInbound": native(
    "VPC firewall: ingress is denied unless a rule allows it (implied deny).",
    "https://docs.cloud.google.com/firewall/docs/firewalls",
  ),
  "vm.diskEncryption": native(
    "Persistent disks are encrypted at rest (Google-managed, or Cloud KMS).",
    "https://docs.cloud.google.com/compute/docs/disks/customer-managed-encryption",
  ),
  "vm.customerManagedKeys": native(
    "Boot disk with a Cloud KMS key in the VM's region.",
    "https://docs.cloud.google.com/compute/docs/disks/customer-managed-encryption",
  ),
  "vm.metadataHardening": native(
    "Shielded VM, project SSH keys blocked; the metadata server needs the Metadata-Flavor header.",
    "https://docs.cloud.google.com/compute/docs/metadata/overview",
  ),
  "vm.noPublicIpByDefault": native("An external access config only with publicIp: true."),
  "vm.sshKeys": native(
    "Instance metadata ssh-keys (OS Login off unless overrides.gcp.osLogin).",
    "https://docs.cloud.google.com/compute/docs/connect/add-ssh-keys",
  ),
  "vm.userData": emulated(
    "startup-script metadata (Google's Debian images have no cloud-init; #cloud-config is refused there).",
    "https://docs.cloud.google.com/compute/docs/instances/startup-scripts/linux",
  ),
  "cluster.managed": native(
    "GKE Standard: Google operates the control plane of a regional cluster in the region.",
    "https://cloud.google.com/kubernetes-engine/docs/concepts/regional-clusters",
  ),
  "cluster.privateApi": native(
    "Private nodes and a private endpoint (privateClusterConfig), master authorized networks limited to the subnet.",
    "https://cloud.google.com/kubernetes-engine/docs/concepts/private-cluster-concept",
  ),
  "cluster.apiAllowList": native(
    "Master authorized networks (masterAuthorizedNetworksConfig) with private nodes.",
    "https://cloud.google.com/kubernetes-engine/docs/concepts/network-isolation",
  ),
  "cluster.secretsEncryption": native(
    "Application-layer secrets encryption (databaseEncryption ENCRYPTED) with a Cloud KMS key the driver creates in the region.",
    "https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets",
  ),
  "cluster.customerManagedKeys": native(
    "The application-layer key is a Cloud KMS key in the cluster's region (created, or overrides.gcp.kmsKeyName).",
    "https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets",
  ),
  "db.managed": native("Cloud SQL for PostgreSQL (sql.DatabaseInstance).", "gcp-cloudsql-versions"),
  "db.privateEndpoint": native(
    "Private IP through private services access on the Network (a reserved range and a servicenetworking connection); no public IPv4.",
    "https://cloud.google.com/sql/docs/postgres/configure-private-services-access",
  ),
  "db.encryptionAtRest": native("Always encrypted at rest with Google-managed keys.", "https://cloud.google.com/sql/docs/postgres/cmek"),
  "db.customerManagedKeys": native(
    "encryptionKeyName: a Cloud KMS key in the instance's region, granted to the Cloud SQL service agent.",
    "https://cloud.google.com/sql/docs/postgres/cmek",
  ),
  "db.tlsOnly": native("ipConfiguration.sslMode ENCRYPTED_ONLY.", "https://cloud.google.com/sql/docs/postgres/configure-ssl-instance"),
  "db.highAvailability": native(
    "availabilityType REGIONAL (standby in another zone).",
    "https://cloud.google.com/sql/docs/postgres/high-availability",
  ),
  "db.pointInTime": native(
    "backupConfiguration.pointInTimeRecoveryEnabled.",
    "https://cloud.google.com/sql/docs/postgres/backup-recovery/pitr",
  ),
  "db.backupsInRegion": native(
    "backupConfiguration.location pinned to the instance's region (the default is a multi-region).",
    "gcp-cloudsql-backups",
  ),
  "db.backupCopy": unsupported("Cloud SQL keeps automated backups in one location.", "gcp-cloudsql-backups"),
  "db.readReplicas": native(
    "A sql.DatabaseInstance with masterInstanceName in the same region and network.",
    "https://cloud.google.com/sql/docs/postgres/replication",
  ),
  "db.crossRegionReplicas": unsupported("the driver creates replicas in the primary's region only."),
  "db.deletionProtection": native(
    "deletionProtection (Pulumi) and settings.deletionProtectionEnabled (API), and the instance retained on destroy.",
    "https://cloud.google.com/sql/docs/postgres/deletion-protection",
  ),
  "db.finalSnapshot": native(
    "settings.finalBackupConfig enabled (kept for the backup retention).",
    "https://cloud.google.com/sql/docs/postgres/backup-recovery/backups",
  ),
  "db.publicAccess": native(
    "ipv4Enabled with authorizedNetworks limited to the given sources.",
    "https://cloud.google.com/sql/docs/postgres/authorize-networks",
  ),
};
