/**
 * What `plan` reports for each stack: every resource the program would register (with where it
 * lives and the policies' verdict), the policies' diagnostics, or the error that stopped the
 * program. Plain JSON: it crosses the process boundary between a stack's worker and the CLI, and
 * it is the `--format json` output.
 */
import type { ResidencyRecord } from "../components/residency";
import type { ResidencyContract } from "../contract/schema";
import type { FailureOrigin } from "./failures";
import type { SourcePosition } from "./source-positions";

export type { SourcePosition } from "./source-positions";

/** The verdict of the policies on one resource. */
export type ResourceVerdict =
  /** No diagnostic. */
  | "ok"
  /** At least one mandatory diagnostic that is not a "cannot tell". */
  | "violation"
  /** The policies could not tell whether the resource complies (e.g. its location is unreadable); never counts as compliant. */
  | "cannot tell"
  /** Only advisory diagnostics. */
  | "advisory"
  /** The policies did not run: the program failed (or the stack's contract is invalid) after it registered the resource. Never counts as compliant. */
  | "not judged";

/** Where a resource lives, as the locator read it, with the catalog's country. */
export interface ResourceLocation {
  /** Catalog provider id (`aws`, `azure`, `gcp`, `scaleway`, `ovhcloud`, `hetzner`, `openstack`). */
  readonly provider?: string;
  readonly region?: string;
  readonly zone?: string;
  /**
   * ISO country code(s) from the catalog: one for a region, several joined by `+` for a multi- or
   * dual-region; absent when the catalog does not know (or does not confirm) it.
   */
  readonly country?: string;
  /** Where the locator found it: the resource's own inputs, its provider's inputs, or nowhere. */
  readonly from: string;
  /** Why the location could not be read, or other locator notes. */
  readonly reason?: string;
}

/** The provider a resource is managed by. */
export interface ProviderRef {
  readonly type: string;
  readonly name: string;
  readonly urn: string;
  /** True for a default provider (configured from the stack config of its namespace). */
  readonly default: boolean;
}

export interface ResourceReport {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  /** Component resources group others; they hold no data themselves and get no verdict. */
  readonly custom: boolean;
  /** Parent URN; absent for top-level resources. */
  readonly parent?: string;
  /** Absent for components. */
  readonly provider?: ProviderRef;
  /** Absent for components. */
  readonly location?: ResourceLocation;
  /** Absent for components. */
  readonly verdict?: ResourceVerdict;
  readonly retainOnDelete: boolean;
  /** True for a default provider that the engine would register (the program never constructs it). */
  readonly synthesized?: boolean;
  /** For sovereign-cloud components (`sovereign-cloud:index:*`): the `residency` output they registered (`evidence` builds on it). */
  readonly residency?: ResidencyRecord;
  /**
   * Where the user's code constructed it: the file relative to the project directory, 1-based
   * line and column (TypeScript lines for TypeScript programs). A resource inside a component has
   * the position of its outermost component. Absent for default providers and when no frame of the
   * user's code was found.
   */
  readonly source?: SourcePosition;
}

/** One policy diagnostic, as the engine would print it. */
export interface DiagnosticReport {
  readonly policyName: string;
  readonly enforcementLevel: string;
  readonly message: string;
  /** The resource it is about (stack policies may report without one). */
  readonly urn?: string;
  /** True when the policy reports that it cannot tell (never counts as compliant). */
  readonly cannotTell: boolean;
  /** For a "cannot tell": what the policy could not read (the rule says so in a structured field, not only in the message). */
  readonly unreadable?: string;
  /** What to change, for this resource's package and type (the rule's general remediation when its package has none). */
  readonly remediation?: string;
}

/** Why a stack could not be planned, or the residency rejection that stopped its program. */
export interface StackError {
  /** A stable code: a `SC_*` code from src/errors.ts, `SC_MULTIPLE_PROBLEMS`, or `SC_PROGRAM_FAILED`. */
  readonly code: string;
  readonly message: string;
  /**
   * - `residency`: the program's components rejected the placement (every problem is a `SC_RESIDENCY_*` clause): exit 1;
   * - `config`: the stack's config or the program's arguments are invalid: exit 2;
   * - `program`: the program failed for another reason (a bug, a missing module, a timeout): exit 2.
   */
  readonly kind: "residency" | "config" | "program";
  /** The stack trace of a program error. */
  readonly detail?: string;
  /** Every problem's code, for a sovereign-cloud error. */
  readonly codes?: readonly string[];
  /** For a program error: how the program failed. */
  readonly origin?: FailureOrigin;
  /** For a program error or a residency rejection: where in the project's code it came from (the failing resource's line, else the error's first frame in the project's code). */
  readonly source?: SourcePosition;
}

export interface StackReport {
  readonly stack: string;
  /** The stack file, relative to the project directory (`stacks/Pulumi.aws-frankfurt.yaml`). */
  readonly stackFile: string;
  /** `sovereign-cloud:target`, when set. */
  readonly target?: string;
  /** The contract the policies enforced (the stack's `sovereign-cloud:residency` with defaults applied). */
  readonly contract?: ResidencyContract;
  /** Every resource registered, in registration order, plus the default providers the engine would add. */
  readonly resources: readonly ResourceReport[];
  readonly diagnostics: readonly DiagnosticReport[];
  readonly error?: StackError;
  /** Wall time of the stack's run, in milliseconds. */
  readonly durationMs?: number;
}

export interface PlanSummary {
  readonly stacks: number;
  /** Custom resources, default providers included. */
  readonly resources: number;
  /** Mandatory diagnostics (cannot-tell included). */
  readonly mandatory: number;
  readonly advisory: number;
  /** Diagnostics (mandatory or advisory) that say the policy cannot tell. */
  readonly cannotTell: number;
  /** Stacks whose program was rejected by the contract. */
  readonly rejected: number;
  /** Stacks with a config or program error. */
  readonly errors: number;
}

export interface PlanReport {
  readonly project: { readonly name: string; readonly dir: string };
  readonly stacks: readonly StackReport[];
  readonly summary: PlanSummary;
  /** 0 clean, 1 mandatory violations or a residency rejection, 2 config or program errors. */
  readonly exitCode: 0 | 1 | 2;
}

/** The summary and exit code of a set of stack reports. */
export function summarize(stacks: readonly StackReport[]): { summary: PlanSummary; exitCode: 0 | 1 | 2 } {
  const all = stacks.flatMap((s) => s.diagnostics);
  const summary: PlanSummary = {
    stacks: stacks.length,
    resources: stacks.reduce((n, s) => n + s.resources.filter((r) => r.custom).length, 0),
    mandatory: all.filter((d) => d.enforcementLevel === "mandatory").length,
    advisory: all.filter((d) => d.enforcementLevel === "advisory").length,
    cannotTell: all.filter((d) => d.cannotTell).length,
    rejected: stacks.filter((s) => s.error?.kind === "residency").length,
    errors: stacks.filter((s) => s.error !== undefined && s.error.kind !== "residency").length,
  };
  const exitCode = summary.errors > 0 ? 2 : summary.mandatory > 0 || summary.rejected > 0 ? 1 : 0;
  return { summary, exitCode };
}
