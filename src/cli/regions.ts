import { databaseOffering } from "../catalog/databases/index";
/**
 * The targets table: every catalog region and, for each preset, whether the contract allows it
 * (✓), rejects it by a known fact (✗), or rejects it because a fact is unknown (?).
 * The README's table is generated from this (`npm run docs`), and a test keeps them equal.
 * Also `sovereign-cloud regions`: every placement checked against one contract, with the reasons.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { countryLabel } from "../catalog/countries";
import { PROVIDERS } from "../catalog/providers";
import { REGIONS } from "../catalog/regions/index";
import type { ProviderId, RegionFacts } from "../catalog/types";
import { evaluate } from "../contract/evaluate";
import { parseContract } from "../contract/parse";
import { DEFAULT_PRESET, isPresetName, presetContract, type PresetName } from "../contract/presets";
import type { ResidencyContract } from "../contract/schema";
import { SovereignCloudError } from "../errors";
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

/**
 * The managed PostgreSQL of a region's provider (src/catalog/databases): its major versions, `✗`
 * when the provider has none, `?` when not confirmed. Provider-level: the catalog does not list
 * database availability per region.
 */
function databaseCell(provider: ProviderId): string {
  const o = databaseOffering(provider);
  if (!o.offered.confirmed) return "?";
  if (!o.offered.value) return "✗";
  const v = o.versions.confirmed ? o.versions.value : [];
  return v.length === 0 ? "PostgreSQL" : `PostgreSQL ${v[0]}–${v[v.length - 1]}`;
}

/** Markdown table of every region, grouped by provider in catalog order. */
export function targetsTable(): string {
  const drivers = new Set<string>(availableDrivers());
  const head = ["target", "city", "country", "kind", "services", "database", "driver", ...TABLE_PRESETS];
  const rows = REGIONS.map((r) => [
    `\`${r.provider}:${r.code}\``,
    cell(r.city),
    cell(r.country, countryLabel),
    r.kind === "region" ? (r.status.confirmed && r.status.value !== "ga" ? r.status.value : r.status.confirmed ? "region" : "region (status ?)") : `${r.kind} (${(r.members ?? []).join(", ")})`,
    r.services.length > 0 ? r.services.map((s) => (s === "virtualMachine" ? "vm" : s)).join(", ") : "none",
    databaseCell(r.provider),
    drivers.has(PROVIDERS[r.provider].driver) ? "yes" : "later",
    ...TABLE_PRESETS.map((p) => verdictMark(p, r)),
  ]);
  return [head, head.map(() => "---"), ...rows].map((cols) => `| ${cols.join(" | ")} |`).join("\n");
}

/** One catalog region judged against a contract, for `sovereign-cloud regions`. */
export interface RegionVerdict {
  /** `provider:code`. */
  readonly target: string;
  readonly displayName: string;
  /** City and country as the catalog has them (`?` when unconfirmed). */
  readonly where: string;
  readonly kind: RegionFacts["kind"];
  /** `allowed`: every clause holds; `rejected`: a known fact breaks a clause; `unknown`: only unconfirmed facts stand in the way. */
  readonly status: "allowed" | "rejected" | "unknown";
  readonly violations: readonly { readonly clause: string; readonly unknown: boolean; readonly reason: string }[];
}

/** Every catalog region (of one provider, if given) checked against the contract, in catalog order. */
export function regionVerdicts(contract: ResidencyContract, provider?: ProviderId): RegionVerdict[] {
  return REGIONS.filter((r) => provider === undefined || r.provider === provider).map((r) => {
    const v = evaluate(contract, { provider: PROVIDERS[r.provider], region: r }, { maxAlternatives: 0 });
    const status = v.satisfied ? "allowed" : v.violations.some((x) => !x.unknown) ? "rejected" : "unknown";
    return {
      target: `${r.provider}:${r.code}`,
      displayName: r.displayName,
      where: `${cell(r.city)}, ${cell(r.country, countryLabel)}`,
      kind: r.kind,
      status,
      violations: v.violations.map((x) => ({ clause: x.clause, unknown: x.unknown, reason: x.reason })),
    };
  });
}

/**
 * The contract `regions --contract` names: a preset, or a file (JSON or YAML) holding what
 * `sovereign-cloud:residency` holds, or a Pulumi stack file (its `sovereign-cloud:residency`).
 */
export function contractFromOption(spec: string | undefined, cwd = process.cwd()): ResidencyContract {
  let input: unknown = spec ?? DEFAULT_PRESET;
  let path = "--contract";
  if (spec !== undefined && !isPresetName(spec) && existsSync(resolve(cwd, spec))) {
    path = spec;
    const doc = parseYaml(readFileSync(resolve(cwd, spec), "utf8")) as unknown;
    const config = (doc as { config?: Record<string, unknown> } | null)?.config;
    input = config && typeof config === "object" && "sovereign-cloud:residency" in config ? config["sovereign-cloud:residency"] : doc;
  }
  const parsed = parseContract(input, path);
  if (!parsed.value) throw new SovereignCloudError(`contract ${path}`, parsed.problems);
  return parsed.value;
}

/** Text for `sovereign-cloud regions`: allowed placements, then the others with the clauses they break. */
export function formatRegions(contract: ResidencyContract, rows: readonly RegionVerdict[]): string {
  const name = contract.preset ?? "custom";
  const lines = [`Contract ${name}: ${JSON.stringify({ ...contract, preset: undefined })}`];
  const width = Math.max(...rows.map((r) => r.target.length), 6);
  const group = (status: RegionVerdict["status"], title: string) => {
    const list = rows.filter((r) => r.status === status);
    lines.push("", `${title} (${list.length}):`);
    for (const r of list) {
      lines.push(`  ${status === "allowed" ? "✓" : status === "rejected" ? "✗" : "?"} ${r.target.padEnd(width)}  ${r.displayName} — ${r.where}${r.kind === "region" ? "" : ` [${r.kind}]`}`);
      for (const v of r.violations) lines.push(`      ${v.clause}${v.unknown ? " (unknown)" : ""}: ${v.reason}`);
    }
  };
  group("allowed", "Satisfy the contract");
  group("rejected", "Rejected by a known fact");
  group("unknown", "Rejected because a fact is unconfirmed (an unknown never passes)");
  return lines.join("\n");
}
