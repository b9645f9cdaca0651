let cachedSdk: typeof import("@pulumi/openstack") | undefined;

/**
 * The OpenStack SDK, loaded only when an OpenStack resource is created, so stacks on other
 * providers never load it. Elsewhere in this driver use `import type` from "@pulumi/openstack" only.
 */
export function sdk(): typeof import("@pulumi/openstack") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, so a stack loads only its own provider's SDK
  return (cachedSdk ??= require("@pulumi/openstack") as typeof import("@pulumi/openstack"));
}
