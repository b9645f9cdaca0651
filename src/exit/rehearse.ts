/**
 * The exit rehearsal's runs: the program planned offline for the current stack, then for the same
 * stack with `sovereign-cloud:target` switched (what `plan -c sovereign-cloud:target=...` does),
 * all in this process. `--to any` plans once per candidate target, so the runs reuse the
 * in-process engine (offline/in-process.ts: output captured, `process.exit` and timeouts handled)
 * instead of forking a worker per target; between runs the program's own modules are dropped from
 * the require cache so each run loads the program fresh (provider SDKs in node_modules stay
 * loaded, which is what makes a second run cheap).
 */
import { join, sep } from "node:path";
// Imported here, once: the cache is cleared between runs, and when the program lives in this
// package's own directory (the reference program in stacks/) these modules are dropped from it too;
// the references held here keep the TypeScript hooks registered once.
import { runStackInProcess } from "../offline/in-process";
import type { PulumiProject } from "../offline/project";
import { runStackProcess } from "../offline/runner";
import { programFormat } from "../offline/ts-require";
import type { StackReport } from "../offline/report";

/** Config the rehearsal sets on top of a stack file (`key=value`, namespaced like `pulumi config set`). */
export type ExtraConfig = Readonly<Record<string, string>>;

/** Plans one stack with extra config and returns `plan`'s report for it. */
export type Planner = (stack: string, extraConfig: ExtraConfig) => Promise<StackReport>;

export const TARGET_KEY = "sovereign-cloud:target";
export const RESIDENCY_KEY = "sovereign-cloud:residency";

/** Drop the project's own modules (not its node_modules) from the require cache. */
function forgetProgram(projectDir: string): void {
  const root = projectDir.endsWith(sep) ? projectDir : `${projectDir}${sep}`;
  for (const file of Object.keys(require.cache)) {
    if (file.startsWith(root) && !file.includes(`${sep}node_modules${sep}`)) delete require.cache[file];
  }
}

/**
 * A planner that runs each stack in this process, one at a time (the Pulumi runtime's mocks are
 * process-wide). CommonJS programs only, as `plan`'s in-process mode; ES module programs fall back
 * to a worker process per run.
 */
export function inProcessPlanner(projectFile: string, project: PulumiProject): Planner {
  const esm = programFormat(project.main) === "module";
  let queue: Promise<unknown> = Promise.resolve();
  return (stack, extraConfig) => {
    const run = async (): Promise<StackReport> => {
      if (esm) return runStackProcess(projectFile, project.dir, stack, { extraConfig });
      forgetProgram(project.dir);
      // Each run adds an unhandledRejection listener that only matters during the run: remove it after.
      const before = new Set(process.listeners("unhandledRejection"));
      try {
        return await runStackInProcess({ projectFile, stack, extraConfig }, project.dir);
      } finally {
        for (const l of process.listeners("unhandledRejection")) if (!before.has(l)) process.off("unhandledRejection", l);
      }
    };
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };
}

/** The stack file of a stack, relative to the project (as `plan` names it). */
export function stackFileOf(project: PulumiProject, stack: string): string {
  return join(project.stackConfigDir, `Pulumi.${stack}.yaml`);
}
