/**
 * `sovereign-cloud plan`: run a Pulumi program offline (no Pulumi CLI, no cloud account) once per
 * stack file, each stack in its own process, evaluate the policy rules on everything it would
 * register, and report per stack what it would create, where, and what violates the contract.
 */
import { existsSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { closest } from "../contract/suggest";
import { problems, SovereignCloudError } from "../errors";
import { listStacks, readProject, type PulumiProject } from "../offline/project";
import { summarize, type PlanReport, type StackReport } from "../offline/report";
import { runStacks } from "../offline/runner";

export interface PlanOptions {
  /** A directory holding a Pulumi.yaml. @default the current directory */
  readonly program?: string;
  /** The Pulumi.yaml itself (overrides `program`). */
  readonly project?: string;
  /** Stacks to plan. @default every stack file */
  readonly stacks?: readonly string[];
  /** Config on top of every stack file (`key=value`). @default {} */
  readonly config?: Readonly<Record<string, string>>;
  /** Stacks run at once. @default the number of CPUs, at most 4 */
  readonly jobs?: number;
  /**
   * Plan a single CommonJS stack in this process instead of a worker process (faster to start); the
   * caller must end the process after reporting (the program may leave timers running).
   * @default false
   */
  readonly inProcess?: boolean;
  /** Progress lines (`[2/7] scaleway-paris ...`); nothing when absent. */
  readonly progress?: (line: string) => void;
}

/** The project `plan` runs: `--project FILE`, else `--program DIR`/Pulumi.yaml, else ./Pulumi.yaml. */
export function resolveProject(
  options: Pick<PlanOptions, "program" | "project">,
  cwd = process.cwd(),
): { project: PulumiProject; file: string } {
  const file = options.project ? resolve(cwd, options.project) : join(resolve(cwd, options.program ?? "."), "Pulumi.yaml");
  const where = options.project ? "--project" : options.program ? "--program" : "the current directory";
  if (
    options.program &&
    !options.project &&
    !(existsSync(resolve(cwd, options.program)) && statSync(resolve(cwd, options.program)).isDirectory())
  ) {
    throw new SovereignCloudError("plan", [problems.projectNotFound(where, `${resolve(cwd, options.program)} is not a directory`)]);
  }
  if (!existsSync(file)) throw new SovereignCloudError("plan", [problems.projectNotFound(where, `${file} does not exist`)]);
  try {
    return { project: readProject(file), file };
  } catch (e) {
    throw new SovereignCloudError("plan", [problems.projectNotFound(where, `${file} cannot be read (${(e as Error).message})`)]);
  }
}

/** The stacks to plan: the ones asked for (each must have a stack file), else every stack file. */
export function selectStacks(project: PulumiProject, wanted: readonly string[] = []): string[] {
  const all = listStacks(project);
  if (wanted.length === 0) {
    if (all.length === 0) throw new SovereignCloudError("plan", [problems.stackNotFound("--stack", "(any)", [], [])]);
    return all;
  }
  const missing = wanted.filter((s) => !all.includes(s));
  if (missing.length > 0)
    throw new SovereignCloudError(
      "plan",
      missing.map((s) => problems.stackNotFound("--stack", s, all, closest(s, all))),
    );
  return [...new Set(wanted)];
}

function describe(r: StackReport): string {
  const took = r.durationMs === undefined ? "" : ` (${(r.durationMs / 1000).toFixed(1)} s)`;
  if (r.error) return `${r.error.kind === "residency" ? "REJECTED" : "ERROR"} [${r.error.code}]${took}`;
  const mandatory = r.diagnostics.filter((d) => d.enforcementLevel === "mandatory").length;
  const custom = r.resources.filter((x) => x.custom).length;
  return `${mandatory === 0 ? "ok" : `${mandatory} mandatory violation${mandatory === 1 ? "" : "s"}`}, ${custom} resources${took}`;
}

/** Plan every selected stack, each in its own process (a single one in this process with `inProcess`). */
export async function planProject(
  projectFile: string,
  project: PulumiProject,
  stacks: readonly string[],
  options: PlanOptions = {},
): Promise<PlanReport> {
  const reports = await runStacks(projectFile, project.dir, stacks, {
    extraConfig: options.config ?? {},
    ...(options.jobs ? { jobs: options.jobs } : {}),
    ...(options.inProcess ? { inProcess: true } : {}),
    onStart: (stack, i, n) => options.progress?.(`[${i}/${n}] ${stack} ...`),
    onDone: (r, i, n) => options.progress?.(`[${i}/${n}] ${r.stack}: ${describe(r)}`),
  });
  const stackFiles = reports.map((r) =>
    r.stackFile ? r : { ...r, stackFile: relative(project.dir, join(project.stackConfigDir, `Pulumi.${r.stack}.yaml`)) },
  );
  return { project: { name: project.name, dir: project.dir }, stacks: stackFiles, ...summarize(stackFiles) };
}

/**
 * Plan one stack in this process (for libraries and tests that load the program themselves, e.g.
 * through vitest's module graph). `load` imports the program module, fresh for each call.
 */
export async function planStack(
  project: PulumiProject,
  stack: string,
  load: () => Promise<unknown>,
  extraConfig: Readonly<Record<string, string>> = {},
): Promise<StackReport> {
  // Required here, not imported at the top: the `plan` command itself only forks workers, and the
  // engine loads @pulumi/pulumi (half a second of a cold start, see BENCHMARKS.md).
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, so a command loads only what it needs (CLI start-up time, P4) */
  const { runOffline } = require("../offline/engine") as typeof import("../offline/engine");
  const { evaluateRun } = require("../offline/evaluate") as typeof import("../offline/evaluate");
  /* eslint-enable @typescript-eslint/no-require-imports */
  return evaluateRun(project, await runOffline(project, stack, load, extraConfig));
}

/** The flags `plan` and `evidence` share: which project and stacks, extra config, parallelism, quiet. */
export interface StackFlags {
  stack: string[];
  program?: string;
  project?: string;
  config: Record<string, string>;
  jobs?: number;
  quiet?: boolean;
}

/**
 * Plan the stacks a command names (positional arguments and `--stack`, default all) of the project
 * its flags point at, with progress on stderr unless `quiet`. Project and stack problems throw
 * before anything runs.
 */
export function planFromFlags(
  positional: readonly string[],
  flags: StackFlags,
  extra: Pick<PlanOptions, "inProcess"> = {},
): { project: PulumiProject; report: Promise<PlanReport> } {
  const { project, file } = resolveProject(flags);
  const stacks = selectStacks(project, [...positional, ...flags.stack]);
  const report = planProject(file, project, stacks, {
    config: flags.config,
    ...extra,
    ...(flags.jobs ? { jobs: flags.jobs } : {}),
    ...(flags.quiet ? {} : { progress: (line: string) => console.error(line) }),
  });
  return { project, report };
}

/** Print a command's document, or write it to `file` and say so on stderr. */
export function emit(text: string, file: string | undefined, what: string): void {
  if (file === undefined) {
    console.log(text);
    return;
  }
  writeFileSync(resolve(file), `${text}\n`);
  console.error(`wrote ${what} to ${file}`);
}
