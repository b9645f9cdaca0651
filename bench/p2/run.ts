/**
 * P2, plan scaling, and P3, policy overhead: generated programs planned with the compiled CLI
 * (`dist/src/cli/main.js plan`), each run a fresh process tree (the CLI forks one worker per stack).
 * Sizes are in plan resources (the custom resources `plan` reports; each group of ten components
 * registers 29 of them, plus the one Scaleway provider the whole program shares). P3 runs the largest program again with no rules
 * (SOVEREIGN_CLOUD_PLAN_RULES=none), interleaved with the all-rules runs.
 */
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runChild } from "../lib/child";
import { formatMiB, formatMs, ratio, summarize } from "../lib/stats";
import type { Row } from "../lib/table";
import { generateProgram } from "./generate";

export const CLI = resolve(__dirname, "../../dist/src/cli/main.js");
const RESOURCES_PER_GROUP = 29;
const GiB_KiB = 1024 * 1024;

interface PlanRun {
  readonly wallMs: number;
  /** The worker's own time: program under the mocks, policies, report. */
  readonly stackMs: number;
  readonly peakRssKiB: number;
  readonly resources: number;
  readonly diagnostics: number;
}

async function plan(dir: string, rules: "all" | "none"): Promise<PlanRun> {
  const out = join(dir, "report.json");
  const run = await runChild([CLI, "plan", "--program", dir, "--quiet", "--format", "json", "--output", out], {
    env: rules === "none" ? { SOVEREIGN_CLOUD_PLAN_RULES: "none" } : {},
    okCodes: [0, 1],
  });
  const report = JSON.parse(readFileSync(out, "utf8")) as {
    stacks: { error?: { message: string }; durationMs?: number; resources: { custom: boolean }[]; diagnostics: unknown[] }[];
  };
  const stack = report.stacks[0]!;
  if (stack.error) throw new Error(`generated program failed: ${stack.error.message}`);
  return {
    wallMs: run.wallMs,
    stackMs: stack.durationMs ?? NaN,
    peakRssKiB: run.peakRssKiB,
    resources: stack.resources.filter((r) => r.custom).length,
    diagnostics: stack.diagnostics.length,
  };
}

export interface P2Options {
  /** Plan resources, smallest first; the last is the one P3 uses. */
  readonly sizes: readonly [number, number];
  readonly runs: number;
}

export async function measureP2P3(options: P2Options, log: (s: string) => void): Promise<Row[]> {
  const base = join(tmpdir(), `sc-bench-p2-${process.pid}`);
  try {
    const [small, large] = options.sizes;
    const dirs = options.sizes.map((n) => {
      const components = Math.max(1, Math.round(n / RESOURCES_PER_GROUP)) * 10;
      generateProgram(join(base, String(n)), components);
      return { n, components, dir: join(base, String(n)) };
    });
    // Warm-up (discarded): tsx transforms and caches each generated program once.
    for (const d of dirs) await plan(d.dir, "all");
    const runs: Record<string, PlanRun[]> = { small: [], large: [], none: [] };
    for (let i = 0; i < options.runs; i++) {
      runs.small!.push(await plan(dirs[0]!.dir, "all"));
      const order: ("all" | "none")[] = i % 2 === 0 ? ["all", "none"] : ["none", "all"];
      for (const rules of order) (rules === "all" ? runs.large! : runs.none!).push(await plan(dirs[1]!.dir, rules));
      log(
        `P2/P3 run ${i + 1}/${options.runs}: ${small} -> ${runs.small!.at(-1)!.wallMs.toFixed(0)} ms, ${large} -> ${runs.large!.at(-1)!.wallMs.toFixed(0)} ms, ${large} without rules -> ${runs.none!.at(-1)!.wallMs.toFixed(0)} ms`,
      );
    }
    const s = runs.small!;
    const l = runs.large!;
    const n = runs.none!;
    const wall = (xs: PlanRun[]) => xs.map((x) => x.wallMs);
    const stackMs = (xs: PlanRun[]) => xs.map((x) => x.stackMs);
    const rss = (xs: PlanRun[]) => summarize(xs.map((x) => x.peakRssKiB));
    const stackRatio = ratio(stackMs(l), stackMs(s));
    const largePeak = rss(l);
    const what = (d: { components: number }, r: PlanRun) =>
      `${r.resources} resources (${d.components} components), ${r.diagnostics} findings`;
    return [
      {
        measure: "P2 plan scaling (stack time)",
        case: `${large} vs ${small} resources`,
        subject: `${large}: ${formatMs(summarize(stackMs(l)))}`,
        baseline: `${small}: ${formatMs(summarize(stackMs(s)))}`,
        ratio: stackRatio.median,
        pairs: stackRatio.pairs,
        target: 10.5,
        extraOk: largePeak.median <= GiB_KiB,
        notes: `peak RSS (largest process) ${formatMiB(largePeak)} at ${large} (target ≤ 1024), ${formatMiB(rss(s))} at ${small}; ${what(dirs[1]!, l[0]!)}`,
      },
      {
        measure: "P2 plan scaling (wall)",
        case: `${large} vs ${small} resources`,
        subject: `${large}: ${formatMs(summarize(wall(l)))}`,
        baseline: `${small}: ${formatMs(summarize(wall(s)))}`,
        ratio: ratio(wall(l), wall(s)).median,
        pairs: ratio(wall(l), wall(s)).pairs,
        target: 10.5,
        notes: `whole command, process start included; ${what(dirs[0]!, s[0]!)}`,
      },
      {
        measure: "P3 policy overhead (stack time)",
        case: `${large} resources`,
        subject: `all rules ${formatMs(summarize(stackMs(l)))}`,
        baseline: `no rules ${formatMs(summarize(stackMs(n)))}`,
        ratio: ratio(stackMs(l), stackMs(n)).median,
        pairs: ratio(stackMs(l), stackMs(n)).pairs,
        target: 1.2,
        notes: `wall ${formatMs(summarize(wall(l)))} vs ${formatMs(summarize(wall(n)))} (${ratio(wall(l), wall(n)).median.toFixed(2)}×); ${n[0]!.diagnostics} findings without rules`,
      },
    ];
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
