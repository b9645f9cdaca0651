/**
 * Portable images on Hetzner Cloud as image names (`hcloud.Server` `image`), x86-64. Names as used
 * with hcloud_server in public IaC (`hetzner-image-names`, secondary).
 */
import type { ImageTable } from "./types";
import { fact } from "../types";

export const HETZNER_IMAGES: ImageTable = {
  "debian-12": fact("debian-12", "hetzner-image-names"),
  "ubuntu-24.04": fact("ubuntu-24.04", "hetzner-image-names"),
};
