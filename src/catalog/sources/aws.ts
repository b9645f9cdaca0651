import { defineSources } from "./types";

/** Sources for the aws part of the catalog. */
export const AWS_SOURCES = defineSources({
  // filled in by the catalog work for aws
});
