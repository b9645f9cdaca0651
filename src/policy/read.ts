/**
 * Reading resource properties the way the policy engine hands them over (rules, package modules).
 *
 * - Values not known during `pulumi preview` (e.g. an ARN computed by the provider) arrive as
 *   sentinel strings. Through the engine, `props` is wrapped in the policy SDK's unknown-checking
 *   proxy, which throws its `UnknownValueError` on access; the SDK turns that error into an
 *   advisory "can't run policy … during preview" and the rule runs again with known values at
 *   `pulumi up`. Without the proxy (offline plan, tests) `at()` throws {@link UnknownValue} for
 *   the same sentinels. Either way an unknown never passes as compliant.
 * - {@link UnknownGuard} lets a rule finish the other resources before it rethrows, so violations
 *   that are already certain are still reported during preview.
 * Bucket companions are found by `./companions`, JSON policy documents read by `./documents`.
 *
 * This module must not import a provider SDK (the pack stays light): types are matched by token.
 */

export type Props = Readonly<Record<string, unknown>>;
export type Path = readonly (string | number)[];

/** The sentinels the engine uses for unknown values (`@pulumi/policy` proxy.js, `unknown*Value`). */
const UNKNOWN_SENTINELS: ReadonlySet<string> = new Set([
  "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
  "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
  "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
  "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
  "030794c1-ac77-496b-92df-f27374a8bd58",
  "e48ece36-62e2-4504-bad9-02848725956a",
  "dd056dcd-154b-4c76-9bd3-c8f88648b5ff",
]);

/** A value the rule needs is not known yet (preview). Same message shape as the policy SDK's error. */
export class UnknownValue extends Error {
  /** Marks the error like the SDK's `UnknownValueError` so {@link isUnknownError} sees both. */
  readonly unknownTypeSentinel = true;
  constructor(readonly path: Path) {
    super(`value at .${path.join(".")} can't be known during preview`);
    this.name = "UnknownValue";
  }
}

export function isUnknownSentinel(v: unknown): boolean {
  return typeof v === "string" && UNKNOWN_SENTINELS.has(v);
}

/** True for the policy SDK's `UnknownValueError` (thrown by its props proxy) and for {@link UnknownValue}. */
export function isUnknownError(e: unknown): boolean {
  return e instanceof Error && "unknownTypeSentinel" in e;
}

/**
 * The value at `path` under `root`; `undefined` when any step is missing or not an object.
 * Throws when a value on the way is unknown (see the module comment).
 */
export function at(root: unknown, ...path: Path): unknown {
  if (isUnknownSentinel(root)) throw new UnknownValue([]);
  let cur: unknown = root;
  for (let i = 0; i < path.length; i++) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[path[i]!];
    if (isUnknownSentinel(cur)) throw new UnknownValue(path.slice(0, i + 1));
  }
  // Lists of plain values (CIDRs, members) are read whole: check their elements too.
  if (Array.isArray(cur)) {
    cur.forEach((v, i) => {
      if (isUnknownSentinel(v)) throw new UnknownValue([...path, i]);
    });
  }
  return cur;
}

/** Like {@link at}, but an unknown value reads as `undefined` (for identities, never for settings). */
export function peek(root: unknown, ...path: Path): unknown {
  try {
    return at(root, ...path);
  } catch (e) {
    if (isUnknownError(e)) return undefined;
    throw e;
  }
}

/** The array at `path` (a missing value is `[]`, a non-array `[]`); unknown elements throw. */
export function items(root: unknown, ...path: Path): unknown[] {
  const v = at(root, ...path);
  if (!Array.isArray(v)) return [];
  const out: unknown[] = [];
  for (let i = 0; i < v.length; i++) out.push(at(v, i));
  return out;
}

/** A non-empty string, else `undefined`. */
export function str(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}

/** Booleans, including the strings "true"/"false" that provider inputs use. */
export function bool(v: unknown): boolean | undefined {
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  return undefined;
}

/** Numbers, including numeric strings. */
export function num(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && /^\s*-?\d+\s*$/.test(v)) return Number(v);
  return undefined;
}

/** A string, or each string of an array (IAM-style "one or many"). */
export function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string");
  return [];
}

/** Rethrow the first unknown only after every resource was looked at. */
export class UnknownGuard {
  private first: unknown;
  private seen = false;
  run(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      if (!isUnknownError(e)) throw e;
      if (!this.seen) {
        this.first = e;
        this.seen = true;
      }
    }
  }
  /** Throw the first unknown seen, if any (the engine reports "can't run … during preview"). */
  done(): void {
    if (this.seen) throw this.first;
  }
}
