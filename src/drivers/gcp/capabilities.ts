/** What the Google Cloud driver does with each portable feature (rendered in the portability matrix, docs/portability.md). */
import type { CapabilityTable } from "../capabilities";

const GCS = "https://docs.cloud.google.com/storage/docs/";

export const GCP_CAPABILITIES: CapabilityTable = {
  "bucket.versioning": {
    level: "native",
    how: "Object versioning (switched off when a retention policy is set: GCS excludes both).",
    source: `${GCS}object-versioning`,
  },
  "bucket.retention": { level: "native", how: "Bucket retention policy.", source: `${GCS}bucket-lock` },
  "bucket.retentionLocked": { level: "native", how: "Locked retention policy (Bucket Lock).", source: `${GCS}bucket-lock` },
  "bucket.lifecycle": { level: "native", how: "Object Lifecycle Management Delete rules.", source: `${GCS}lifecycle` },
  "bucket.coldTier": {
    level: "native",
    how: "Lifecycle SetStorageClass to NEARLINE (or overrides.gcp.coldStorageClass).",
    source: `${GCS}storage-classes`,
  },
  "bucket.encryptionAtRest": { level: "native", how: "Google-managed encryption at rest, or a Cloud KMS key.", source: `${GCS}encryption` },
  "bucket.customerManagedKeys": {
    level: "native",
    how: "Cloud KMS key in the bucket's location as the default key.",
    source: `${GCS}encryption/customer-managed-keys`,
  },
  "bucket.blockPublicAccess": {
    level: "native",
    how: "Uniform bucket-level access and public access prevention enforced.",
    source: `${GCS}public-access-prevention`,
  },
  "bucket.tlsOnly": {
    level: "unsupported",
    how: "Cloud Storage has no bucket setting that refuses plain HTTP: the JSON API accepts only HTTPS but the XML API accepts HTTP or HTTPS.",
    source: `${GCS}request-endpoints`,
  },
  "bucket.geoRedundancy": {
    level: "native",
    how: "Target a dual- or multi-region location (gcp:eur4, gcp:eu); single regions keep one copy set.",
    source: `${GCS}locations`,
  },
  "network.privateSubnet": {
    level: "native",
    how: "Custom-mode VPC with one regional subnetwork, private Google access.",
    source: "https://docs.cloud.google.com/vpc/docs/vpc",
  },
  "network.denyInbound": {
    level: "native",
    how: "VPC firewall: ingress is denied unless a rule allows it (implied deny).",
    source: "https://docs.cloud.google.com/firewall/docs/firewalls",
  },
  "vm.diskEncryption": {
    level: "native",
    how: "Persistent disks are encrypted at rest (Google-managed, or Cloud KMS).",
    source: "https://docs.cloud.google.com/compute/docs/disks/customer-managed-encryption",
  },
  "vm.customerManagedKeys": {
    level: "native",
    how: "Boot disk with a Cloud KMS key in the VM's region.",
    source: "https://docs.cloud.google.com/compute/docs/disks/customer-managed-encryption",
  },
  "vm.metadataHardening": {
    level: "native",
    how: "Shielded VM, project SSH keys blocked; the metadata server needs the Metadata-Flavor header.",
    source: "https://docs.cloud.google.com/compute/docs/metadata/overview",
  },
  "vm.noPublicIpByDefault": { level: "native", how: "An external access config only with publicIp: true." },
  "vm.sshKeys": {
    level: "native",
    how: "Instance metadata ssh-keys (OS Login off unless overrides.gcp.osLogin).",
    source: "https://docs.cloud.google.com/compute/docs/connect/add-ssh-keys",
  },
  "vm.userData": {
    level: "emulated",
    how: "startup-script metadata (Google's Debian images have no cloud-init; #cloud-config is refused there).",
    source: "https://docs.cloud.google.com/compute/docs/instances/startup-scripts/linux",
  },
  "cluster.managed": {
    level: "native",
    how: "GKE Standard: Google operates the control plane of a regional cluster in the region.",
    source: "https://cloud.google.com/kubernetes-engine/docs/concepts/regional-clusters",
  },
  "cluster.privateApi": {
    level: "native",
    how: "Private nodes and a private endpoint (privateClusterConfig), master authorized networks limited to the subnet.",
    source: "https://cloud.google.com/kubernetes-engine/docs/concepts/private-cluster-concept",
  },
  "cluster.apiAllowList": {
    level: "native",
    how: "Master authorized networks (masterAuthorizedNetworksConfig) with private nodes.",
    source: "https://cloud.google.com/kubernetes-engine/docs/concepts/network-isolation",
  },
  "cluster.secretsEncryption": {
    level: "native",
    how: "Application-layer secrets encryption (databaseEncryption ENCRYPTED) with a Cloud KMS key the driver creates in the region.",
    source: "https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets",
  },
  "cluster.customerManagedKeys": {
    level: "native",
    how: "The application-layer key is a Cloud KMS key in the cluster's region (created, or overrides.gcp.kmsKeyName).",
    source: "https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets",
  },
  "db.managed": { level: "native", how: "Cloud SQL for PostgreSQL (sql.DatabaseInstance).", source: "gcp-cloudsql-versions" },
  "db.privateEndpoint": {
    level: "native",
    how: "Private IP through private services access on the Network (a reserved range and a servicenetworking connection); no public IPv4.",
    source: "https://cloud.google.com/sql/docs/postgres/configure-private-services-access",
  },
  "db.encryptionAtRest": {
    level: "native",
    how: "Always encrypted at rest with Google-managed keys.",
    source: "https://cloud.google.com/sql/docs/postgres/cmek",
  },
  "db.customerManagedKeys": {
    level: "native",
    how: "encryptionKeyName: a Cloud KMS key in the instance's region, granted to the Cloud SQL service agent.",
    source: "https://cloud.google.com/sql/docs/postgres/cmek",
  },
  "db.tlsOnly": {
    level: "native",
    how: "ipConfiguration.sslMode ENCRYPTED_ONLY.",
    source: "https://cloud.google.com/sql/docs/postgres/configure-ssl-instance",
  },
  "db.highAvailability": {
    level: "native",
    how: "availabilityType REGIONAL (standby in another zone).",
    source: "https://cloud.google.com/sql/docs/postgres/high-availability",
  },
  "db.pointInTime": {
    level: "native",
    how: "backupConfiguration.pointInTimeRecoveryEnabled.",
    source: "https://cloud.google.com/sql/docs/postgres/backup-recovery/pitr",
  },
  "db.backupsInRegion": {
    level: "native",
    how: "backupConfiguration.location pinned to the instance's region (the default is a multi-region).",
    source: "gcp-cloudsql-backups",
  },
  "db.backupCopy": { level: "unsupported", how: "Cloud SQL keeps automated backups in one location.", source: "gcp-cloudsql-backups" },
  "db.readReplicas": {
    level: "native",
    how: "A sql.DatabaseInstance with masterInstanceName in the same region and network.",
    source: "https://cloud.google.com/sql/docs/postgres/replication",
  },
  "db.crossRegionReplicas": { level: "unsupported", how: "the driver creates replicas in the primary's region only." },
  "db.deletionProtection": {
    level: "native",
    how: "deletionProtection (Pulumi) and settings.deletionProtectionEnabled (API), and the instance retained on destroy.",
    source: "https://cloud.google.com/sql/docs/postgres/deletion-protection",
  },
  "db.finalSnapshot": {
    level: "native",
    how: "settings.finalBackupConfig enabled (kept for the backup retention).",
    source: "https://cloud.google.com/sql/docs/postgres/backup-recovery/backups",
  },
  "db.publicAccess": {
    level: "native",
    how: "ipv4Enabled with authorizedNetworks limited to the given sources.",
    source: "https://cloud.google.com/sql/docs/postgres/authorize-networks",
  },
};
