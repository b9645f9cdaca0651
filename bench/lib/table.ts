/** One line of the results table, and the table itself. */
import type { Summary } from "./stats";
import { formatMs } from "./stats";

export interface Row {
  readonly measure: string;
  readonly case: string;
  /** What is measured (e.g. the component), with its median and range. */
  readonly subject: string;
  /** What it is compared with. */
  readonly baseline: string;
  /** Median of the subject over median of the baseline. */
  readonly ratio: number;
  /** Ratios of interleaved runs, pairwise: how much the machine moved. */
  readonly pairs?: Summary;
  readonly target: number;
  /** Extra absolute figures (peak RSS, resource counts). */
  readonly notes: string;
  /** Additional target (P2's peak RSS) that must hold too. */
  readonly extraOk?: boolean;
}

export const ok = (r: Row) => r.ratio <= r.target && (r.extraOk ?? true);

export function formatTable(rows: readonly Row[]): string {
  const head = ["measure", "case", "subject median (min–max)", "baseline median (min–max)", "ratio", "pairwise", "target", "", "notes"];
  const body = rows.map((r) => [
    r.measure,
    r.case,
    r.subject,
    r.baseline,
    `${r.ratio.toFixed(2)}×`,
    r.pairs ? `${r.pairs.min.toFixed(2)}–${r.pairs.max.toFixed(2)}` : "",
    `≤ ${r.target}`,
    ok(r) ? "ok" : "MISSED",
    r.notes,
  ]);
  const all = [head, ...body];
  const widths = head.map((_, i) => Math.max(...all.map((l) => l[i]!.length)));
  const line = (l: string[]) => `| ${l.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(head), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...body.map(line)].join("\n");
}

export { formatMs };
