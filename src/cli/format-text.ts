/**
 * `plan --format text`: per stack, the resource tree (like `pulumi preview`: indented by parent)
 * with each resource's provider, region, country and verdict, then the violations with the
 * rule's remediation, then a summary line.
 */
import type { PlanReport, ResourceReport, StackReport } from "../offline/report";
import type { ResidencyContract } from "../contract/schema";

/** What the text output needs to know about a rule. */
export interface RuleText {
  readonly name: string;
  readonly remediationSteps: string;
}

/** `aws:s3/bucket:Bucket` -> `aws:s3:Bucket`, as `pulumi preview` shows types. */
export function shortType(type: string): string {
  const parts = type.split(":");
  if (parts.length !== 3) return type;
  const mod = parts[1]!.split("/")[0]!;
  return `${parts[0]}:${mod}:${parts[2]}`;
}

function contractLine(c: ResidencyContract | undefined): string {
  if (!c) return "contract: (none)";
  const where = c.countries ? `${c.dataLocation} (${c.countries.join(", ")})` : c.dataLocation;
  return `contract ${c.preset ?? "custom"}: data in ${where}, provider control ${c.providerControl}, replication ${c.replication}, encryption ${c.encryption}${c.certifications.length ? `, certifications ${c.certifications.join(", ")}` : ""}`;
}

interface Row {
  readonly tree: string;
  readonly r: ResourceReport;
}

/** Resources in registration order, each child right under its parent, with tree guides. */
function treeRows(resources: readonly ResourceReport[]): Row[] {
  const urns = new Set(resources.map((r) => r.urn));
  const children = new Map<string, ResourceReport[]>();
  const roots: ResourceReport[] = [];
  for (const r of resources) {
    if (r.parent && urns.has(r.parent)) children.set(r.parent, [...(children.get(r.parent) ?? []), r]);
    else roots.push(r);
  }
  const rows: Row[] = [];
  const walk = (list: readonly ResourceReport[], prefix: string, top: boolean) => {
    list.forEach((r, i) => {
      const last = i === list.length - 1;
      rows.push({ tree: top ? "" : `${prefix}${last ? "└─ " : "├─ "}`, r });
      walk(children.get(r.urn) ?? [], top ? "" : `${prefix}${last ? "   " : "│  "}`, false);
    });
  };
  walk(roots, "", true);
  return rows;
}

function verdictText(r: ResourceReport): string {
  switch (r.verdict) {
    case undefined:
      return "";
    case "violation":
      return "VIOLATION";
    default:
      return r.verdict;
  }
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => `  ${row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]!))).join("  ")}`.trimEnd());
}

/** The resource tree with provider, region, country and verdict. */
function resourceTable(resources: readonly ResourceReport[]): string[] {
  const rows = treeRows(resources).map(({ tree, r }) => {
    const loc = r.location;
    const provider = loc ? `${loc.provider ?? "?"}${r.provider?.default ? " (default)" : ""}` : "";
    const global = loc?.from === "global";
    const region = !loc
      ? ""
      : global
        ? "-"
        : loc.region
          ? `${loc.region}${loc.zone && loc.zone !== loc.region ? ` / ${loc.zone}` : ""}`
          : "unknown";
    const country = !loc ? "" : global ? "-" : (loc.country ?? "?");
    return [`${tree}${shortType(r.type)}`, r.name, provider, region, country, verdictText(r)];
  });
  return table([["TYPE", "NAME", "PROVIDER", "REGION", "COUNTRY", "VERDICT"], ...rows]);
}

/** One stack's section. */
export function formatStack(s: StackReport, rules: readonly RuleText[]): string {
  const lines = [`Stack ${s.stack}${s.stackFile ? ` (${s.stackFile})` : ""}`];
  lines.push(`  ${s.target ? `target ${s.target}; ` : ""}${contractLine(s.contract)}`);
  if (s.error) {
    const label =
      s.error.kind === "residency" ? "REJECTED by the residency contract" : s.error.kind === "config" ? "CONFIG ERROR" : "PROGRAM ERROR";
    const custom = s.resources.filter((r) => r.custom && !r.synthesized).length;
    const when =
      s.error.kind === "config"
        ? ""
        : custom === 0
          ? " before any resource was registered"
          : ` after ${custom} resource${custom === 1 ? " was" : "s were"} registered`;
    lines.push(`  ${label} [${s.error.code}]${when}:`);
    lines.push(...s.error.message.split("\n").map((l) => `    ${l}`));
    // What was registered before the failure was never judged: shown as such, never as ok.
    if (custom > 0) lines.push("", ...resourceTable(s.resources));
    return lines.join("\n");
  }
  lines.push(...resourceTable(s.resources));
  const byUrn = new Map(s.resources.map((r) => [r.urn, r]));
  const remediation = new Map(rules.map((r) => [r.name, r.remediationSteps]));
  if (s.diagnostics.length > 0) {
    lines.push("", `  Findings (${s.diagnostics.length}; ✗ mandatory, ! advisory):`);
    for (const d of s.diagnostics) {
      const r = d.urn ? byUrn.get(d.urn) : undefined;
      const subject = r ? `${shortType(r.type)} "${r.name}"` : (d.urn ?? "the stack");
      const tag = d.cannotTell ? `${d.enforcementLevel}, cannot tell` : d.enforcementLevel;
      const at = r?.source ? ` at ${r.source.file}:${r.source.line}` : "";
      lines.push(`  ${d.enforcementLevel === "mandatory" ? "✗" : "!"} ${d.policyName} (${tag}) on ${subject}${at}`);
      lines.push(...d.message.split("\n").map((l) => `      ${l}`));
      const fix = d.remediation ?? remediation.get(d.policyName);
      if (fix) lines.push(...fix.split("\n").map((l, i) => `      ${i === 0 ? "remediation: " : "             "}${l}`));
    }
  }
  const custom = s.resources.filter((r) => r.custom).length;
  const mandatory = s.diagnostics.filter((d) => d.enforcementLevel === "mandatory").length;
  lines.push(
    "",
    `  ${custom} resources; ${mandatory} mandatory violation${mandatory === 1 ? "" : "s"}, ${s.diagnostics.length - mandatory} advisory.`,
  );
  return lines.join("\n");
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The whole report. */
export function formatText(report: PlanReport, rules: readonly RuleText[]): string {
  const sections = report.stacks.map((s) => formatStack(s, rules));
  const m = report.summary;
  const result = report.exitCode === 0 ? "OK" : report.exitCode === 1 ? "FAILED (contract violated)" : "ERROR (config or program)";
  const summary = `${m.stacks} stack${m.stacks === 1 ? "" : "s"}, ${m.resources} resources: ${plural(m.mandatory, "mandatory violation")}, ${m.advisory} advisory, ${m.cannotTell} cannot tell, ${m.rejected} rejected by the contract, ${m.errors} with errors. ${result}`;
  return [`Project ${report.project.name}`, "", ...sections.flatMap((s) => [s, ""]), summary].join("\n");
}
