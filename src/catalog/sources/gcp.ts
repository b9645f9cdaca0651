import { defineSources } from "./types";

/** Sources for the gcp part of the catalog (regions, zones, storage locations, machine types, images). */
export const GCP_SOURCES = defineSources({
  "gcp-regions-zones": {
    title:
      "Google Compute Engine: Regions and zones, 'Available regions and zones' table (zone, location as 'City, Country, Continent', machine series offered per zone)",
    ref: "https://docs.cloud.google.com/compute/docs/regions-zones (read from a stored copy of the page text)",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "gcp-gke-onprem-regions": {
    title: "Google Cloud: Supported regions for the GKE On-Prem API (region name and 'City, Country' location)",
    ref: "https://docs.cloud.google.com/kubernetes-engine/distributed-cloud/bare-metal/docs/reference/supported-regions-on-prem-api",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "gcp-storage-locations": {
    title:
      "Cloud Storage: Bucket locations. EU multi-region: 'Data centers within member states of the European Union ... Object data added to a bucket in the EU multi-region is not stored in the EUROPE-WEST2 (London) or EUROPE-WEST6 (Zurich) regions.'",
    ref: "https://cloud.google.com/storage/docs/locations (quoted verbatim in public repositories; via shared/reference/residency-facts.md §3.2)",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "gcp-storage-dual-regions": {
    title: "Cloud Storage predefined dual-regions EUR4, EUR5, EUR7, EUR8 and their member regions",
    ref: "public code citing https://cloud.google.com/storage/docs/locations#predefined (via shared/reference/residency-facts.md §3.2); EUR4 also shown as 'eur4 (Finland and Netherlands)' in copies of the console bucket-creation text",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "gcp-machine-types-api": {
    title:
      "Compute Engine API machineTypes.list response for zone europe-west1-b (name, description, guestCpus, memoryMb, isSharedCpu) for the e2, n2 and n2d series",
    ref: "https://compute.googleapis.com/compute/v1/projects/{project}/zones/europe-west1-b/machineTypes — a stored response embedded in a public repository's Cloud Functions source (index file id 39900289998; repository name not shown by the index)",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "gcp-machine-types-doc": {
    title:
      "Compute Engine: Machine types. 'E2 machine types are cost-optimized VMs that offer up to 32 vCPUs with up to 128 GB of memory with a maximum of 8 GB per vCPU.'",
    ref: "https://cloud.google.com/compute/docs/machine-types",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "pulumi-gcp-image-debian-12": {
    title:
      'Pulumi registry, gcp.compute.Image \'Image Basic\' example: gcp.compute.getImage({ family: "debian-12", project: "debian-cloud" })',
    ref: "https://www.pulumi.com/registry/packages/gcp/api-docs/compute/image/",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "gcp-ubuntu-2404-family-public-iac": {
    title:
      "Image family ubuntu-os-cloud/ubuntu-2404-lts-amd64 (Ubuntu 24.04 LTS, x86-64) as used for google_compute_instance boot disks in many public Terraform configurations",
    ref: "public repositories found by exact-string search for 'ubuntu-os-cloud/ubuntu-2404-lts-amd64' (no Google or Canonical page listing the family was found)",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "cloud-init-gce-datasource": {
    title:
      "cloud-init: Google Compute Engine datasource ('user-data and user-data-encoding can be provided to cloud-init by setting those custom metadata keys')",
    ref: "https://cloudinit.readthedocs.io/en/stable/reference/datasources/gce.html",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "cloud-init-ubuntu-gce-userdata": {
    title:
      "cloud-init bug 'cloud-init no longer processes user data on GCE in artful' (Ubuntu's GCE images run cloud-init, which reads the user-data metadata key; fixed in 2018 SRU for xenial/artful/bionic)",
    ref: "canonical/cloud-init issue #3129 (Launchpad #1752711)",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "gce-debian-no-cloud-init": {
    title:
      "Google's GCE image maintainer on the official Debian image manifests: 'Please do not add cloud-init to the official GCE Debian manifests. It conflicts with our own software' (2018)",
    ref: "andsens/bootstrap-vz pull request #469 (comment by zmarano, 2018-04-02)",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "gcs-retention-excludes-versioning": {
    title: "Cloud Storage: a bucket retention policy and Object Versioning are mutually exclusive",
    ref: "terraform-google-modules/terraform-example-foundation pull request #898 (2022-12); SonarSource rule S6412 ('Object versioning cannot be enabled on a bucket with a retention policy')",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "gcp-kms-locations": {
    title:
      "Cloud KMS locations: key material confined to the selected location; 'Resources created in the europe multi-region are not stored in the europe-west2 (London) or europe-west6 (Zürich) data centers.'",
    ref: "https://cloud.google.com/kms/docs/locations",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "gcs-cmek-key-location": {
    title:
      "@google-cloud/storage (Google's Node.js client), Bucket#file option kmsKeyName: 'KMS key ring must use the same location as the bucket.'",
    ref: "googleapis/nodejs-storage src/bucket.ts (doc comment, as reproduced in generated typings)",
    asOf: "2026-11-28",
    kind: "primary",
  },
});
