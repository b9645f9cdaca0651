/**
 * Turn what users write (a preset name, or an object with an optional preset and overrides) into a
 * full {@link ResidencyContract}, collecting every problem.
 */
import { closest } from "./suggest";
import { allowedCountries } from "./locations";
import { DEFAULT_PRESET, isPresetName, PRESET_NAMES, presetContract } from "./presets";
import { contractInputSchema, residencyContractSchema, type ResidencyContract } from "./schema";
import { problems, show, type Problem } from "../errors";

export interface ParseResult<T> {
  readonly value?: T;
  readonly problems: Problem[];
}

/**
 * Parse a contract. `path` names where it came from in messages (`args.residency`,
 * `sovereign-cloud:residency`).
 */
export function parseContract(input: unknown, path: string): ParseResult<ResidencyContract> {
  const shape = contractInputSchema.safeParse(input);
  if (!shape.success) {
    return { problems: zodProblems(shape.error.issues, path, input) };
  }
  const raw = shape.data;
  const presetName = typeof raw === "string" ? raw : raw.preset;
  const found: Problem[] = [];
  let base = presetContract(DEFAULT_PRESET);
  if (presetName !== undefined) {
    if (isPresetName(presetName)) base = presetContract(presetName);
    else {
      found.push(
        problems.unknownPreset(
          typeof raw === "string" ? path : `${path}.preset`,
          presetName,
          PRESET_NAMES,
          closest(presetName, PRESET_NAMES),
        ),
      );
      return { problems: found };
    }
  }
  const overrides = typeof raw === "string" ? {} : raw;
  const merged = residencyContractSchema.safeParse({ ...base, ...stripUndefined(overrides), preset: presetName });
  if (!merged.success) return { problems: zodProblems(merged.error.issues, path, input) };
  const contract = merged.data;
  found.push(...conflicts(contract, path));
  return found.length > 0 ? { problems: found } : { value: contract, problems: [] };
}

/** Clauses that contradict each other. */
function conflicts(c: ResidencyContract, path: string): Problem[] {
  const out: Problem[] = [];
  if (c.countries) {
    const allowed = allowedCountries(c.dataLocation);
    const outside = c.countries.filter((cc) => !allowed.has(cc));
    if (outside.length > 0) {
      out.push(
        problems.contractConflict(
          `${path}.countries`,
          `${outside.join(", ")} ${outside.length === 1 ? "is" : "are"} outside dataLocation "${c.dataLocation}"`,
          c.countries,
          `remove ${outside.join(", ")} from countries, or widen dataLocation (eu < eea < eu-data-boundary < adequacy).`,
        ),
      );
    }
    out.push(...listedTwice(`${path}.countries`, c.countries, "country"));
  }
  out.push(...listedTwice(`${path}.certifications`, c.certifications, "certification"));
  return out;
}

/** A conflict naming the values listed more than once, if any (`what`: `country`, `certification`). */
function listedTwice(path: string, values: readonly string[], what: string): Problem[] {
  const dupes = values.filter((x, i) => values.indexOf(x) !== i);
  if (dupes.length === 0) return [];
  return [problems.contractConflict(path, `${[...new Set(dupes)].join(", ")} listed twice`, values, `list each ${what} once.`)];
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
}

/** One problem per zod issue, with the received value and what is allowed. */
export function zodProblems(issues: readonly ZodIssueLike[], path: string, input: unknown): Problem[] {
  return issues.flatMap((issue) => {
    // The union's string branch is not what an object author meant: report the object branch's issues.
    if (issue.code === "invalid_union" && "errors" in issue) {
      const branches = (issue as unknown as { errors: ZodIssueLike[][] }).errors;
      const objectBranch = typeof input === "object" && input !== null ? branches[1] : undefined;
      if (objectBranch) return zodProblems(objectBranch, path, input);
      return [
        problems.contractInvalid(path, "expected a preset name or an object", input, `a preset (${PRESET_NAMES.join(", ")}) or an object`),
      ];
    }
    const where = [path, ...issue.path.map(String)].join(".");
    const received = valueAt(input, issue.path);
    if (issue.code === "unrecognized_keys" && issue.keys) {
      const known = Object.keys(residencyContractSchema.shape);
      return issue.keys.map((k) => {
        const hint = closest(k, known);
        return problems.contractInvalid(
          `${where}.${k}`,
          `unknown field "${k}"${hint.length ? ` (did you mean "${hint[0]}"?)` : ""}`,
          (received as Record<string, unknown>)?.[k],
          `fields: ${known.join(", ")}`,
        );
      });
    }
    const allowed = issue.values ? issue.values.map((v) => show(v)).join(", ") : undefined;
    return [problems.contractInvalid(where, issue.message, received, allowed)];
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}
