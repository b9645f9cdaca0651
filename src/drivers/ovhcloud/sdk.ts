let cachedSdk: typeof import("@ovhcloud/pulumi-ovh") | undefined;

/**
 * The @ovhcloud/pulumi-ovh SDK, loaded on first use so that stacks on other providers never load it.
 * Everything else in this driver imports the SDK with `import type` only.
 */
export function sdk(): typeof import("@ovhcloud/pulumi-ovh") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, so a stack loads only its own provider's SDK
  return (cachedSdk ??= require("@ovhcloud/pulumi-ovh") as typeof import("@ovhcloud/pulumi-ovh"));
}
