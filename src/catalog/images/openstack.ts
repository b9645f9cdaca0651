/**
 * Portable images on the OpenStack clouds as Glance image names.
 *
 * - pluscloud open (SCS-compatible IaaS): SCS-0104 standard image names (`scs-0104-images`):
 *   "Ubuntu 24.04" is mandatory; "Debian 12" is only recommended, so its presence is not confirmed.
 * - Cleura: the public image names in Cleura's docs (`cleura-images`, primary).
 * - Open Telekom Cloud: Standard images from the T-Systems Image Factory; the newest build's name
 *   ends with `_latest` (`otc-public-images`). "Standard_Debian_12_amd64_bios_latest" is the name
 *   OTC's own Terraform provider tests look up (`otc-tf-debian-image`); the Ubuntu name is from
 *   public IaC (`otc-ubuntu-image-iac`). Both are secondary.
 */
import type { ImageTable } from "./types";
import type { ProviderId } from "../types";
import { fact, unconfirmed } from "../types";

export const PLUSCLOUD_OPEN_IMAGES: ImageTable = {
  "debian-12": unconfirmed(
    'SCS-0104 only recommends "Debian 12"; whether pluscloud open offers it is not confirmed',
    "Debian 12",
    "scs-0104-images",
  ),
  "ubuntu-24.04": fact("Ubuntu 24.04", "scs-0104-images", "mandatory SCS standard image"),
};

export const CLEURA_IMAGES: ImageTable = {
  "debian-12": fact("Debian 12 Bookworm x86_64", "cleura-images"),
  "ubuntu-24.04": fact("Ubuntu 24.04 Noble Numbat x86_64", "cleura-images"),
};

export const OTC_IMAGES: ImageTable = {
  "debian-12": fact(
    "Standard_Debian_12_amd64_bios_latest",
    "otc-tf-debian-image",
    "the _latest suffix follows OTC's monthly rebuilds (otc-public-images)",
  ),
  "ubuntu-24.04": fact(
    "Standard_Ubuntu_24.04_amd64_bios_latest",
    "otc-ubuntu-image-iac",
    "the _latest suffix follows OTC's monthly rebuilds (otc-public-images)",
  ),
};

/** The OpenStack clouds' image tables by provider. */
export const OPENSTACK_IMAGES: Readonly<Partial<Record<ProviderId, ImageTable>>> = {
  otc: OTC_IMAGES,
  cleura: CLEURA_IMAGES,
  "pluscloud-open": PLUSCLOUD_OPEN_IMAGES,
};
