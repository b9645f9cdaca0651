/**
 * What the Hetzner driver does with each portable feature (rendered in the portability
 * matrix (docs/portability.md)). Hetzner Cloud through @pulumi/hcloud; Hetzner Object Storage through its S3 API with
 * @pulumi/aws (see bucket.ts). A feature Hetzner documents but this driver cannot deliver reliably is
 * `unsupported` with the reason; a feature no source confirms is `unknown`. Both fail the component
 * when the spec needs them. Sources were read on 2026-11-28.
 */
import { allOf, native, unknown, unsupported, type CapabilityTable } from "../capabilities";

/** Hetzner Object Storage, "List of supported actions": S3 compatibility and its exceptions. */
const OS_ACTIONS = "https://docs.hetzner.com/storage/object-storage/supported-actions/";
/** Hetzner Object Storage product page: object locking, optional server-side encryption, versioning, object expiry. */
const OS_PRODUCT = "https://www.hetzner.com/storage/object-storage/";
const OS_FAQ = "https://docs.hetzner.com/storage/object-storage/faq/buckets-objects";
const FIREWALL_FAQ = "https://docs.hetzner.com/cloud/firewalls/faq/";
const HCLOUD = "https://www.pulumi.com/registry/packages/hcloud/api-docs/";
const HCLOUD_SERVER = `${HCLOUD}server/`;

export const HETZNER_CAPABILITIES: CapabilityTable = {
  "bucket.versioning": native("S3 bucket versioning on Hetzner Object Storage.", OS_PRODUCT),
  "bucket.retention": native("S3 object lock (enabled when the bucket is created) with a GOVERNANCE default retention.", OS_ACTIONS),
  "bucket.retentionLocked": unknown(
    "Hetzner documents object locking, but no source read confirms COMPLIANCE mode (retention nobody can shorten).",
    OS_PRODUCT,
  ),
  "bucket.lifecycle": unsupported(
    "Hetzner supports expiry rules, but the S3 provider's lifecycle resource waits for a response header Ceph-based endpoints like Hetzner's do not send and times out (hashicorp/terraform-provider-aws#46021, reported for Hetzner in hetznercloud/terraform-provider-hcloud#1005), so this driver does not create them.",
    "https://github.com/hashicorp/terraform-provider-aws/issues/46021",
  ),
  "bucket.coldTier": unknown(
    "Hetzner Object Storage documents a single storage offer and no colder storage class to move objects to.",
    OS_PRODUCT,
  ),
  "bucket.encryptionAtRest": unsupported(
    "Hetzner Object Storage has no default bucket encryption: it accepts only SSE-C, a key the client sends with every request, which no bucket setting can enforce.",
    OS_ACTIONS,
  ),
  "bucket.customerManagedKeys": unsupported(
    "Only SSE-C (a key supplied with each request by the client) exists; there is no key service to hold a customer key for the bucket.",
    OS_ACTIONS,
  ),
  "bucket.blockPublicAccess": unknown(
    "Buckets are created private, but Hetzner documents no public access block: an object ACL can still make single objects of a private bucket public.",
    OS_FAQ,
  ),
  "bucket.tlsOnly": unknown(
    "No source read confirms that Hetzner's bucket policies honour the aws:SecureTransport condition, so plain-HTTP requests cannot be refused reliably.",
    OS_ACTIONS,
  ),
  "bucket.geoRedundancy": unsupported(
    "Data stays in the bucket's location: Hetzner Object Storage does not support replication.",
    OS_ACTIONS,
  ),
  "network.privateSubnet": native("hcloud Network with one cloud subnet in the location's network zone.", `${HCLOUD}networksubnet/`),
  "network.denyInbound": native(
    "Hetzner Cloud Firewall attached to every server at creation: inbound has an implicit deny behind the declared rules; outbound stays open (no outbound rules).",
    FIREWALL_FAQ,
  ),
  "vm.diskEncryption": unsupported(
    "Hetzner Cloud server disks and volumes take no encryption setting (none in hcloud Server or Volume) and Hetzner documents no encryption at rest for them; Hetzner's own CSI driver encrypts volumes inside the guest with LUKS instead (hetznercloud/csi-driver#279).",
    "https://github.com/hetznercloud/csi-driver/pull/279",
  ),
  "vm.customerManagedKeys": unsupported("No disk encryption and no key service for server disks (see disk encryption).", HCLOUD_SERVER),
  "vm.metadataHardening": unknown(
    "Hetzner's metadata service has no setting to harden (no token requirement or hop limit in hcloud Server); not confirmed either way.",
    HCLOUD_SERVER,
  ),
  "vm.noPublicIpByDefault": native(
    "Public IPv4 and IPv6 only with publicIp: true (publicNets); without one the server reaches the internet only through a NAT server you route it to.",
    HCLOUD_SERVER,
  ),
  "vm.sshKeys": native(
    "First key as an hcloud SSH key for root (or overrides.hetzner.sshKeyNames), every key for the admin user through cloud-init.",
    `${HCLOUD}sshkey/`,
  ),
  "vm.userData": native("Server user data, run by cloud-init (up to 32 KiB).", HCLOUD_SERVER),
  ...allOf("cluster", unsupported("no managed Kubernetes service in the Hetzner Cloud documentation read; this driver creates none.")),
  ...allOf("db", unsupported("no managed database.")),
  "db.managed": unsupported(
    "Hetzner has no managed database; run PostgreSQL on a VirtualMachine or place the Database elsewhere.",
    "hcloud-package-resources",
  ),
};
