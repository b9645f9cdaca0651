import type { RegionFacts } from "../types";

/** hetzner regions. Filled in by the catalog work for hetzner. */
export const HETZNER_REGIONS: readonly RegionFacts[] = [];
