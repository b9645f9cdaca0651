/** Summary statistics for repeated measurements. */

export interface Summary {
  readonly runs: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error("no measurements");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs: sorted.length, median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** `1234 ms (1190–1302)` */
export function formatMs(s: Summary): string {
  const f = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
  return `${f(s.median)} ms (${f(s.min)}–${f(s.max)})`;
}

/** `412 MiB (398–420)` from KiB values. */
export function formatMiB(s: Summary): string {
  const f = (kib: number) => (kib / 1024).toFixed(0);
  return `${f(s.median)} MiB (${f(s.min)}–${f(s.max)})`;
}

/**
 * Ratio of medians, plus the spread taken pairwise (run i of A over run i of B, where runs were
 * interleaved A, B, A, B...), so the range shows how much the machine moved during the run.
 */
export function ratio(a: readonly number[], b: readonly number[]): { median: number; pairs: Summary } {
  const n = Math.min(a.length, b.length);
  const pairs = Array.from({ length: n }, (_, i) => a[i]! / b[i]!);
  return { median: summarize(a).median / summarize(b).median, pairs: summarize(pairs) };
}
