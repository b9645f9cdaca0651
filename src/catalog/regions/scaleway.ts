import type { RegionFacts } from "../types";

/** scaleway regions. Filled in by the catalog work for scaleway. */
export const SCALEWAY_REGIONS: readonly RegionFacts[] = [];
