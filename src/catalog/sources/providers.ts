import { defineSources } from "./types";

/** Sources for the providers part of the catalog. */
export const PROVIDERS_SOURCES = defineSources({
  // filled in by the catalog work for providers
});
