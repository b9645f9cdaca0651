/**
 * `sovereign-cloud evidence`: plan the stacks offline (as `plan` does) and write the Gaia-X 25.11
 * evidence of their sovereign-cloud components as one JSON-LD document of unsigned credentials.
 * Exit codes are plan's: 0 clean, 1 contract violated, 2 config or program error (a stack that
 * could not run has no evidence).
 */
import { buildEvidence, type StackEvidence, type StackEvidenceInput } from "../evidence/build";
import type { StackReport } from "../offline/report";
import { loadSupplement } from "../evidence/supplement";
import { emit, planFromFlags, type StackFlags } from "./plan";

export interface EvidenceFlags extends StackFlags {
  output?: string;
  issuer?: string;
  /** A supplement file: the user's own statements for gaps the catalog cannot fill (docs/evidence.md). */
  supplement?: string;
}

/** What the evidence builder needs from one stack's plan. */
export function evidenceInput(project: string, report: StackReport): StackEvidenceInput {
  const mandatory = report.diagnostics.filter((d) => d.enforcementLevel === "mandatory").length;
  return {
    project,
    stack: report.stack,
    components: report.resources.flatMap((r) => (r.residency ? [{ urn: r.urn, residency: r.residency }] : [])),
    plan: { status: mandatory > 0 ? "violations" : "ok", mandatoryFindings: mandatory },
  };
}

function summary(s: StackEvidence): string {
  if (s.components === 0) return `${s.stack}: no sovereign-cloud components, nothing to describe`;
  const required = s.gaps.filter((g) => g.required).length;
  const supplied = s.supplied > 0 ? `; ${s.supplied} statement${s.supplied === 1 ? "" : "s"} from the supplement` : "";
  return `${s.stack}: ${s.components} component${s.components === 1 ? "" : "s"}; ${required} required Gaia-X propert${required === 1 ? "y" : "ies"} and ${s.gaps.length - required} other left out for want of a confirmed fact (listed as sc:Gap)${supplied}`;
}

export async function evidenceCommand(positional: string[], opts: EvidenceFlags): Promise<void> {
  // Checked before planning: a malformed supplement stops here (exit 2), with its code.
  const supplement = opts.supplement === undefined ? undefined : loadSupplement(opts.supplement);
  const { project, report: planned } = planFromFlags(positional, opts);
  const report = await planned;
  const ran = report.stacks.filter((s) => s.error === undefined);
  const evidence = buildEvidence(
    ran.map((s) => evidenceInput(project.name, s)),
    { ...(opts.issuer ? { issuer: opts.issuer } : {}), ...(supplement ? { supplement } : {}) },
  );
  emit(JSON.stringify(evidence.document, null, 2), opts.output, "evidence (JSON-LD, unsigned)");
  if (!opts.quiet) for (const s of evidence.stacks) console.error(summary(s));
  for (const s of report.stacks)
    if (s.error) console.error(`stack ${s.stack}: [${s.error.code}] ${s.error.message.split("\n")[0]} (no evidence)`);
  process.exitCode = report.exitCode;
}
