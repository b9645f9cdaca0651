import type { RegionFacts } from "../types";

/** gcp regions. Filled in by the catalog work for gcp. */
export const GCP_REGIONS: readonly RegionFacts[] = [];
