/**
 * The exit plan as Markdown a risk officer can file: the summary table first, then the rehearsal,
 * the contract's verdict, component by component, the data to move, the steps, raw resources and
 * the law, every claim with its source. Same content as the JSON (docs/exit-plan.md).
 */
import type { Endpoint } from "./data";
import type { ExcludedTarget, ExitAnyReport } from "./run";
import type { ExitPlan, RunResult } from "./plan";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n+/g, " ");
const code = (s: string) => `\`${s}\``;

function row(cols: readonly string[]): string {
  return `| ${cols.map(cell).join(" | ")} |`;
}

function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  return [row(head), `|${head.map(() => "---").join("|")}|`, ...rows.map(row)];
}

/** `- from: s3, https://... (rclone: type=s3, ...)`: one end of a data move. */
function endpointLine(side: "from" | "to", e: Endpoint): string {
  const rclone = e.rclone
    ? ` (rclone: ${Object.entries(e.rclone)
        .map(([k, v]) => `${k}=${v}`)
        .join(", ")})`
    : "";
  return `- ${side}: ${e.kind}, ${e.endpoint}${rclone}`;
}

function runLine(r: RunResult): string {
  if (r.error) return `${r.status}: [${r.error.codes.join(", ")}] (plan would exit ${r.planExitCode})`;
  if (r.status === "violation") return `violation: ${r.mandatoryViolations.length} mandatory (plan would exit ${r.planExitCode})`;
  return `planned: ${r.resources} resources, no mandatory violation (plan would exit ${r.planExitCode})`;
}

const RESULT_TEXT: Record<ExitPlan["summary"]["result"], string> = {
  passes: "PASSES: the program plans on the destination and the contract holds there",
  refused: "REFUSED: a component cannot be created on the destination as the program is written",
  "violates contract": "VIOLATES CONTRACT: the destination breaks the residency contract",
  error: "ERROR: the program does not plan (see the rehearsal)",
};

/** The full plan for one destination. */
export function exitPlanMarkdown(plan: ExitPlan, heading = "#"): string[] {
  const s = plan.summary;
  const out: string[] = [
    `${heading} Exit plan: ${plan.project} stack ${code(plan.stack)}, ${code(plan.from.target)} → ${code(plan.to.target)}`,
    "",
    ...table(
      ["item", "result"],
      [
        ["result", `${RESULT_TEXT[s.result]} (exit ${s.exitCode})`],
        ["from", `${plan.from.target} (driver ${plan.from.driver})`],
        ["to", `${plan.to.target} (driver ${plan.to.driver})`],
        [
          "contract",
          `${plan.contract.preset ?? "custom"} (${plan.contractFrom === "stack" ? "the stack's" : "--contract"}): ${plan.verdict.satisfied ? "satisfied" : "not satisfied"} on the destination`,
        ],
        ["rehearsal, current target", runLine(plan.rehearsal.from)],
        ["rehearsal, destination", runLine(plan.rehearsal.to)],
        [
          "features",
          `${s.features.kept} kept, ${s.features.emulated} emulated, ${s.features.lost} lost, ${s.features.gained} gained (${s.features.absent} on neither side)`,
        ],
        ["data to move", `${s.dataMoves} data-bearing component(s)`],
        ["raw resources", s.rawResources === 0 ? "none" : `${s.rawResources}, not portable: must be rewritten`],
      ],
    ),
    "",
    "Offline rehearsal: the program was planned under the Pulumi SDK's mocks for both targets; no cloud was contacted and nothing was created.",
    "",
    `${heading}# Rehearsal`,
    "",
  ];
  for (const [label, r] of [
    ["current target", plan.rehearsal.from],
    ["destination", plan.rehearsal.to],
  ] as const) {
    out.push(`- ${label} ${code(r.target)}: ${runLine(r)}`);
    if (r.error) out.push("", "```text", r.error.message, "```", "");
    for (const v of r.mandatoryViolations) out.push(`  - ${v}`);
  }
  out.push(
    "",
    `${heading}# Contract on the destination`,
    "",
    ...table(
      ["clause", "status", "reason", "facts"],
      plan.verdict.clauses.map((c) => [
        c.clause,
        c.status,
        c.reason ?? "",
        c.facts.map((f) => `${f.statement}${f.source ? ` [${f.source}]` : ""}`).join("; "),
      ]),
    ),
  );
  out.push(
    "",
    "Facts about the destination:",
    "",
    ...plan.verdict.facts.map((f) => `- ${f.statement} (source: ${f.source ?? "none"})`),
    "",
  );
  out.push(`${heading}# Components`, "");
  for (const c of plan.components) {
    out.push(`${heading}## ${c.component}`, "");
    out.push(`- resources on ${code(plan.from.target)}: ${c.from.map(code).join(", ") || "none"}`);
    out.push(
      `- resources on ${code(plan.to.target)}: ${c.to === null ? "not created (the destination run stopped before or at this component)" : c.to.map(code).join(", ") || "none"}`,
    );
    if (c.size)
      out.push(
        `- size: ${code(c.size.portable)} → ${code(c.size.from)} → ${c.size.to === null ? "not resolved (not created, and no catalog table resolves it)" : `${code(c.size.to)}${c.size.toFrom === "catalog" ? " (from the catalog's table: the VM was not created in the rehearsal)" : ""}`}`,
      );
    out.push(
      "",
      ...table(
        ["feature", "change", plan.from.driver, plan.to.driver, "source (destination)"],
        c.features.map((f) => [
          f.label,
          f.change,
          `${f.from.level}: ${f.from.how}`,
          `${f.to.level}: ${f.to.how}`,
          f.to.source ?? f.from.source ?? "",
        ]),
      ),
      "",
    );
  }
  out.push(`${heading}# Data to move`, "");
  if (plan.data.length === 0) out.push("No data-bearing component.", "");
  for (const d of plan.data) {
    out.push(`${heading}## ${d.component}: ${d.what}`, "");
    out.push(endpointLine("from", d.from), endpointLine("to", d.to));
    out.push(`- tool: ${d.tool}`, "", "```sh", d.command, "```", "");
    for (const k of d.keeps) out.push(`- ${k}`);
    if (d.manual.length > 0) out.push("", "Cannot be moved automatically:", "", ...d.manual.map((m) => `- ${m}`));
    out.push("", `Sources: ${d.sources.join(", ")}`, "");
  }
  out.push(`${heading}# Steps, cut-over and rollback`, "", ...plan.steps.map((st, i) => `${i + 1}. ${st}`), "");
  out.push(`${heading}# Raw resources`, "");
  if (plan.raw.length === 0) out.push("None: every resource comes from a portable component.", "");
  else
    out.push(
      ...table(
        ["type", "name", "status", "nearest portable component"],
        plan.raw.map((r) => [r.type, r.name, r.status, r.nearest ?? "none"]),
      ),
      "",
    );
  out.push(...lawMarkdown(plan, heading));
  return out;
}

