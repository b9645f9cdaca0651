/**
 * The `ovh.Provider` of OVHcloud children (the user's own, validated by the component, else one
 * shared provider per API endpoint and credentials per program run, `ovhcloud-ovh-eu`; see
 * shared-providers.ts), the Public Cloud project it works in, and the API region codes of its
 * placement.
 *
 * An explicit provider does not read the stack's `ovh:` config (only the default provider does), so
 * the driver forwards the settings a user may have put there; credentials stay secrets. The
 * provider still reads the `OVH_*` environment variables itself. OVHcloud providers take no region:
 * every resource names its own.
 */
import * as pulumi from "@pulumi/pulumi";
import type * as ovh from "@ovhcloud/pulumi-ovh";
import type { PortableService } from "../../catalog/types";
import type { Placement } from "../../contract/placement";
import { problems, type Problem } from "../../errors";
import { forwardConfig } from "../forward-config";
import { childProvider } from "../shared-providers";
import type { CheckContext, DriverScope } from "../types";
import { sdk } from "./sdk";

/** Stack config key (project namespace `sovereign-cloud`) that holds the Public Cloud project id. */
export const SERVICE_NAME_KEY = "ovhcloudServiceName";
/** OVHcloud's European API, where the EU regions of OVH SAS are managed. */
export const DEFAULT_ENDPOINT = "ovh-eu";

/** The Public Cloud project id: the override, else stack config `sovereign-cloud:ovhcloudServiceName`. */
export function resolveServiceName(override: string | undefined): string | undefined {
  if (typeof override === "string" && override.trim() !== "") return override.trim();
  const configured = new pulumi.Config("sovereign-cloud").get(SERVICE_NAME_KEY);
  return configured !== undefined && configured.trim() !== "" ? configured.trim() : undefined;
}

/** A problem when the override is malformed or no project id can be found (reported before anything is created). */
export function checkServiceName(override: unknown, ctx: CheckContext, path: string): Problem[] {
  if (override !== undefined && (typeof override !== "string" || override.trim() === "")) {
    return [
      problems.invalidArgument(
        path,
        "must be a non-empty OVHcloud Public Cloud project id.",
        override,
        "the project id shown in the OVHcloud Control Panel",
        `set ${path} or leave it out.`,
      ),
    ];
  }
  if (resolveServiceName(override as string | undefined) !== undefined) return [];
  return [
    problems.providerSettingMissing(
      path,
      "OVHcloud",
      `the Public Cloud project id (serviceName) for ${ctx.name}`,
      `neither ${path} nor the stack config sovereign-cloud:${SERVICE_NAME_KEY} is set`,
      `run \`pulumi config set sovereign-cloud:${SERVICE_NAME_KEY} <project-id>\` (the project id from the OVHcloud Control Panel), or set ${path} on the component.`,
    ),
  ];
}

/**
 * The code OVHcloud's API takes for a service at a placement: the S3 region for buckets (`gra`),
 * the compute (OpenStack) region for networks and VMs (`GRA11`); see the catalog's `apiCodes`.
 */
export function apiRegion(placement: Placement, service: PortableService): string | undefined {
  return placement.region.apiCodes?.[service];
}

/** A problem when the catalog has no API code for the service at this placement. */
export function checkApiRegion(ctx: CheckContext, service: PortableService): Problem[] {
  if (apiRegion(ctx.placement, service) !== undefined) return [];
  return [
    problems.providerLimitation(
      "target.region",
      `the catalog has no OVHcloud API region for ${service} at ${ctx.placement.region.code}, so the driver cannot address it.`,
      ctx.placement.region.code,
      "an OVHcloud region whose catalog entry lists apiCodes for this service (e.g. gra, sbg, de, waw)",
      "choose another OVHcloud region.",
    ),
  ];
}

/** String settings of the `ovh:` stack config that an explicit provider would otherwise ignore. */
const FORWARDED_STRINGS = ["applicationKey", "clientId", "userAgentExtra"] as const;
/** Credentials, read as secrets so they stay encrypted in state. */
const FORWARDED_SECRETS = ["applicationSecret", "consumerKey", "clientSecret", "accessToken"] as const;

/** Provider arguments: `ovh:*` stack config forwarded, the endpoint defaulting to ovh-eu. */
export function providerArgs(): ovh.ProviderArgs {
  const forwarded = forwardConfig("ovh", {
    strings: [...FORWARDED_STRINGS, "endpoint"],
    booleans: ["ignoreInitError"],
    objects: ["apiRateLimit"],
    secrets: FORWARDED_SECRETS,
  }) as ovh.ProviderArgs;
  // Pinned, not left to OVH_ENDPOINT: the EU API is the one that manages OVH SAS's EU regions.
  return { ...forwarded, endpoint: forwarded.endpoint ?? DEFAULT_ENDPOINT };
}

/** The provider for one component's children: the user's, else the shared one (OVHcloud providers take no region). */
export function createProvider(scope: DriverScope): ovh.Provider {
  const args = providerArgs();
  return childProvider(scope, "ovh", { name: ["ovhcloud", String(args.endpoint)] }, (name, opts) => new (sdk().Provider)(name, args, opts));
}

/** Options every child takes: parent, the explicit provider, and (for data) retainOnDelete. */
export function childOptions(
  scope: DriverScope,
  provider: ovh.Provider,
  extra: pulumi.CustomResourceOptions = {},
): pulumi.CustomResourceOptions {
  return { parent: scope.parent, provider, ...extra };
}
