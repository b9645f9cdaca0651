/**
 * Before/after of a change on P2 (plan time of the generated program) and P4 (cold start): the
 * compiled CLI of this checkout vs the compiled CLI of another checkout (the commit before the
 * change, built with `npm run build`, its node_modules the same), run interleaved (A B, B A, ...)
 * after a discarded warm-up of each, every run a fresh process tree. The generated program is the
 * same for both sides (it imports this checkout's components), so only the CLI and its engine differ.
 *
 *   tsx bench/before-after.ts --before /path/to/old/checkout [--sizes 1000,10000] [--runs 3] [--p4-runs 5]
 */
import { readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runChild } from "./lib/child";
import { formatMs, ratio, summarize } from "./lib/stats";
import { generateProgram } from "./p2/generate";
import { P4_CASES } from "./p4/run";

const ROOT = resolve(__dirname, "..");

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

/** CPU time of every process of a run (the CLI and the worker it may fork), ms. */
function cpuOf(run: { processes: readonly { cpuMs?: number }[] }): number {
  return run.processes.reduce((n, p) => n + (p.cpuMs ?? NaN), 0);
}

async function planMs(cli: string, dir: string): Promise<{ wall: number; stack: number; cpu: number }> {
  const out = join(dir, `report-${process.hrtime.bigint()}.json`);
  const run = await runChild([cli, "plan", "--program", dir, "--quiet", "--format", "json", "--output", out], { okCodes: [0, 1] });
  const report = JSON.parse(readFileSync(out, "utf8")) as { stacks: { error?: { message: string }; durationMs?: number }[] };
  if (report.stacks[0]!.error) throw new Error(`generated program failed: ${report.stacks[0]!.error.message}`);
  return { wall: run.wallMs, stack: report.stacks[0]!.durationMs ?? NaN, cpu: cpuOf(run) };
}

/** Interleaved runs of `a` and `b` after one discarded warm-up each. */
async function interleave<T>(runs: number, a: () => Promise<T>, b: () => Promise<T>): Promise<{ a: T[]; b: T[] }> {
  await a();
  await b();
  const out = { a: [] as T[], b: [] as T[] };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      out.a.push(await a());
      out.b.push(await b());
    } else {
      out.b.push(await b());
      out.a.push(await a());
    }
  }
  return out;
}

function row(what: string, after: readonly number[], before: readonly number[]): string {
  const r = ratio(after, before);
  return `| ${what} | ${formatMs(summarize(before))} | ${formatMs(summarize(after))} | ${r.median.toFixed(3)}× | ${r.pairs.min.toFixed(2)}–${r.pairs.max.toFixed(2)} |`;
}

async function main(): Promise<void> {
  const beforeDir = flag("--before");
  if (!beforeDir) throw new Error("--before <checkout with dist/> is required");
  const before = resolve(beforeDir, "dist/src/cli/main.js");
  const after = resolve(ROOT, "dist/src/cli/main.js");
  const sizes = (flag("--sizes") ?? "1000,10000").split(",").map(Number);
  const runs = Number(flag("--runs") ?? 3);
  const p4Runs = Number(flag("--p4-runs") ?? 5);
  const lines = ["| case | before median (min–max) | after median (min–max) | after/before | pairwise |", "|---|---|---|---|---|"];
  console.error(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  const base = join(tmpdir(), `sc-bench-ba-${process.pid}`);
  try {
    for (const n of sizes) {
      const dir = join(base, String(n));
      generateProgram(dir, Math.max(1, Math.round(n / 39)) * 10);
      const r = await interleave(
        runs,
        () => planMs(after, dir),
        () => planMs(before, dir),
      );
      lines.push(
        row(
          `P2 ${n} resources, stack time`,
          r.a.map((x) => x.stack),
          r.b.map((x) => x.stack),
        ),
      );
      lines.push(
        row(
          `P2 ${n} resources, wall`,
          r.a.map((x) => x.wall),
          r.b.map((x) => x.wall),
        ),
      );
      lines.push(
        row(
          `P2 ${n} resources, CPU time (all processes)`,
          r.a.map((x) => x.cpu),
          r.b.map((x) => x.cpu),
        ),
      );
      console.error(`P2 ${n} done`);
    }
    for (const c of P4_CASES) {
      const cold = (cli: string) => () =>
        runChild([cli, "plan", "--stack", c.stack, "--quiet"], { cwd: ROOT, okCodes: [0, 1] }).then((x) => ({
          wall: x.wallMs,
          cpu: cpuOf(x),
        }));
      const r = await interleave(p4Runs, cold(after), cold(before));
      lines.push(
        row(
          `P4 cold start ${c.stack}, wall`,
          r.a.map((x) => x.wall),
          r.b.map((x) => x.wall),
        ),
      );
      lines.push(
        row(
          `P4 cold start ${c.stack}, CPU time`,
          r.a.map((x) => x.cpu),
          r.b.map((x) => x.cpu),
        ),
      );
      console.error(`P4 ${c.stack} done`);
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
  console.log(lines.join("\n"));
  console.error(
    `load average at end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
