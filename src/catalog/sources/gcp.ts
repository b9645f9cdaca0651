import { defineSources } from "./types";

/** Sources for the gcp part of the catalog. */
export const GCP_SOURCES = defineSources({
  // filled in by the catalog work for gcp
});
