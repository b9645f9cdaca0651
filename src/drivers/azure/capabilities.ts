/** What the Azure driver does with each portable feature (rendered in the README portability matrix). */
import type { CapabilityTable } from "../capabilities";

const STORAGE = "https://learn.microsoft.com/azure/storage/";

export const AZURE_CAPABILITIES: CapabilityTable = {
  "bucket.versioning": { level: "native", how: "Blob versioning on the storage account.", source: `${STORAGE}blobs/versioning-overview` },
  "bucket.retention": { level: "native", how: "Container immutability policy (time-based retention), unlocked.", source: `${STORAGE}blobs/immutable-time-based-retention-policy-overview` },
  "bucket.retentionLocked": { level: "native", how: "Locked immutability policy (needs a second run: lockExistingRetentionPolicy).", source: `${STORAGE}blobs/immutable-time-based-retention-policy-overview` },
  "bucket.lifecycle": { level: "native", how: "Storage lifecycle management policy (delete base blobs and versions).", source: `${STORAGE}blobs/lifecycle-management-overview` },
  "bucket.coldTier": { level: "native", how: "Lifecycle move to the Cool tier (or overrides.azure.coldTier Cold).", source: `${STORAGE}blobs/access-tiers-overview` },
  "bucket.encryptionAtRest": { level: "native", how: "Storage service encryption, plus infrastructure encryption.", source: `${STORAGE}common/storage-service-encryption` },
  "bucket.customerManagedKeys": { level: "native", how: "Key Vault key in the same region through a user-assigned identity.", source: `${STORAGE}common/customer-managed-keys-overview` },
  "bucket.blockPublicAccess": { level: "native", how: "allowBlobPublicAccess false, shared-key access off, container access None.", source: `${STORAGE}blobs/anonymous-read-access-prevent` },
  "bucket.tlsOnly": { level: "native", how: "HTTPS-only traffic with TLS 1.2 minimum.", source: `${STORAGE}common/storage-require-secure-transfer` },
  "bucket.geoRedundancy": { level: "native", how: "GZRS/GRS to the paired region, only when the contract allows replication and the pair satisfies it.", source: `${STORAGE}common/storage-redundancy` },
  "network.privateSubnet": { level: "native", how: "Virtual network with one subnet.", source: "https://learn.microsoft.com/azure/virtual-network/" },
  "network.denyInbound": { level: "native", how: "Network security group; DenyAllInBound below the ingress rules.", source: "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview" },
  "vm.diskEncryption": { level: "native", how: "Managed disks with server-side encryption and encryption at host (overrides.azure.encryptionAtHost).", source: "https://learn.microsoft.com/azure/virtual-machines/disk-encryption" },
  "vm.customerManagedKeys": { level: "native", how: "Disk encryption set with a Key Vault key in the same region.", source: "https://learn.microsoft.com/azure/virtual-machines/disk-encryption" },
  "vm.metadataHardening": { level: "native", how: "Azure IMDS answers only requests with the Metadata header, from inside the VM.", source: "https://learn.microsoft.com/azure/virtual-machines/instance-metadata-service" },
  "vm.noPublicIpByDefault": { level: "native", how: "A public IP address is created only with publicIp: true." },
  "vm.sshKeys": { level: "native", how: "Password login off; the keys in the VM's authorized_keys.", source: "https://learn.microsoft.com/azure/virtual-machines/linux/create-ssh-keys-detailed" },
  "vm.userData": { level: "native", how: "customData, run by cloud-init.", source: "https://learn.microsoft.com/azure/virtual-machines/custom-data" },
  "cluster.managed": { level: "native", how: "Azure Kubernetes Service: Microsoft operates the control plane in the cluster's region.", source: "https://learn.microsoft.com/azure/aks/what-is-aks" },
  "cluster.privateApi": { level: "native", how: "AKS private cluster (apiServerAccessProfile.enablePrivateCluster).", source: "https://learn.microsoft.com/azure/aks/private-clusters" },
  "cluster.apiAllowList": { level: "native", how: "AKS API server authorized IP ranges (apiServerAccessProfile.authorizedIPRanges).", source: "https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges" },
  "cluster.secretsEncryption": { level: "unknown", how: "whether AKS encrypts etcd at rest without KMS was not confirmed from a source, and this driver does not configure AKS KMS etcd encryption." },
  "cluster.customerManagedKeys": { level: "unsupported", how: "this driver does not configure AKS KMS etcd encryption with a Key Vault key (needs a vault, a key and a user-assigned identity)." },
};
