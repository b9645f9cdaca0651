/**
 * Realistic corpus: the plan time of every program of the realistic corpus
 * (test/fixtures/programs/app-*) under both its stacks, run the way its test runs them (the
 * in-process engine, all runs in one process: test/cli/corpus-runner.ts), with all rules vs with
 * none (SOVEREIGN_CLOUD_PLAN_RULES=none), interleaved. The ratio is the policy overhead on real
 * programs (P3's question on realistic shapes); the absolute figure is the corpus's plan time.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runChild } from "../lib/child";
import { formatMs, ratio, summarize } from "../lib/stats";
import type { Row } from "../lib/table";

const ROOT = resolve(__dirname, "../..");
const FIXTURES = join(ROOT, "test/fixtures/programs");

interface CorpusRun {
  readonly wallMs: number;
  /** Sum of the runs' own times (program under the mocks, policies, report). */
  readonly stackMs: number;
  readonly runs: number;
  readonly findings: number;
}

async function once(items: readonly string[], rules: "all" | "none", out: string): Promise<CorpusRun> {
  const run = await runChild(["--import", "tsx", join(ROOT, "test/cli/corpus-runner.ts"), out, ...items], {
    cwd: ROOT,
    env: rules === "none" ? { SOVEREIGN_CLOUD_PLAN_RULES: "none" } : {},
  });
  const result = JSON.parse(readFileSync(out, "utf8")) as { runs: { ms: number; report: { diagnostics: unknown[] } }[] };
  return {
    wallMs: run.wallMs,
    stackMs: result.runs.reduce((n, r) => n + r.ms, 0),
    runs: result.runs.length,
    findings: result.runs.reduce((n, r) => n + r.report.diagnostics.length, 0),
  };
}

export async function measureCorpus(runs: number, log: (s: string) => void): Promise<Row[]> {
  const programs = readdirSync(FIXTURES)
    .filter((n) => n.startsWith("app-"))
    .sort();
  const items = programs.flatMap((p) => [`${join(FIXTURES, p)}:eu`, `${join(FIXTURES, p)}:us`]);
  const dir = mkdtempSync(join(tmpdir(), "sc-bench-corpus-"));
  try {
    await once(items, "all", join(dir, "warm.json"));
    const all: CorpusRun[] = [];
    const none: CorpusRun[] = [];
    for (let i = 0; i < runs; i++) {
      const order: ("all" | "none")[] = i % 2 === 0 ? ["all", "none"] : ["none", "all"];
      for (const rules of order) (rules === "all" ? all : none).push(await once(items, rules, join(dir, `${rules}-${i}.json`)));
      log(
        `corpus run ${i + 1}/${runs}: all rules ${all.at(-1)!.wallMs.toFixed(0)} ms, no rules ${none.at(-1)!.wallMs.toFixed(0)} ms (${items.length} plans)`,
      );
    }
    const stack = (xs: CorpusRun[]) => xs.map((x) => x.stackMs);
    const r = ratio(stack(all), stack(none));
    return [
      {
        measure: "Realistic corpus plan time",
        case: `${programs.length} programs × 2 stacks`,
        subject: `all rules ${formatMs(summarize(stack(all)))}`,
        baseline: `no rules ${formatMs(summarize(stack(none)))}`,
        ratio: r.median,
        pairs: r.pairs,
        target: 1.2,
        notes: `sum of the ${all[0]!.runs} plans' own times, one process; wall incl. process start and SDK load ${formatMs(summarize(all.map((x) => x.wallMs)))} (all rules), ${all[0]!.findings} findings`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