function lawMarkdown(plan: Pick<ExitPlan, "law">, heading: string): string[] {
  return [
    `${heading}# The law (facts with sources)`,
    "",
    plan.law.disclaimer,
    "",
    ...table(
      ["law", "article", "topic", "value", "statement", "source (as of)"],
      plan.law.facts.map((f) => [
        f.law,
        f.article,
        f.topic,
        f.value ?? "",
        f.statement,
        `${plan.law.sources[f.source].ref} (${plan.law.sources[f.source].asOf})`,
      ]),
    ),
    "",
    ...Object.values(plan.law.sources).map((s) => `- ${s.title}: ${s.ref} (read ${s.asOf})`),
    "",
  ];
}

function excludedRow(e: ExcludedTarget): string[] {
  return [e.target, e.why, e.codes.join(", "), e.reason];
}

/** `--to any`: the ranking and the exclusions, then the full plan for the first-ranked target. */
export function exitAnyMarkdown(report: ExitAnyReport): string {
  const out: string[] = [
    `# Exit options: ${report.project} stack \`${report.stack}\` (now \`${report.from}\`)`,
    "",
    ...table(
      ["item", "result"],
      [
        [
          "result",
          report.exitCode === 0
            ? `${report.ranking.length} destination(s) pass (exit 0)`
            : report.exitCode === 1
              ? "no destination passes (exit 1)"
              : "the current stack does not plan (exit 2)",
        ],
        ["contract", `${report.contract.preset ?? "custom"}: ${JSON.stringify({ ...report.contract, preset: undefined })}`],
        ["rehearsed", `${report.rehearsed} target(s) the contract allows`],
        ["excluded", `${report.excluded.length} target(s), each with its reason below`],
      ],
    ),
    "",
    "## Ranking (fewest features lost first, then fewest emulated, then most gained)",
    "",
    ...table(
      ["rank", "target", "lost", "emulated", "gained"],
      report.ranking.map((r) => [
        String(r.rank),
        r.target,
        r.lost.join(", ") || "none",
        r.emulated.join(", ") || "none",
        r.gained.join(", ") || "none",
      ]),
    ),
    "",
    "## Excluded targets",
    "",
    ...table(["target", "why", "codes", "reason"], report.excluded.map(excludedRow)),
    "",
  ];
  if (report.best) out.push("## Plan for the first-ranked destination", "", ...exitPlanMarkdown(report.best, "###"));
  return out.join("\n");
}

export function exitMarkdown(plan: ExitPlan): string {
  return exitPlanMarkdown(plan).join("\n");
}
