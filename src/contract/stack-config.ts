/**
 * The stack-config keys of sovereign-cloud and how their values are parsed, in one place for the
 * components (read through `pulumi.Config`, components/config.ts), the offline engine (read from
 * the stack file's config map, offline/evaluate.ts) and the CLI (read from a stack file's YAML,
 * cli/regions.ts). Pure: no Pulumi.
 *
 * - `sovereign-cloud:target`: where to deploy, a string (`aws:eu-central-1`) or an object.
 * - `sovereign-cloud:residency`: the contract, a preset name (`gaia-x-l3`) or an object; `eu`
 *   when unset (DEFAULT_PRESET).
 *
 * Pulumi hands an object value (YAML in the stack file) to the program as JSON text, so a value
 * whose text starts with `{`, `[` or `"` is parsed as JSON; anything else stays a string.
 */
import { problems, type Problem } from "../errors";

export const CONFIG_NAMESPACE = "sovereign-cloud";
/** The keys, without the namespace. */
export type ConfigKeyName = "target" | "residency";
export const TARGET_KEY = `${CONFIG_NAMESPACE}:target`;
export const RESIDENCY_KEY = `${CONFIG_NAMESPACE}:residency`;

/** The fully qualified key (`sovereign-cloud:<name>`). */
export function configKey(name: ConfigKeyName): string {
  return `${CONFIG_NAMESPACE}:${name}`;
}

export interface ConfigValue {
  /** The parsed value, or `undefined` when the key is not set (or its JSON is invalid). */
  readonly value?: unknown;
  readonly problems: Problem[];
  /** The trimmed config text the value was read from (a memo key: equal text, equal value). */
  readonly raw?: string;
  /** The JSON parser's message, when the text looked like JSON and is not valid. */
  readonly invalidJson?: string;
}

/** Parse the text of a sovereign-cloud config key: JSON objects (and quoted strings) are parsed, anything else stays a string. */
export function parseConfigValue(name: ConfigKeyName, raw: string | undefined): ConfigValue {
  if (raw === undefined || raw.trim() === "") return { problems: [] };
  const text = raw.trim();
  if (!/^[{["]/.test(text)) return { value: text, problems: [], raw: text };
  try {
    return { value: JSON.parse(text) as unknown, problems: [], raw: text };
  } catch (e) {
    const invalidJson = (e as Error).message;
    return { problems: [problems.configInvalid(configKey(name), raw, `it is not valid JSON (${invalidJson})`)], invalidJson };
  }
}

/** The key's value in a stack's config map (fully qualified keys to text, as the stack file and `pulumi config` hold them). */
export function stackConfigValue(config: Readonly<Record<string, string>>, name: ConfigKeyName): ConfigValue {
  return parseConfigValue(name, config[configKey(name)]);
}

/** The contract a parsed YAML stack file holds (`config["sovereign-cloud:residency"]`), or `undefined` when it holds none. */
export function residencyInStackFile(doc: unknown): { readonly found: boolean; readonly value?: unknown } {
  const config = (doc as { config?: Record<string, unknown> } | null)?.config;
  if (config === null || typeof config !== "object" || !(RESIDENCY_KEY in config)) return { found: false };
  return { found: true, value: config[RESIDENCY_KEY] };
}
