import type { RegionFacts } from "../types";

/** aws regions. Filled in by the catalog work for aws. */
export const AWS_REGIONS: readonly RegionFacts[] = [];
