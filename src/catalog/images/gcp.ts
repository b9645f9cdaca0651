/**
 * Portable images on Google Cloud as image families `project/family`. Compute Engine resolves a
 * family to its newest non-deprecated image when the boot disk is created, so no lookup call is
 * needed (the boot disk's `initializeParams.image` accepts `{project}/{family}`, per the
 * @pulumi/gcp InstanceBootDiskInitializeParams docs).
 *
 * - debian-12: `debian-cloud/debian-12`, as in the Pulumi registry's gcp.compute.Image example
 *   (secondary; Google's OS pages were only readable in part).
 * - ubuntu-24.04: `ubuntu-os-cloud/ubuntu-2404-lts-amd64` (x86-64), only from its wide use in
 *   public IaC (secondary): no Google or Canonical page listing the family was found.
 *
 * Both are x86-64 images; every type in the gcp size table is x86-64.
 */
import type { ImageTable } from "./types";
import { fact, type Fact } from "../types";

export const GCP_IMAGES: ImageTable = {
  "debian-12": fact(
    "debian-cloud/debian-12",
    "pulumi-gcp-image-debian-12",
    "image project debian-cloud, family debian-12 (bookworm, x86-64)",
  ),
  "ubuntu-24.04": fact(
    "ubuntu-os-cloud/ubuntu-2404-lts-amd64",
    "gcp-ubuntu-2404-family-public-iac",
    "image project ubuntu-os-cloud, family ubuntu-2404-lts-amd64 (noble, x86-64); secondary",
  ),
};

/**
 * Whether the image runs cloud-init, i.e. whether the `user-data` metadata key is processed.
 * Ubuntu's GCE images do (cloud-init's GCE datasource reads `user-data`); Google's Debian images
 * ship Google's guest agent instead, which runs `startup-script` at every boot and ignores
 * `user-data` (stated by Google's image maintainer in 2018; not re-checked for Debian 12).
 */
export const GCP_IMAGE_RUNS_CLOUD_INIT: Readonly<Record<keyof typeof GCP_IMAGES, Fact<boolean>>> = {
  "debian-12": fact(
    false,
    "gce-debian-no-cloud-init",
    "Google's maintainer refused cloud-init in the official GCE Debian image manifests (2018); not re-checked for debian-12",
  ),
  "ubuntu-24.04": fact(true, "cloud-init-ubuntu-gce-userdata", "Ubuntu's GCE images process user-data with cloud-init's GCE datasource"),
};
