/** Portable images mapped per provider (each file says where its mapping comes from). */
import type { ProviderId } from "../types";
import { AWS_IMAGES } from "./aws";
import { AZURE_IMAGES } from "./azure";
import { GCP_IMAGES } from "./gcp";
import { HETZNER_IMAGES } from "./hetzner";
import { OPENSTACK_IMAGES } from "./openstack";
import { OVHCLOUD_IMAGES } from "./ovhcloud";
import { SCALEWAY_IMAGES } from "./scaleway";
import type { ImageTable } from "./types";

export type { ImageTable } from "./types";

export const IMAGES: Readonly<Partial<Record<ProviderId, ImageTable>>> = {
  aws: AWS_IMAGES,
  azure: AZURE_IMAGES,
  gcp: GCP_IMAGES,
  scaleway: SCALEWAY_IMAGES,
  ovhcloud: OVHCLOUD_IMAGES,
  hetzner: HETZNER_IMAGES,
  ...OPENSTACK_IMAGES,
};
