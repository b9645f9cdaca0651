import { defineSources } from "./types";

/** Sources for the aws part of the catalog (regions, zones, instance types, images). */
export const AWS_SOURCES = defineSources({
  "aws-sdk-partitions": {
    title: "AWS SDK for JavaScript v3: endpoint partitions data (partition ids, region codes and descriptions)",
    ref: "aws/aws-sdk-js-v3 packages/util-endpoints/src/lib/aws/partitions.json, as shipped in @aws-sdk/core 3.981.2 dist-es/submodules/client/util-endpoints/lib/aws/partitions.js",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "aws-availability-zones": {
    title: "AWS: Availability Zones (zone code = Region code + letter; each Region has at least three AZs; AZ IDs per Region)",
    ref: "https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-availability-zones.html",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "aws-az-names-networknext": {
    title: "Zone names and AZ IDs of the European and other AWS Regions as deployed by a public Terraform configuration",
    ref: "networknext/next terraform/amazon.tfvars (amazon_datacenter_map)",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "aiven-clouds-list": {
    title: "Aiven docs: list of cloud regions with cities (cities of AWS Regions whose AWS description names only a country)",
    ref: "aiven/aiven-docs static/includes/clouds-list.md (via shared/reference/residency-facts.md §1.1)",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "golem-eusc-2026-01": {
    title:
      "golem.de: AWS European Sovereign Cloud available from 15 January 2026; first Region in Brandenburg; operating company seated in Potsdam",
    ref: "https://www.golem.de/news/amazon-aws-will-in-potsdam-als-souveraen-gelten-2601-204234.html",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "aws-eusc-launch-2026-01": {
    title:
      "AWS launch of the AWS European Sovereign Cloud, 15 January 2026: generally available, first Region in Brandenburg (Germany); run by a German parent company, AWS European Sovereign Cloud GmbH, with subsidiaries for infrastructure, certificate/trust services and employment; managing directors Stéphane Israël and Stefan Hoechbauer; advisory board of EU citizens",
    ref: "https://press.aboutamazon.com/aws/2026/1/aws-launches-aws-european-sovereign-cloud-and-announces-expansion-across-europe; https://aws.amazon.com/blogs/aws/opening-the-aws-european-sovereign-cloud/ (read through summaries quoting them: techinformed.com, a public blog citing the press release; AWS's post 'Now generally available' of 2026-01-15 as quoted by moneycheck.com)",
    asOf: "2026-12-03",
    kind: "secondary",
  },
  "eusc-register-reading": {
    title:
      "Third-party reading of the German commercial register: holding AWS European Sovereign Cloud GmbH (Amtsgericht Potsdam HRB 40853, formerly Amazon Germany Holdco 1 GmbH) with Amazon Data Services ESC GmbH (Potsdam HRB 40822), Amazon ESC Trust Services GmbH (Potsdam HRB 40804) and AWS ESC Development Center GmbH (München HRB 268806); shareholder list of 21 October 2025 names one shareholder at 100%, A100 ROW, Inc., Wilmington, Delaware; AWS's site says the ESC runs 'under a parent company that is locally controlled in the European Union'",
    ref: "public research notes found by exact-string search for \"AWS European Sovereign Cloud GmbH\" (a documentary dossier section 'A30' and a slide deck 'Measure 6'); handelsregister.de was not read here",
    asOf: "2026-12-03",
    kind: "secondary",
  },
  "eusc-governance-press": {
    title:
      "Press on the AWS European Sovereign Cloud governance: new parent company with three German GmbH subsidiaries led by EU citizens; advisory board",
    ref: "https://pbxscience.com/aws-launches-european-sovereign-cloud-tackling-jurisdiction-not-just-geography/; https://underlines.news/2026/01/16/aws-switches-on-european-sovereign-cloud-pledges-78-b-eu-build-out",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "awsdocs-ec2-general-purpose": {
    title: "Amazon EC2 User Guide: General purpose instances, hardware specifications (t3, m5: default vCPUs, memory GiB)",
    ref: "awsdocs/amazon-ec2-user-guide doc_source/general-purpose-instances.md",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "awsdocs-ec2-compute-optimized": {
    title: "Amazon EC2 User Guide: Compute optimized instances, hardware specifications (c5: default vCPUs, memory GiB)",
    ref: "awsdocs/amazon-ec2-user-guide doc_source/compute-optimized-instances.md",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "awsdocs-ec2-memory-optimized": {
    title: "Amazon EC2 User Guide: Memory optimized instances, hardware specifications (r5: default vCPUs, memory GiB)",
    ref: "awsdocs/amazon-ec2-user-guide doc_source/memory-optimized-instances.md",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "canonical-ubuntu-aws-ssm": {
    title:
      "Canonical: Find Ubuntu images on AWS (SSM path ubuntu/$PRODUCT/$RELEASE/stable/current/$ARCH/$VIRT_TYPE/$VOL_TYPE/ami-id, ebs-gp3 for releases >= 23.10)",
    ref: "canonical/ubuntu-cloud-docs aws/aws-how-to/instances/find-ubuntu-images.rst",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "debian-ssm-public-iac": {
    title:
      "Debian 12 AMI SSM public parameter /aws/service/debian/release/12/latest/amd64 as read by many public IaC repositories (no Debian page found)",
    ref: "public Terraform/CDK/scripts reading /aws/service/debian/release/12/latest/amd64 and /aws/service/debian/release/bookworm/latest/amd64",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "tf-aws-resolve-ssm-replacement": {
    title: 'terraform-provider-aws issue #43364: aws_instance always forces replacement when ami = "resolve:ssm:..." (also #37967)',
    ref: "https://github.com/hashicorp/terraform-provider-aws/issues/43364",
    asOf: "2026-11-28",
    kind: "primary",
  },
});
