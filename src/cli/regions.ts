import { databaseOffering } from "../catalog/databases/index";
/**
 * The targets table: every catalog region and, for each preset, whether the contract allows it
 * (✓), rejects it by a known fact (✗), or rejects it because a fact is unknown (?).
 * The table in docs/targets.md is generated from this (`npm run docs`), and a test keeps them equal.
 * Also `sovereign-cloud regions`: every placement checked against one contract, with the reasons.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { countryLabel } from "../catalog/countries";
import { MANAGED_KUBERNETES, managedKubernetesAt } from "../catalog/kubernetes";
import { PROVIDERS } from "../catalog/providers";
import { REGIONS } from "../catalog/regions/index";
import { describeSource, SOURCES, type Source, type SourceId } from "../catalog/sources/index";
import type { Fact, ProviderId, RegionFacts } from "../catalog/types";
import { evaluate } from "../contract/evaluate";
import { parseContract } from "../contract/parse";
import { DEFAULT_PRESET, isPresetName, presetContract, type PresetName } from "../contract/presets";
import type { ResidencyContract } from "../contract/schema";
import { residencyInStackFile } from "../contract/stack-config";
import { problems, SovereignCloudError } from "../errors";
import { closest } from "../contract/suggest";
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
  const head = ["target", "city", "country", "kind", "services", "database", "driver", "cluster", ...TABLE_PRESETS];
  const rows = REGIONS.map((r) => [
    `\`${r.provider}:${r.code}\``,
    cell(r.city),
    cell(r.country, countryLabel),
    r.kind === "region"
      ? r.status.confirmed && r.status.value !== "ga"
        ? r.status.value
        : r.status.confirmed
          ? "region"
          : "region (status ?)"
      : `${r.kind} (${(r.members ?? []).join(", ")})`,
    r.services.length > 0 ? r.services.map((s) => (s === "virtualMachine" ? "vm" : s)).join(", ") : "none",
    databaseCell(r.provider),
    drivers.has(PROVIDERS[r.provider].driver) ? "yes" : "later",
    clusterCell(r),
    ...TABLE_PRESETS.map((p) => verdictMark(p, r)),
  ]);
  return [head, head.map(() => "---"), ...rows].map((cols) => `| ${cols.join(" | ")} |`).join("\n");
}

/** The `cluster` column: the managed Kubernetes service when the catalog confirms it there, `?` when unknown, `none` when the provider has none. */
export function clusterCell(r: RegionFacts): string {
  const offering = MANAGED_KUBERNETES[r.provider];
  if (offering.service === null) return "none";
  const f = managedKubernetesAt(r);
  return f.confirmed && f.value && r.services.includes("virtualMachine") ? offering.service.replace(/ \(.*\)$/, "") : "?";
}

/** The sources behind the `cluster` column, one line per provider. */
export function clusterSources(): string {
  const lines = [
    "`cluster`: the managed Kubernetes service a `KubernetesCluster` uses there (`?`: not confirmed, so refused; `none`: the provider has none we can drive). Sources:",
  ];
  for (const o of Object.values(MANAGED_KUBERNETES)) {
    const ids = new Set<string>();
    for (const f of [...Object.values(o.regions), o.versions]) if (f.confirmed) ids.add(f.source);
    const versions = o.versions.confirmed ? `versions ${o.versions.value.join(", ")}` : `versions unknown (${o.versions.note})`;
    const srcs = [...ids].map((id) => describeSource(id as SourceId)).join("; ");
    lines.push(`- ${o.provider}: ${o.service ?? "none"}; ${versions}${srcs ? `. ${srcs}` : `. ${o.unlistedNote}`}`);
  }
  return lines.join("\n");
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
  /** The catalog facts behind the verdict, each with its source and as-of date. */
  readonly facts: readonly RegionFactLine[];
}

/** One catalog fact of a region, as `regions` shows it. */
export interface RegionFactLine {
  /** `status`, `country`, `city`, `zones`, `services`, `service <name>`, `operator`, `operator euControlled`. */
  readonly fact: string;
  /** The value (for an unconfirmed fact, what a weak source claims, if anything). */
  readonly value: string;
  readonly confirmed: boolean;
  readonly source?: {
    readonly id: string;
    readonly title: string;
    readonly ref: string;
    readonly asOf: string;
    readonly kind: Source["kind"];
  };
  readonly note?: string;
}

function line<T>(name: string, f: Fact<T> | undefined, show: (v: T) => string = String): RegionFactLine[] {
  if (f === undefined) return [];
  const value = f.confirmed ? show(f.value) : f.claimed === undefined ? "?" : `${show(f.claimed)}?`;
  const src = f.source === undefined ? undefined : (SOURCES[f.source as SourceId] as Source | undefined);
  return [
    {
      fact: name,
      value,
      confirmed: f.confirmed,
      ...(src === undefined ? {} : { source: { id: f.source as string, title: src.title, ref: src.ref, asOf: src.asOf, kind: src.kind } }),
      ...(f.note === undefined ? {} : { note: f.note }),
    },
  ];
}

