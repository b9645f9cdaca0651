/**
 * Portable images on Azure as marketplace URNs `publisher:offer:sku:version`, all x64 Generation 2
 * SKUs so Trusted Launch (secure boot + vTPM) can be used; `latest` resolves per region at
 * deployment.
 *
 * - ubuntu-24.04: the Azure CLI's own alias `Ubuntu2404` (primary). That `server` is a Gen2 SKU is
 *   UNCONFIRMED from a source read here, and Ubuntu 24.04 is not yet in the Trusted Launch page's
 *   OS table (which stops at 23.10); pin `overrides.azure.imageUrn` or set
 *   `overrides.azure.trustedLaunch: false` if Azure refuses the combination.
 * - debian-12: `Debian:debian-12:12-gen2:latest` from public OS-SKU tables and scripts (secondary);
 *   the Debian cloud team states its gen2 SKUs are published with the Trusted Launch setting, and
 *   the Trusted Launch page lists Debian 12.
 */
import type { ImageTable } from "./types";
import { fact } from "../types";

export const AZURE_IMAGES: ImageTable = {
  "debian-12": fact("Debian:debian-12:12-gen2:latest", "debian-azure-gen2-urn", "x64 Gen2 SKU of the Debian cloud team's debian-12 offer"),
  "ubuntu-24.04": fact("Canonical:ubuntu-24_04-lts:server:latest", "azure-cli-image-aliases", "Azure CLI alias Ubuntu2404 (x64)"),
};
