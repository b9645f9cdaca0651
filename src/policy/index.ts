/**
 * The sovereign-cloud policy pack: the residency contract enforced on every resource of a program,
 * including resources written by hand without our components.
 *
 * `policies(contract?)` returns the array for `new PolicyPack("sovereign-cloud", { policies })`
 * (see `policy/index.ts`); the offline `plan` calls the same policies in-process with the same
 * arguments the engine would give (`runPolicies` in `./args`). Every policy's `configSchema` is the
 * contract (see `./config` for how a policy finds its contract).
 */
import type { Policies, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import type { ContractInput, ResidencyContract } from "../contract/schema";
import { stackValidationArgs, type ResourceInput } from "./args";
import { contractConfigSchema, contractFor, packContract } from "./config";
import { locateAll, type Location } from "./locator";
import type { Rule, RuleReport } from "./rule";
import { withRunMemo } from "./memo";
import { ALL_RULES } from "./rules/index";

export type { Rule, ResourceRule, StackRule, CannotTell, RuleReport } from "./rule";
export { runPolicies, resourceValidationArgs, stackValidationArgs, urnOf, type Diagnostic, type ResourceInput } from "./args";
export { locate, locateAll, packageOf, regionOfZone, type Location, type LocateContext, type ParentRef } from "./locator";
export { placementOf } from "./judge";
export { CONTRACT_ENV, contractConfigSchema, contractFor, packContract } from "./config";
export { ALL_RULES } from "./rules/index";
export { packageModule, packageModules, remediationFor, type PackageModule } from "./packages/index";

/**
 * Locate every resource of a stack given as `ResourceInput`s (offline runs): the stack view, so
 * resources that inherit their location (Azure resource groups, ...) are resolved. Keyed by URN.
 */
export function locateResources(resources: readonly ResourceInput[]): Map<string, Location> {
  return locateAll(stackValidationArgs(resources).resources);
}

/** What the CLI and docs show about a rule. */
export type RuleSummary = Pick<Rule, "name" | "kind" | "description" | "severity" | "enforcementLevel" | "remediationSteps">;

/** Every rule's name, kind, description, severity, default enforcement level and remediation. */
export const RULES: readonly RuleSummary[] = ALL_RULES.map(({ name, kind, description, severity, enforcementLevel, remediationSteps }) => ({
  name,
  kind,
  description,
  severity,
  enforcementLevel,
  remediationSteps,
}));

/**
 * The pack's policies. `contract` is the pack-wide contract (a preset name, a contract input as in
 * `sovereign-cloud:residency`, or a parsed contract); without it, `SOVEREIGN_CLOUD_RESIDENCY`, else
 * the `eu` preset. Each policy's own config (`--policy-pack-config`) is applied on top.
 * Throws when the contract is invalid.
 */
export function policies(contract?: ContractInput | ResidencyContract, rules: readonly Rule[] = ALL_RULES): Policies {
  const base = packContract(contract);
  const configSchema = contractConfigSchema();
  return rules.map((rule): ResourceValidationPolicy | StackValidationPolicy => {
    const common = {
      name: rule.name,
      description: rule.description,
      enforcementLevel: rule.enforcementLevel,
      severity: rule.severity,
      remediationSteps: rule.remediationSteps,
      configSchema,
    };
    const seen = new Map<string, ResidencyContract>();
    // The engine (and the offline plan) hands every resource the same config object: look it up
    // by identity first, so the config is not serialised again for each resource.
    const byObject = new WeakMap<object, ResidencyContract>();
    const contractOf = (config: Record<string, unknown>): ResidencyContract => {
      const known = byObject.get(config);
      if (known !== undefined) return known;
      const key = JSON.stringify(config);
      let c = seen.get(key);
      if (c === undefined) seen.set(key, (c = contractFor(base, config, rule.name)));
      byObject.set(config, c);
      return c;
    };
    return rule.kind === "resource"
      ? { ...common, validateResource: (args, report) => rule.validate(args, contractOf(args.getConfig()), report as RuleReport) }
      : // One stack validation is one run: what several buckets need of the stack is derived once (memo.ts).
        {
          ...common,
          validateStack: (args, report) => withRunMemo(async () => rule.validate(args, contractOf(args.getConfig()), report as RuleReport)),
        };
  });
}
