/**
 * Stack config of sovereign-cloud: `sovereign-cloud:target` and `sovereign-cloud:residency`.
 * Both accept a string (`aws:eu-central-1`, `gaia-x-l3`) or an object (YAML in the stack file,
 * which Pulumi hands to the program as JSON).
 */
import * as pulumi from "@pulumi/pulumi";
import { problems, type Problem } from "../errors";

export const CONFIG_NAMESPACE = "sovereign-cloud";
export const TARGET_KEY = `${CONFIG_NAMESPACE}:target`;
export const RESIDENCY_KEY = `${CONFIG_NAMESPACE}:residency`;

export interface ConfigValue {
  /** The parsed value, or `undefined` when the key is not set. */
  readonly value?: unknown;
  readonly problems: Problem[];
  /** The trimmed config text the value was read from (a memo key: equal text, equal value). */
  readonly raw?: string;
}

/** Read one sovereign-cloud config key: JSON objects are parsed, anything else stays a string. */
export function readConfig(key: "target" | "residency"): ConfigValue {
  const raw = new pulumi.Config(CONFIG_NAMESPACE).get(key);
  if (raw === undefined || raw.trim() === "") return { problems: [] };
  const text = raw.trim();
  if (!text.startsWith("{") && !text.startsWith("[") && !text.startsWith('"')) return { value: text, problems: [], raw: text };
  try {
    return { value: JSON.parse(text) as unknown, problems: [], raw: text };
  } catch (e) {
    return { problems: [problems.configInvalid(`${CONFIG_NAMESPACE}:${key}`, raw, `it is not valid JSON (${(e as Error).message})`)] };
  }
}
