/**
 * Every user-facing error of sovereign-cloud, as named factories with stable codes.
 *
 * A factory returns a {@link Problem}: what is wrong, the value received, what is allowed and how
 * to fix it. Validation collects problems and throws them once as a {@link SovereignCloudError}
 * (via {@link throwIfAny}) before any resource is registered.
 *
 * Codes are identity: never rename or reuse one; add new ones.
 */

export const ErrorCode = {
  // target
  TargetMissing: "SC_TARGET_MISSING",
  TargetMalformed: "SC_TARGET_MALFORMED",
  UnknownProvider: "SC_UNKNOWN_PROVIDER",
  UnknownRegion: "SC_UNKNOWN_REGION",
  UnknownZone: "SC_UNKNOWN_ZONE",
  ServiceUnavailable: "SC_SERVICE_UNAVAILABLE",
  DriverUnavailable: "SC_DRIVER_UNAVAILABLE",
  ServiceUnconfirmed: "SC_SERVICE_UNCONFIRMED",
  // contract
  ContractInvalid: "SC_CONTRACT_INVALID",
  UnknownPreset: "SC_UNKNOWN_PRESET",
  ContractConflict: "SC_CONTRACT_CONFLICT",
  ConfigInvalid: "SC_CONFIG_INVALID",
  // verdict clauses (one code per clause, see contract/evaluate.ts)
  ResidencyDataLocation: "SC_RESIDENCY_DATA_LOCATION",
  ResidencyCountries: "SC_RESIDENCY_COUNTRIES",
  ResidencyProviderControl: "SC_RESIDENCY_PROVIDER_CONTROL",
  ResidencyCertifications: "SC_RESIDENCY_CERTIFICATIONS",
  ResidencyReplication: "SC_RESIDENCY_REPLICATION",
  ResidencyEncryption: "SC_RESIDENCY_ENCRYPTION",
  ResidencyRegionStatus: "SC_RESIDENCY_REGION_STATUS",
  // component arguments
  InvalidArgument: "SC_INVALID_ARGUMENT",
  ConflictingArguments: "SC_CONFLICTING_ARGUMENTS",
  InvalidFlavorName: "SC_INVALID_FLAVOR_NAME",
  NoMatchingSize: "SC_NO_MATCHING_SIZE",
  UnknownImage: "SC_UNKNOWN_IMAGE",
  ImageUnavailable: "SC_IMAGE_UNAVAILABLE",
  InvalidCidr: "SC_INVALID_CIDR",
  AdminPortOpenToWorld: "SC_ADMIN_PORT_OPEN_TO_WORLD",
  PlacementMismatch: "SC_PLACEMENT_MISMATCH",
  // provider drivers
  ProviderSettingMissing: "SC_PROVIDER_SETTING_MISSING",
  ProviderLimitation: "SC_PROVIDER_LIMITATION",
  // offline plan (CLI)
  ProjectNotFound: "SC_PROJECT_NOT_FOUND",
  StackNotFound: "SC_STACK_NOT_FOUND",
  ProgramFailed: "SC_PROGRAM_FAILED",
  // evidence
  SupplementUnreadable: "SC_SUPPLEMENT_UNREADABLE",
  SupplementInvalid: "SC_SUPPLEMENT_INVALID",
  // KubernetesCluster
  KubernetesVersionUnavailable: "SC_KUBERNETES_VERSION_UNAVAILABLE",
  // user-supplied providers and deploy-time lookups
  ProviderMismatch: "SC_PROVIDER_MISMATCH",
  LookupNotFound: "SC_LOOKUP_NOT_FOUND",
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export { formatProblem, SovereignCloudError, throwIfAny, type Problem } from "./sovereign-cloud-error";
import type { Problem } from "./sovereign-cloud-error";

/** Render a value for `received:` lines. */
export function show(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "string") return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function list(values: readonly string[], max = 12): string {
  const shown = values.slice(0, max).join(", ");
  return values.length > max ? `${shown}, ... (${values.length} in all)` : shown;
}

/** The values listed, or `none` (what is allowed instead) when there are none. */
function listOr(values: readonly string[], none: string): string {
  return values.length > 0 ? list(values) : none;
}

function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(" or ")}?` : "";
}

/** The fix of a service missing at a target: the first alternative that offers it, if any. */
function chooseTargetOffering(service: string, alternatives: readonly string[]): string {
  return `choose a target that offers ${service}${alternatives.length > 0 ? ` (e.g. ${alternatives[0]})` : ""}`;
}

/** A problem: its code, where, and what is wrong, then the details that apply (received, allowed, facts, fix). */
function problem(code: ErrorCode, path: string, message: string, details: Omit<Problem, "code" | "path" | "message">): Problem {
  return { code, path, message, ...details };
}

/**
 * The factory of a problem with a name that is not one of the known ones:
 * `"<received>" is not <what>. Did you mean "<suggestion>"?`, the known names listed (at most `max`), and the fix.
 */
function unknownName(code: ErrorCode, what: string, fix: string, max?: number) {
  return (path: string, received: string, allowed: readonly string[], suggestions: readonly string[]): Problem =>
    problem(code, path, `"${received}" is not ${what}.${didYouMean(suggestions)}`, {
      received: show(received),
      allowed: list(allowed, max),
      fix,
    });
}

/** Named factories, one per kind of problem. */
export const problems = {
  targetMissing(path: string): Problem {
    return problem(ErrorCode.TargetMissing, path, "no target is set, so sovereign-cloud cannot tell where to deploy.", {
      received: "nothing (neither args.target nor the stack's sovereign-cloud:target)",
      allowed: "a target `provider:region[:zone]` such as `aws:eu-central-1` or `{ provider, region, zone? }`",
      fix: "set `sovereign-cloud:target` in the stack file (`pulumi config set sovereign-cloud:target aws:eu-central-1`) or pass `target` to the component.",
    });
  },

  targetMalformed(path: string, received: unknown, why: string): Problem {
    return problem(ErrorCode.TargetMalformed, path, `the target is malformed: ${why}.`, {
      received: show(received),
      allowed: "`provider:region` or `provider:region:zone` (e.g. `gcp:europe-west3:europe-west3-a`), or `{ provider, region, zone? }`",
      fix: "write the target as `provider:region[:zone]`.",
    });
  },

  unknownProvider: unknownName(ErrorCode.UnknownProvider, "a provider sovereign-cloud knows", "use one of the allowed provider ids."),

  unknownRegion(path: string, provider: string, received: string, allowed: readonly string[], suggestions: readonly string[]): Problem {
    const fix = "use a region code from the catalog (`sovereign-cloud regions` lists them with their countries).";
    return unknownName(ErrorCode.UnknownRegion, `a ${provider} region in the catalog`, fix, 40)(path, received, allowed, suggestions);
  },

  unknownZone(
    path: string,
    region: string,
    received: string,
    allowed: readonly string[] | undefined,
    suggestions: readonly string[],
  ): Problem {
    if (allowed === undefined)
      return problem(
        ErrorCode.UnknownZone,
        path,
        `zone "${received}" cannot be checked: the catalog does not know the zones of ${region}.`,
        {
          received: show(received),
          allowed: "no zone (let the provider choose)",
          fix: "leave the zone out of the target.",
        },
      );
    const fix = "use one of the listed zones or leave the zone out.";
    return unknownName(ErrorCode.UnknownZone, `a zone of ${region}`, fix)(path, received, allowed, suggestions);
  },

  serviceUnavailable(path: string, service: string, target: string, alternatives: readonly string[]): Problem {
    return problem(ErrorCode.ServiceUnavailable, path, `${service} is not available at ${target}.`, {
      received: show(target),
      allowed: listOr(alternatives, "a region that offers this service"),
      fix: `${chooseTargetOffering(service, alternatives)}.`,
    });
  },

  /** The catalog cannot tell whether the service runs in the region: an unknown never passes. */
  serviceUnconfirmed(path: string, service: string, target: string, why: string, alternatives: readonly string[]): Problem {
    return problem(
      ErrorCode.ServiceUnconfirmed,
      path,
      `no source confirms that ${service} is offered at ${target} (${why}), so nothing is created there.`,
      {
        received: show(target),
        allowed: listOr(alternatives, "a region whose sources confirm this service"),
        fix: `${chooseTargetOffering(service, alternatives)}, or wait until the catalog confirms it for ${target}.`,
      },
    );
  },

  driverUnavailable(path: string, driver: string, available: readonly string[]): Problem {
    return problem(
      ErrorCode.DriverUnavailable,
      path,
      `the ${driver} driver is not part of this release, so resources cannot be created there yet (its regions are in the catalog for planning).`,
      {
        received: show(driver),
        allowed: list(available),
        fix: "target a provider whose driver is available.",
      },
    );
  },

  contractInvalid(path: string, message: string, received: unknown, allowed?: string): Problem {
    return problem(ErrorCode.ContractInvalid, path, `the residency contract is invalid: ${message}.`, {
      received: show(received),
      ...(allowed === undefined ? {} : { allowed }),
      fix: "correct the contract (see docs/contract.md).",
    });
  },

  unknownPreset: unknownName(ErrorCode.UnknownPreset, "a contract preset", "use one of the presets or write the contract out."),

  contractConflict(path: string, message: string, received: unknown, fix: string): Problem {
    return problem(ErrorCode.ContractConflict, path, `the contract contradicts itself: ${message}.`, {
      received: show(received),
      fix,
    });
  },

  configInvalid(key: string, received: string, why: string): Problem {
    return problem(ErrorCode.ConfigInvalid, key, `stack config ${key} cannot be read: ${why}.`, {
      received: show(received),
      allowed: "a preset name, or a YAML object (stack file) / JSON object (`pulumi config set --path`)",
      fix: `fix ${key} in the stack file.`,
    });
  },

  invalidArgument(path: string, message: string, received: unknown, allowed: string, fix: string): Problem {
    return problem(ErrorCode.InvalidArgument, path, message, { received: show(received), allowed, fix });
  },

  conflictingArguments(path: string, message: string, received: unknown, fix: string): Problem {
    return problem(ErrorCode.ConflictingArguments, path, message, { received: show(received), fix });
  },

  invalidFlavorName(path: string, received: string, why: string): Problem {
    return problem(ErrorCode.InvalidFlavorName, path, `"${received}" is not a valid SCS flavor name: ${why}.`, {
      received: show(received),
      allowed: "an SCS-0100 v3 name such as SCS-2V-8, SCS-4V-16-100s, SCS-1L-1 (scs-0103 lists the standard ones), or { vcpus, memoryGiB }",
      fix: "use a standard SCS flavor name or give { vcpus, memoryGiB }.",
    });
  },

  noMatchingSize(path: string, provider: string, wanted: string, largest: string): Problem {
    return problem(ErrorCode.NoMatchingSize, path, `no ${provider} instance type in the catalog meets ${wanted}.`, {
      received: show(wanted),
      allowed: `up to ${largest} on ${provider}`,
      fix: `ask for less, or set overrides.${provider}.instanceType to a type you know is right.`,
    });
  },

  unknownImage: unknownName(
    ErrorCode.UnknownImage,
    "a portable image",
    "use a portable image name, or set the provider's image in overrides.",
  ),

  imageUnavailable(path: string, image: string, provider: string, why: string): Problem {
    return problem(ErrorCode.ImageUnavailable, path, `${image} has no confirmed image on ${provider}: ${why}.`, {
      received: show(image),
      allowed: "a portable image the catalog maps for this provider",
      fix: `choose another portable image, or pin the provider's image in overrides.${provider}.`,
    });
  },

  invalidCidr(path: string, received: unknown, why: string, allowed = "an IPv4 CIDR such as 10.0.0.0/16"): Problem {
    return problem(ErrorCode.InvalidCidr, path, `invalid CIDR: ${why}.`, {
      received: show(received),
      allowed,
      fix: "write the block as a.b.c.d/n with the host bits zero.",
    });
  },

  adminPortOpenToWorld(path: string, port: string, from: string): Problem {
    return problem(ErrorCode.AdminPortOpenToWorld, path, `administrative port ${port} would be open to the whole internet (${from}).`, {
      received: show(from),
      allowed: "a specific source range (your office, VPN or bastion CIDR)",
      fix: `set \`from\` to the CIDR that needs to reach port ${port}.`,
    });
  },

  placementMismatch(path: string, message: string, received: string, allowed: string): Problem {
    return problem(ErrorCode.PlacementMismatch, path, message, {
      received: show(received),
      allowed,
      fix: "give the component the same provider and region as the network it joins.",
    });
  },

  /** A setting the provider needs (project, account, ...) is set nowhere the driver looks. */
  providerSettingMissing(path: string, provider: string, what: string, why: string, fix: string): Problem {
    return problem(ErrorCode.ProviderSettingMissing, path, `${provider} needs ${what}, but ${why}.`, { received: "not set", fix });
  },

  /** The provider cannot (or the catalog cannot confirm it can) do what the spec asks at this placement. */
  providerLimitation(path: string, message: string, received: unknown, allowed: string, fix: string): Problem {
    return problem(ErrorCode.ProviderLimitation, path, message, { received: show(received), allowed, fix });
  },

  /** `plan` found no Pulumi.yaml where it looked. */
  projectNotFound(path: string, why: string): Problem {
    return problem(ErrorCode.ProjectNotFound, path, `no Pulumi project: ${why}.`, {
      fix: "run in the project's directory, or pass --program DIR (a directory with a Pulumi.yaml).",
    });
  },

  /** `plan --stack NAME` names a stack that has no stack file. */
  stackNotFound(path: string, stack: string, allowed: readonly string[], suggestions: readonly string[]): Problem {
    return problem(ErrorCode.StackNotFound, path, `there is no stack file for "${stack}".${didYouMean(suggestions)}`, {
      received: show(stack),
      allowed: listOr(allowed, "no stack files found"),
      fix: `create Pulumi.${stack}.yaml in the stack config directory, or name one of the allowed stacks.`,
    });
  },

  /**
   * A copy of a component's data (a backup copy, a snapshot, a replica) would be stored outside
   * what the contract allows: the contract's replication clause forbids copies outside the region.
   */
  copyOutsideRegion(path: string, what: string, where: string, region: string, facts: readonly string[]): Problem {
    return problem(
      ErrorCode.ResidencyReplication,
      `${path} (replication)`,
      `${what} would be stored at ${where}, outside the component's region ${region}, but the contract allows no replication (replication: same-region).`,
      {
        received: show(where),
        allowed: `copies in ${region} only`,
        facts,
        fix: `keep the copy in ${region}, or set the contract's replication to within-contract deliberately.`,
      },
    );
  },

  supplementUnreadable(file: string, why: string): Problem {
    return problem(ErrorCode.SupplementUnreadable, file, `the evidence supplement cannot be read: ${why}.`, {
      allowed: 'a JSON file (UTF-8) with { "statements": [...] }, see docs/evidence.md',
      fix: "check the path given to --supplement (or the supplement option) and that the file is valid JSON.",
    });
  },

  supplementInvalid(path: string, why: string, received: unknown, allowed: string): Problem {
    return problem(ErrorCode.SupplementInvalid, path, `the evidence supplement is malformed: ${why}.`, {
      received: show(received),
      allowed,
      fix: "fix the supplement (its format is in docs/evidence.md, section Supplement); nothing was merged.",
    });
  },

  /** The Kubernetes minor version is not one the catalog confirms for the provider's managed service. */
  kubernetesVersionUnavailable(
    path: string,
    service: string,
    received: string,
    allowed: readonly string[] | undefined,
    fact: string,
  ): Problem {
    const code = ErrorCode.KubernetesVersionUnavailable;
    if (allowed === undefined)
      return problem(
        code,
        path,
        `${service}: the Kubernetes versions a new cluster can use are not confirmed in the catalog, so ${received} cannot be checked.`,
        {
          received: show(received),
          allowed: "none confirmed",
          facts: [fact],
          fix: "choose a target whose managed Kubernetes versions are confirmed.",
        },
      );
    return problem(code, path, `${service} does not offer Kubernetes ${received} for new clusters (per the catalog).`, {
      received: show(received),
      allowed: list(allowed),
      facts: [fact],
      fix: `set version to one of ${allowed.join(", ")}.`,
    });
  },

  /**
   * A provider passed to a component (`provider`, `providers` or inherited from a parent) that
   * contradicts the target: another package than the target's driver uses, or a region (location,
   * zone, endpoint) other than the placement's.
   */
  providerMismatch(path: string, setting: string, received: string, target: string, expected: string): Problem {
    return problem(ErrorCode.ProviderMismatch, path, `the provider's ${setting} contradicts the target ${target}.`, {
      received: show(received),
      allowed: expected,
      fix: "pass a provider configured for the target (or none: the component then uses one shared provider per placement), or change the target.",
    });
  },

  /** A deploy-time lookup (flavor, image, service catalog) that came back without the item the driver needs. */
  lookupNotFound(path: string, what: string, where: string, fix: string): Problem {
    return problem(ErrorCode.LookupNotFound, path, `the provider's lookup found no ${what} in ${where}.`, {
      received: "a lookup result without it",
      allowed: `a ${what} that exists in ${where}`,
      fix,
    });
  },
};
