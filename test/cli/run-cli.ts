/**
 * Run the real `sovereign-cloud` command in a child process: `node --import tsx src/cli/main.ts`
 * (the same entry the built bin compiles from; tsx loads the TypeScript, as the bin does for
 * programs). Returns the exit code and both streams.
 */
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

export const REPO = resolve(__dirname, "../..");
export const MAIN = resolve(REPO, "src/cli/main.ts");
export const FIXTURES = resolve(REPO, "test/fixtures/programs");
const TSX = pathToFileURL(require.resolve("tsx")).href;

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function cli(args: readonly string[], options: { cwd?: string; entry?: readonly string[] } = {}): Promise<CliResult> {
  const entry = options.entry ?? ["--import", TSX, MAIN];
  return new Promise((done) => {
    execFile(
      process.execPath,
      [...entry, ...args],
      { cwd: options.cwd ?? REPO, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 99) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** Run `tasks` with at most `n` at a time (the machine has few cores; each plan forks its own workers). */
export async function limited<T>(n: number, tasks: readonly (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, tasks.length) }, async () => {
      while (next < tasks.length) {
        const i = next++;
        out[i] = await tasks[i]!();
      }
    }),
  );
  return out;
}
