/**
 * The `scaleway.Provider` of Scaleway children: the user's own (validated by the component), else one
 * shared provider per region, default zone and credentials per program run (`scaleway-fr-par`, or
 * `scaleway-fr-par-2` for another zone; see shared-providers.ts).
 *
 * An explicit provider does not read the `scaleway:` stack config the way the default provider
 * does, so the account settings a user put there (project, organization, profile, API URL, keys)
 * are forwarded; the keys stay secrets. `scaleway:region` and `scaleway:zone` are never forwarded:
 * the placement decides, and every child also carries its own `region` or `zone` input.
 */
import type * as pulumi from "@pulumi/pulumi";
import type * as scaleway from "@pulumiverse/scaleway";
import { known } from "../../catalog/types";
import type { Placement } from "../../contract/placement";
import { forwardConfig } from "../forward-config";
import { childProvider } from "../shared-providers";
import type { DriverScope } from "../types";
import { sdk } from "./sdk";

/** `scaleway:` string settings forwarded to the explicit provider when set in the stack config. */
export const FORWARDED_STRINGS = ["projectId", "organizationId", "profile", "apiUrl"] as const;
/** Credentials, forwarded as secrets so they stay encrypted in the state. */
export const FORWARDED_SECRETS = ["accessKey", "secretKey"] as const;

/** What every Scaleway child needs. */
export interface ScalewayContext {
  readonly provider: scaleway.Provider;
  readonly region: string;
  /** The zone zonal children (security group, server, IP) are created in. */
  readonly zone: string;
  /** `{ parent, provider }` for every child. */
  readonly opts: pulumi.CustomResourceOptions;
}

/** The zone: the target's zone, else the region's first confirmed zone (`fr-par` -> `fr-par-1`). */
export function scalewayZone(p: Placement): string | undefined {
  return p.zone ?? known(p.region.zones)?.[0];
}

/** Provider arguments forwarded from stack config `scaleway:*`. */
export function forwardedProviderArgs(): Partial<scaleway.ProviderArgs> {
  return forwardConfig("scaleway", { strings: FORWARDED_STRINGS, secrets: FORWARDED_SECRETS }) as Partial<scaleway.ProviderArgs>;
}

/**
 * Scaleway tags are plain strings (buckets excepted, which take S3 key/value tags): each label
 * becomes `key=value`.
 */
export function scalewayTags(labels: Readonly<Record<string, string>>): string[] {
  return Object.entries(labels).map(([k, v]) => `${k}=${v}`);
}

/**
 * The provider for the component's children (the user's, else the shared one) and their options.
 * `zone` defaults to {@link scalewayZone}; the checks report a placement without one. Every child
 * carries its own `region` or `zone`, so the provider's are only defaults.
 */
export function scalewayContext(scope: DriverScope, zone: string | undefined = scalewayZone(scope.placement)): ScalewayContext {
  if (zone === undefined) throw new Error(`scaleway: no zone for ${scope.placement.region.code} (the checks should have reported this)`);
  const region = scope.placement.region.code;
  // Named after the region for its first zone (`scaleway-fr-par`), after the zone otherwise.
  const key = { name: ["scaleway", zone === known(scope.placement.region.zones)?.[0] ? region : zone], distinct: zone };
  const provider = childProvider(
    scope,
    "scaleway",
    key,
    (name, opts) => new (sdk().Provider)(name, { ...forwardedProviderArgs(), region, zone }, opts),
  );
  return { provider, region, zone, opts: { parent: scope.parent, provider } };
}
