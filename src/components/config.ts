/**
 * Stack config of sovereign-cloud as the components read it: through `pulumi.Config`. The keys and
 * how their values are parsed live in contract/stack-config.ts (shared with offline and cli).
 */
import * as pulumi from "@pulumi/pulumi";
import { CONFIG_NAMESPACE, parseConfigValue, type ConfigKeyName, type ConfigValue } from "../contract/stack-config";

export { CONFIG_NAMESPACE, RESIDENCY_KEY, TARGET_KEY, type ConfigValue } from "../contract/stack-config";

/** Read one sovereign-cloud config key: JSON objects are parsed, anything else stays a string. */
export function readConfig(key: ConfigKeyName): ConfigValue {
  return parseConfigValue(key, new pulumi.Config(CONFIG_NAMESPACE).get(key));
}
