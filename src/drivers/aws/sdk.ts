let cachedSdk: typeof import("@pulumi/aws") | undefined;

/**
 * The AWS SDK, loaded only when an AWS resource is created, so stacks on other providers never
 * load it. Elsewhere in this driver use `import type` from "@pulumi/aws" only.
 */
export function sdk(): typeof import("@pulumi/aws") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, so a stack loads only its own provider's SDK
  return (cachedSdk ??= require("@pulumi/aws") as typeof import("@pulumi/aws"));
}
