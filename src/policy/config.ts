/**
 * The policy pack's configuration: the residency contract, in the same shape as the
 * `sovereign-cloud:residency` stack config (a preset and/or clause overrides), from the same zod
 * schema.
 *
 * How a policy finds its contract, so that nobody repeats it per policy:
 * 1. the pack-wide contract: the argument of `policies(contract)`, else the environment variable
 *    `SOVEREIGN_CLOUD_RESIDENCY` (a preset name, or the contract as JSON), else the `eu` preset;
 * 2. the policy's own `--policy-pack-config` entry, if it names any contract field: a `preset` there
 *    starts over from that preset; other fields override the pack-wide contract's.
 * Every policy accepts the same properties (the contract's), so one block can be pasted for any of
 * them. The JSON schema has no `default`s on purpose: the CLI would fill them into every policy's
 * config and so override the pack-wide contract. Defaults are applied here, in code.
 */
import { z } from "zod";
import type { PolicyConfigSchema } from "@pulumi/policy";
import { parseContract } from "../contract/parse";
import { PRESET_NAMES } from "../contract/presets";
import { residencyContractSchema, type ContractInput, type ResidencyContract } from "../contract/schema";
import type { Problem } from "../errors";

/** Environment variable holding the pack-wide contract (preset name or JSON). */
export const CONTRACT_ENV = "SOVEREIGN_CLOUD_RESIDENCY";

const DESCRIPTIONS: Readonly<Record<string, string>> = {
  preset: "Contract preset to start from (fields given next to it override it). Absent: the pack-wide contract, else the eu preset.",
  dataLocation: "Where data may live: eu, eea, eu-data-boundary (EU + EFTA), adequacy (EEA + full GDPR adequacy).",
  countries: 'Narrows dataLocation to these ISO 3166-1 alpha-2 countries (e.g. ["DE", "FR"]).',
  providerControl: "eu: the operator must be headquartered and controlled in the EU/EEA (Gaia-X Label 3 style).",
  certifications: "Certifications the region or provider must hold, confirmed in the catalog.",
  encryption: "Encryption at rest: any, provider-managed, customer-managed.",
  replication: "same-region: no copy outside the region; within-contract: copies only where the contract allows.",
};

/** The contract as a policy `configSchema`: the partial (input) form of the zod schema; no defaults, no enforcementLevel. */
export function contractConfigSchema(): PolicyConfigSchema {
  const json = z.toJSONSchema(residencyContractSchema.partial(), { io: "input" }) as {
    properties?: Record<string, Record<string, unknown>>;
  };
  const properties: PolicyConfigSchema["properties"] = {};
  for (const [key, schema] of Object.entries(json.properties ?? {})) {
    const withEnum = key === "preset" ? { ...schema, enum: [...PRESET_NAMES] } : schema;
    properties[key] = {
      ...withEnum,
      ...(DESCRIPTIONS[key] ? { description: DESCRIPTIONS[key] } : {}),
    } as PolicyConfigSchema["properties"][string];
  }
  return { properties };
}

function problemText(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.code} ${p.path}: ${p.message}${p.allowed ? ` (allowed: ${p.allowed})` : ""}`).join("; ");
}

/** Parse a contract or throw an error naming where it came from. */
export function requireContract(input: unknown, path: string): ResidencyContract {
  const parsed = parseContract(input, path);
  if (parsed.value === undefined) throw new Error(`${path} is not a valid residency contract: ${problemText(parsed.problems)}`);
  return parsed.value;
}

/** The pack-wide contract: the given one, else `SOVEREIGN_CLOUD_RESIDENCY`, else the `eu` preset. */
export function packContract(given?: ContractInput | ResidencyContract, env: NodeJS.ProcessEnv = process.env): ResidencyContract {
  if (given !== undefined) return requireContract(given, "policies(contract)");
  const raw = env[CONTRACT_ENV]?.trim();
  if (!raw) return requireContract("eu", "default contract");
  let input: unknown = raw;
  if (raw.startsWith("{")) {
    try {
      input = JSON.parse(raw);
    } catch (e) {
      throw new Error(`${CONTRACT_ENV} is neither a preset name nor valid JSON: ${(e as Error).message}`, { cause: e });
    }
  }
  return requireContract(input, CONTRACT_ENV);
}

/** Keys of a policy config that are contract fields (the engine may add others, e.g. empty objects). */
const CONTRACT_KEYS = new Set(Object.keys(residencyContractSchema.shape));

/**
 * The contract one policy applies: the pack-wide contract, with the policy's own config on top
 * (a `preset` there starts over from that preset). Throws when the result is not a valid contract.
 */
export function contractFor(base: ResidencyContract, config: Readonly<Record<string, unknown>>, policyName: string): ResidencyContract {
  const given = Object.fromEntries(Object.entries(config).filter(([k, v]) => v !== undefined && k !== "enforcementLevel"));
  if (Object.keys(given).length === 0) return base;
  const unknown = Object.keys(given).filter((k) => !CONTRACT_KEYS.has(k));
  const input = typeof given.preset === "string" || unknown.length > 0 ? given : { ...base, ...given };
  return requireContract(input, `policy config "${policyName}"`);
}
