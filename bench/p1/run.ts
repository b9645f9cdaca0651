/**
 * P1, component overhead: N portable Buckets vs (a) the same child resources registered by hand and
 * (b) the same children inside a hand-written `ComponentResource` (the fair anchor: a component's
 * own registration, parenting and outputs cost the same whoever writes it). Each measurement is a
 * fresh process (bench/p1/child.ts); the three variants' runs are interleaved, rotating who goes
 * first. Before timing, every variant's recorded children are compared once; a difference stops
 * the bench.
 */
import { isDeepStrictEqual } from "node:util";
import { runChild } from "../lib/child";
import { formatMiB, formatMs, ratio, summarize } from "../lib/stats";
import type { Row } from "../lib/table";
import { P1_CASES, type P1Provider, type P1Variant } from "./cases";

const CHILD = ["--import", "tsx", "--expose-gc", `${__dirname}/child.ts`];
const TARGET = 1.1;
/** Against a hand-written component with the same children. */
const ANCHOR_TARGET = 1.05;

interface Timed {
  readonly ms: number;
  readonly resources: number;
  readonly maxRssKiB: number;
}

async function verify(provider: P1Provider, log: (s: string) => void): Promise<void> {
  const dump = async (variant: P1Variant) =>
    (await runChild<{ resources: unknown[] }>([...CHILD, provider, variant, "3", "dump"])).result!.resources;
  const component = await dump("component");
  for (const variant of variantsOf(provider).slice(1)) {
    const hand = await dump(variant);
    if (component.length === 0 || !isDeepStrictEqual(component, hand)) {
      const first = component.findIndex((r, i) => !isDeepStrictEqual(r, hand[i]));
      throw new Error(
        `P1 ${provider}: the ${variant} resources differ from the component's children (${component.length} vs ${hand.length}); first difference:\n` +
          `component: ${JSON.stringify(component[first])}\n${variant}: ${JSON.stringify(hand[first])}`,
      );
    }
  }
  log(
    `P1 ${provider}: ${variantsOf(provider).slice(1).join(" = ")} = component children (${component.length} resources for 3 ${unit(provider)}: types, names, inputs, provider, options)`,
  );
}

const unit = (provider: P1Provider) => (provider === "aws-database" ? "databases" : "buckets");
/** The variants a case has: the component, the raw children, and the hand-written component where the case defines one. */
const variantsOf = (provider: P1Provider): P1Variant[] =>
  P1_CASES[provider]["hand-component"] ? ["component", "hand", "hand-component"] : ["component", "hand"];

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
      // Warm-up round (discarded): file cache, tsx's transform cache. Large sizes skip it (each child
      // also warms up in-process before timing, and a round at N=2000 costs a minute).
      if (n < 1000) {
        for (const variant of variantsOf(provider)) await once(variant);
      }
      const timed: Record<P1Variant, Timed[]> = { component: [], hand: [], "hand-component": [] };
      const order = variantsOf(provider);
      const runs = options.runs(n);
      for (let i = 0; i < runs; i++) {
        // Rotate who goes first, so a drift in machine load hits every variant alike.
        for (let k = 0; k < order.length; k++) {
          const variant = order[(i + k) % order.length]!;
          timed[variant].push(await once(variant));
        }
        log(`P1 ${provider} N=${n} run ${i + 1}/${runs}: ${order.map((v) => `${v} ${timed[v].at(-1)!.ms.toFixed(0)} ms`).join(", ")}`);
      }
      const component = timed.component;
      const row = (baseline: "hand" | "hand-component", measure: string, label: string, target: number): Row => {
        const base = timed[baseline];
        const r = ratio(
          component.map((t) => t.ms),
          base.map((t) => t.ms),
        );
        return {
          measure,
          case: `${provider}, ${n} ${unit(provider)}`,
          subject: `component ${formatMs(summarize(component.map((t) => t.ms)))}`,
          baseline: `${label} ${formatMs(summarize(base.map((t) => t.ms)))}`,
          ratio: r.median,
          pairs: r.pairs,
          target,
          notes: `${component[0]!.resources} vs ${base[0]!.resources} registrations (components count); peak RSS ${formatMiB(summarize(component.map((t) => t.maxRssKiB)))} vs ${formatMiB(summarize(base.map((t) => t.maxRssKiB)))}`,
        };
      };
      rows.push(row("hand", "P1 component overhead", "hand-written", TARGET));
      if (order.includes("hand-component"))
        rows.push(row("hand-component", "P1 vs hand-written component", "hand-written component", ANCHOR_TARGET));
    }
  }
  return rows;
}
