import { distance } from "fastest-levenshtein";

/**
 * Up to `max` candidates close to `input` (case-insensitive edit distance at most a third of the
 * longer word, at least 2), closest first; an exact case-insensitive match wins outright.
 */
export function closest(input: string, candidates: readonly string[], max = 2): string[] {
  const needle = input.toLowerCase();
  const exact = candidates.find((c) => c.toLowerCase() === needle);
  if (exact !== undefined) return [exact];
  return candidates
    .map((c) => ({ c, d: distance(needle, c.toLowerCase()) }))
    .filter(({ c, d }) => d <= Math.max(2, Math.floor(Math.max(c.length, needle.length) / 3)))
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map(({ c }) => c);
}
