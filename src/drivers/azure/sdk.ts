let cachedSdk: typeof import("@pulumi/azure-native") | undefined;

/**
 * The Azure Native SDK, loaded on first use so that stacks on other providers never load it.
 * Everything else in this driver imports the SDK with `import type` only.
 */
export function sdk(): typeof import("@pulumi/azure-native") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, so a stack loads only its own provider's SDK
  return (cachedSdk ??= require("@pulumi/azure-native") as typeof import("@pulumi/azure-native"));
}
