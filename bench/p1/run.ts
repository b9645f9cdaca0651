/**
 * P1, component overhead: N portable Buckets (or Databases in one Network) vs the same child resources written by hand, each
 * measurement a fresh process (bench/p1/child.ts), component and hand-written runs interleaved.
 * Before timing, both variants' recorded resources are compared once; a difference stops the bench.
 */
import { isDeepStrictEqual } from "node:util";
import { runChild } from "../lib/child";
import { formatMiB, formatMs, ratio, summarize } from "../lib/stats";
import type { Row } from "../lib/table";
import type { P1Provider, P1Variant } from "./cases";

const CHILD = [ "--import", "tsx", "--expose-gc", `${__dirname}/child.ts`];
const TARGET = 1.1;

interface Timed {
  readonly ms: number;
  readonly resources: number;
  readonly maxRssKiB: number;
}

async function verify(provider: P1Provider, log: (s: string) => void): Promise<void> {
  const dump = async (variant: P1Variant) => (await runChild<{ resources: unknown[] }>([...CHILD, provider, variant, "3", "dump"])).result!.resources;
  const [component, hand] = [await dump("component"), await dump("hand")];
  if (component.length === 0 || !isDeepStrictEqual(component, hand)) {
    const first = component.findIndex((r, i) => !isDeepStrictEqual(r, hand[i]));
    throw new Error(
      `P1 ${provider}: the hand-written resources differ from the component's children (${component.length} vs ${hand.length}); first difference:\n` +
        `component: ${JSON.stringify(component[first])}\nhand:      ${JSON.stringify(hand[first])}`,
    );
  }
  log(`P1 ${provider}: hand-written = component children (${component.length} resources for 3 ${unit(provider)}: types, names, inputs, provider, options)`);
}

const unit = (provider: P1Provider) => (provider === "aws-database" ? "databases" : "buckets");

export interface P1Options {
  readonly sizes: readonly number[];
  readonly runs: (n: number) => number;
  readonly providers: readonly P1Provider[];
}

export async function measureP1(options: P1Options, log: (s: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  for (const provider of options.providers) {
    await verify(provider, log);
    for (const n of options.sizes) {
      const once = async (variant: P1Variant) => (await runChild<Timed>([...CHILD, provider, variant, String(n)])).result!;
      // Warm-up pair (discarded): file cache, tsx's transform cache. Large sizes skip it (each child
      // also warms up in-process before timing, and a pair at N=2000 costs a minute).
      if (n < 1000) {
        await once("component");
        await once("hand");
      }
      const component: Timed[] = [];
      const hand: Timed[] = [];
      const runs = options.runs(n);
      for (let i = 0; i < runs; i++) {
        // Alternate who goes first, so a drift in machine load hits both sides alike.
        if (i % 2 === 0) {
          component.push(await once("component"));
          hand.push(await once("hand"));
        } else {
          hand.push(await once("hand"));
          component.push(await once("component"));
        }
        log(`P1 ${provider} N=${n} run ${i + 1}/${runs}: component ${component.at(-1)!.ms.toFixed(0)} ms, hand ${hand.at(-1)!.ms.toFixed(0)} ms`);
      }
      const r = ratio(component.map((t) => t.ms), hand.map((t) => t.ms));
      rows.push({
        measure: "P1 component overhead",
        case: `${provider}, ${n} ${unit(provider)}`,
        subject: `component ${formatMs(summarize(component.map((t) => t.ms)))}`,
        baseline: `hand-written ${formatMs(summarize(hand.map((t) => t.ms)))}`,
        ratio: r.median,
        pairs: r.pairs,
        target: TARGET,
        notes: `${component[0]!.resources} vs ${hand[0]!.resources} registrations (the component itself counts); peak RSS ${formatMiB(summarize(component.map((t) => t.maxRssKiB)))} vs ${formatMiB(summarize(hand.map((t) => t.maxRssKiB)))}`,
      });
    }
  }
  return rows;
}
