/**
 * Portable images on Scaleway as marketplace labels (`scaleway.instance.Server` `image` accepts a
 * label; the API resolves it to the zone's current image). Labels from the Scaleway Terraform
 * provider's tests and public IaC (`scaleway-image-labels`, secondary).
 */
import type { ImageTable } from "./types";
import { fact } from "../types";

export const SCALEWAY_IMAGES: ImageTable = {
  "debian-12": fact("debian_bookworm", "scaleway-image-labels", "Debian 12 (bookworm)"),
  "ubuntu-24.04": fact("ubuntu_noble", "scaleway-image-labels", "Ubuntu 24.04 LTS (noble)"),
};
