/**
 * The `openstack.Provider` of OpenStack children: the user's own (validated by the component), else
 * one shared provider per cloud, OpenStack region and credentials per program run (`otc-eu-de`; see
 * shared-providers.ts), pinned to the placement's region. Every child carries its own `region`.
 *
 * An explicit provider does not read the `openstack:` stack config the way the default provider
 * does, so the authentication settings a user put there (`authUrl`, `cloud` = a clouds.yaml entry,
 * `userName`, `password`, `tenantName`, `domainName`, application credentials, ...) are forwarded;
 * secrets stay secret. `openstack:region` is never forwarded: the placement decides the region.
 * The provider still reads the usual `OS_*` environment variables (OS_AUTH_URL, OS_CLOUD, ...).
 *
 * When neither the stack config nor the environment names a Keystone URL or a clouds.yaml entry,
 * the driver uses the cloud's sourced Keystone URL (`clouds.ts`); a cloud without one fails the
 * check with SC_PROVIDER_SETTING_MISSING before anything is created.
 */
import * as pulumi from "@pulumi/pulumi";
import type * as openstack from "@pulumi/openstack";
import { problems, type Problem } from "../../errors";
import { forwardConfig } from "../forward-config";
import { childProvider } from "../shared-providers";
import type { CheckContext, DriverScope } from "../types";
import { cloudOf, openstackRegion, type Sourced } from "./clouds";
import { sdk } from "./sdk";

/** `openstack:` settings forwarded to the explicit provider, by type. */
export const FORWARDED = {
  strings: [
    "authUrl",
    "cloud",
    "userName",
    "userId",
    "tenantName",
    "tenantId",
    "domainName",
    "domainId",
    "userDomainName",
    "userDomainId",
    "projectDomainName",
    "projectDomainId",
    "defaultDomain",
    "applicationCredentialId",
    "applicationCredentialName",
    "cacertFile",
    "cert",
    "endpointType",
  ],
  booleans: ["insecure", "allowReauth", "delayedAuth", "disableNoCacheHeader", "systemScope", "swauth"],
  objects: ["endpointOverrides", "maxRetries"],
  secrets: ["password", "applicationCredentialSecret", "token", "key"],
} as const;

/** Environment variables that tell the provider where Keystone is. */
export const AUTH_ENV_VARS = ["OS_AUTH_URL", "OS_CLOUD"] as const;

/** Where the Keystone URL comes from: the user's config or environment, a sourced default, or nowhere. */
export type AuthChoice =
  { readonly from: "config" | "environment" } | { readonly from: "default"; readonly authUrl: Sourced<string> } | { readonly from: "none" };

export function resolveAuth(ctx: Pick<CheckContext, "placement">): AuthChoice {
  const cfg = new pulumi.Config("openstack");
  if ((cfg.get("authUrl") ?? "").trim() !== "" || (cfg.get("cloud") ?? "").trim() !== "") return { from: "config" };
  if (AUTH_ENV_VARS.some((v) => (process.env[v] ?? "").trim() !== "")) return { from: "environment" };
  const authUrl = cloudOf(ctx.placement).authUrl?.(ctx.placement.region);
  return authUrl === undefined ? { from: "none" } : { from: "default", authUrl };
}

/** SC_PROVIDER_SETTING_MISSING when no Keystone URL can be found for the placement. */
export function authProblems(ctx: CheckContext): Problem[] {
  if (resolveAuth(ctx).from !== "none") return [];
  const where = `${ctx.placement.provider.id}:${ctx.placement.region.code}`;
  return [
    problems.providerSettingMissing(
      "openstack:authUrl",
      "openstack",
      `the Keystone URL of ${where} for ${ctx.name}`,
      `none of the stack config openstack:authUrl or openstack:cloud, or the environment variables ${AUTH_ENV_VARS.join(", ")} is set, and the catalog has no sourced Keystone URL for ${where}`,
      "run `pulumi config set openstack:authUrl https://<keystone>/v3` (or `openstack:cloud <clouds.yaml entry>`), plus your credentials (openstack:userName, `pulumi config set --secret openstack:password`, ...).",
    ),
  ];
}

/** What every OpenStack child needs: the provider, the region and the resource options. */
export interface OpenStackContext {
  readonly provider: openstack.Provider;
  readonly region: string;
  /** `{ parent, provider }` for every child. */
  readonly opts: pulumi.CustomResourceOptions;
  /** Labels as OpenStack tags (`key=value`). */
  readonly tags: string[];
}

/**
 * Labels as `key=value` tags. Nova server tags are at most 60 characters and may not contain `/`
 * or `,` (Compute API, server tags); the same limit is applied to every resource.
 */
export function openstackTags(labels: Readonly<Record<string, string>>): string[] {
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`.replace(/[/,]/g, "_").slice(0, 60))
    .filter((t) => t.length > 1)
    .sort();
}

/** The provider arguments: the placement's region, forwarded `openstack:` config, a default Keystone URL. */
export function providerArgs(scope: Pick<DriverScope, "placement">): openstack.ProviderArgs {
  const args: Record<string, unknown> = { ...forwardConfig("openstack", FORWARDED), region: openstackRegion(scope.placement) };
  const auth = resolveAuth(scope);
  if (auth.from === "default") args["authUrl"] = auth.authUrl.value;
  return args as openstack.ProviderArgs;
}

/** The provider for the component's children (the user's, else the shared one) and their options. */
export function openstackContext(scope: DriverScope): OpenStackContext {
  const region = openstackRegion(scope.placement);
  const auth = resolveAuth(scope);
  const key = { name: [scope.placement.provider.id, region], distinct: auth.from === "default" ? auth.authUrl.value : auth.from };
  const provider = childProvider(scope, "openstack", key, (name, opts) => new (sdk().Provider)(name, providerArgs(scope), opts));
  return {
    provider,
    region: openstackRegion(scope.placement),
    opts: { parent: scope.parent, provider },
    tags: openstackTags(scope.labels),
  };
}
