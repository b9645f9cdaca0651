import { defineSources } from "./types";

/**
 * Sources for the OpenStack clouds' catalog facts (Open Telekom Cloud flavors and images, pluscloud
 * open environments). Read on 2026-11-28 through the project's stored copies of public pages and
 * repositories. Sources for the driver's own tables (auth URLs, external networks, capabilities)
 * are cited as URLs next to those tables in src/drivers/openstack/.
 */
export const OPENSTACK_SOURCES = defineSources({
  // --- Open Telekom Cloud --------------------------------------------------------------------
  "otc-ecs-general-purpose": {
    title:
      "Open Telekom Cloud ECS, General-Purpose ECSs: S3 flavors s3.medium.1 ... s3.8xlarge.8 with vCPUs and memory (GiB); general-purpose ECSs have a baseline vCPU performance with bursting",
    ref: "opentelekomcloud-docs/elastic-cloud-server umn/source/service_overview/ecs_types_and_specifications/ecs_specifications/general-purpose_ecss.rst",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "otc-public-images": {
    title:
      "Open Telekom Cloud IMS, Public Image Introduction: Standard images are built by the T-Systems OTC Image Factory, rebuilt monthly; the newest image's name ends with _latest",
    ref: "opentelekomcloud-docs/image-management-service doc/public-images/source/index.rst",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "otc-tf-debian-image": {
    title:
      'terraform-provider-opentelekomcloud acceptance test (networking router route with ECS) looks up the public image "Standard_Debian_12_amd64_bios_latest" (most_recent)',
    ref: "opentelekomcloud/terraform-provider-opentelekomcloud opentelekomcloud/acceptance (resource_opentelekomcloud_networking_router_route_v2 test)",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "otc-ubuntu-image-iac": {
    title: 'Public OTC Terraform configurations using the public image "Standard_Ubuntu_24.04_amd64_bios_latest" (with flavor s3.large.2)',
    ref: 'public repositories found by exact-string search for "Standard_Ubuntu_24.04_amd64_bios_latest"',
    asOf: "2026-11-28",
    kind: "secondary",
  },
  // --- pluscloud open ------------------------------------------------------------------------
  "pco-environments": {
    title:
      "pluscloud open Basics: public environments prod1 (region DE-WEST, AZ DE-WEST-1), prod2 (DE-NORTH, DE-NORTH-1), prod3 (DE-NORTH, DE-NORTH-2), prod4 (DE-WEST, DE-WEST-2), each with its own Keystone endpoint https://prodN.api.pco.get-cloud.io:5000",
    ref: "https://docs.plusserver.com/en/compute/pluscloudopen/introduction/environments",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "pco-regions-azs": {
    title:
      "PlusServer Regions and Availability Zones: DE-NORTH-1 and DE-NORTH-2 in Hamburg, DE-WEST-1 in Cologne, DE-WEST-2 in Dusseldorf (Germany)",
    ref: "pluscloudopen/docs content/en/docs/overview/plusserver-region-az/_index.md",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "pco-object-storage": {
    title: "pluscloud open Object Storage: object storage compatible with OpenStack Swift and Amazon S3",
    ref: "pluscloudopen/docs content/en/docs/working-with-pco/object-storage/_index.md",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "pco-region-name-iac": {
    title:
      'Public Terraform configuration for pluscloud open: provider "openstack" with auth_url https://prod1.api.pco.get-cloud.io:5000 and region = "prod1"',
    ref: 'public repositories found by exact-string search for "api.pco.get-cloud.io"',
    asOf: "2026-11-28",
    kind: "secondary",
  },
});
