/**
 * One exit plan: the program rehearsed on its current stack and on the destination target, then
 * compared component by component (child resource types, feature deltas from the capability
 * tables, size resolution, the contract's verdict on the destination with its facts), the data to
 * move, raw resources that must be rewritten, and the law with its sources.
 *
 * Exit code (the command's): 0 the rehearsal passes; 1 the destination violates the contract or
 * refuses a component; 2 the current stack does not plan, or the program fails on the destination
 * for a reason that is not a refusal (a bug, a crash).
 */
import { parseScsFlavor } from "../catalog/scs";
import { INSTANCE_TYPES, pickInstanceType } from "../catalog/sizes/index";
import { describeSource, type SourceId } from "../catalog/sources/index";
import type { Fact } from "../catalog/types";
import { evaluate, type ClauseId, type FactRef, type Verdict } from "../contract/evaluate";
import { driverOf, placementLabel, type Placement } from "../contract/placement";
import type { ResidencyContract } from "../contract/schema";
import type { CapabilityTable } from "../drivers/capabilities";
import { driverFor } from "../drivers/registry";
import { summarize, type ResourceReport, type StackError, type StackReport } from "../offline/report";
import { bucketMove, clusterMove, componentLabel, databaseMove, diskMove, EXIT_STEPS, type DataMove } from "./data";
import { countChanges, featureDeltas, type FeatureChange, type FeatureDelta } from "./features";
import { LAW, LAW_DISCLAIMER, LAW_SOURCES, type LawFact } from "./law";
import { rawResources, type RawResource } from "./raw";

export const EXIT_PLAN_SCHEMA = "sovereign-cloud/exit-plan@1";

/** One run of the rehearsal, as `plan` would report it. */
export interface RunResult {
  readonly stack: string;
  readonly target: string;
  /** `planned`: no error and no mandatory violation; `refused`: a component refused (coded error); `violation`: mandatory policy violations; `error`: a program error. */
  readonly status: "planned" | "refused" | "violation" | "error";
  /** The exit code `plan` gives this run (0, 1 or 2). */
  readonly planExitCode: 0 | 1 | 2;
  /** Custom resources the run would create (default providers included). */
  readonly resources: number;
  readonly mandatoryViolations: readonly string[];
  /** The error that stopped the program: its code, every problem's code, the message (with the fix). */
  readonly error?: {
    readonly code: string;
    readonly codes: readonly string[];
    readonly kind: StackError["kind"];
    readonly message: string;
  };
}

export interface ComponentPlan {
  readonly component: string;
  readonly type: string;
  readonly name: string;
  /** Child resource types on the current target. */
  readonly from: readonly string[];
  /** Child resource types on the destination; `null` when the destination run did not create this component. */
  readonly to: readonly string[] | null;
  readonly features: readonly FeatureDelta[];
  /**
   * A VM's size: as asked, then the instance type on each side (`SCS-2V-4 -> t3.medium -> PLAY2-NANO`).
   * `toFrom`: `rehearsal` when the destination run created the VM, `catalog` when it did not and the
   * type was picked from the destination's instance-type table as the driver would; `to` is null when
   * neither can tell (no table, or a size that is not an SCS name).
   */
  readonly size?: {
    readonly portable: string;
    readonly from: string;
    readonly to: string | null;
    readonly toFrom: "rehearsal" | "catalog" | null;
  };
}

export interface ClauseResult {
  readonly clause: ClauseId;
  readonly status: "satisfied" | "violated" | "unknown";
  readonly reason?: string;
  readonly facts: readonly FactRef[];
}

/** The contract's {@link Verdict} on the destination (its placement and whether it is satisfied), clause by clause. */
export interface ContractVerdict extends Pick<Verdict, "placement" | "satisfied"> {
  readonly clauses: readonly ClauseResult[];
  /** The catalog facts about the destination (operator, country, city), each with its source. */
  readonly facts: readonly FactRef[];
}

export interface Side {
  readonly target: string;
  readonly provider: string;
  readonly region: string;
  readonly driver: string;
}

export interface ExitSummary {
  /** `passes`, `refused` (a component refused), `violates contract`, `error`. */
  readonly result: "passes" | "refused" | "violates contract" | "error";
  readonly exitCode: 0 | 1 | 2;
  readonly features: Readonly<Record<FeatureChange, number>>;
  readonly dataMoves: number;
  readonly rawResources: number;
}

