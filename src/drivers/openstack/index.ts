/**
 * The openstack driver: one driver for every OpenStack cloud in the catalog (Open Telekom Cloud,
 * Cleura, pluscloud open, and OVHcloud Public Cloud when the target says `driver: openstack`).
 * Swift containers, Neutron networks and Nova servers, every child on an explicit
 * `openstack.Provider` (the user's own, or one shared per cloud and region: `otc-eu-de`, see
 * provider.ts) and carrying the placement's OpenStack region itself. What differs per cloud (Keystone
 * URL, external network, Swift regions) is in `clouds.ts`; `@pulumi/openstack` is loaded only when
 * a resource is created (see `sdk.ts`).
 */
import { defineDriver } from "../define";
import * as bucket from "./bucket";
import { OPENSTACK_CAPABILITIES as capabilities } from "./capabilities";
import * as checks from "./checks";
import * as database from "./database";
import * as network from "./network";
import * as overrides from "./overrides";
import * as vm from "./vm";

export type * from "./overrides";

export const openstackDriver = defineDriver("openstack", { capabilities, checks, bucket, network, vm, overrides, database });
