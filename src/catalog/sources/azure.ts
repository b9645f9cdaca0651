import { defineSources } from "./types";

/** Sources for the azure part of the catalog (regions, pairs, VM sizes, images). */
export const AZURE_SOURCES = defineSources({
  "azure-regions-list": {
    title:
      "Microsoft: Azure regions list (display name, availability zones, paired region, physical location, geography, programmatic name; restricted and coming-soon icons)",
    ref: "MicrosoftDocs/reliability-docs articles/reliability/regions-list.md (ms.date 09/23/2025; tabs All, Americas, Europe, Middle East)",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "azure-regions-list-2026": {
    title:
      "Microsoft: Azure regions list after the change 'regions-denmarkeast-ga' (merged 2026-03-23): Denmark East (Copenhagen, availability zones, no pair) listed as available, no longer coming soon; the version of 2026-08-20 still lists it so and has no Finland Central or Greece Central row",
    ref: "MicrosoftDocs/reliability-docs articles/reliability/regions-list.md (learn.microsoft.com/azure/reliability/regions-list), via shared/reference/residency-facts.md section 10; corroborated by Azure/azure-sdk-for-net issue #58810 (2026-04-29: 'Denmark East is publicly available')",
    asOf: "2026-12-03",
    kind: "primary",
  },
  "azure-regions-paired": {
    title:
      "Microsoft: Azure region pairs and nonpaired regions (GRS replicates to the pair; most pairs are symmetric, asymmetric ones listed)",
    ref: "MicrosoftDocs/reliability-docs articles/reliability/regions-paired.md (ms.date 03/19/2025)",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "azure-region-names-iac": {
    title:
      "Public infrastructure code and region tables naming swedensouth, finlandcentral and greececentral (SUSE public-cloud SMT server list, Terraform region maps, a markdown region table marking Finland/Greece Central 'Coming soon')",
    ref: "code search across public GitHub repositories (find_string 'swedensouth', 'finlandcentral'); residency-facts.md §2",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "azure-az-overview": {
    title:
      "Microsoft: What are availability zones? (logical zones numbered per subscription, e.g. logical zone 1, 2, 3; zonal resources pick one)",
    ref: "MicrosoftDocs/reliability-docs articles/reliability/availability-zones-overview.md (ms.date 02/11/2026)",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "azure-blog-europe-2026-05": {
    title:
      "Azure blog: Scaling cloud and AI: Microsoft Azure's commitment to Europe's digital future (names Austria, Belgium, Denmark (two regions), Greece and Finland among markets it expanded into or keeps building in)",
    ref: "https://azure.microsoft.com/en-us/blog/scaling-cloud-and-ai-microsoft-azures-commitment-to-europes-digital-future/ (2026-05-06)",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "azure-vm-sizes-bsv2": {
    title: "Microsoft: Bsv2-series sizes (vCPU and memory per size; premium storage and Gen2 supported)",
    ref: "MicrosoftDocs/azure-compute-docs articles/virtual-machines/sizes/general-purpose/bsv2-series.md (ms.date 03/10/2026)",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "azure-vm-sizes-dsv5": {
    title: "Microsoft: Dsv5-series sizes (vCPU and memory per size; premium storage and Gen2 supported)",
    ref: "MicrosoftDocs/azure-compute-docs articles/virtual-machines/sizes/general-purpose/dsv5-series.md (ms.date 02/27/2026)",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "azure-vm-sizes-fsv2": {
    title: "Microsoft: Fsv2-series sizes (vCPU and memory per size; premium storage and Gen2 supported)",
    ref: "MicrosoftDocs/azure-compute-docs articles/virtual-machines/sizes/compute-optimized/fsv2-series.md (ms.date 07/30/2024)",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "azure-vm-sizes-esv5": {
    title: "Microsoft: Esv5-series sizes (vCPU and memory per size; premium storage and Gen2 supported)",
    ref: "MicrosoftDocs/azure-compute-docs articles/virtual-machines/sizes/memory-optimized/esv5-series.md (ms.date 03/10/2026)",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "azure-trusted-launch": {
    title:
      "Microsoft: Trusted Launch for Azure VMs (B, D, E, F families supported; Debian 11/12 listed; securityType TrustedLaunch with secure boot and vTPM)",
    ref: "MicrosoftDocs/azure-compute-docs articles/virtual-machines/trusted-launch.md (ms.date 04/21/2025)",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "azure-cli-image-aliases": {
    title: "Azure CLI image aliases (Ubuntu2404 = Canonical / ubuntu-24_04-lts / server / latest, x64)",
    ref: "https://raw.githubusercontent.com/Azure/azure-rest-api-specs/main/arm-compute/quickstart-templates/aliases.json",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "debian-azure-gen2-urn": {
    title:
      "Debian 12 Gen2 image on Azure as Debian / debian-12 / 12-gen2 (public OS-SKU tables and scripts); the Debian cloud team publishes gen2 SKUs with the Trusted Launch security setting",
    ref: "cyber-scot/terraform-azurerm-linux-virtual-machine-os-sku-calculator (Debian12Gen2 = Debian,debian-12,12-gen2); https://lists.debian.org/debian-cloud/2025/11/msg00014.html",
    asOf: "2026-11-28",
    kind: "secondary",
  },
});
