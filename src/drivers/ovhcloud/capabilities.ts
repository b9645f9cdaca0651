/**
 * What the OVHcloud driver (@ovhcloud/pulumi-ovh 2.19.1) does with each portable feature
 * (rendered in the portability matrix, docs/portability.md). Sources are catalog source ids.
 */
import { native, unknown, unsupported, type CapabilityTable } from "../capabilities";

export const OVHCLOUD_CAPABILITIES: CapabilityTable = {
  "bucket.versioning": native("S3 container versioning (cloudproject.Storage versioning).", "ovh-tf-storage"),
  "bucket.retention": native(
    "S3 object lock, governance mode, default retention P<n>D; object lock can only be set when the container is created, so adding retentionDays later replaces it.",
    "ovh-tf-storage",
  ),
  "bucket.retentionLocked": native("S3 object lock in compliance mode: nobody can shorten the retention.", "ovh-tf-storage"),
  "bucket.lifecycle": native(
    "CloudProjectStorageObjectBucketLifecycleConfiguration expiration and noncurrent-version expiration.",
    "ovh-pulumi-sdk",
  ),
  "bucket.coldTier": native("Lifecycle transition to STANDARD_IA (or overrides.ovhcloud.coldStorageClass).", "ovh-pulumi-sdk"),
  "bucket.encryptionAtRest": native(
    "SSE-OMK: server-side encryption with OVHcloud-managed keys as the container default (AES256).",
    "ovh-s3-sse",
  ),
  "bucket.customerManagedKeys": unsupported(
    "OVHcloud's only customer-key option for object storage is SSE-C, a key sent with every request, which no container default can set; the container's encryption setting only takes an algorithm.",
    "ovh-s3-sse",
  ),
  "bucket.blockPublicAccess": unsupported(
    "containers are private when created and the driver grants no ACL or policy, but OVHcloud has no setting that refuses a public (AllUsers) ACL set later.",
    "ovh-s3-endpoints",
  ),
  "bucket.tlsOnly": unsupported(
    "@ovhcloud/pulumi-ovh 2.19.1 has no bucket-policy resource (cloudproject.S3Policy is a per-user policy), so the driver cannot make a container refuse plain HTTP.",
    "ovh-pulumi-sdk",
  ),
  "bucket.geoRedundancy": unsupported("the driver keeps data in the target region (container replication is not used)."),
  "network.privateSubnet": native(
    "Private network in the project's vRack (CloudNetworkPrivateVrack) with one DHCP subnet.",
    "ovh-pulumi-sdk",
  ),
  "network.denyInbound": native(
    "A new security group has only OpenStack's default egress rules, so inbound is denied except the ingress rules; VMs get only this group, never the project's allow-all \"default\" group.",
    "ovh-security-groups",
  ),
  "vm.diskEncryption": unknown(
    "OVHcloud documents encryption at rest only for Block Storage volumes the customer encrypts; nothing confirms that an instance's local root disk is encrypted.",
    "ovh-pci-security-spec",
  ),
  "vm.customerManagedKeys": unsupported(
    "the root disk is the flavor's local disk; the driver attaches no volume that could carry a customer key.",
    "ovh-pci-security-spec",
  ),
  "vm.metadataHardening": unsupported("the instance API has no setting for the OpenStack metadata service.", "ovh-pulumi-sdk"),
  "vm.noPublicIpByDefault": native("A public interface (autoAssignPublicIp) only with publicIp: true; otherwise the private network only."),
  "vm.sshKeys": native(
    "One key, as a CloudSSHKey named on the instance, for the sudo user the image creates (debian, ubuntu); several keys or another user would need user data.",
    "ovh-first-steps",
  ),
  "vm.userData": unsupported(
    "ovh.CloudInstance in @ovhcloud/pulumi-ovh 2.19.1 takes no user data, and ovh.cloudproject.Instance (which does) takes no security group, leaving the VM in OVHcloud's allow-all default group; deploy this target with driver: openstack for user data.",
    "ovh-pulumi-sdk",
  ),
  "cluster.managed": native(
    "OVHcloud Managed Kubernetes Service: OVHcloud operates the control plane in the region.",
    "https://docs.ovhcloud.com/en/guides/public-cloud/containers-orchestration/managed-kubernetes/understanding-mks-architecture",
  ),
  "cluster.privateApi": unknown("an MKS API server reachable only from the vRack was not confirmed from a source; use apiAllowedFrom."),
  "cluster.apiAllowList": native(
    "MKS API server IP restrictions (cloudproject.KubeIpRestrictions).",
    "https://www.pulumi.com/registry/packages/ovh/api-docs/cloudproject/kubeiprestrictions",
  ),
  "cluster.secretsEncryption": unknown("whether MKS encrypts Kubernetes secrets (etcd) at rest was not confirmed from a source."),
  "cluster.customerManagedKeys": unknown("a customer-managed key for MKS secrets was not confirmed from a source."),
  "db.managed": native("Public Cloud Databases for PostgreSQL (cloudproject.Database).", "ovh-databases-provider"),
  "db.privateEndpoint": native("Nodes in the Network's vRack private network and subnet (networkId, subnetId).", "ovh-databases-provider"),
  "db.encryptionAtRest": unknown(
    "backups are documented as encrypted; encryption of the nodes' storage is not confirmed.",
    "ovh-databases-backups",
  ),
  "db.customerManagedKeys": unsupported("no customer key can be given to Public Cloud Databases."),
  "db.tlsOnly": unknown("no source read confirms that plain connections are refused."),
  "db.highAvailability": native("plan business: two nodes in the region.", "ovh-databases-provider"),
  "db.pointInTime": native("PITR on object storage for PostgreSQL.", "ovh-databases-backups"),
  "db.backupsInRegion": native(
    "backupRegions set to the service region only (the default adds an off-site region).",
    "ovh-databases-backups",
  ),
  "db.backupCopy": native("backupRegions [service region, contract-checked second region].", "ovh-databases-backups"),
  "db.readReplicas": unsupported("the provider has no read-replica resource for PostgreSQL."),
  "db.crossRegionReplicas": unsupported("the provider has no read-replica resource for PostgreSQL."),
  "db.deletionProtection": native("deletionProtection on the service, and the service retained on destroy.", "ovh-databases-provider"),
  "db.finalSnapshot": unsupported("no snapshot is taken when the service is deleted."),
  "db.publicAccess": unsupported("the driver attaches the nodes to the private network only."),
};
