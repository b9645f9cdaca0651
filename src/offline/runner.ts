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
const OUTPUT_LIMIT = 16_000;

function duration(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

/** Run one stack in a fresh process. Never rejects: failures come back as the report's `error`. */
export function runStackProcess(projectFile: string, projectDir: string, stack: string, options: RunStacksOptions = {}): Promise<StackReport> {
  const request: WorkerRequest = {
    projectFile,
    stack,
    extraConfig: options.extraConfig ?? {},
    ...(options.stackConfigDir ? { stackConfigDir: options.stackConfigDir } : {}),
  };
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
      const why = timedOut
        ? `the program did not finish within ${duration(options.timeoutMs ?? 300_000)}`
        : `the stack's process exited (${signal ?? `code ${code}`}) without a report`;
      const hint = esm && !loader ? " (tsx is not installed, so TypeScript programs cannot be loaded)" : "";
      const error: StackError = { code: ErrorCode.ProgramFailed, kind: "program", message: `${why}${hint}${output.trim() ? `:\n${output.trim()}` : ""}` };
      resolve({ stack, stackFile: "", resources: [], diagnostics: [], error, durationMs: Date.now() - started });
    };
    child.on("error", (e) => {
      output += `\n${e.message}`;
    });
    child.on("exit", finish);
  });
}

/** Run every stack (each in its own process, `jobs` at a time); reports come back in the order of `stacks`. */
export async function runStacks(projectFile: string, projectDir: string, stacks: readonly string[], options: RunStacksOptions = {}): Promise<StackReport[]> {
  const jobs = Math.max(1, options.jobs ?? Math.min(availableParallelism(), 4));
  const reports: StackReport[] = new Array(stacks.length);
  let next = 0;
  const lane = async () => {
    while (next < stacks.length) {
      const i = next++;
      const stack = stacks[i]!;
      options.onStart?.(stack, i + 1, stacks.length);
      const report = await runStackProcess(projectFile, projectDir, stack, options);
      reports[i] = report;
      options.onDone?.(report, i + 1, stacks.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, stacks.length) }, lane));
  return reports;
}
