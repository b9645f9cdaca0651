import type { ProviderId, RegionFacts } from "../types";
import { AWS_REGIONS } from "./aws";
import { AZURE_REGIONS } from "./azure";
import { GCP_REGIONS } from "./gcp";
import { HETZNER_REGIONS } from "./hetzner";
import { OPENSTACK_REGIONS } from "./openstack";
import { OVHCLOUD_REGIONS } from "./ovhcloud";
import { SCALEWAY_REGIONS } from "./scaleway";

/** Every region in the catalog, European and not (non-European ones exist to be rejected by fact). */
export const REGIONS: readonly RegionFacts[] = [
  ...AWS_REGIONS,
  ...AZURE_REGIONS,
  ...GCP_REGIONS,
  ...SCALEWAY_REGIONS,
  ...OVHCLOUD_REGIONS,
  ...HETZNER_REGIONS,
  ...OPENSTACK_REGIONS,
];

const byKey = new Map<string, RegionFacts>(REGIONS.map((r) => [`${r.provider}:${r.code}`, r]));

/** The catalog entry for `provider:region`, matching the code exactly. */
export function findRegion(provider: ProviderId, code: string): RegionFacts | undefined {
  return byKey.get(`${provider}:${code}`);
}

/** All regions of one provider, in catalog order. */
export function regionsOf(provider: ProviderId): readonly RegionFacts[] {
  return REGIONS.filter((r) => r.provider === provider);
}
