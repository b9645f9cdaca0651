/**
 * The OpenStack SDK, loaded only when an OpenStack resource is created, so stacks on other
 * providers never load it. Elsewhere in this driver use `import type` from "@pulumi/openstack" only.
 */
export function sdk(): typeof import("@pulumi/openstack") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("@pulumi/openstack");
}
