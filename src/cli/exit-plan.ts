/**
 * `sovereign-cloud exit-plan`: rehearse moving a stack's program to another target (or to every
 * target the contract allows, `--to any`) offline, and write the exit plan as Markdown or JSON.
 * Exit 0 the rehearsal passes; 1 the destination violates the contract or refuses a component
 * (for `--to any`: no destination passes); 2 config or program error (unknown target, unknown
 * stack, contract typo, a program that does not plan).
 */
import { SovereignCloudError, type Problem } from "../errors";
import { destinationOf, exitAnyMarkdown, exitMarkdown, exitPlan, exitPlanAny, inProcessPlanner } from "../exit/index";
import type { ResidencyContract } from "../contract/schema";
import type { Placement } from "../contract/placement";
import { emit, resolveProject, selectStacks } from "./plan";
import { contractFromOption } from "./regions";

export const EXIT_FORMATS = ["markdown", "json"] as const;

export interface ExitPlanFlags {
  stack: string;
  program?: string;
  project?: string;
  to: string;
  contract?: string;
  format: (typeof EXIT_FORMATS)[number];
  output?: string;
  config: Record<string, string>;
  quiet?: boolean;
}

function problemsOf(e: unknown): Problem[] {
  if (SovereignCloudError.is(e)) return [...e.problems];
  throw e;
}

/** Run the command; resolves to its exit code (problems with the inputs throw one coded error, exit 2). */
export async function exitPlanCommand(flags: ExitPlanFlags): Promise<0 | 1 | 2> {
  const { project, file } = resolveProject(flags);
  // Every input problem at once: the stack, the destination, the contract.
  const found: Problem[] = [];
  try {
    selectStacks(project, [flags.stack]);
  } catch (e) {
    found.push(...problemsOf(e));
  }
  let to: Placement | "any" | undefined;
  try {
    to = flags.to === "any" ? "any" : destinationOf(flags.to);
  } catch (e) {
    found.push(...problemsOf(e));
  }
  let contract: ResidencyContract | undefined;
  try {
    contract = flags.contract === undefined ? undefined : contractFromOption(flags.contract);
  } catch (e) {
    found.push(...problemsOf(e));
  }
  if (found.length > 0 || to === undefined) throw new SovereignCloudError("exit-plan", found);
  const options = {
    project,
    stack: flags.stack,
    config: flags.config,
    planner: inProcessPlanner(file, project),
    ...(contract ? { contract } : {}),
    ...(flags.quiet ? {} : { progress: (line: string) => console.error(line) }),
  };
  if (to === "any") {
    const report = await exitPlanAny(options);
    if (!flags.quiet)
      console.error(
        `rehearsed ${report.rehearsed} target(s) in ${(report.durationMs / 1000).toFixed(1)} s: ${report.ranking.length} pass, ${report.excluded.length} excluded`,
      );
    emit(flags.format === "json" ? JSON.stringify(report, null, 2) : exitAnyMarkdown(report), flags.output, `${flags.format} exit plan`);
    return report.exitCode;
  }
  const plan = await exitPlan(options, to);
  for (const r of [plan.rehearsal.from, plan.rehearsal.to])
    if (r.error) console.error(`rehearsal ${r.stack} on ${r.target}: [${r.error.code}] ${r.error.message.split("\n")[0]}`);
  emit(flags.format === "json" ? JSON.stringify(plan, null, 2) : exitMarkdown(plan), flags.output, `${flags.format} exit plan`);
  return plan.summary.exitCode;
}
