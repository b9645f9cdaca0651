let cachedSdk: typeof import("@pulumi/gcp") | undefined;

/**
 * The @pulumi/gcp SDK, loaded on first use so that stacks on other providers never load it.
 * Everything else in this driver imports the SDK with `import type` only.
 */
export function sdk(): typeof import("@pulumi/gcp") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, so a stack loads only its own provider's SDK
  return (cachedSdk ??= require("@pulumi/gcp") as typeof import("@pulumi/gcp"));
}
