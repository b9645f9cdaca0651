/** Small argument checks shared by the components; each returns problems instead of throwing. */
import ipaddr from "ipaddr.js";
import type { EncryptionMode, ResidencyContract } from "../contract/schema";
import { problems, type Problem } from "../errors";

/** A plain object: not null, not a list. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

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
  return value === undefined ? [] : wholeNumber(path, value, min, max, unit);
}

/** A required integer within [min, max]; `fix` says how to correct it. */
export function wholeNumber(
  path: string,
  value: unknown,
  min: number,
  max: number,
  unit: string,
  fix = `set ${path} to a whole number in range.`,
): Problem[] {
  if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= max) return [];
  return [problems.invalidArgument(path, `must be a whole number of ${unit} between ${min} and ${max}.`, value, `${min}..${max}`, fix)];
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

/** The problem with an argument that must be a list of `items` (`expected` shows one, `fix` says how). */
export function notAList(path: string, value: unknown, items: string, expected: string, fix: string): Problem {
  return problems.invalidArgument(path, `must be a list of ${items}.`, value, expected, fix);
}

/** Source CIDRs allowed to reach `service`: each a valid CIDR (else `expected` shows one), none the whole internet. */
export function sourceCidrs(path: string, list: readonly unknown[], service: string, expected: string): Problem[] {
  return list.flatMap((cidr, i) => {
    const at = `${path}[${i}]`;
    if (typeof cidr !== "string" || !ipaddr.isValidCIDR(cidr))
      return [problems.invalidCidr(at, cidr, "it is not in a.b.c.d/n (or IPv6/n) form", expected)];
    return ipaddr.parseCIDR(cidr)[1] === 0 ? [problems.adminPortOpenToWorld(at, service, cidr)] : [];
  });
}

/** The args every component has besides its own: `labels`, and `overrides` with one block per driver in `drivers`. */
export function labelsAndOverrides(
  args: { readonly labels?: unknown; readonly overrides?: unknown },
  drivers: readonly string[],
): Problem[] {
  return [...labelMap("args.labels", args.labels), ...overridesBlock("args.overrides", args.overrides, drivers)];
}

/** Labels: a flat object of string values. */
export function labelMap(path: string, value: unknown): Problem[] {
  if (value === undefined) return [];
  if (!isRecord(value) || Object.values(value).some((v) => typeof v !== "string")) {
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
  if (!isRecord(value)) {
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

/**
 * The contract check of a component with an `encryption` arg (`what` names it in the message): it
 * may ask for stricter encryption than its contract, never weaker.
 */
export function encryptionNotWeaker(what: string) {
  return (args: { readonly encryption?: EncryptionMode }, contract: ResidencyContract): Problem[] => {
    if (args.encryption === "provider-managed" && contract.encryption === "customer-managed") {
      return [
        problems.conflictingArguments(
          "args.encryption",
          `the contract requires customer-managed keys, but the ${what} asks for provider-managed keys.`,
          args.encryption,
          "drop args.encryption (the contract's value applies) or set it to customer-managed.",
        ),
      ];
    }
    return [];
  };
}
