/**
 * The targets table: every catalog region and, for each preset, whether the contract allows it
 * (✓), rejects it by a known fact (✗), or rejects it because a fact is unknown (?).
 * The README's table is generated from this (`npm run docs`), and a test keeps them equal.
 */
import { countryLabel } from "../catalog/countries";
import { PROVIDERS } from "../catalog/providers";
import { REGIONS } from "../catalog/regions/index";
import type { RegionFacts } from "../catalog/types";
import { evaluate } from "../contract/evaluate";
import { presetContract, type PresetName } from "../contract/presets";
import { availableDrivers } from "../drivers/registry";

export const TABLE_PRESETS: readonly PresetName[] = ["eu", "eea", "eu-data-boundary", "adequacy", "gaia-x-l3"];

export function verdictMark(preset: PresetName, region: RegionFacts): "✓" | "✗" | "?" {
  const v = evaluate(presetContract(preset), { provider: PROVIDERS[region.provider], region }, { maxAlternatives: 0 });
  if (v.satisfied) return "✓";
  return v.violations.some((x) => !x.unknown) ? "✗" : "?";
}

function cell<T>(f: { confirmed: boolean; value?: T; claimed?: T }, show: (v: T) => string = String): string {
  if (f.confirmed) return show(f.value as T);
  return f.claimed === undefined ? "?" : `${show(f.claimed)}?`;
}

/** Markdown table of every region, grouped by provider in catalog order. */
export function targetsTable(): string {
  const drivers = new Set<string>(availableDrivers());
  const head = ["target", "city", "country", "kind", "services", "driver", ...TABLE_PRESETS];
  const rows = REGIONS.map((r) => [
    `\`${r.provider}:${r.code}\``,
    cell(r.city),
    cell(r.country, countryLabel),
    r.kind === "region" ? (r.status.confirmed && r.status.value !== "ga" ? r.status.value : r.status.confirmed ? "region" : "region (status ?)") : `${r.kind} (${(r.members ?? []).join(", ")})`,
    r.services.length > 0 ? r.services.map((s) => (s === "virtualMachine" ? "vm" : s)).join(", ") : "none",
    drivers.has(PROVIDERS[r.provider].driver) ? "yes" : "later",
    ...TABLE_PRESETS.map((p) => verdictMark(p, r)),
  ]);
  return [head, head.map(() => "---"), ...rows].map((cols) => `| ${cols.join(" | ")} |`).join("\n");
}
