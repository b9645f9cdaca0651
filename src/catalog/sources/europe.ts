import { defineSources } from "./types";

/** Sources for the europe part of the catalog. */
export const EUROPE_SOURCES = defineSources({
  // filled in by the catalog work for europe
});