export interface ExitPlan {
  readonly schema: typeof EXIT_PLAN_SCHEMA;
  readonly project: string;
  readonly stack: string;
  readonly from: Side;
  readonly to: Side;
  /** The contract the destination is held to, and where it came from. */
  readonly contract: ResidencyContract;
  readonly contractFrom: "stack" | "--contract";
  readonly summary: ExitSummary;
  readonly rehearsal: { readonly from: RunResult; readonly to: RunResult };
  readonly verdict: ContractVerdict;
  readonly components: readonly ComponentPlan[];
  readonly data: readonly DataMove[];
  readonly steps: readonly string[];
  readonly raw: readonly RawResource[];
  readonly law: { readonly disclaimer: string; readonly facts: readonly LawFact[]; readonly sources: typeof LAW_SOURCES };
}

export function sideOf(p: Placement): Side {
  return { target: placementLabel(p), provider: p.provider.id, region: p.region.code, driver: driverOf(p) };
}

/** A run as the exit plan reports it. */
export function runResult(r: StackReport, target: string): RunResult {
  const mandatory = r.diagnostics.filter((d) => d.enforcementLevel === "mandatory");
  const planExitCode = summarize([r]).exitCode;
  const status: RunResult["status"] = r.error
    ? r.error.kind === "program"
      ? "error"
      : "refused"
    : mandatory.length > 0
      ? "violation"
      : "planned";
  return {
    stack: r.stack,
    target,
    status,
    planExitCode,
    resources: r.resources.filter((x) => x.custom).length,
    mandatoryViolations: mandatory.map((d) => `${d.policyName}: ${d.message}`),
    ...(r.error
      ? { error: { code: r.error.code, codes: r.error.codes ?? [r.error.code], kind: r.error.kind, message: r.error.message } }
      : {}),
  };
}

const COMPONENT_PREFIX = "sovereign-cloud:index:";

export function componentsOf(r: StackReport): ResourceReport[] {
  return r.resources.filter((x) => !x.custom && x.type.startsWith(COMPONENT_PREFIX));
}

/** Custom descendant types of a component (providers left out), in registration order, each once. */
export function childTypes(r: StackReport, urn: string): string[] {
  const inside = new Set([urn]);
  const types: string[] = [];
  for (const x of r.resources) {
    if (x.parent === undefined || !inside.has(x.parent)) continue;
    inside.add(x.urn);
    if (x.custom && !x.type.startsWith("pulumi:providers:") && !types.includes(x.type)) types.push(x.type);
  }
  return types;
}

function factRef<T>(what: string, f: Fact<T> | undefined, show: (v: T) => string = String): FactRef | undefined {
  if (f === undefined) return undefined;
  if (f.confirmed) return { statement: `${what}: ${show(f.value)}`, source: describeSource(f.source as SourceId) };
  return { statement: `${what}: not confirmed (${f.note})`, ...(f.source ? { source: describeSource(f.source as SourceId) } : {}) };
}

/** The contract's verdict on the destination, every clause with its facts. */
export function verdictOn(contract: ResidencyContract, p: Placement): ContractVerdict {
  const v = evaluate(contract, p, { maxAlternatives: 0 });
  const clauses: ClauseResult[] = [
    ...v.satisfiedClauses.map((clause): ClauseResult => ({ clause, status: "satisfied", facts: [] })),
    ...v.violations.map((x): ClauseResult => ({
      clause: x.clause,
      status: x.unknown ? "unknown" : "violated",
      reason: x.reason,
      facts: x.facts,
    })),
  ];
  const operator = p.region.operator ?? p.provider.operator;
  const facts = [
    factRef("region country", p.region.country),
    factRef("region city", p.region.city),
    factRef("operator", operator.name),
    factRef("operator headquarters", operator.headquarters),
    factRef("operator controlled inside the EU/EEA", operator.euControlled, (b) => (b ? "yes" : "no")),
  ].filter((f): f is FactRef => f !== undefined);
  return { placement: v.placement, satisfied: v.satisfied, clauses, facts };
}

export interface BuildInput {
  readonly project: string;
  readonly stack: string;
  readonly from: Placement;
  readonly to: Placement;
  readonly contract: ResidencyContract;
  readonly contractFrom: "stack" | "--contract";
  readonly source: StackReport;
  readonly destination: StackReport;
}

