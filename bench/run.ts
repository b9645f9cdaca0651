/**
 * `npm run bench`: the four benchmarks of issue 6, each a ratio taken side by side in one run, plus
 * absolute figures, printed as a table. Every measurement runs in a fresh process; each case has a
 * discarded warm-up, then interleaved runs (median, min–max). Needs the compiled CLI (`npm run
 * build`, which `npm ci` runs through `prepare`, and `npm run bench` runs first).
 *
 *   tsx bench/run.ts [--quick] [--only p1,p2,p3,p4,corpus] [--p1 aws,scaleway,aws-database] [--p3-size N] [--json FILE]
 *
 * `--only p3` runs P3 alone (all rules vs none on a generated program of `--p3-size` resources,
 * default 10000); `corpus` is the plan time of the realistic corpus (all programs, both stacks).
 *
 * `--quick` is a smoke run (small sizes, one run each), not a measurement.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { cpus, loadavg, totalmem } from "node:os";
import type { P1Provider } from "./p1/cases";
import { measureP1 } from "./p1/run";
import { measureP2P3 } from "./p2/run";
import { measureP4, P4_CASES } from "./p4/run";
import { measureCorpus } from "./corpus/run";
import { formatTable, ok, type Row } from "./lib/table";

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : (process.argv[i + 1] ?? "");
}

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  const only = (flag("--only") ?? "p1,p2,p4,corpus").split(",");
  const jsonFile = flag("--json");
  const started = Date.now();
  const log = (s: string) => console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);
  const machine = {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadBefore: loadavg()
      .map((l) => l.toFixed(2))
      .join(" "),
  };
  log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, node ${machine.node}; load ${machine.loadBefore}`);
  const rows: Row[] = [];
  if (only.includes("p1")) {
    // P1 cases: Buckets on aws and scaleway, Databases on aws (`--p1` picks some).
    const providers = (flag("--p1") ?? "aws,scaleway,aws-database").split(",") as P1Provider[];
    rows.push(
      ...(await measureP1(
        quick ? { sizes: [20], runs: () => 1, providers } : { sizes: [200, 2000], runs: (n) => (n >= 2000 ? 2 : 4), providers },
        log,
      )),
    );
  }
  if (only.includes("p2"))
    rows.push(...(await measureP2P3(quick ? { sizes: [100, 400], runs: 1 } : { sizes: [1000, 10000], runs: 3 }, log)));
  if (only.includes("p3") && !only.includes("p2")) {
    const size = Number(flag("--p3-size") ?? 10000);
    rows.push(...(await measureP2P3({ sizes: [100, size], runs: quick ? 1 : 3 }, log)).filter((r) => r.measure.startsWith("P3")));
  }
  if (only.includes("p4")) rows.push(...(await measureP4(P4_CASES, quick ? 1 : 5, log)));
  if (only.includes("corpus")) rows.push(...(await measureCorpus(quick ? 1 : 3, log)));
  const totalS = (Date.now() - started) / 1000;
  const loadAfter = loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
  console.log(formatTable(rows));
  console.log(
    `\n${rows.filter(ok).length}/${rows.length} within target; total ${totalS.toFixed(0)} s; load average before ${machine.loadBefore}, after ${loadAfter}${quick ? " (quick smoke run: not a measurement)" : ""}`,
  );
  if (jsonFile) mkdirSync(dirname(jsonFile), { recursive: true });
  if (jsonFile)
    writeFileSync(
      jsonFile,
      `${JSON.stringify({ date: new Date().toISOString(), machine: { ...machine, loadAfter }, totalS, quick, rows }, null, 2)}\n`,
    );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
