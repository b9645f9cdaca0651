/**
 * Validation of a driver's `overrides.<driver>` blocks with zod: each driver declares, per
 * component, one schema whose fields carry the problem to report (message, what is allowed, how to
 * fix), and {@link overrideProblems} turns zod's issues into those problems, one per field, at
 * `<path>.<field>`. The TypeScript interfaces in each driver's overrides.ts stay the documented
 * public API; a schema is checked against its interface at compile time (`OverrideFields<T>`).
 */
import { z } from "zod";
import { problems, type Problem } from "../errors";

/** One override field: its zod schema (`undefined` is always accepted) and the problem when it fails. */
export interface OverrideField {
  readonly schema: z.ZodType;
  readonly message: string;
  readonly allowed: string;
  /** How to fix it; `{path}` stands for the field's full path. */
  readonly fix: string;
}

/** A schema per field of the overrides interface `T` (fields the driver does not validate may be left out). */
export type OverrideFields<T> = { readonly [K in keyof T]-?: OverrideField };

/** How a block is read. */
export interface OverrideBlock<T> {
  /** The block's path: `overrides.hetzner`, `args.overrides.azure`. */
  readonly path: string;
  readonly fields: Partial<OverrideFields<T>>;
  /** Report keys the block does not know (a typo would otherwise be ignored silently). @default false */
  readonly strict?: { readonly message: string };
}

/** `true` or `false`. */
export function flag(fix = "set {path} to a boolean."): OverrideField {
  return { schema: z.boolean(), message: "must be true or false.", allowed: "true, false", fix };
}

/** A string with something in it besides white space. */
export function text(allowed: string, fix = "set {path} or leave it out."): OverrideField {
  return { schema: z.string().refine((s) => s.trim() !== ""), message: "must be a non-empty string.", allowed, fix };
}

/** One of `values`. */
export function oneOf(
  values: readonly string[],
  message = "is not one of the allowed values.",
  fix = `use one of ${values.join(", ")}.`,
): OverrideField {
  return { schema: z.enum(values as [string, ...string[]]), message, allowed: values.join(", "), fix };
}

/** A whole number in [min, max]. */
export function wholeNumber(min: number, max: number, message: string, allowed: string, fix: string): OverrideField {
  return { schema: z.number().int().min(min).max(max), message, allowed, fix };
}

/** A string matching `pattern`. */
export function matching(pattern: RegExp, message: string, allowed: string, fix: string): OverrideField {
  return { schema: z.string().regex(pattern), message, allowed, fix };
}

/**
 * The block's problems: "must be an object" when it is not one, else one problem per field that
 * fails its schema (and, with `strict`, per key the block does not know), in the order of `fields`.
 */
export function overrideProblems<T>(block: OverrideBlock<T>, value: unknown): Problem[] {
  if (value === undefined) return [];
  const names = Object.keys(block.fields);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return [
      problems.invalidArgument(
        block.path,
        "must be an object.",
        value,
        names.join(", "),
        `write ${block.path} as { ${names[0] ?? "..."}: ... }.`,
      ),
    ];
  }
  const record = value as Readonly<Record<string, unknown>>;
  const shape = Object.fromEntries(Object.entries(block.fields as Record<string, OverrideField>).map(([k, f]) => [k, f.schema.optional()]));
  const result = z.object(shape).safeParse(record);
  const failed = new Set(result.success ? [] : result.error.issues.map((i) => String(i.path[0])));
  const found: Problem[] = [];
  if (block.strict) {
    for (const k of Object.keys(record).filter((k) => !names.includes(k))) {
      found.push(
        problems.invalidArgument(`${block.path}.${k}`, block.strict.message, k, names.join(", "), "remove it or fix its spelling."),
      );
    }
  }
  for (const [k, f] of Object.entries(block.fields as Record<string, OverrideField>)) {
    if (!failed.has(k)) continue;
    const path = `${block.path}.${k}`;
    found.push(problems.invalidArgument(path, f.message, record[k], f.allowed, f.fix.replaceAll("{path}", path)));
  }
  return found;
}
