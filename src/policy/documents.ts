/**
 * JSON policy documents (IAM style: S3, Scaleway bucket policies, ECR/SQS/SNS resource policies):
 * statements, public grants, TLS-only denies.
 */
import { at, isUnknownSentinel, items, strings, UnknownValue, type Path } from "./read";

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
    const anyone =
      principal === "*" ||
      (principal !== null && typeof principal === "object" && Object.values(principal).some((v) => strings(v).includes("*")));
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
const RESTRICTING_KEYS = [
  "aws:sourceip",
  "aws:sourcearn",
  "aws:sourcevpc",
  "aws:sourcevpce",
  "aws:sourceowner",
  "aws:sourceaccount",
  "s3:x-amz-server-side-encryption-aws-kms-key-id",
  "aws:userid",
];

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
