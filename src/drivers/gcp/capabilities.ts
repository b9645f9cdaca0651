/** What the Google Cloud driver does with each portable feature (rendered in the README portability matrix). */
import type { CapabilityTable } from "../capabilities";

const GCS = "https://docs.cloud.google.com/storage/docs/";

export const GCP_CAPABILITIES: CapabilityTable = {
  "bucket.versioning": { level: "native", how: "Object versioning (switched off when a retention policy is set: GCS excludes both).", source: `${GCS}object-versioning` },
  "bucket.retention": { level: "native", how: "Bucket retention policy.", source: `${GCS}bucket-lock` },
  "bucket.retentionLocked": { level: "native", how: "Locked retention policy (Bucket Lock).", source: `${GCS}bucket-lock` },
  "bucket.lifecycle": { level: "native", how: "Object Lifecycle Management Delete rules.", source: `${GCS}lifecycle` },
  "bucket.coldTier": { level: "native", how: "Lifecycle SetStorageClass to NEARLINE (or overrides.gcp.coldStorageClass).", source: `${GCS}storage-classes` },
  "bucket.encryptionAtRest": { level: "native", how: "Google-managed encryption at rest, or a Cloud KMS key.", source: `${GCS}encryption` },
  "bucket.customerManagedKeys": { level: "native", how: "Cloud KMS key in the bucket's location as the default key.", source: `${GCS}encryption/customer-managed-keys` },
  "bucket.blockPublicAccess": { level: "native", how: "Uniform bucket-level access and public access prevention enforced.", source: `${GCS}public-access-prevention` },
  "bucket.tlsOnly": {
    level: "unsupported",
    how: "Cloud Storage has no bucket setting that refuses plain HTTP: the JSON API accepts only HTTPS but the XML API accepts HTTP or HTTPS.",
    source: `${GCS}request-endpoints`,
  },
  "bucket.geoRedundancy": { level: "native", how: "Target a dual- or multi-region location (gcp:eur4, gcp:eu); single regions keep one copy set.", source: `${GCS}locations` },
  "network.privateSubnet": { level: "native", how: "Custom-mode VPC with one regional subnetwork, private Google access.", source: "https://docs.cloud.google.com/vpc/docs/vpc" },
  "network.denyInbound": { level: "native", how: "VPC firewall: ingress is denied unless a rule allows it (implied deny).", source: "https://docs.cloud.google.com/firewall/docs/firewalls" },
  "vm.diskEncryption": { level: "native", how: "Persistent disks are encrypted at rest (Google-managed, or Cloud KMS).", source: "https://docs.cloud.google.com/compute/docs/disks/customer-managed-encryption" },
  "vm.customerManagedKeys": { level: "native", how: "Boot disk with a Cloud KMS key in the VM's region.", source: "https://docs.cloud.google.com/compute/docs/disks/customer-managed-encryption" },
  "vm.metadataHardening": { level: "native", how: "Shielded VM, project SSH keys blocked; the metadata server needs the Metadata-Flavor header.", source: "https://docs.cloud.google.com/compute/docs/metadata/overview" },
  "vm.noPublicIpByDefault": { level: "native", how: "An external access config only with publicIp: true." },
  "vm.sshKeys": { level: "native", how: "Instance metadata ssh-keys (OS Login off unless overrides.gcp.osLogin).", source: "https://docs.cloud.google.com/compute/docs/connect/add-ssh-keys" },
  "vm.userData": { level: "emulated", how: "startup-script metadata (Google's Debian images have no cloud-init; #cloud-config is refused there).", source: "https://docs.cloud.google.com/compute/docs/instances/startup-scripts/linux" },
  "cluster.managed": { level: "native", how: "GKE Standard: Google operates the control plane of a regional cluster in the region.", source: "https://cloud.google.com/kubernetes-engine/docs/concepts/regional-clusters" },
  "cluster.privateApi": { level: "native", how: "Private nodes and a private endpoint (privateClusterConfig), master authorized networks limited to the subnet.", source: "https://cloud.google.com/kubernetes-engine/docs/concepts/private-cluster-concept" },
  "cluster.apiAllowList": { level: "native", how: "Master authorized networks (masterAuthorizedNetworksConfig) with private nodes.", source: "https://cloud.google.com/kubernetes-engine/docs/concepts/network-isolation" },
  "cluster.secretsEncryption": { level: "native", how: "Application-layer secrets encryption (databaseEncryption ENCRYPTED) with a Cloud KMS key the driver creates in the region.", source: "https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets" },
  "cluster.customerManagedKeys": { level: "native", how: "The application-layer key is a Cloud KMS key in the cluster's region (created, or overrides.gcp.kmsKeyName).", source: "https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets" },
};
