/**
 * The openstack driver: one driver for every OpenStack cloud in the catalog (Open Telekom Cloud,
 * Cleura, pluscloud open, and OVHcloud Public Cloud when the target says `driver: openstack`).
 * Swift containers, Neutron networks and Nova servers, each component with its own explicit
 * `openstack.Provider` pinned to the placement's OpenStack region. What differs per cloud (Keystone
 * URL, external network, Swift regions) is in `clouds.ts`; `@pulumi/openstack` is loaded only when
 * a resource is created (see `sdk.ts`).
 */
import type { Driver } from "../types";
import { createBucket } from "./bucket";
import { OPENSTACK_CAPABILITIES } from "./capabilities";
import { checkBucket, checkNetwork, checkVirtualMachine } from "./checks";
import { createNetwork } from "./network";
import { createVirtualMachine } from "./vm";
import { checkDatabase, createDatabase } from "./database";

export type { OpenStackBucketOverrides, OpenStackDatabaseOverrides, OpenStackNetworkOverrides, OpenStackVirtualMachineOverrides } from "./overrides";

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
  checkDatabase,
  database: createDatabase,
  overriddenDatabaseClass: (o) => o.openstack?.flavor,
};
