/**
 * Reading resource properties inside rules, the way the policy engine hands them over.
 *
 * - Values not known during `pulumi preview` (e.g. an ARN computed by the provider) arrive as
 *   sentinel strings. Through the engine, `props` is wrapped in the policy SDK's unknown-checking
 *   proxy, which throws its `UnknownValueError` on access; the SDK turns that error into an
 *   advisory "can't run policy … during preview" and the rule runs again with known values at
 *   `pulumi up`. Without the proxy (offline plan, tests) `at()` throws {@link UnknownValue} for
 *   the same sentinels. Either way an unknown never passes as compliant.
 * - {@link UnknownGuard} lets a rule finish the other resources before it rethrows, so violations
 *   that are already certain are still reported during preview.
 * - Bucket companions (S3-style `bucket` inputs) and JSON policy documents are read here too.
 *
 * This module must not import a provider SDK (the pack stays light): types are matched by token.
 */
import type { PolicyResource } from "@pulumi/policy";
import { memoised } from "../memo";

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

// ---------------------------------------------------------------------------------------------
// Stacks: buckets and their companion resources (S3 style: a separate resource with a `bucket` input).

export function ofTypes(resources: readonly PolicyResource[], types: readonly string[]): PolicyResource[] {
  return resources.filter((r) => types.includes(r.type));
}

/** Names a bucket can be referenced by: name, id, ARN; Scaleway regional ids `fr-par/name` too. */
function bucketIds(b: PolicyResource): Set<string> {
  const ids = new Set<string>();
  for (const key of ["bucket", "name", "id", "arn"]) {
    const v = str(peek(b.props, key));
    if (v) ids.add(v);
  }
  return ids;
}

