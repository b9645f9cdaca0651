/**
 * The Hetzner driver: Hetzner Cloud networks, firewalls and servers with @pulumi/hcloud, and
 * Hetzner Object Storage buckets through its S3 API with @pulumi/aws. Every child is on an explicit
 * provider (the user's own, or `hetzner-cloud` / `hetzner-objectstorage-<location>` shared per run,
 * see provider.ts); nothing lands on a default provider. Both SDKs are loaded
 * only when a resource is created (see `sdk.ts`).
 */
import { defineDriver } from "../define";
import * as bucket from "./bucket";
import { HETZNER_CAPABILITIES as capabilities } from "./capabilities";
import * as checks from "./checks";
import * as network from "./network";
import * as overrides from "./overrides";
import * as vm from "./vm";

export type * from "./overrides";
export type { HetznerNetworkData } from "./network";

export const hetznerDriver = defineDriver("hetzner", { capabilities, checks, bucket, network, vm, overrides });
