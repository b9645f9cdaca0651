/**
 * The Scaleway driver: Object Storage buckets, VPC Private Networks with a security group, and
 * Instances, every child on an explicit `scaleway.Provider` (the user's own, or one shared per
 * region and zone: `scaleway-fr-par`, see provider.ts) and carrying its region or zone itself. `@pulumiverse/scaleway` is loaded only when a resource is created (see `sdk.ts`).
 */
import { defineDriver } from "../define";
import * as bucket from "./bucket";
import { SCALEWAY_CAPABILITIES as capabilities } from "./capabilities";
import * as checks from "./checks";
import * as database from "./database";
import * as kubernetes from "./kapsule";
import * as network from "./network";
import * as overrides from "./overrides";
import * as vm from "./vm";

export type * from "./overrides";

export const scalewayDriver = defineDriver("scaleway", { capabilities, checks, bucket, network, vm, overrides, database, kubernetes });
