/**
 * The shape of one policy rule (one rule per file in `src/policy/rules/`). A rule is plain data plus
 * a validate function that receives exactly what the policy engine gives (`ResourceValidationArgs`
 * or `StackValidationArgs`) and the contract, already parsed from the pack config with the
 * contract's defaults applied in code (the policy SDK does not apply configSchema defaults).
 * `policies(contract)` in `index.ts` wraps every rule into a `@pulumi/policy` policy; the offline
 * engine calls the same wrapped policies with the same arguments.
 */
import type { EnforcementLevel, ResourceValidationArgs, Severity, StackValidationArgs } from "@pulumi/policy";
import type { ResidencyContract } from "../contract/schema";

/**
 * A "cannot tell", structured: what could not be read. Rules pass it as the third argument of the
 * report function; the policy engine only prints the message (extra arguments are ignored), the
 * offline engine keeps it on the diagnostic, so the report never parses messages.
 */
export interface CannotTell {
  /** What could not be read: an input (`encryption.sseAlgorithm`), a location, a setting of the service. */
  readonly unreadable: string;
}

/**
 * How a rule reports: `report(message)` for a violation, `report(message, urn, { unreadable })` for a
 * "cannot tell" (never a pass). Resource rules pass `undefined` as the URN.
 */
export type RuleReport = (message: string, urn?: string, cannotTell?: CannotTell) => void;

/** The structured "cannot tell" of `what could not be read`. */
export function cannotRead(unreadable: string): CannotTell {
  return { unreadable };
}

interface RuleInfo {
  /** Policy name (kebab-case, stable: users configure it by name). */
  readonly name: string;
  /** One sentence: what the rule demands. */
  readonly description: string;
  readonly severity: Severity;
  /** Default level; the pack config can change it per rule. */
  readonly enforcementLevel: EnforcementLevel;
  /** What to change when the rule reports a violation. */
  readonly remediationSteps: string;
}

/** A rule that looks at one resource at a time. */
export interface ResourceRule extends RuleInfo {
  readonly kind: "resource";
  /**
   * Report every violation with `report(message)`. When the rule cannot tell (location or setting
   * unreadable), it reports that too, with what it could not read: "cannot tell" never passes.
   */
  validate(args: ResourceValidationArgs, contract: ResidencyContract, report: RuleReport): void;
}

/** A rule that needs several resources at once (e.g. a replication configuration and its destination). */
export interface StackRule extends RuleInfo {
  readonly kind: "stack";
  validate(args: StackValidationArgs, contract: ResidencyContract, report: RuleReport): void;
}

export type Rule = ResourceRule | StackRule;
