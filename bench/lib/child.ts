/**
 * Run one measurement in a fresh Node process: wall time seen from here, the child's own result
 * line (`BENCH_RESULT {...}` on stdout) when it prints one, and the peak RSS of the child and of
 * every process it forked (each reports its own getrusage maxRSS at exit, see rss-probe.cjs).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const RESULT_PREFIX = "BENCH_RESULT ";
const PROBE = join(__dirname, "rss-probe.cjs");

export interface ProcessRss {
  readonly pid: number;
  readonly ppid: number;
  readonly maxRssKiB: number;
  /** User + system CPU time of the process, ms. */
  readonly cpuMs?: number;
  readonly argv: readonly string[];
}

export interface ChildRun<R> {
  readonly wallMs: number;
  readonly code: number | null;
  readonly result?: R;
  /** Every Node process of the run (the child first, then what it forked, in exit order). */
  readonly processes: readonly ProcessRss[];
  /** The largest peak RSS of any one process of the run, KiB. */
  readonly peakRssKiB: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface ChildOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Exit codes that count as success. @default [0] */
  readonly okCodes?: readonly number[];
}

export function runChild<R = unknown>(args: readonly string[], options: ChildOptions = {}): Promise<ChildRun<R>> {
  const dir = mkdtempSync(join(tmpdir(), "sc-bench-"));
  const rssFile = join(dir, "rss.jsonl");
  const nodeOptions = [process.env.NODE_OPTIONS ?? "", `--require ${PROBE}`].join(" ").trim();
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, ...options.env, NODE_OPTIONS: nodeOptions, BENCH_RSS_FILE: rssFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (stderr = (stderr + c.toString("utf8")).slice(-20_000)));
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      let processes: ProcessRss[] = [];
      try {
        processes = readFileSync(rssFile, "utf8")
          .trim()
          .split("\n")
          .filter(Boolean)
          .map((l) => JSON.parse(l) as ProcessRss);
      } catch {
        // No probe output: reported as 0 below.
      }
      rmSync(dir, { recursive: true, force: true });
      const own = processes.filter((p) => p.pid === child.pid);
      const ordered = [...own, ...processes.filter((p) => p.pid !== child.pid)];
      const line = stdout.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
      const result = line ? (JSON.parse(line.slice(RESULT_PREFIX.length)) as R) : undefined;
      const run: ChildRun<R> = {
        wallMs,
        code,
        ...(result === undefined ? {} : { result }),
        processes: ordered,
        peakRssKiB: Math.max(0, ...processes.map((p) => p.maxRssKiB)),
        stdout,
        stderr,
      };
      if (!(options.okCodes ?? [0]).includes(code ?? -1)) {
        reject(new Error(`node ${args.join(" ")} exited ${code}:\n${stderr.slice(-4000)}\n${stdout.slice(-2000)}`));
      } else resolve(run);
    });
  });
}

/** Print the child's result line (used by the bench child scripts). */
export function report(result: unknown): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}
