/**
 * The openstack driver: one driver for every OpenStack cloud in the catalog (Open Telekom Cloud,
 * Cleura, pluscloud open, and OVHcloud Public Cloud when the target says `driver: openstack`).
 * Swift containers, Neutron networks and Nova servers, every child on an explicit
 * `openstack.Provider` (the user's own, or one shared per cloud and region: `otc-eu-de`, see
 * provider.ts) and carrying the placement's OpenStack region itself. What differs per cloud (Keystone
 * URL, external network, Swift regions) is in `clouds.ts`; `@pulumi/openstack` is loaded only when
 * a resource is created (see `sdk.ts`).
 */
import type { Driver } from "../types";
import { createBucket } from "./bucket";
import { OPENSTACK_CAPABILITIES } from "./capabilities";
import { checkBucket, checkNetwork, checkVirtualMachine } from "./checks";
import { createNetwork } from "./network";
import { createVirtualMachine } from "./vm";

export type { OpenStackBucketOverrides, OpenStackNetworkOverrides, OpenStackVirtualMachineOverrides } from "./overrides";

export const openstackDriver: Driver = {
  id: "openstack",
  capabilities: OPENSTACK_CAPABILITIES,
  checkBucket,
  checkNetwork,
  checkVirtualMachine,
  bucket: createBucket,
  network: createNetwork,
  virtualMachine: createVirtualMachine,
  overriddenInstanceType: (o) => o.openstack?.flavor,
  overriddenImage: (o) => o.openstack?.image,
};
