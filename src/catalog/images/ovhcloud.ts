/**
 * Portable images on OVHcloud Public Cloud as image names (the OpenStack Glance name the instance
 * API resolves). OVH's Terraform acceptance tests use "Debian 13"; "Debian 12" and "Ubuntu 24.04" are
 * the names public IaC uses against OVHcloud (`ovh-image-names`, secondary).
 */
import type { ImageTable } from "./types";
import type { Fact, PortableImage } from "../types";
import { fact } from "../types";

export const OVHCLOUD_IMAGES: ImageTable = {
  "debian-12": fact("Debian 12", "ovh-image-names"),
  "ubuntu-24.04": fact("Ubuntu 24.04", "ovh-image-names"),
};

/**
 * The sudo user OVHcloud's images create and give the instance's SSH key to: named after the
 * image ("debian", "ubuntu"), per OVHcloud's first-steps guide (`ovh-first-steps`).
 */
export const OVHCLOUD_IMAGE_USERS: Readonly<Record<PortableImage, Fact<string>>> = {
  "debian-12": fact("debian", "ovh-first-steps"),
  "ubuntu-24.04": fact("ubuntu", "ovh-first-steps"),
};