/** A Scaleway regional id without its region (`fr-par/name` -> `name`). */
const withoutRegion = (ref: string): string => ref.replace(/^[a-z]{2}-[a-z]{3}\//, "");

function refersTo(ref: string, ids: Set<string>): boolean {
  return ids.has(ref) || ids.has(withoutRegion(ref));
}

/**
 * The companions of `bucket` among `companions`: by the engine's property dependency on the
 * `bucket` input when there is one, else by the `bucket` input's value, else (the value names no
 * bucket in the stack, e.g. unknown) by a dependency on exactly this one of `buckets`.
 */
export function companionsOf(bucket: PolicyResource, companions: readonly PolicyResource[], buckets: readonly PolicyResource[]): PolicyResource[] {
  const ids = bucketIds(bucket);
  const allIds = buckets.map(bucketIds);
  return companions.filter((c) => {
    const viaProperty = c.propertyDependencies?.["bucket"];
    if (viaProperty && viaProperty.length > 0) return viaProperty.some((d) => d.urn === bucket.urn);
    const ref = str(peek(c.props, "bucket"));
    if (ref !== undefined && refersTo(ref, ids)) return true;
    if (ref !== undefined && allIds.some((s) => refersTo(ref, s))) return false;
    const deps = (c.dependencies ?? []).filter((d) => buckets.some((b) => b.urn === d.urn));
    return deps.length === 1 && deps[0]!.urn === bucket.urn;
  });
}

/** Buckets (or companions) by a key, in stack order. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * {@link companionsOf} for every bucket of a stack: the same answer, from an index built once (by
 * URN, by id, by dependency) instead of scanning the whole stack for each bucket, which made the
 * stack rules quadratic in the number of buckets (BENCHMARKS.md, P3).
 */
function companionIndex(companions: readonly PolicyResource[], buckets: readonly PolicyResource[]): (bucket: PolicyResource) => PolicyResource[] {
  const inStack = new Set(buckets);
  const byUrn = new Map<string, PolicyResource[]>();
  const byId = new Map<string, PolicyResource[]>();
  for (const b of buckets) {
    push(byUrn, b.urn, b);
    for (const id of bucketIds(b)) push(byId, id, b);
  }
  const of = new Map<PolicyResource, PolicyResource[]>();
  for (const c of companions) {
    const owners = new Set<PolicyResource>();
    const viaProperty = c.propertyDependencies?.["bucket"];
    const ref = viaProperty && viaProperty.length > 0 ? undefined : str(peek(c.props, "bucket"));
    if (viaProperty && viaProperty.length > 0) {
      for (const d of viaProperty) for (const b of byUrn.get(d.urn) ?? []) owners.add(b);
    } else if (ref !== undefined && [ref, withoutRegion(ref)].some((id) => byId.has(id))) {
      for (const id of [ref, withoutRegion(ref)]) for (const b of byId.get(id) ?? []) owners.add(b);
    } else {
      const deps = (c.dependencies ?? []).filter((d) => byUrn.has(d.urn));
      if (deps.length === 1) for (const b of byUrn.get(deps[0]!.urn)!) owners.add(b);
    }
    for (const b of owners) push(of, b, c);
  }
  return (bucket) => (inStack.has(bucket) ? [...(of.get(bucket) ?? [])] : companionsOf(bucket, companions, buckets));
}

/**
 * The companions (of `companionTypes`) of a bucket (of `bucketTypes`) among a stack's `resources`,
 * as {@link companionsOf} finds them; indexed once per policy run (see memo.ts) and types.
 */
export function companionsIn(resources: readonly PolicyResource[], companionTypes: readonly string[], bucketTypes: readonly string[]): (bucket: PolicyResource) => PolicyResource[] {
  return memoised(`companions:${companionTypes.join(",")}|${bucketTypes.join(",")}`, resources, () => companionIndex(ofTypes(resources, companionTypes), ofTypes(resources, bucketTypes)));
}

/**
 * The S3 endpoint of an `aws` resource's provider when it points somewhere other than AWS (an
 * S3-compatible service such as Hetzner's or OVHcloud's): AWS's own defaults do not apply there.
 * Provider inputs that are not strings arrive JSON-encoded.
 */
export function customS3Endpoint(r: PolicyResource): string | undefined {
  if (!r.type.startsWith("aws:")) return undefined;
  let endpoints = peek(r.provider?.props, "endpoints");
  if (typeof endpoints === "string") {
    try {
      endpoints = JSON.parse(endpoints);
    } catch {
      return undefined;
    }
  }
  const list = Array.isArray(endpoints) ? endpoints : endpoints !== null && typeof endpoints === "object" ? [endpoints] : [];
  for (const e of list) {
    const url = str(peek(e, "s3"));
    // AWS's own alternative endpoints (FIPS, VPC endpoints, the European Sovereign Cloud) are still S3.
    if (url) return /^(?:[a-z]+:\/\/)?[^/]*\.amazonaws\.(?:com|eu)(?:[:/]|$)/i.test(url) ? undefined : url;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// JSON policy documents (S3 and Scaleway bucket policies).

export interface Statement {
  readonly effect: string;
  /** Anyone (`"*"`, `{AWS: "*"}`, `{SCW: "*"}`) rather than fixed principals. */
  readonly anyone: boolean;
  readonly actions: readonly string[];
  readonly resources: readonly string[];
  /** `{ Operator: { key: value | value[] } }` as written. */
  readonly condition: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** A policy input (JSON string or object) as statements; `undefined` when it cannot be read. */
export function statements(policy: unknown): Statement[] | undefined {
  let doc: unknown = policy;
  if (typeof policy === "string") {
    try {
      doc = JSON.parse(policy);
    } catch {
      return undefined;
    }
  }
  if (doc === null || typeof doc !== "object") return undefined;
  assertKnown(doc, ["policy"]);
  const raw = at(doc, "Statement");
  const list = Array.isArray(raw) ? items(doc, "Statement") : raw !== undefined ? [raw] : [];
  return list.map((s) => {
    const principal = at(s, "Principal");
    const anyone = principal === "*" || (principal !== null && typeof principal === "object" && Object.values(principal).some((v) => strings(v).includes("*")));
    const condition = at(s, "Condition");
    return {
      effect: String(at(s, "Effect") ?? ""),
      anyone,
      actions: strings(at(s, "Action")),
      resources: strings(at(s, "Resource")),
      condition: condition !== null && typeof condition === "object" ? (condition as Statement["condition"]) : {},
    };
  });
}

/** Throw {@link UnknownValue} if any value inside `v` is unknown (through the SDK proxy, its own error). */
function assertKnown(v: unknown, path: Path): void {
  if (isUnknownSentinel(v)) throw new UnknownValue(path);
  if (v === null || typeof v !== "object") return;
  for (const [k, child] of Object.entries(v)) assertKnown(child, [...path, k]);
}

/** Lower-cased `key -> values` of the condition entries whose operator matches `op`. */
function conditionValues(s: Statement, op: (operator: string) => boolean): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [operator, entries] of Object.entries(s.condition)) {
    if (!op(operator.toLowerCase()) || entries === null || typeof entries !== "object") continue;
    for (const [key, value] of Object.entries(entries)) {
      const vals = Array.isArray(value) ? value.map(String) : [String(value)];
      out.set(key.toLowerCase(), [...(out.get(key.toLowerCase()) ?? []), ...vals]);
    }
  }
  return out;
}

/**
 * Condition keys that make a statement non-public when they hold fixed values (AWS S3 API
 * reference, PublicAccessBlockConfiguration: "Amazon S3 considers a bucket policy public unless …").
 */
const RESTRICTING_KEYS = ["aws:sourceip", "aws:sourcearn", "aws:sourcevpc", "aws:sourcevpce", "aws:sourceowner", "aws:sourceaccount", "s3:x-amz-server-side-encryption-aws-kms-key-id", "aws:userid"];

/** An Allow to anyone that no fixed-value condition narrows (a public grant). */
export function isPublicGrant(s: Statement): boolean {
  if (s.effect.toLowerCase() !== "allow" || !s.anyone) return false;
  const fixed = conditionValues(s, (op) => !op.startsWith("not") && !op.endsWith("ifexists"));
  for (const key of RESTRICTING_KEYS) {
    const vals = fixed.get(key);
    if (vals && vals.length > 0 && vals.every((v) => !v.includes("*") && !/\/0$/.test(v))) return false;
  }
  return true;
}

/** A Deny to anyone, for every S3 action on the objects, when `aws:SecureTransport` is false. */
export function deniesInsecureTransport(s: Statement): boolean {
  if (s.effect.toLowerCase() !== "deny" || !s.anyone) return false;
  if (!s.actions.some((a) => a === "*" || a.toLowerCase() === "s3:*")) return false;
  if (!s.resources.some((r) => r === "*" || r.endsWith("/*"))) return false;
  const secure = conditionValues(s, (op) => op === "bool" || op === "boolifexists").get("aws:securetransport") ?? [];
  return secure.some((v) => v.toLowerCase() === "false");
}
