/**
 * The SDKs of the Hetzner driver, each loaded on first use so that stacks on other providers never
 * load them (and a Hetzner stack without a Bucket never loads @pulumi/aws). Everything else in this
 * driver imports them with `import type` only.
 */

let cachedSdk: typeof import("@pulumi/hcloud") | undefined;

/** @pulumi/hcloud: networks, firewalls, servers, SSH keys, volumes. */
export function sdk(): typeof import("@pulumi/hcloud") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, so a stack loads only its own provider's SDK
  return (cachedSdk ??= require("@pulumi/hcloud") as typeof import("@pulumi/hcloud"));
}

let cachedS3Sdk: typeof import("@pulumi/aws") | undefined;

/** @pulumi/aws, pointed at Hetzner Object Storage's S3 endpoint (hcloud has no bucket resource). */
export function s3Sdk(): typeof import("@pulumi/aws") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, so a stack loads only its own provider's SDK
  return (cachedS3Sdk ??= require("@pulumi/aws") as typeof import("@pulumi/aws"));
}
