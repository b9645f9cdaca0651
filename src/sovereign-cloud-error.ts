/**
 * The error sovereign-cloud throws and the {@link Problem}s it carries: what they are and how they
 * read. The problems themselves, each with its stable code, are made by the named factories of
 * `errors.ts` (which re-exports everything here, so importers use `errors.ts` only).
 */
import type { ErrorCode } from "./errors";

/** One thing that is wrong. */
export interface Problem {
  readonly code: ErrorCode;
  /** Where: an argument path (`args.retentionDays`), a config key, or a contract clause. */
  readonly path: string;
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** The value received, rendered for humans. */
  readonly received?: string;
  /** What is allowed. */
  readonly allowed?: string;
  /** How to fix it. */
  readonly fix?: string;
  /** The catalog facts behind the problem, each with its source. */
  readonly facts?: readonly string[];
}

/** Render one problem as the lines users read. */
export function formatProblem(p: Problem): string {
  const lines = [`[${p.code}] ${p.path}: ${p.message}`];
  if (p.received !== undefined) lines.push(`    received: ${p.received}`);
  if (p.allowed !== undefined) lines.push(`    allowed:  ${p.allowed}`);
  for (const f of p.facts ?? []) lines.push(`    fact:     ${f}`);
  if (p.fix !== undefined) lines.push(`    fix:      ${p.fix}`);
  return lines.join("\n");
}

const BRAND = Symbol.for("sovereign-cloud.SovereignCloudError");

/** The one error type sovereign-cloud throws. `problems` lists everything that was wrong. */
export class SovereignCloudError extends Error {
  /**
   * True for a SovereignCloudError from any copy of this package (`instanceof` fails across
   * copies, e.g. two installed versions or a re-imported module graph).
   */
  static is(e: unknown): e is SovereignCloudError {
    return typeof e === "object" && e !== null && (e as Record<symbol, unknown>)[BRAND] === true;
  }

  readonly [BRAND] = true;
  /** The code of the only problem, or `SC_MULTIPLE_PROBLEMS`. */
  readonly code: ErrorCode | "SC_MULTIPLE_PROBLEMS";
  readonly problems: readonly Problem[];

  /**
   * @param subject - what was being built or read (`Bucket "documents"`).
   * @param outcome - what the failure left undone. @default "nothing was created"
   */
  constructor(subject: string, problems: readonly Problem[], outcome = "nothing was created") {
    const head = `${subject}: ${problems.length} problem${problems.length === 1 ? "" : "s"}; ${outcome}.`;
    super([head, ...problems.map(formatProblem)].join("\n"));
    this.name = "SovereignCloudError";
    this.problems = problems;
    this.code = problems.length === 1 ? problems[0]!.code : "SC_MULTIPLE_PROBLEMS";
  }

  /** Every distinct code, in order of first appearance. */
  get codes(): ErrorCode[] {
    return [...new Set(this.problems.map((p) => p.code))];
  }
}

/** Throw all collected problems at once, or do nothing when there are none. */
export function throwIfAny(subject: string, problems: readonly Problem[]): void {
  if (problems.length > 0) throw new SovereignCloudError(subject, problems);
}
