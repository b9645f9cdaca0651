/**
 * What the OVHcloud driver (@ovhcloud/pulumi-ovh 2.19.1) does with each portable feature
 * (rendered in the portability matrix, docs/portability.md). Sources are catalog source ids.
 */
import type { CapabilityTable } from "../capabilities";

export const OVHCLOUD_CAPABILITIES: CapabilityTable = {
  "bucket.versioning": { level: "native", how: "S3 container versioning (cloudproject.Storage versioning).", source: "ovh-tf-storage" },
  "bucket.retention": {
    level: "native",
    how: "S3 object lock, governance mode, default retention P<n>D; object lock can only be set when the container is created, so adding retentionDays later replaces it.",
    source: "ovh-tf-storage",
  },
  "bucket.retentionLocked": {
    level: "native",
    how: "S3 object lock in compliance mode: nobody can shorten the retention.",
    source: "ovh-tf-storage",
  },
  "bucket.lifecycle": {
    level: "native",
    how: "CloudProjectStorageObjectBucketLifecycleConfiguration expiration and noncurrent-version expiration.",
    source: "ovh-pulumi-sdk",
  },
  "bucket.coldTier": {
    level: "native",
    how: "Lifecycle transition to STANDARD_IA (or overrides.ovhcloud.coldStorageClass).",
    source: "ovh-pulumi-sdk",
  },
  "bucket.encryptionAtRest": {
    level: "native",
    how: "SSE-OMK: server-side encryption with OVHcloud-managed keys as the container default (AES256).",
    source: "ovh-s3-sse",
  },
  "bucket.customerManagedKeys": {
    level: "unsupported",
    how: "OVHcloud's only customer-key option for object storage is SSE-C, a key sent with every request, which no container default can set; the container's encryption setting only takes an algorithm.",
    source: "ovh-s3-sse",
  },
  "bucket.blockPublicAccess": {
    level: "unsupported",
    how: "containers are private when created and the driver grants no ACL or policy, but OVHcloud has no setting that refuses a public (AllUsers) ACL set later.",
    source: "ovh-s3-endpoints",
  },
  "bucket.tlsOnly": {
    level: "unsupported",
    how: "@ovhcloud/pulumi-ovh 2.19.1 has no bucket-policy resource (cloudproject.S3Policy is a per-user policy), so the driver cannot make a container refuse plain HTTP.",
    source: "ovh-pulumi-sdk",
  },
  "bucket.geoRedundancy": { level: "unsupported", how: "the driver keeps data in the target region (container replication is not used)." },
  "network.privateSubnet": {
    level: "native",
    how: "Private network in the project's vRack (CloudNetworkPrivateVrack) with one DHCP subnet.",
    source: "ovh-pulumi-sdk",
  },
  "network.denyInbound": {
    level: "native",
    how: "A new security group has only OpenStack's default egress rules, so inbound is denied except the ingress rules; VMs get only this group, never the project's allow-all \"default\" group.",
    source: "ovh-security-groups",
  },
  "vm.diskEncryption": {
    level: "unknown",
    how: "OVHcloud documents encryption at rest only for Block Storage volumes the customer encrypts; nothing confirms that an instance's local root disk is encrypted.",
    source: "ovh-pci-security-spec",
  },
  "vm.customerManagedKeys": {
    level: "unsupported",
    how: "the root disk is the flavor's local disk; the driver attaches no volume that could carry a customer key.",
    source: "ovh-pci-security-spec",
  },
  "vm.metadataHardening": {
    level: "unsupported",
    how: "the instance API has no setting for the OpenStack metadata service.",
    source: "ovh-pulumi-sdk",
  },
  "vm.noPublicIpByDefault": {
    level: "native",
    how: "A public interface (autoAssignPublicIp) only with publicIp: true; otherwise the private network only.",
  },
  "vm.sshKeys": {
    level: "native",
    how: "One key, as a CloudSSHKey named on the instance, for the sudo user the image creates (debian, ubuntu); several keys or another user would need user data.",
    source: "ovh-first-steps",
  },
  "vm.userData": {
    level: "unsupported",
    how: "ovh.CloudInstance in @ovhcloud/pulumi-ovh 2.19.1 takes no user data, and ovh.cloudproject.Instance (which does) takes no security group, leaving the VM in OVHcloud's allow-all default group; deploy this target with driver: openstack for user data.",
    source: "ovh-pulumi-sdk",
  },
  "cluster.managed": {
    level: "native",
    how: "OVHcloud Managed Kubernetes Service: OVHcloud operates the control plane in the region.",
    source: "https://docs.ovhcloud.com/en/guides/public-cloud/containers-orchestration/managed-kubernetes/understanding-mks-architecture",
  },
  "cluster.privateApi": {
    level: "unknown",
    how: "an MKS API server reachable only from the vRack was not confirmed from a source; use apiAllowedFrom.",
  },
  "cluster.apiAllowList": {
    level: "native",
    how: "MKS API server IP restrictions (cloudproject.KubeIpRestrictions).",
    source: "https://www.pulumi.com/registry/packages/ovh/api-docs/cloudproject/kubeiprestrictions",
  },
  "cluster.secretsEncryption": {
    level: "unknown",
    how: "whether MKS encrypts Kubernetes secrets (etcd) at rest was not confirmed from a source.",
  },
  "cluster.customerManagedKeys": { level: "unknown", how: "a customer-managed key for MKS secrets was not confirmed from a source." },
  "db.managed": {
    level: "native",
    how: "Public Cloud Databases for PostgreSQL (cloudproject.Database).",
    source: "ovh-databases-provider",
  },
  "db.privateEndpoint": {
    level: "native",
    how: "Nodes in the Network's vRack private network and subnet (networkId, subnetId).",
    source: "ovh-databases-provider",
  },
  "db.encryptionAtRest": {
    level: "unknown",
    how: "backups are documented as encrypted; encryption of the nodes' storage is not confirmed.",
    source: "ovh-databases-backups",
  },
  "db.customerManagedKeys": { level: "unsupported", how: "no customer key can be given to Public Cloud Databases." },
  "db.tlsOnly": { level: "unknown", how: "no source read confirms that plain connections are refused." },
  "db.highAvailability": { level: "native", how: "plan business: two nodes in the region.", source: "ovh-databases-provider" },
  "db.pointInTime": { level: "native", how: "PITR on object storage for PostgreSQL.", source: "ovh-databases-backups" },
  "db.backupsInRegion": {
    level: "native",
    how: "backupRegions set to the service region only (the default adds an off-site region).",
    source: "ovh-databases-backups",
  },
  "db.backupCopy": {
    level: "native",
    how: "backupRegions [service region, contract-checked second region].",
    source: "ovh-databases-backups",
  },
  "db.readReplicas": { level: "unsupported", how: "the provider has no read-replica resource for PostgreSQL." },
  "db.crossRegionReplicas": { level: "unsupported", how: "the provider has no read-replica resource for PostgreSQL." },
  "db.deletionProtection": {
    level: "native",
    how: "deletionProtection on the service, and the service retained on destroy.",
    source: "ovh-databases-provider",
  },
  "db.finalSnapshot": { level: "unsupported", how: "no snapshot is taken when the service is deleted." },
  "db.publicAccess": { level: "unsupported", how: "the driver attaches the nodes to the private network only." },
};
