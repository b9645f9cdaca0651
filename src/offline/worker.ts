/**
 * One stack's run, in its own process (forked by `runStacks`): the Pulumi runtime keeps mocks,
 * config and the program's module cache per process, so each stack starts clean. Reads a
 * {@link WorkerRequest} from argv, runs the program under the mocks, evaluates the policies and
 * sends the {@link StackReport} back over IPC. CommonJS programs are required here (TypeScript
 * transpiled by ts-require.ts); ES module programs are imported through tsx, which the parent
 * registers with `--import`.
 */
import { pathToFileURL } from "node:url";
import { runOffline } from "./engine";
import { watchFailures } from "./failures";
import { describeError, evaluateRun } from "./evaluate";
import { readProject } from "./project";
import type { StackReport } from "./report";
import { WORKER_ENV } from "./runner";
import { mapStack, programFormat, registerTypeScript } from "./ts-require";
import { ALL_RULES } from "../policy/index";
import type { Rule } from "../policy/rule";

/**
 * Internal (benchmarks): `SOVEREIGN_CLOUD_PLAN_RULES` limits the rules a worker evaluates to a
 * comma-separated list of rule names, or none with `none`. Unset: every rule.
 */
export const RULES_ENV = "SOVEREIGN_CLOUD_PLAN_RULES";

export function rulesFromEnv(value: string | undefined = process.env[RULES_ENV]): readonly Rule[] {
  if (value === undefined || value.trim() === "") return ALL_RULES;
  if (value.trim() === "none") return [];
  const names = value
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !ALL_RULES.some((r) => r.name === n));
  if (unknown.length > 0) throw new Error(`${RULES_ENV}: unknown rule(s) ${unknown.join(", ")}`);
  return ALL_RULES.filter((r) => names.includes(r.name));
}

export interface WorkerRequest {
  /** Absolute path of the project's Pulumi.yaml. */
  readonly projectFile: string;
  /** Overrides the project's stack config dir (tests use it for throwaway stack files). */
  readonly stackConfigDir?: string;
  readonly stack: string;
  /** Config set on top of the stack file (`key=value`, like `pulumi config set`). */
  readonly extraConfig: Readonly<Record<string, string>>;
}

export type WorkerMessage = { readonly kind: "report"; readonly report: StackReport };

/** Run the request's stack and evaluate it: what a worker does, and `plan` with one stack in its own process (in-process.ts). */
export async function planRequest(request: WorkerRequest): Promise<StackReport> {
  const read = readProject(request.projectFile);
  const project = request.stackConfigDir ? { ...read, stackConfigDir: request.stackConfigDir } : read;
  // Uncaught exceptions and unhandled rejections (an `apply` callback that throws, an async step
  // nobody awaits, a failed function serialization) fail the program, as they fail `pulumi up`:
  // the run ends at the first one (failures.ts).
  const watch = watchFailures();
  const started = Date.now();
  const run = await runOffline(project, request.stack, loader(project.main, project.dir), request.extraConfig, {
    failed: watch.failed,
    flush: watch.flush,
  });
  const error = run.error;
  if (error instanceof Error && typeof error.stack === "string") error.stack = mapStack(error.stack);
  const report = await evaluateRun(project, run, rulesFromEnv());
  watch.stop();
  return { ...report, durationMs: Date.now() - started };
}

/** How the program is loaded: required (CommonJS, TypeScript transpiled here) or imported (ES modules, through tsx). */
function loader(main: string, projectDir: string): () => Promise<unknown> {
  if (programFormat(main) === "module") return () => import(pathToFileURL(main).href);
  registerTypeScript(projectDir);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the user's program is CommonJS, loaded the way the Pulumi Node.js host loads it
  return async () => require(main);
}

function send(message: WorkerMessage): Promise<void> {
  return new Promise((resolve) => (process.send ? process.send(message, undefined, {}, () => resolve()) : resolve()));
}

if (process.env[WORKER_ENV] === "1") {
  const request = JSON.parse(process.argv[2] ?? "{}") as WorkerRequest;
  planRequest(request)
    .catch((e: unknown): StackReport => ({ stack: request.stack, stackFile: "", resources: [], diagnostics: [], error: describeError(e) }))
    .then(async (report) => {
      await send({ kind: "report", report });
      // A program may leave timers or sockets open; the report is all the parent needs.
      process.exit(0);
    });
}
