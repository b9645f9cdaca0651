/** What the Azure driver does with each portable feature (rendered in the portability matrix, docs/portability.md). */
import type { CapabilityTable } from "../capabilities";

const STORAGE = "https://learn.microsoft.com/azure/storage/";

export const AZURE_CAPABILITIES: CapabilityTable = {
  "bucket.versioning": { level: "native", how: "Blob versioning on the storage account.", source: `${STORAGE}blobs/versioning-overview` },
  "bucket.retention": {
    level: "native",
    how: "Container immutability policy (time-based retention), unlocked.",
    source: `${STORAGE}blobs/immutable-time-based-retention-policy-overview`,
  },
  "bucket.retentionLocked": {
    level: "native",
    how: "Locked immutability policy (needs a second run: lockExistingRetentionPolicy).",
    source: `${STORAGE}blobs/immutable-time-based-retention-policy-overview`,
  },
  "bucket.lifecycle": {
    level: "native",
    how: "Storage lifecycle management policy (delete base blobs and versions).",
    source: `${STORAGE}blobs/lifecycle-management-overview`,
  },
  "bucket.coldTier": {
    level: "native",
    how: "Lifecycle move to the Cool tier (or overrides.azure.coldTier Cold).",
    source: `${STORAGE}blobs/access-tiers-overview`,
  },
  "bucket.encryptionAtRest": {
    level: "native",
    how: "Storage service encryption, plus infrastructure encryption.",
    source: `${STORAGE}common/storage-service-encryption`,
  },
  "bucket.customerManagedKeys": {
    level: "native",
    how: "Key Vault key in the same region through a user-assigned identity.",
    source: `${STORAGE}common/customer-managed-keys-overview`,
  },
  "bucket.blockPublicAccess": {
    level: "native",
    how: "allowBlobPublicAccess false, shared-key access off, container access None.",
    source: `${STORAGE}blobs/anonymous-read-access-prevent`,
  },
  "bucket.tlsOnly": {
    level: "native",
    how: "HTTPS-only traffic with TLS 1.2 minimum.",
    source: `${STORAGE}common/storage-require-secure-transfer`,
  },
  "bucket.geoRedundancy": {
    level: "native",
    how: "GZRS/GRS to the paired region, only when the contract allows replication and the pair satisfies it.",
    source: `${STORAGE}common/storage-redundancy`,
  },
  "network.privateSubnet": {
    level: "native",
    how: "Virtual network with one subnet.",
    source: "https://learn.microsoft.com/azure/virtual-network/",
  },
  "network.denyInbound": {
    level: "native",
    how: "Network security group; DenyAllInBound below the ingress rules.",
    source: "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview",
  },
  "vm.diskEncryption": {
    level: "native",
    how: "Managed disks with server-side encryption and encryption at host (overrides.azure.encryptionAtHost).",
    source: "https://learn.microsoft.com/azure/virtual-machines/disk-encryption",
  },
  "vm.customerManagedKeys": {
    level: "native",
    how: "Disk encryption set with a Key Vault key in the same region.",
    source: "https://learn.microsoft.com/azure/virtual-machines/disk-encryption",
  },
  "vm.metadataHardening": {
    level: "native",
    how: "Azure IMDS answers only requests with the Metadata header, from inside the VM.",
    source: "https://learn.microsoft.com/azure/virtual-machines/instance-metadata-service",
  },
  "vm.noPublicIpByDefault": { level: "native", how: "A public IP address is created only with publicIp: true." },
  "vm.sshKeys": {
    level: "native",
    how: "Password login off; the keys in the VM's authorized_keys.",
    source: "https://learn.microsoft.com/azure/virtual-machines/linux/create-ssh-keys-detailed",
  },
  "vm.userData": {
    level: "native",
    how: "customData, run by cloud-init.",
    source: "https://learn.microsoft.com/azure/virtual-machines/custom-data",
  },
  "cluster.managed": {
    level: "native",
    how: "Azure Kubernetes Service: Microsoft operates the control plane in the cluster's region.",
    source: "https://learn.microsoft.com/azure/aks/what-is-aks",
  },
  "cluster.privateApi": {
    level: "native",
    how: "AKS private cluster (apiServerAccessProfile.enablePrivateCluster).",
    source: "https://learn.microsoft.com/azure/aks/private-clusters",
  },
  "cluster.apiAllowList": {
    level: "native",
    how: "AKS API server authorized IP ranges (apiServerAccessProfile.authorizedIPRanges).",
    source: "https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges",
  },
  "cluster.secretsEncryption": {
    level: "unknown",
    how: "whether AKS encrypts etcd at rest without KMS was not confirmed from a source, and this driver does not configure AKS KMS etcd encryption.",
  },
  "cluster.customerManagedKeys": {
    level: "unsupported",
    how: "this driver does not configure AKS KMS etcd encryption with a Key Vault key (needs a vault, a key and a user-assigned identity).",
  },
  "db.managed": {
    level: "native",
    how: "Azure Database for PostgreSQL flexible server (dbforpostgresql.Server).",
    source: "azure-postgresql-versions",
  },
  "db.privateEndpoint": {
    level: "native",
    how: "VNet integration: a subnet of the Network delegated to Microsoft.DBforPostgreSQL/flexibleServers and a private DNS zone linked to the VNet; public network access disabled.",
    source: "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-private",
  },
  "db.encryptionAtRest": {
    level: "native",
    how: "Always encrypted at rest (data, backups, temporary files) with service-managed keys.",
    source: "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-data-encryption",
  },
  "db.customerManagedKeys": {
    level: "native",
    how: "dataEncryption with an Azure Key Vault key through a user-assigned identity.",
    source: "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-data-encryption",
  },
  "db.tlsOnly": {
    level: "native",
    how: "Server parameter require_secure_transport = on (set explicitly).",
    source: "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-ssl-tls",
  },
  "db.highAvailability": {
    level: "native",
    how: "highAvailability ZoneRedundant (standby in another zone; needs a region with zones and a non-Burstable SKU).",
    source: "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-high-availability",
  },
  "db.pointInTime": {
    level: "native",
    how: "Point-in-time restore within the backup retention (always on).",
    source: "azure-postgresql-backups",
  },
  "db.backupsInRegion": {
    level: "native",
    how: "geoRedundantBackup Disabled: backups stay in the region.",
    source: "azure-postgresql-backups",
  },
  "db.backupCopy": {
    level: "native",
    how: "geoRedundantBackup Enabled: copies go to the region pair only (another region is refused).",
    source: "azure-postgresql-backups",
  },
  "db.readReplicas": {
    level: "native",
    how: "A server with createMode Replica in the same region and delegated subnet.",
    source: "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-read-replicas",
  },
  "db.crossRegionReplicas": { level: "unsupported", how: "the driver creates replicas in the server's region only." },
  "db.deletionProtection": {
    level: "emulated",
    how: "The server is retained on destroy and a CanNotDelete management lock is placed on it.",
    source: "https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources",
  },
  "db.finalSnapshot": {
    level: "unsupported",
    how: "Azure takes no snapshot when a server is deleted (a dropped server can only be revived from its backups for a few days).",
  },
  "db.publicAccess": {
    level: "unsupported",
    how: "a VNet-integrated flexible server cannot have a public endpoint.",
    source: "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-private",
  },
};
