import { defineSources } from "./types";

/**
 * Sources for the European providers' regions, instance types and images (Scaleway, OVHcloud,
 * Hetzner, Open Telekom Cloud, Cleura, pluscloud open). Read on 2026-11-28 through the project's
 * stored copies of public pages and repositories. The shared `residency-facts` source (common.ts)
 * carries the facts compiled there from several secondary repositories (OVHcloud, Hetzner regions).
 */
export const EUROPE_SOURCES = defineSources({
  // --- Scaleway ------------------------------------------------------------------------------
  "scaleway-products-availability": {
    title:
      "Scaleway product availability guide (validated 2025-12-04): regions Paris, Amsterdam, Warsaw; zones PAR1-3, AMS1-3, WAW1-3; Instances in all nine zones, Object Storage and VPC Private Networks across each region",
    ref: "scaleway/docs-content pages/account/reference-content/products-availability.mdx",
    asOf: "2025-12-04",
    kind: "primary",
  },
  "scaleway-sdk-locality": {
    title:
      "Scaleway Go SDK locality: regions fr-par, nl-ams, pl-waw, it-mil and their zones (<region>-<n>; it-mil has one zone, it-mil-1, added 2026-02-23)",
    ref: "scaleway/scaleway-sdk-go scw/locality.go (RegionItMil, ZoneItMil1: commit 17514a70, pull request #2946 'feat: add support for it-mil-1'); also scaleway/scaleway-sdk-js pull request #2948 'add it-mil region and zone'",
    asOf: "2026-12-03",
    kind: "primary",
  },
  "scaleway-sdk-it-mil-apis": {
    title:
      "Scaleway Go SDK generated API clients that serve Milan: Instance API zones include it-mil-1, VPC v2 and IPAM regions include it-mil; Container Registry for it-mil is at rg.it-mil.scw.eu",
    ref: "scaleway/scaleway-sdk-go api/instance (Zones()), api/vpc/v2/vpc_sdk.go and api/ipam/v1 (Regions()), as of commit 17514a70 (shared/reference/residency-facts.md section 10); scaleway/scaleway-cli internal/namespaces/registry (registry endpoint test)",
    asOf: "2026-12-03",
    kind: "primary",
  },
  "scaleway-it-mil-endpoints-iac": {
    title:
      "Third-party configurations and tables naming Scaleway region it-mil 'Milan, Italy' with the Object Storage endpoint s3.it-mil.scw.cloud",
    ref: 'public repositories found by exact-string search for "s3.it-mil.scw" (S3 proxy region tables, backup plug-ins, CI artifact actions)',
    asOf: "2026-12-03",
    kind: "secondary",
  },
  "scaleway-instances-datasheet": {
    title:
      "Scaleway Instances datasheet: DEV1 2-4 vCPU / 2-12 GiB, PLAY2 and PRO2 1-32 vCPU / 2-128 GiB (ratios 1:2, 1:4) on shared vCPUs; POP2 2-96 dedicated vCPUs at 1:4; PLAY2 and DEV1 not in PAR3",
    ref: "scaleway/docs-content pages/instances/reference-content/instances-datasheet.mdx",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "scaleway-instance-types-catalogue": {
    title:
      "Per-type vCPU/RAM of Scaleway commercial types (DEV1-S 2/2 ... PRO2-L 32/128) as pinned by independent open-source Scaleway integrations; consistent with the datasheet ranges",
    ref: 'public repositories found by exact-string search for "PRO2-XXS" and "\\"PLAY2-PICO\\": {" (e.g. a Go provider\'s commercialTypeTable)',
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "scaleway-image-labels": {
    title:
      "Scaleway marketplace image labels ubuntu_noble (Ubuntu 24.04 LTS) and debian_bookworm (Debian 12) as used with scaleway_instance_server in the Scaleway Terraform provider's tests and public IaC",
    ref: 'public repositories found by exact-string search for image = "ubuntu_noble" and image = "debian_bookworm"',
    asOf: "2026-11-28",
    kind: "secondary",
  },
  // --- OVHcloud ------------------------------------------------------------------------------
  "ovh-pulumi-project-region": {
    title:
      "@ovhcloud/pulumi-ovh cloudproject.ProjectRegion example activating local zone EU-WEST-LZ-LUX-A; getLocation example eu-west-par; getCloudRegion example GRA11",
    ref: "https://www.pulumi.com/registry/packages/ovh/api-docs/cloudproject/projectregion",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "ovh-image-names": {
    title:
      'OVHcloud Public Cloud image names "Debian 12", "Debian 13", "Ubuntu 24.04" (terraform-provider-ovh acceptance tests use "Debian 13"; public IaC uses the others)',
    ref: 'public repositories found by exact-string search for "b3-8" (ovh/terraform-provider-ovh instance tests and OVH OpenStack tooling)',
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "ovh-flavors-price-list": {
    title:
      "OVHcloud Public Cloud instance price list (copy): RAM, vCores and local disk per flavor, d2-2 1/2/25, d2-4 2/4/50, d2-8 4/8/50, c3-4 2/4/50 ... b3-8 2/8/50 ... r3-16 2/16/50 ... b2-7 2/7/50 ...; Discovery = shared resources (the copy swaps the 'Network' and 'Storage' labels: the GB figure is the disk)",
    ref: "renchris/continuously-running-agents 10-instance-types.md",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "ovh-first-steps": {
    title:
      'OVHcloud docs, first Public Cloud instance: instance model categories (Discovery hosted on shared resources, the others with guaranteed resources); a sudo user named after the image ("debian", "ubuntu") is created and receives the SSH key',
    ref: "ovh/docs pages/public_cloud/compute/public-cloud-first-steps/guide.en-gb.md",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "ovh-security-groups": {
    title:
      'OVHcloud docs, firewall rules and port security (updated 2022-08-25): the project\'s "default" security group allows all traffic in both directions; a new security group has only egress rules, so no ingress is allowed until a rule is added',
    ref: "ovh/docs pages/platform/public-cloud/security_group_private_network/guide.en-ie.md",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "ovh-pci-security-spec": {
    title:
      "OVHcloud docs, Public Cloud Instance security specification (updated 2024-05-01): data encryption at rest is volume-level encryption the customer sets up on Block Storage (Cinder); nothing is said of instance local disks",
    ref: "ovh/docs pages/account_and_service_management/account_information/security-specification-pci/guide.en-gb.md",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "ovh-s3-sse": {
    title:
      "OVHcloud docs, Object Storage server-side encryption (updated 2024-04-08): SSE-S3 with OVHcloud-managed keys (called SSE-OMK in the Control Panel) as bucket default via PutBucketEncryption with SSEAlgorithm AES256; SSE-C needs the customer's key on every request",
    ref: "ovh/docs pages/storage_and_backup/object_storage/s3_encrypt_your_objects_with_sse_c/guide.en-gb.md",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "ovh-tf-storage": {
    title:
      'terraform-provider-ovh ovh_cloud_project_storage docs: region_name "GRA"; versioning status enabled/disabled/suspended; object_lock (only at creation) with rule mode governance|compliance and ISO 8601 period (P30D); encryption sse_algorithm "AES256"; the provider removes all objects of a container before destroying it',
    ref: "ovh/terraform-provider-ovh docs/resources/cloud_project_storage.md",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "ovh-pulumi-sdk": {
    title:
      "@ovhcloud/pulumi-ovh 2.19.1 type definitions: CloudProjectStorageObjectBucketLifecycleConfiguration (expiration, noncurrent expiration, transitions to STANDARD_IA/GLACIER_IR/DEEP_ARCHIVE), CloudNetworkPrivateVrack(+Subnet), CloudSecurityGroup (OpenStack adds a default egress rule), CloudInstance (securityGroupIds, networks, sshKeyName; no user data), cloudproject.Instance (user data; no security group), cloudproject.S3Policy (per-user policy; no bucket-policy resource)",
    ref: "node_modules/@ovhcloud/pulumi-ovh (npm @ovhcloud/pulumi-ovh 2.19.1; ovh/pulumi-ovh sdk/nodejs)",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "ovh-s3-endpoints": {
    title:
      "OVHcloud Object Storage endpoints follow https://s3.<region>.io.cloud.ovh.net/ (the .io endpoint supports lifecycle rules); buckets and objects are private by default, ACLs can grant the AllUsers group",
    ref: "https://www.mintlify.com/ovh/docs/storage/object-storage",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  // --- Hetzner -------------------------------------------------------------------------------
  "hetzner-wiki-ccx": {
    title: "Hetzner wiki, CloudServer FAQ: CCX plans have dedicated vCPUs (1 vCPU = 1 hyper-thread); CX/CPX are shared",
    ref: "https://wiki.hetzner.de/index.php?title=CloudServer/en&oldid=31978",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "hetzner-server-types-secondary": {
    title:
      "Hetzner Cloud server types with vCPU and RAM: cx22 2/4, cx32 4/8, cx42 8/16, cx52 16/32, cpx11 2/2, cpx21 3/4, cpx31 4/8, cpx41 8/16, ccx13 2/8, ccx23 4/16, ccx33 8/32; newer cx23 2/4, cx33 4/8, cx43 8/16",
    ref: 'https://gist.github.com/derhuerst/4ef9a832e031bf82d6e640e2dd6b2d24; https://docs.cnap.tech/compute/providers/hetzner; public IaC catalogues (exact-string search "ccx13")',
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "hetzner-locations-cnap": {
    title: "Hetzner Cloud locations fsn1 Falkenstein DE, nbg1 Nuremberg DE, hel1 Helsinki FI, ash Ashburn US, hil Hillsboro US",
    ref: "https://docs.cnap.tech/compute/providers/hetzner",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "hetzner-image-names": {
    title: "Hetzner Cloud image names debian-12 and ubuntu-24.04 as used with hcloud_server in public IaC",
    ref: 'public repositories found by exact-string search for image = "debian-12" with hcloud_server',
    asOf: "2026-11-28",
    kind: "secondary",
  },
  // --- Open Telekom Cloud --------------------------------------------------------------------
  "otc-regions-endpoints": {
    title:
      "Open Telekom Cloud Regions and Endpoints: regions eu-de (AZ eu-de-01/02/03) and eu-nl (AZ eu-nl-01/02/03); ECS, VPC and OBS endpoints in both; KMS endpoints in both",
    ref: "opentelekomcloud-docs/regions-and-endpoints doc/source/index.rst",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "tsystems-biere-datacenter": {
    title: "Press: T-Systems' cloud data-centre campus in Biere near Magdeburg (twin core with Magdeburg), Germany",
    ref: "https://www.crn.de/netzwerke-storage/artikel-118092.html; https://www.zdnet.com/article/deutsche-telekom-lays-ground-for-germanys-biggest-datacentre/",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  // --- Cleura --------------------------------------------------------------------------------
  "cleura-public-versions": {
    title:
      "Cleura Public Cloud service versions per region Kna1, Sto2, Fra1: Nova, Neutron, Cinder, Barbican, Ceph object storage (Swift and S3 API)",
    ref: "cleura/docs docs/reference/versions/public.md",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "cleura-regions-secondary": {
    title: "Cleura datacenter regions: kna1 Karlskrona SE, sto Stockholm SE, fra1 Frankfurt DE",
    ref: "terchris/sovereignsky-site content/datacenters/cleura/index.md",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "cleura-flavor-list": {
    title:
      "Cleura docs, resizing a server: flavor names <type>.<cores>c<memory>gb, e.g. b.1c1gb b.1c2gb b.1c4gb b.2c2gb b.2c4gb b.2c8gb b.2c16gb b.4c4gb",
    ref: "cleura/docs docs/howto/openstack/nova (Resizing a server)",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "cleura-images": {
    title: 'Cleura docs, Images: public image names "Debian 12 Bookworm x86_64", "Ubuntu 24.04 Noble Numbat x86_64"',
    ref: "cleura/docs docs/reference/images/index.md",
    asOf: "2026-11-28",
    kind: "primary",
  },
  // --- SCS clouds (pluscloud open) -----------------------------------------------------------
  "scs-compliance-subjects": {
    title: "SCS compliance monitor subjects pco-prod1, pco-prod2, pco-prod3, pco-prod4 (pluscloud open)",
    ref: "SovereignCloudStack/standards compliance-monitor/bootstrap.yaml",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "scs-0104-images": {
    title: 'SCS-0104 standard images: "Ubuntu 24.04" mandatory; "Debian 12" recommended',
    ref: "SovereignCloudStack/standards Tests/iaas/scs-0104-v1-images-v5.yaml",
    asOf: "2026-11-28",
    kind: "primary",
  },
});
