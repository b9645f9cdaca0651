/**
 * `exit-plan` end to end: check the inputs (stack, target, contract: every problem is a coded
 * error, exit 2), rehearse the program on the current target and on the destination, and build the
 * plan; for `--to any`, rehearse every catalog target the contract allows and rank them.
 */
import { PROVIDERS } from "../catalog/providers";
import { REGIONS } from "../catalog/regions/index";
import { evaluate } from "../contract/evaluate";
import { driverOf, placementLabel, type Placement } from "../contract/placement";
import type { ResidencyContract } from "../contract/schema";
import { placementOf } from "../contract/target";
import { problems, SovereignCloudError, type Problem } from "../errors";
import { driverFor } from "../drivers/registry";
import { stackContract } from "../offline/evaluate";
import { stackConfigWith, type PulumiProject } from "../offline/project";
import type { StackReport } from "../offline/report";
import { buildExitPlan, deltasWith, type ExitPlan } from "./plan";
import { RESIDENCY_KEY, TARGET_KEY, type ExtraConfig, type Planner } from "./rehearse";

export interface ExitOptions {
  readonly project: PulumiProject;
  /** The current stack (must have a stack file). */
  readonly stack: string;
  /** Config on top of the stack file for both runs (`key=value`). @default {} */
  readonly config?: ExtraConfig;
  /** The contract the destination is held to. @default - the stack's `sovereign-cloud:residency` */
  readonly contract?: ResidencyContract;
  readonly planner: Planner;
  /** Progress lines for `--to any`. */
  readonly progress?: (line: string) => void;
}

/** Where the stack is deployed now, and the contract its stack file sets. */
interface CurrentStack {
  readonly placement: Placement;
  readonly contract: ResidencyContract;
}

