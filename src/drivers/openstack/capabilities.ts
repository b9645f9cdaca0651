/**
 * What the openstack driver does with each portable feature, for every cloud it deploys to (Open
 * Telekom Cloud, Cleura, pluscloud open, OVHcloud via OpenStack). One table for all of them: where
 * the clouds differ, the level is the weakest one (`unknown` when some cloud's answer is not
 * sourced), and `how` says what is known per cloud.
 *
 * Object storage is a Swift container (see bucket.ts for why not the clouds' S3 gateways).
 */
import { allOf, emulated, native, unknown, unsupported, type CapabilityTable } from "../capabilities";

const SWIFT_API = "https://docs.openstack.org/api-ref/object-store/";
const SWIFT_VERSIONING = "https://docs.openstack.org/swift/latest/api/object_versioning.html";
const CEPH_SWIFT = "https://docs.ceph.com/en/quincy/radosgw/swift/";
const SG_TEMPLATE = "https://docs.openstack.org/python-openstackclient/latest/command-objects/default-security-group-rule.html";
const CLEURA_SG = "cleura/docs docs/howto/openstack/neutron/create-security-groups.md";
const CLEURA_ENCRYPTED = "cleura/docs docs/howto/openstack/cinder/encrypted-volumes.md";
const NOVA_API = "https://docs.openstack.org/api-ref/compute/";

export const OPENSTACK_CAPABILITIES: CapabilityTable = {
  "bucket.versioning": unknown(
    "depends on the cloud: Swift versioning (X-Versions-Location into a `<name>-versions` archive container) needs the operator's versioned-writes support; Ceph RGW's Swift API has it, but it is not confirmed for each cloud.",
    `${SWIFT_VERSIONING}; ${CEPH_SWIFT}`,
  ),
  "bucket.retention": unsupported("Swift has no object lock or write-once retention (the container API has no such setting).", SWIFT_API),
  "bucket.retentionLocked": unsupported("Swift has no object lock, locked or not.", SWIFT_API),
  "bucket.lifecycle": unsupported(
    "Swift has no container lifecycle rules (expiry is set per object with X-Delete-After by the writer).",
    SWIFT_API,
  ),
  "bucket.coldTier": unsupported("Swift storage policies are fixed per container; objects are never moved to a colder class.", SWIFT_API),
  "bucket.encryptionAtRest": unknown(
    "depends on the cloud: Swift at-rest encryption is an operator option and Ceph RGW server-side encryption needs a key service; no cloud in the catalog confirms it for its Swift storage.",
  ),
  "bucket.customerManagedKeys": unsupported("the Swift container API takes no customer key.", SWIFT_API),
  "bucket.blockPublicAccess": native("No read or write ACL is set, so the container is private to the project.", SWIFT_API),
  "bucket.tlsOnly": unsupported(
    "a Swift container cannot refuse plain HTTP; whether the endpoint accepts it is the operator's setting (the clouds' published endpoints are HTTPS).",
    SWIFT_API,
  ),
  "bucket.geoRedundancy": unsupported("the driver keeps data in the target region (no container sync is set up)."),
  "network.privateSubnet": native("Neutron network and subnet; a router to the cloud's external network only for egress and floating IPs."),
  "network.denyInbound": native(
    "A new security group with the cloud's default rules deleted (admins can template rules into new groups), explicit all-egress rules, and one ingress rule per spec; Neutron drops ingress no rule allows.",
    `${SG_TEMPLATE}; ${CLEURA_SG}`,
  ),
  "vm.diskEncryption": unknown(
    "depends on the cloud: Cleura offers LUKS-encrypted Cinder volume types (cbs-encrypted, key in Barbican); others are not confirmed (overrides.openstack.volumeType can name an encrypted type, but cannot be verified).",
    CLEURA_ENCRYPTED,
  ),
  "vm.customerManagedKeys": unknown("depends on the cloud (Barbican or a cloud KMS); the driver does not manage disk keys."),
  "vm.metadataHardening": unsupported("Nova's metadata service has no session-token mode comparable to IMDSv2.", NOVA_API),
  "vm.noPublicIpByDefault": native("The VM has one port on the private network; a floating IP is created only with publicIp: true."),
  "vm.sshKeys": native("First key as a Nova keypair (image's default user), all keys through cloud-init for the admin user.", NOVA_API),
  "vm.userData": native("Nova user data, run by cloud-init.", NOVA_API),
  ...allOf("cluster", unknown("no catalogued OpenStack cloud is confirmed to offer Magnum.")),
  "cluster.managed": unknown(
    "no catalogued OpenStack cloud is confirmed to offer Magnum (container-infra), the managed cluster API the OpenStack provider drives.",
  ),
  "db.managed": unknown(
    "Trove (openstack.database.Instance), only on a cloud the catalog confirms runs it; none of the catalog's clouds is confirmed.",
  ),
  "db.privateEndpoint": native(
    "The instance's only port is on the Network (networks[].uuid).",
    "https://docs.openstack.org/trove/latest/user/",
  ),
  "db.encryptionAtRest": unknown("volume encryption is the cloud's setting; not confirmed per cloud."),
  "db.customerManagedKeys": unsupported("Trove takes no customer key."),
  "db.tlsOnly": unknown("Trove has no portable setting that refuses plain connections."),
  "db.highAvailability": unsupported("Trove single instances have no standby."),
  "db.pointInTime": unsupported("Trove backups are full/incremental, without point-in-time restore."),
  "db.backupsInRegion": unknown("Trove stores backups in the cloud's object storage; its location is not confirmed per cloud."),
  "db.backupCopy": unsupported("the driver copies no backups."),
  "db.readReplicas": unsupported("the driver creates no Trove replicas."),
  "db.crossRegionReplicas": unsupported("the driver creates no Trove replicas."),
  "db.deletionProtection": emulated("Trove has no deletion protection; the instance is retained on destroy."),
  "db.finalSnapshot": unsupported("no backup is taken when the instance is deleted."),
  "db.publicAccess": unsupported("the driver attaches the instance to the private network only."),
};