/** The size on both sides: the destination's from its run, else from its catalog table. */
function sizeOn(portable: string, from: string, to: string | undefined, dest: Placement): NonNullable<ComponentPlan["size"]> {
  if (to !== undefined) return { portable, from, to, toFrom: "rehearsal" };
  const parsed = parseScsFlavor(portable);
  const table = INSTANCE_TYPES[dest.provider.id];
  const picked = parsed.ok && table ? pickInstanceType(table, parsed.flavor)?.name : undefined;
  return picked === undefined ? { portable, from, to: null, toFrom: null } : { portable, from, to: picked, toFrom: "catalog" };
}

/** Drivers that create object lock as a resource of its own, so its presence can be read off the child types. */
const LOCK_AS_RESOURCE = new Set(["aws", "scaleway", "hetzner"]);

/** Whether the source bucket has object lock: read off its child types where the driver makes it a resource, else unknown if the driver can do it. */
function lockInUse(types: readonly string[], from: Placement, table: CapabilityTable | undefined): boolean | "unknown" {
  if (types.some((t) => /objectlock|lockconfiguration|immutab/i.test(t))) return true;
  if (LOCK_AS_RESOURCE.has(driverOf(from))) return false;
  const level = table?.["bucket.retention"].level;
  return level === "native" || level === "emulated" ? "unknown" : false;
}

/** Build the plan from the two runs. */
export function buildExitPlan(input: BuildInput): ExitPlan {
  const { source, destination, from, to, contract } = input;
  const fromTable = driverFor(driverOf(from))?.capabilities;
  const toTable = driverFor(driverOf(to))?.capabilities;
  const destComponents = new Map(componentsOf(destination).map((c) => [`${c.type}::${c.name}`, c]));
  const components: ComponentPlan[] = componentsOf(source).map((c) => {
    const there = destComponents.get(`${c.type}::${c.name}`);
    const vmFrom = c.residency?.virtualMachine;
    const vmTo = there?.residency?.virtualMachine;
    return {
      component: componentLabel(c.type, c.name),
      type: c.type,
      name: c.name,
      from: childTypes(source, c.urn),
      to: there ? childTypes(destination, there.urn) : null,
      features: fromTable && toTable ? featureDeltas(c.type, fromTable, toTable) : [],
      ...(vmFrom ? { size: sizeOn(vmFrom.size, vmFrom.instanceType, vmTo?.instanceType, to) } : {}),
    };
  });
  const data: DataMove[] = [];
  for (const c of componentsOf(source)) {
    const kind = c.type.slice(COMPONENT_PREFIX.length);
    const there = destComponents.get(`${c.type}::${c.name}`)?.residency;
    if (kind === "Bucket") data.push(bucketMove(c.name, from, to, c.residency, lockInUse(childTypes(source, c.urn), from, fromTable)));
    else if (kind === "VirtualMachine")
      data.push(diskMove(c.name, c.residency, (c.residency?.contract ?? contract).encryption === "customer-managed"));
    else if (kind === "Database") data.push(databaseMove(c.name, c.residency, there));
    else if (kind === "KubernetesCluster") data.push(clusterMove(c.name, c.residency, there));
  }
  const rehearsal = { from: runResult(source, placementLabel(from)), to: runResult(destination, placementLabel(to)) };
  const verdict = verdictOn(contract, to);
  const raw = rawResources(source);
  const features = countChanges(components.flatMap((c) => c.features));
  const t = rehearsal.to;
  const result: ExitSummary["result"] =
    rehearsal.from.status === "refused" || rehearsal.from.status === "error" || t.status === "error"
      ? "error"
      : t.status === "refused"
        ? "refused"
        : t.status === "violation" || !verdict.satisfied
          ? "violates contract"
          : "passes";
  const exitCode = result === "error" ? 2 : result === "passes" ? 0 : 1;
  return {
    schema: EXIT_PLAN_SCHEMA,
    project: input.project,
    stack: input.stack,
    from: sideOf(from),
    to: sideOf(to),
    contract,
    contractFrom: input.contractFrom,
    summary: { result, exitCode, features, dataMoves: data.length, rawResources: raw.length },
    rehearsal,
    verdict,
    components,
    data,
    steps: EXIT_STEPS,
    raw,
    law: { disclaimer: LAW_DISCLAIMER, facts: LAW, sources: LAW_SOURCES },
  };
}

/** Feature deltas of a plan with the given change. */
export function deltasWith(plan: Pick<ExitPlan, "components">, change: FeatureChange): Array<FeatureDelta & { component: string }> {
  return plan.components.flatMap((c) => c.features.filter((f) => f.change === change).map((f) => ({ ...f, component: c.component })));
}
