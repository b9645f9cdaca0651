/**
 * P4, cold start: `sovereign-cloud plan --stack <stack>` with the compiled bin (what `npx
 * sovereign-cloud` runs) on the reference program, vs a bare `node` that only loads
 * @pulumi/pulumi and that stack's provider SDK. Wall time from spawn to exit, interleaved.
 */
import { resolve } from "node:path";
import { runChild } from "../lib/child";
import { formatMiB, formatMs, ratio, summarize } from "../lib/stats";
import type { Row } from "../lib/table";
import { CLI } from "../p2/run";

const ROOT = resolve(__dirname, "../..");

export interface P4Case {
  readonly stack: string;
  readonly sdk: string;
}

export const P4_CASES: readonly P4Case[] = [
  { stack: "scaleway-paris", sdk: "@pulumiverse/scaleway" },
  { stack: "aws-frankfurt", sdk: "@pulumi/aws" },
];

export async function measureP4(cases: readonly P4Case[], runs: number, log: (s: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  for (const c of cases) {
    const planRun = () => runChild([CLI, "plan", "--stack", c.stack, "--quiet"], { cwd: ROOT, okCodes: [0, 1] });
    const bare = () => runChild(["-e", `require("@pulumi/pulumi"); require(${JSON.stringify(c.sdk)});`], { cwd: ROOT });
    await planRun();
    await bare();
    const p: Awaited<ReturnType<typeof planRun>>[] = [];
    const b: Awaited<ReturnType<typeof bare>>[] = [];
    for (let i = 0; i < runs; i++) {
      if (i % 2 === 0) {
        p.push(await planRun());
        b.push(await bare());
      } else {
        b.push(await bare());
        p.push(await planRun());
      }
    }
    log(`P4 ${c.stack}: plan ${formatMs(summarize(p.map((x) => x.wallMs)))}, bare ${formatMs(summarize(b.map((x) => x.wallMs)))}`);
    const r = ratio(
      p.map((x) => x.wallMs),
      b.map((x) => x.wallMs),
    );
    rows.push({
      measure: "P4 cold start",
      case: c.stack,
      subject: `plan ${formatMs(summarize(p.map((x) => x.wallMs)))}`,
      baseline: `bare node ${formatMs(summarize(b.map((x) => x.wallMs)))}`,
      ratio: r.median,
      pairs: r.pairs,
      target: 1.5,
      notes: `peak RSS ${formatMiB(summarize(p.map((x) => x.peakRssKiB)))} (${p[0]!.processes.length} process${p[0]!.processes.length === 1 ? "" : "es"}) vs ${formatMiB(summarize(b.map((x) => x.peakRssKiB)))}`,
    });
  }
  return rows;
}
