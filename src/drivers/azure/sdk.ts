/**
 * The Azure Native SDK, loaded on first use so that stacks on other providers never load it.
 * Everything else in this driver imports the SDK with `import type` only.
 */
export function sdk(): typeof import("@pulumi/azure-native") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("@pulumi/azure-native");
}
