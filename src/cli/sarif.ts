/**
 * `plan --format sarif`: SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`).
 * One run; the driver's rules are the policy rules (plus one for a residency rejection); one
 * result per diagnostic (level `error` for mandatory, `warning` for advisory), located where the
 * user's code constructed the resource (the program file, line and column; a resource inside a
 * component at the component's line), with the resource's URN as a logical location. When a value
 * of the stack's config decided where the resource is (a default provider's `aws:region`), the
 * stack file's line is a related location. A result without a source position (a default
 * provider, a stack-wide finding) is located at the stack file. Config and program errors are tool
 * execution notifications (the run did not succeed). Fingerprints name the stack, the rule, the
 * resource and the finding, never a line: moving code does not make an alert new.
 */
import { createHash } from "node:crypto";
import type { PlanReport, ResourceReport, SourcePosition, StackReport } from "../offline/report";

/** What SARIF needs to know about a rule. */
export interface RuleInfo {
  readonly name: string;
  readonly description: string;
  readonly severity: string;
  readonly enforcementLevel: string;
  readonly remediationSteps: string;
}

/** Where a stack's results point. */
export interface StackLocation {
  /** The stack file, relative to the repository root (forward slashes). */
  readonly uri: string;
  /** The line to point at (the residency contract's line, else 1). */
  readonly line: number;
}

export interface SarifOptions {
  readonly toolVersion: string;
  readonly locationOf: (stack: StackReport) => StackLocation;
  /**
   * A program file (relative to the project directory, as reports carry it) as a URI relative to
   * the repository root. Without it, every result is located at the stack file.
   */
  readonly sourceUri?: (file: string) => string;
  /** The line of a config key (`aws:region`) in a stack's file, when the file sets it. */
  readonly configLine?: (stack: StackReport, key: string) => number | undefined;
}

/** Config keys that place a package's default provider, in the order they are looked for. */
const PLACEMENT_KEYS = ["region", "location", "zone"] as const;

/** The rule reported when the program itself refuses a placement (a component's residency check). */
export const REJECTION_RULE: RuleInfo = {
  name: "residency-rejected",
  description: "The program's components refused the stack's placement: the residency contract does not allow it.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Choose a target the contract allows (see `sovereign-cloud regions --contract <preset>`), or change the contract deliberately.",
};

/** GitHub's numeric `security-severity` for a rule severity. */
const SECURITY_SEVERITY: Readonly<Record<string, string>> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };

function pascal(name: string): string {
  return name.replace(/(^|[-_\s]+)([a-z0-9])/gi, (_, __, c: string) => c.toUpperCase());
}

function fingerprint(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32);
}

function level(enforcementLevel: string): "error" | "warning" | "note" {
  return enforcementLevel === "mandatory" ? "error" : enforcementLevel === "advisory" ? "warning" : "note";
}

/**
 * The stack file's line that placed a resource, when a config value decided where it is: its
 * location came from its default provider, which the engine configures from the stack's config.
 */
function configLocation(s: StackReport, r: ResourceReport, stackUri: string, options: SarifOptions): Record<string, unknown> | undefined {
  if (r.location?.from !== "provider" || r.provider?.default !== true || !options.sourceUri || !r.source) return undefined;
  const pkg = r.provider.type.replace(/^pulumi:providers:/, "");
  for (const key of PLACEMENT_KEYS) {
    const line = options.configLine?.(s, `${pkg}:${key}`);
    if (line !== undefined)
      return {
        id: 1,
        physicalLocation: { artifactLocation: { uri: stackUri, uriBaseId: "%SRCROOT%" }, region: { startLine: line } },
        message: { text: `${pkg}:${key} in the stack's config decides where the resource is` },
      };
  }
  return undefined;
}

/** The SARIF log (a plain object; `JSON.stringify` it). */
export function toSarif(report: PlanReport, rules: readonly RuleInfo[], options: SarifOptions): Record<string, unknown> {
  const all = [...rules, REJECTION_RULE];
  const index = new Map(all.map((r, i) => [r.name, i]));
  const driverRules = all.map((r) => ({
    id: r.name,
    name: pascal(r.name),
    shortDescription: { text: r.description },
    fullDescription: { text: r.description },
    help: { text: r.remediationSteps, markdown: `**Remediation:** ${r.remediationSteps}` },
    defaultConfiguration: { level: level(r.enforcementLevel) },
    properties: {
      tags: ["residency", "security"],
      severity: r.severity,
      ...(SECURITY_SEVERITY[r.severity] ? { "security-severity": SECURITY_SEVERITY[r.severity] } : {}),
    },
  }));
  const results: Record<string, unknown>[] = [];
  const notifications: Record<string, unknown>[] = [];
  for (const s of report.stacks) {
    const where = options.locationOf(s);
    const physicalLocation = { artifactLocation: { uri: where.uri, uriBaseId: "%SRCROOT%" }, region: { startLine: where.line } };
    const at = (source: SourcePosition | undefined) =>
      source && options.sourceUri
        ? {
            artifactLocation: { uri: options.sourceUri(source.file), uriBaseId: "%SRCROOT%" },
            region: { startLine: source.line, startColumn: source.column },
          }
        : physicalLocation;
    const byUrn = new Map(s.resources.map((r) => [r.urn, r]));
    for (const d of s.diagnostics) {
      const r = d.urn ? byUrn.get(d.urn) : undefined;
      const subject = r ? `${r.type} "${r.name}"` : "the stack";
      const related = r ? configLocation(s, r, where.uri, options) : undefined;
      results.push({
        ruleId: d.policyName,
        ...(index.has(d.policyName) ? { ruleIndex: index.get(d.policyName) } : {}),
        level: level(d.enforcementLevel),
        message: { text: `[stack ${s.stack}] ${subject}: ${d.message}` },
        locations: [
          {
            physicalLocation: at(r?.source),
            ...(d.urn ? { logicalLocations: [{ name: r?.name ?? d.urn, fullyQualifiedName: d.urn, kind: "resource" }] } : {}),
          },
        ],
        ...(related ? { relatedLocations: [related] } : {}),
        partialFingerprints: { "sovereignCloudDiagnostic/v1": fingerprint(s.stack, d.policyName, d.urn ?? "", d.message) },
        properties: { stack: s.stack, enforcementLevel: d.enforcementLevel, cannotTell: d.cannotTell },
      });
    }
    if (s.error?.kind === "residency") {
      results.push({
        ruleId: REJECTION_RULE.name,
        ruleIndex: index.get(REJECTION_RULE.name),
        level: "error",
        message: { text: `[stack ${s.stack}] [${s.error.code}] ${s.error.message}` },
        locations: [{ physicalLocation: at(s.error.source) }],
        ...(s.error.source && options.sourceUri
          ? { relatedLocations: [{ id: 1, physicalLocation, message: { text: `the stack's residency contract (${where.uri})` } }] }
          : {}),
        partialFingerprints: { "sovereignCloudDiagnostic/v1": fingerprint(s.stack, REJECTION_RULE.name, s.error.code) },
        properties: { stack: s.stack, codes: s.error.codes ?? [s.error.code] },
      });
    } else if (s.error) {
      notifications.push({
        level: "error",
        message: { text: `[stack ${s.stack}] [${s.error.code}] ${s.error.message}` },
        locations: [{ physicalLocation: at(s.error.source) }],
        properties: { stack: s.stack, code: s.error.code, kind: s.error.kind },
      });
    }
  }
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "sovereign-cloud",
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            rules: driverRules,
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root (where `sovereign-cloud plan` ran)." } } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results,
        properties: { project: report.project.name, summary: report.summary },
      },
    ],
  };
}
