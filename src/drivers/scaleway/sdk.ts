let cachedSdk: typeof import("@pulumiverse/scaleway") | undefined;

/**
 * The Scaleway SDK (`@pulumiverse/scaleway`), loaded only when a Scaleway resource is created, so
 * stacks on other providers never load it. Elsewhere in this driver use `import type` only.
 */
export function sdk(): typeof import("@pulumiverse/scaleway") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, so a stack loads only its own provider's SDK
  return (cachedSdk ??= require("@pulumiverse/scaleway") as typeof import("@pulumiverse/scaleway"));
}
