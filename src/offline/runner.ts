/**
 * Run a program for several stacks, each stack in its own Node process (the Pulumi runtime's mocks,
 * config and the program's module cache are per process), a few at a time. CommonJS programs
 * (TypeScript or JavaScript) are required by the worker, TypeScript transpiled as `pulumi` would
 * with ts-node (see ts-require.ts); ES module programs are loaded with tsx (`--import tsx`).
 */
import { fork } from "node:child_process";
import { availableParallelism } from "node:os";
import { extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { ErrorCode } from "../errors";
import { readProject } from "./project";
import type { StackError, StackReport } from "./report";
import { programFormat } from "./ts-require";
import type { WorkerMessage, WorkerRequest } from "./worker";

/** Marks the forked process as a plan worker (see worker.ts). */
export const WORKER_ENV = "SOVEREIGN_CLOUD_PLAN_WORKER";

export interface RunStacksOptions {
  /** Overrides the project's stack config dir. */
  readonly stackConfigDir?: string;
  /** Config set on top of every stack file (`key` without a namespace gets the project's). @default {} */
  readonly extraConfig?: Readonly<Record<string, string>>;
  /** How many stacks run at once. @default the number of CPUs, at most 4 */
  readonly jobs?: number;
  /** A stack whose program has not finished after this long is stopped and reported as a program error. @default 300000 */
  readonly timeoutMs?: number;
  /**
   * A single CommonJS stack runs in this process instead of a worker (see in-process.ts); the
   * caller then ends the process after reporting. Several stacks always run in their own processes.
   * @default false
   */
  readonly inProcess?: boolean;
  /** Called when a stack starts (index from 1). */
  readonly onStart?: (stack: string, index: number, total: number) => void;
  /** Called when a stack's report is ready. */
  readonly onDone?: (report: StackReport, index: number, total: number) => void;
}

/** The tsx loader to `--import`, or undefined when tsx is not installed (then only JavaScript programs run). */
export function tsxLoader(): string | undefined {
  try {
    return pathToFileURL(require.resolve("tsx")).href;
  } catch {
    return undefined;
  }
}

const WORKER_FILE = join(__dirname, `worker${extname(__filename)}`);
/** How much of a stack's output (the end) a failure report keeps. */
export const OUTPUT_LIMIT = 16_000;

function duration(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

/** Why a stack has no report: it ran out of time, or its process ended (`code`, or a signal) first. */
export function exitReason(
  end: { readonly timeoutMs: number } | { readonly code: number | null; readonly signal?: NodeJS.Signals | null },
): string {
  return "timeoutMs" in end
    ? `the program did not finish within ${duration(end.timeoutMs)}`
    : `the stack's process exited (${end.signal ?? `code ${end.code}`}) without a report`;
}

/** The report of a stack that ended without one: a program error with the reason and the program's output. */
export function withoutReport(stack: string, why: string, output: string, started: number): StackReport {
  const error: StackError = {
    code: ErrorCode.ProgramFailed,
    kind: "program",
    message: `${why}${output.trim() ? `:\n${output.trim()}` : ""}`,
  };
  return { stack, stackFile: "", resources: [], diagnostics: [], error, durationMs: Date.now() - started };
}

function requestFor(projectFile: string, stack: string, options: RunStacksOptions): WorkerRequest {
  return {
    projectFile,
    stack,
    extraConfig: options.extraConfig ?? {},
    ...(options.stackConfigDir ? { stackConfigDir: options.stackConfigDir } : {}),
  };
}

/** Run one stack in a fresh process. Never rejects: failures come back as the report's `error`. */
export function runStackProcess(
  projectFile: string,
  projectDir: string,
  stack: string,
  options: RunStacksOptions = {},
): Promise<StackReport> {
  const request = requestFor(projectFile, stack, options);
  // tsx only for ES module programs (its hooks slow down every module load, see ts-require.ts),
  // and for the worker itself when it runs from source (tests).
  const esm = programFormat(readProject(projectFile).main) === "module";
  const loader = esm || extname(WORKER_FILE) === ".ts" ? tsxLoader() : undefined;
  const started = Date.now();
  return new Promise((resolve) => {
    let output = "";
    let report: StackReport | undefined;
    let timedOut = false;
    const child = fork(WORKER_FILE, [JSON.stringify(request)], {
      cwd: projectDir,
      execArgv: loader ? ["--import", loader] : [],
      env: { ...process.env, [WORKER_ENV]: "1" },
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-OUTPUT_LIMIT);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    child.on("message", (m: WorkerMessage) => {
      if (m?.kind === "report") report = m.report;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs ?? 300_000);
    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      if (report) return resolve(report);
      const why = exitReason(timedOut ? { timeoutMs: options.timeoutMs ?? 300_000 } : { code, signal });
      const hint = esm && !loader ? " (tsx is not installed, so TypeScript programs cannot be loaded)" : "";
      resolve(withoutReport(stack, `${why}${hint}`, output, started));
    };
    child.on("error", (e) => {
      output += `\n${e.message}`;
    });
    child.on("exit", finish);
  });
}

/** Run every stack (each in its own process, `jobs` at a time); reports come back in the order of `stacks`. */
export async function runStacks(
  projectFile: string,
  projectDir: string,
  stacks: readonly string[],
  options: RunStacksOptions = {},
): Promise<StackReport[]> {
  const jobs = Math.max(1, options.jobs ?? Math.min(availableParallelism(), 4));
  const reports: StackReport[] = new Array(stacks.length);
  const single = options.inProcess === true && stacks.length === 1 && programFormat(readProject(projectFile).main) === "commonjs";
  // Required on use: in-process.ts loads the engine and @pulumi/pulumi, which forking never needs here.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the in-process runner is loaded only when a single stack runs in this process
  const here = single ? (require("./in-process") as typeof import("./in-process")).runStackInProcess : undefined;
  let next = 0;
  const lane = async () => {
    while (next < stacks.length) {
      const i = next++;
      const stack = stacks[i]!;
      options.onStart?.(stack, i + 1, stacks.length);
      const report = here
        ? await here(requestFor(projectFile, stack, options), projectDir, options)
        : await runStackProcess(projectFile, projectDir, stack, options);
      reports[i] = report;
      options.onDone?.(report, i + 1, stacks.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, stacks.length) }, lane));
  return reports;
}
