/** Small argument checks shared by the components; each returns problems instead of throwing. */
import type { EncryptionMode, ResidencyContract } from "../contract/schema";
import { problems, type Problem } from "../errors";

/** Report keys the args type does not know (JS/YAML callers, typos). */
export function unknownKeys(args: object, known: readonly string[], path = "args"): Problem[] {
  return Object.keys(args)
    .filter((k) => !known.includes(k))
    .map((k) =>
      problems.invalidArgument(
        `${path}.${k}`,
        `"${k}" is not an argument here.`,
        (args as Record<string, unknown>)[k],
        known.join(", "),
        "remove it or fix its spelling.",
      ),
    );
}

/** An optional integer within [min, max]. */
export function intInRange(path: string, value: unknown, min: number, max: number, unit: string): Problem[] {
  if (value === undefined) return [];
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    return [
      problems.invalidArgument(
        path,
        `must be a whole number of ${unit} between ${min} and ${max}.`,
        value,
        `${min}..${max}`,
        `set ${path} to a whole number in range.`,
      ),
    ];
  }
  return [];
}

export function optionalBoolean(path: string, value: unknown): Problem[] {
  if (value === undefined || typeof value === "boolean") return [];
  return [problems.invalidArgument(path, "must be true or false.", value, "true, false", `set ${path} to a boolean.`)];
}

export function optionalEnum<T extends string>(path: string, value: unknown, allowed: readonly T[]): Problem[] {
  if (value === undefined || (typeof value === "string" && (allowed as readonly string[]).includes(value))) return [];
  return [
    problems.invalidArgument(
      path,
      `must be one of ${allowed.join(", ")}.`,
      value,
      allowed.join(", "),
      `set ${path} to one of the allowed values.`,
    ),
  ];
}

/** Labels: a flat object of string values. */
export function labelMap(path: string, value: unknown): Problem[] {
  if (value === undefined) return [];
  if (typeof value !== "object" || value === null || Array.isArray(value) || Object.values(value).some((v) => typeof v !== "string")) {
    return [
      problems.invalidArgument(
        path,
        "must be an object of string values.",
        value,
        '{ "team": "platform" }',
        `give ${path} string keys and string values.`,
      ),
    ];
  }
  return [];
}

/** Overrides: an object whose keys are driver ids. */
export function overridesBlock(path: string, value: unknown, drivers: readonly string[]): Problem[] {
  if (value === undefined) return [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return [
      problems.invalidArgument(
        path,
        "must be an object with one block per provider.",
        value,
        drivers.join(", "),
        `write ${path} as { ${drivers[0]}: { ... } }.`,
      ),
    ];
  }
  return unknownKeys(value, drivers, path);
}

/** A component may ask for stricter encryption than its contract, never weaker. */
export function encryptionNotWeaker(encryption: EncryptionMode | undefined, contract: ResidencyContract, what: string): Problem[] {
  if (encryption === "provider-managed" && contract.encryption === "customer-managed") {
    return [
      problems.conflictingArguments(
        "args.encryption",
        `the contract requires customer-managed keys, but the ${what} asks for provider-managed keys.`,
        encryption,
        "drop args.encryption (the contract's value applies) or set it to customer-managed.",
      ),
    ];
  }
  return [];
}
