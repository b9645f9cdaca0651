/** What the Azure driver does with each portable feature (rendered in the portability matrix, docs/portability.md). */
import { emulated, native, unknown, unsupported, type CapabilityTable } from "../capabilities";

const STORAGE = "https://learn.microsoft.com/azure/storage/";

export const AZURE_CAPABILITIES: CapabilityTable = {
  "bucket.versioning": native("Blob versioning on the storage account.", `${STORAGE}blobs/versioning-overview`),
  "bucket.retention": native(
    "Container immutability policy (time-based retention), unlocked.",
    `${STORAGE}blobs/immutable-time-based-retention-policy-overview`,
  ),
  "bucket.retentionLocked": native(
    "Locked immutability policy (needs a second run: lockExistingRetentionPolicy).",
    `${STORAGE}blobs/immutable-time-based-retention-policy-overview`,
  ),
  "bucket.lifecycle": native(
    "Storage lifecycle management policy (delete base blobs and versions).",
    `${STORAGE}blobs/lifecycle-management-overview`,
  ),
  "bucket.coldTier": native("Lifecycle move to the Cool tier (or overrides.azure.coldTier Cold).", `${STORAGE}blobs/access-tiers-overview`),
  "bucket.encryptionAtRest": native(
    "Storage service encryption, plus infrastructure encryption.",
    `${STORAGE}common/storage-service-encryption`,
  ),
  "bucket.customerManagedKeys": native(
    "Key Vault key in the same region through a user-assigned identity.",
    `${STORAGE}common/customer-managed-keys-overview`,
  ),
  "bucket.blockPublicAccess": native(
    "allowBlobPublicAccess false, shared-key access off, container access None.",
    `${STORAGE}blobs/anonymous-read-access-prevent`,
  ),
  "bucket.tlsOnly": native("HTTPS-only traffic with TLS 1.2 minimum.", `${STORAGE}common/storage-require-secure-transfer`),
  "bucket.geoRedundancy": native(
    "GZRS/GRS to the paired region, only when the contract allows replication and the pair satisfies it.",
    `${STORAGE}common/storage-redundancy`,
  ),
  "network.privateSubnet": native("Virtual network with one subnet.", "https://learn.microsoft.com/azure/virtual-network/"),
  "network.denyInbound": native(
    "Network security group; DenyAllInBound below the ingress rules.",
    "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview",
  ),
  "vm.diskEncryption": native(
    "Managed disks with server-side encryption and encryption at host (overrides.azure.encryptionAtHost).",
    "https://learn.microsoft.com/azure/virtual-machines/disk-encryption",
  ),
  "vm.customerManagedKeys": native(
    "Disk encryption set with a Key Vault key in the same region.",
    "https://learn.microsoft.com/azure/virtual-machines/disk-encryption",
  ),
  "vm.metadataHardening": native(
    "Azure IMDS answers only requests with the Metadata header, from inside the VM.",
    "https://learn.microsoft.com/azure/virtual-machines/instance-metadata-service",
  ),
  "vm.noPublicIpByDefault": native("A public IP address is created only with publicIp: true."),
  "vm.sshKeys": native(
    "Password login off; the keys in the VM's authorized_keys.",
    "https://learn.microsoft.com/azure/virtual-machines/linux/create-ssh-keys-detailed",
  ),
  "vm.userData": native("customData, run by cloud-init.", "https://learn.microsoft.com/azure/virtual-machines/custom-data"),
  "cluster.managed": native(
    "Azure Kubernetes Service: Microsoft operates the control plane in the cluster's region.",
    "https://learn.microsoft.com/azure/aks/what-is-aks",
  ),
  "cluster.privateApi": native(
    "AKS private cluster (apiServerAccessProfile.enablePrivateCluster).",
    "https://learn.microsoft.com/azure/aks/private-clusters",
  ),
  "cluster.apiAllowList": native(
    "AKS API server authorized IP ranges (apiServerAccessProfile.authorizedIPRanges).",
    "https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges",
  ),
  "cluster.secretsEncryption": unknown(
    "whether AKS encrypts etcd at rest without KMS was not confirmed from a source, and this driver does not configure AKS KMS etcd encryption.",
  ),
  "cluster.customerManagedKeys": unsupported(
    "this driver does not configure AKS KMS etcd encryption with a Key Vault key (needs a vault, a key and a user-assigned identity).",
  ),
  "db.managed": native("Azure Database for PostgreSQL flexible server (dbforpostgresql.Server).", "azure-postgresql-versions"),
  "db.privateEndpoint": native(
    "VNet integration: a subnet of the Network delegated to Microsoft.DBforPostgreSQL/flexibleServers and a private DNS zone linked to the VNet; public network access disabled.",
    "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-private",
  ),
  "db.encryptionAtRest": native(
    "Always encrypted at rest (data, backups, temporary files) with service-managed keys.",
    "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-data-encryption",
  ),
  "db.customerManagedKeys": native(
    "dataEncryption with an Azure Key Vault key through a user-assigned identity.",
    "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-data-encryption",
  ),
  "db.tlsOnly": native(
    "Server parameter require_secure_transport = on (set explicitly).",
    "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-ssl-tls",
  ),
  "db.highAvailability": native(
    "highAvailability ZoneRedundant (standby in another zone; needs a region with zones and a non-Burstable SKU).",
    "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-high-availability",
  ),
  "db.pointInTime": native("Point-in-time restore within the backup retention (always on).", "azure-postgresql-backups"),
  "db.backupsInRegion": native("geoRedundantBackup Disabled: backups stay in the region.", "azure-postgresql-backups"),
  "db.backupCopy": native(
    "geoRedundantBackup Enabled: copies go to the region pair only (another region is refused).",
    "azure-postgresql-backups",
  ),
  "db.readReplicas": native(
    "A server with createMode Replica in the same region and delegated subnet.",
    "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-read-replicas",
  ),
  "db.crossRegionReplicas": unsupported("the driver creates replicas in the server's region only."),
  "db.deletionProtection": emulated(
    "The server is retained on destroy and a CanNotDelete management lock is placed on it.",
    "https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources",
  ),
  "db.finalSnapshot": unsupported(
    "Azure takes no snapshot when a server is deleted (a dropped server can only be revived from its backups for a few days).",
  ),
  "db.publicAccess": unsupported(
    "a VNet-integrated flexible server cannot have a public endpoint.",
    "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-private",
  ),
};
