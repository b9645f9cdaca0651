/**
 * The explicit `gcp.Provider` each component gets, and the project it targets.
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
import { sanitizeLabels } from "./naming";
import { forwardConfig } from "../forward-config";
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
    return [problems.invalidArgument(path, "must be a non-empty Google Cloud project id.", override, "a project id such as `my-project-123`", `set ${path} or leave it out.`)];
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
 * The explicit provider for one component: `${name}-provider`, parented to the component, with the
 * placement's region (and zone for VMs) and the component's labels as default labels.
 */
export function createProvider(scope: DriverScope, project: string, zone?: string): gcp.Provider {
  const g = sdk();
  return new g.Provider(
    `${scope.name}-provider`,
    {
      ...forwardedProviderArgs(),
      project,
      region: scope.placement.region.code,
      ...(zone === undefined ? {} : { zone }),
      defaultLabels: sanitizeLabels(scope.labels),
    },
    { parent: scope.parent },
  );
}

/** Options every child takes: parent, the explicit provider, and (for data) retainOnDelete. */
export function childOptions(scope: DriverScope, provider: gcp.Provider, extra: pulumi.CustomResourceOptions = {}): pulumi.CustomResourceOptions {
  return { parent: scope.parent, provider, ...extra };
}
