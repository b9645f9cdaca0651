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
import type { Finding, Props } from "./packages/types";
import { currentType } from "./packages/index";
import { UnknownGuard } from "./read";

export type { Finding } from "./packages/types";

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

/** Reports one finding: a string is a violation, `{ message, unreadable }` a "cannot tell". Resource rules leave `urn` unset. */
export function reportFinding(report: RuleReport, finding: Finding, urn?: string): void {
  if (typeof finding === "string") report(finding, urn);
  else report(finding.message, urn, cannotRead(finding.unreadable));
}

export interface RuleInfo {
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

/** One check of a resource's own inputs: its findings in the order it finds them (it may throw an unknown value, see ./read). */
export type InputCheck = (props: Props) => Iterable<Finding>;

/**
 * A resource rule that judges each resource from its own inputs alone: `checksFor(type)` gives the
 * check or checks for the resource's type, asked with its current token (`currentType`: an older
 * token its SDK still ships answers as the current one), none when the rule has nothing to say about it. Each check runs
 * under one {@link UnknownGuard} and its findings are reported as it finds them, so a value not
 * known yet (preview) stops only that check; the first unknown is rethrown at the end and the
 * engine reports "can't run … during preview" after every violation that is already certain.
 */
export function inputRule(info: RuleInfo, checksFor: (type: string) => InputCheck | readonly InputCheck[] | undefined): ResourceRule {
  return {
    kind: "resource",
    ...info,
    validate(args, _contract, report) {
      const checks = checksFor(currentType(args.type)) ?? [];
      const guard = new UnknownGuard();
      for (const check of typeof checks === "function" ? [checks] : checks) {
        guard.run(() => {
          for (const finding of check(args.props)) reportFinding(report, finding);
        });
      }
      guard.done();
    },
  };
}
