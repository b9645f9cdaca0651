/**
 * Run pack rules the way the engine runs them: through `policies(contract, [rule])` (the real
 * wrapper, including per-policy config) and `runPolicies` (the engine's arguments).
 */
import type { PolicyProviderResource } from "@pulumi/policy";
import type { ContractInput } from "../../src/contract/schema";
import { policies } from "../../src/policy/index";
import { runPolicies, type Diagnostic, type ResourceInput } from "../../src/policy/args";
import type { Rule } from "../../src/policy/rule";

/** A resource as the engine would pass it; the URN is built from type and name. */
export function res(type: string, name: string, props: Record<string, unknown>, extra: Partial<ResourceInput> = {}): ResourceInput {
  return { type, name, props, urn: `urn:pulumi:test::test::${type}::${name}`, ...extra };
}

/** A provider resource (`props` are its inputs; non-string inputs are JSON strings, as the engine sends them). */
export function provider(pkg: string, name: string, props: Record<string, unknown>): PolicyProviderResource {
  const type = `pulumi:providers:${pkg}`;
  return { type, name, urn: `urn:pulumi:test::test::${type}::${name}`, props };
}

/** Every diagnostic of `rule` over `resources`, under `contract` (pack-wide) and the policy's own `config`. */
export function diagnostics(
  rule: Rule,
  resources: readonly ResourceInput[],
  contract: ContractInput = "eu",
  config: object = {},
): Promise<Diagnostic[]> {
  return runPolicies(policies(contract, [rule]), resources, () => config);
}

/** Only the messages. */
export async function messages(
  rule: Rule,
  resources: readonly ResourceInput[],
  contract: ContractInput = "eu",
  config: object = {},
): Promise<string[]> {
  return (await diagnostics(rule, resources, contract, config)).map((d) => d.message);
}
