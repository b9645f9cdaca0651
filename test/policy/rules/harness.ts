/**
 * Run one security rule the way the pack will: wrapped into a `@pulumi/policy` policy and driven
 * by `runPolicies` with the engine's arguments (src/policy/args.ts).
 */
import * as proxyModule from "@pulumi/policy/proxy";
import type { Policy, PolicyProviderResource, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { parseContract } from "../../../src/contract/parse";
import type { ResidencyContract } from "../../../src/contract/schema";
import { runPolicies, type Diagnostic, type ResourceInput } from "../../../src/policy/args";
import type { Rule } from "../../../src/policy/rule";

/** A contract from a preset name or overrides (throws on a bad one). */
export function contract(input: unknown = "eu"): ResidencyContract {
  const parsed = parseContract(input, "test");
  if (!parsed.value) throw new Error(`bad contract: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

export function asPolicy(rule: Rule, c: ResidencyContract): Policy {
  const info = { name: rule.name, description: rule.description, enforcementLevel: rule.enforcementLevel };
  if (rule.kind === "resource") {
    const p: ResourceValidationPolicy = { ...info, validateResource: (args, report) => rule.validate(args, c, report) };
    return p;
  }
  const p: StackValidationPolicy = { ...info, validateStack: (args, report) => rule.validate(args, c, report) };
  return p;
}

/** Every diagnostic of `rule` over `resources`. */
export function diagnostics(rule: Rule, resources: readonly ResourceInput[], c: ResidencyContract = contract()): Promise<Diagnostic[]> {
  return runPolicies([asPolicy(rule, c)], resources);
}

/** Only the messages, in order. */
export async function messages(rule: Rule, resources: readonly ResourceInput[], c: ResidencyContract = contract()): Promise<string[]> {
  return (await diagnostics(rule, resources, c)).map((d) => d.message);
}

/** A resource input with a URN built from type and name. */
export function res(type: string, name: string, props: Record<string, any>, extra: Partial<ResourceInput> = {}): ResourceInput {
  return { type, name, props, urn: `urn:pulumi:test::test::${type}::${name}`, ...extra };
}

export function provider(type: string, name: string, props: Record<string, any>): PolicyProviderResource {
  return { type, name, urn: `urn:pulumi:test::test::${type}::${name}`, props };
}

/** The engine's sentinel for a string not known during preview. */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** A deep copy with `mutate` applied (fixtures stay untouched). */
export function mutated<T>(value: T, mutate: (copy: T) => void): T {
  const copy = structuredClone(value);
  mutate(copy);
  return copy;
}

/** The policy SDK's unknown-checking proxy and its error (exported at runtime; its .d.ts is `export {}`). */
export const sdkProxy = proxyModule as unknown as {
  unknownCheckingProxy<T>(value: T): T;
  UnknownValueError: new (...args: never[]) => Error;
};
