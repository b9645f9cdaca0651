import { defineSources } from "./types";

/** Sources for the azure part of the catalog. */
export const AZURE_SOURCES = defineSources({
  // filled in by the catalog work for azure
});
