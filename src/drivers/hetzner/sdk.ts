/**
 * The SDKs of the Hetzner driver, each loaded on first use so that stacks on other providers never
 * load them (and a Hetzner stack without a Bucket never loads @pulumi/aws). Everything else in this
 * driver imports them with `import type` only.
 */

/** @pulumi/hcloud: networks, firewalls, servers, SSH keys, volumes. */
export function sdk(): typeof import("@pulumi/hcloud") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("@pulumi/hcloud");
}

/** @pulumi/aws, pointed at Hetzner Object Storage's S3 endpoint (hcloud has no bucket resource). */
export function s3Sdk(): typeof import("@pulumi/aws") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("@pulumi/aws");
}
