/**
 * The `gcp.Provider` of Google Cloud children, and the project they target: the user's own provider
 * (validated by the component), else one shared provider per region, project and credentials per
 * program run (`gcp-europe-west4`; see shared-providers.ts). Every child carries its own location
 * (region, zone) and labels, so the provider carries neither zone nor default labels.
 *
 * An explicit provider does not read the stack's `gcp:` config (only the default provider does), so
 * the driver forwards the credential and request settings a user may have put there. The provider
 * still reads credentials from the environment itself (GOOGLE_CREDENTIALS, application default
 * credentials, ...).
 */
import * as pulumi from "@pulumi/pulumi";
import type * as gcp from "@pulumi/gcp";
import type { CheckContext, DriverScope } from "../types";
import { problems, type Problem } from "../../errors";
import { forwardConfig } from "../forward-config";
import { childProvider } from "../shared-providers";
import { sdk } from "./sdk";

/** Environment variables the Google provider reads for the project, in its own order. */
export const PROJECT_ENV_VARS = ["GOOGLE_PROJECT", "GOOGLE_CLOUD_PROJECT", "GCLOUD_PROJECT", "CLOUDSDK_CORE_PROJECT"] as const;

export interface ProjectChoice {
  readonly project?: string;
  /** Where it came from, for messages. */
  readonly from?: string;
}

/** The project: override, else stack config `gcp:project`, else the environment. */
export function resolveProject(override: string | undefined): ProjectChoice {
  if (override !== undefined && override.trim() !== "") return { project: override.trim(), from: "overrides.gcp.project" };
  const configured = new pulumi.Config("gcp").get("project");
  if (configured !== undefined && configured.trim() !== "") return { project: configured.trim(), from: "gcp:project" };
  for (const name of PROJECT_ENV_VARS) {
    const value = process.env[name];
    if (value !== undefined && value.trim() !== "") return { project: value.trim(), from: name };
  }
  return {};
}

/** A problem when no project can be found (reported before anything is created). */
export function checkProject(override: string | undefined, ctx: CheckContext, path: string): Problem[] {
  if (override !== undefined && (typeof override !== "string" || override.trim() === "")) {
    return [
      problems.invalidArgument(
        path,
        "must be a non-empty Google Cloud project id.",
        override,
        "a project id such as `my-project-123`",
        `set ${path} or leave it out.`,
      ),
    ];
  }
  if (resolveProject(override).project !== undefined) return [];
  return [
    problems.providerSettingMissing(
      path,
      "gcp",
      `a Google Cloud project for ${ctx.name}`,
      `none of ${path}, stack config gcp:project, or the environment variables ${PROJECT_ENV_VARS.join(", ")} is set`,
      "run `pulumi config set gcp:project <project-id>`, or set overrides.gcp.project on the component.",
    ),
  ];
}

/** String settings of the `gcp:` stack config that an explicit provider would otherwise ignore. */
const FORWARDED_STRINGS = ["impersonateServiceAccount", "billingProject", "requestReason", "requestTimeout", "universeDomain"] as const;
/** Secret settings, read as secrets so they stay encrypted in state. */
const FORWARDED_SECRETS = ["credentials", "accessToken"] as const;

/** Provider arguments forwarded from stack config `gcp:*`. */
export function forwardedProviderArgs(): Partial<gcp.ProviderArgs> {
  return forwardConfig("gcp", {
    strings: FORWARDED_STRINGS,
    booleans: ["userProjectOverride"],
    objects: ["impersonateServiceAccountDelegates", "scopes"],
    secrets: FORWARDED_SECRETS,
  }) as Partial<gcp.ProviderArgs>;
}

/**
 * The provider for one component's children: the user's, else the shared one for the placement's
 * region and `project` (a project override gets a provider of its own). The third parameter is
 * kept for callers written when each component had its own provider; it is ignored: a shared
 * provider carries no zone, every zonal child names its zone itself.
 */
export function createProvider(scope: DriverScope, project: string, _zone?: string): gcp.Provider {
  const region = scope.placement.region.code;
  return childProvider(
    scope,
    "gcp",
    { name: ["gcp", region], distinct: project },
    (name, opts) => new (sdk().Provider)(name, { ...forwardedProviderArgs(), project, region }, opts),
  );
}

/** Options every child takes: parent, the explicit provider, and (for data) retainOnDelete. */
export function childOptions(
  scope: DriverScope,
  provider: gcp.Provider,
  extra: pulumi.CustomResourceOptions = {},
): pulumi.CustomResourceOptions {
  return { parent: scope.parent, provider, ...extra };
}
