/**
 * Portable images on OVHcloud Public Cloud as image names (the OpenStack Glance name the instance
 * API resolves). OVH's Terraform acceptance tests use "Debian 13"; "Debian 12" and "Ubuntu 24.04" are
 * the names public IaC uses against OVHcloud (`ovh-image-names`, secondary).
 */
import type { ImageTable } from "./types";
import { fact } from "../types";

export const OVHCLOUD_IMAGES: ImageTable = {
  "debian-12": fact("Debian 12", "ovh-image-names"),
  "ubuntu-24.04": fact("Ubuntu 24.04", "ovh-image-names"),
};