/** The facts of a region that decide its verdicts, in a fixed order. */
export function regionFacts(r: RegionFacts): RegionFactLine[] {
  const list = (v: readonly string[]) => (v.length > 0 ? v.join(", ") : "none");
  const operator = r.operator ?? PROVIDERS[r.provider].operator;
  return [
    ...line("status", r.status),
    ...line("country", r.country, countryLabel),
    ...line("city", r.city),
    ...line("zones", r.zones, list),
    { fact: "services", value: list(r.services), confirmed: true },
    ...Object.entries(r.unconfirmedServices ?? {}).flatMap(([s, f]) => line(`service ${s}`, f, () => "offered")),
    ...line("operator", operator.name),
    ...line("operator euControlled", operator.euControlled),
  ];
}

/**
 * Every catalog region (of one provider, and with one region code, if given) checked against the
 * contract, in catalog order. A region code no catalog region of the provider has is an error
 * (`SC_UNKNOWN_REGION`), not an empty list.
 */
export function regionVerdicts(contract: ResidencyContract, provider?: ProviderId, region?: string): RegionVerdict[] {
  const ofProvider = REGIONS.filter((r) => provider === undefined || r.provider === provider);
  const selected = region === undefined ? ofProvider : ofProvider.filter((r) => r.code === region);
  if (region !== undefined && selected.length === 0) {
    const codes = [...new Set(ofProvider.map((r) => r.code))];
    throw new SovereignCloudError("--region", [
      problems.unknownRegion("--region", provider ?? "catalog", region, codes, closest(region, codes)),
    ]);
  }
  return selected.map((r) => {
    const v = evaluate(contract, { provider: PROVIDERS[r.provider], region: r }, { maxAlternatives: 0 });
    const status = v.satisfied ? "allowed" : v.violations.some((x) => !x.unknown) ? "rejected" : "unknown";
    return {
      target: `${r.provider}:${r.code}`,
      displayName: r.displayName,
      where: `${cell(r.city)}, ${cell(r.country, countryLabel)}`,
      kind: r.kind,
      status,
      violations: v.violations.map((x) => ({ clause: x.clause, unknown: x.unknown, reason: x.reason })),
      facts: regionFacts(r),
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
    const inStackFile = residencyInStackFile(doc);
    input = inStackFile.found ? inStackFile.value : doc;
  }
  const parsed = parseContract(input, path);
  if (!parsed.value) throw new SovereignCloudError(`contract ${path}`, parsed.problems);
  return parsed.value;
}

/** `  status: ga [azure-regions-list-2026, primary, as of 2026-12-03] note` */
function formatFact(f: RegionFactLine): string {
  const src = f.source === undefined ? "" : ` [${f.source.id}, ${f.source.kind}, as of ${f.source.asOf}]`;
  return `${f.fact}: ${f.value}${f.confirmed ? "" : " (unconfirmed)"}${src}${f.note === undefined ? "" : ` ${f.note}`}`;
}

/**
 * Text for `sovereign-cloud regions`: allowed placements, then the others with the clauses they
 * break; with `facts`, every region's facts with their sources under it.
 */
export function formatRegions(
  contract: ResidencyContract,
  rows: readonly RegionVerdict[],
  options: { readonly facts?: boolean } = {},
): string {
  const name = contract.preset ?? "custom";
  const lines = [`Contract ${name}: ${JSON.stringify({ ...contract, preset: undefined })}`];
  const width = Math.max(...rows.map((r) => r.target.length), 6);
  const group = (status: RegionVerdict["status"], title: string) => {
    const list = rows.filter((r) => r.status === status);
    lines.push("", `${title} (${list.length}):`);
    for (const r of list) {
      lines.push(
        `  ${status === "allowed" ? "✓" : status === "rejected" ? "✗" : "?"} ${r.target.padEnd(width)}  ${r.displayName} — ${r.where}${r.kind === "region" ? "" : ` [${r.kind}]`}`,
      );
      for (const v of r.violations) lines.push(`      ${v.clause}${v.unknown ? " (unknown)" : ""}: ${v.reason}`);
      if (options.facts) for (const f of r.facts) lines.push(`      · ${formatFact(f)}`);
    }
  };
  group("allowed", "Satisfy the contract");
  group("rejected", "Rejected by a known fact");
  group("unknown", "Rejected because a fact is unconfirmed (an unknown never passes)");
  if (!options.facts)
    lines.push("", "Each region's facts, with their sources and as-of dates: add --facts (narrow with --provider and --region).");
  return lines.join("\n");
}
