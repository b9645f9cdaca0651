import type { RegionFacts } from "../types";

/** azure regions. Filled in by the catalog work for azure. */
export const AZURE_REGIONS: readonly RegionFacts[] = [];