/** The stack's placement and contract, or the coded problems (a stack without a target cannot be exited). */
export function currentStack(project: PulumiProject, stack: string, config: ExtraConfig = {}): CurrentStack {
  const all = stackConfigWith(project, stack, config);
  const found: Problem[] = [];
  const target = all[TARGET_KEY];
  let input: unknown = target;
  if (target !== undefined && /^[{]/.test(target.trim())) {
    try {
      input = JSON.parse(target);
    } catch (e) {
      found.push(problems.configInvalid(TARGET_KEY, target, `it is not valid JSON (${(e as Error).message})`));
    }
  }
  const placed =
    target === undefined
      ? { problems: [problems.targetMissing(TARGET_KEY)] }
      : found.length > 0
        ? { problems: [] }
        : placementOf(input, TARGET_KEY);
  found.push(...placed.problems);
  const { contract, error } = stackContract(all);
  if (error) found.push(problems.contractInvalid(RESIDENCY_KEY, error.message, all[RESIDENCY_KEY]));
  if (found.length > 0 || !placed.value || !contract) throw new SovereignCloudError(`stack ${stack}`, found);
  return { placement: placed.value, contract };
}

/** The `--to` target resolved against the catalog (unknown provider, region or zone: coded error). */
export function destinationOf(to: string): Placement {
  const placed = placementOf(to, "--to");
  if (!placed.value) throw new SovereignCloudError("--to", placed.problems);
  return placed.value;
}

function destinationConfig(options: ExitOptions, to: Placement): Record<string, string> {
  return {
    ...(options.config ?? {}),
    [TARGET_KEY]: to.driver
      ? JSON.stringify({ provider: to.provider.id, region: to.region.code, ...(to.zone ? { zone: to.zone } : {}), driver: to.driver })
      : placementLabel(to),
    ...(options.contract ? { [RESIDENCY_KEY]: JSON.stringify(options.contract) } : {}),
  };
}

/** Rehearse the program on `to` and build the plan of the move from the current stack (whose run is `source`). */
async function rehearseTo(options: ExitOptions, current: CurrentStack, source: StackReport, to: Placement): Promise<ExitPlan> {
  const destination = await options.planner(options.stack, destinationConfig(options, to));
  return buildExitPlan({
    project: options.project.name,
    stack: options.stack,
    from: current.placement,
    to,
    contract: options.contract ?? current.contract,
    contractFrom: options.contract ? "--contract" : "stack",
    source,
    destination,
  });
}

/** Rehearse the exit to one target and build its plan. */
export async function exitPlan(options: ExitOptions, to: Placement): Promise<ExitPlan> {
  const current = currentStack(options.project, options.stack, options.config);
  const source = await options.planner(options.stack, options.config ?? {});
  return rehearseTo(options, current, source, to);
}

export interface RankedTarget {
  readonly rank: number;
  readonly target: string;
  readonly lost: readonly string[];
  readonly emulated: readonly string[];
  readonly gained: readonly string[];
}

export interface ExcludedTarget {
  readonly target: string;
  /** `contract`: the contract rejects the placement; `refused`: a component refused; `violation`: mandatory policy violations; `error`: the program failed; `no driver`; `current`: where the stack is now. */
  readonly why: "contract" | "refused" | "violation" | "error" | "no driver" | "current";
  /** The coded errors or violated clauses. */
  readonly codes: readonly string[];
  readonly reason: string;
}

export interface ExitAnyReport {
  readonly schema: "sovereign-cloud/exit-plan-any@1";
  readonly project: string;
  readonly stack: string;
  readonly from: string;
  readonly contract: ResidencyContract;
  /** Targets whose rehearsal passes, fewest features lost first (then fewest emulated, most gained, name). */
  readonly ranking: readonly RankedTarget[];
  readonly excluded: readonly ExcludedTarget[];
  /** The full plan for the first-ranked target, when one passes. */
  readonly best?: ExitPlan;
  /** 0 when at least one target passes, 1 when none does, 2 when the current stack does not plan. */
  readonly exitCode: 0 | 1 | 2;
  /** How many targets were rehearsed (planned) and the wall time, in milliseconds. */
  readonly rehearsed: number;
  readonly durationMs: number;
}

/** Rehearse every catalog region the contract allows and rank the ones that pass. */
export async function exitPlanAny(options: ExitOptions): Promise<ExitAnyReport> {
  const started = Date.now();
  const current = currentStack(options.project, options.stack, options.config);
  const contract = options.contract ?? current.contract;
  const from = placementLabel(current.placement);
  /** The report: what every outcome shares around the outcome itself. */
  const report = (outcome: Pick<ExitAnyReport, "ranking" | "excluded" | "best" | "exitCode" | "rehearsed">): ExitAnyReport => ({
    schema: "sovereign-cloud/exit-plan-any@1",
    project: options.project.name,
    stack: options.stack,
    from,
    contract,
    ...outcome,
    durationMs: Date.now() - started,
  });
  const excluded: ExcludedTarget[] = [];
  const candidates: Placement[] = [];
  for (const region of REGIONS) {
    const provider = PROVIDERS[region.provider];
    const target = `${region.provider}:${region.code}`;
    const placement: Placement = { provider, region };
    if (region.provider === current.placement.provider.id && region.code === current.placement.region.code) {
      excluded.push({ target, why: "current", codes: [], reason: `the stack is deployed here now (${from})` });
      continue;
    }
    const v = evaluate(contract, placement, { maxAlternatives: 0 });
    if (!v.satisfied) {
      excluded.push({
        target,
        why: "contract",
        codes: v.violations.map((x) => x.code),
        reason: v.violations.map((x) => `${x.clause}${x.unknown ? " (unknown)" : ""}: ${x.reason}`).join("; "),
      });
      continue;
    }
    if (!driverFor(driverOf(placement))) {
      excluded.push({
        target,
        why: "no driver",
        codes: ["SC_DRIVER_UNAVAILABLE"],
        reason: `this release has no ${driverOf(placement)} driver`,
      });
      continue;
    }
    candidates.push(placement);
  }
  const source = await options.planner(options.stack, options.config ?? {});
  const passed: Array<{ plan: ExitPlan; target: string }> = [];
  let i = 0;
  for (const to of candidates) {
    i++;
    const target = placementLabel(to);
    const plan = await rehearseTo(options, current, source, to);
    const t = plan.rehearsal.to;
    if (plan.rehearsal.from.status === "refused" || plan.rehearsal.from.status === "error") {
      options.progress?.(`[${i}/${candidates.length}] ${target}: the current stack does not plan`);
      return report({ ranking: [], excluded, best: plan, exitCode: 2, rehearsed: i });
    }
    if (plan.summary.result === "passes") {
      passed.push({ plan, target });
      options.progress?.(`[${i}/${candidates.length}] ${target}: passes, ${plan.summary.features.lost} features lost`);
    } else {
      const why = t.status === "planned" ? "violation" : t.status;
      const codes = t.error ? t.error.codes : t.mandatoryViolations.map((m) => m.split(":")[0]!);
      const reason = (
        t.error ? t.error.message.split("\n").slice(1).join(" ").trim() || t.error.message : t.mandatoryViolations.join("; ")
      ).replace(/\s+/g, " ");
      excluded.push({ target, why, codes, reason });
      options.progress?.(`[${i}/${candidates.length}] ${target}: ${why} [${codes.join(", ")}]`);
    }
  }
  const names = (plan: ExitPlan, change: "lost" | "emulated" | "gained") => deltasWith(plan, change).map((d) => d.feature);
  passed.sort(
    (a, b) =>
      a.plan.summary.features.lost - b.plan.summary.features.lost ||
      a.plan.summary.features.emulated - b.plan.summary.features.emulated ||
      b.plan.summary.features.gained - a.plan.summary.features.gained ||
      a.target.localeCompare(b.target),
  );
  const ranking = passed.map((p, n): RankedTarget => ({
    rank: n + 1,
    target: p.target,
    lost: names(p.plan, "lost"),
    emulated: names(p.plan, "emulated"),
    gained: names(p.plan, "gained"),
  }));
  return report({
    ranking,
    excluded,
    ...(passed[0] ? { best: passed[0].plan } : {}),
    exitCode: passed.length > 0 ? 0 : 1,
    rehearsed: candidates.length,
  });
}
