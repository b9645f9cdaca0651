/**
 * Explicit provider resources do not read their namespace's stack config (`azure-native:*`,
 * `gcp:*`) the way default providers do. Drivers forward the settings users put there with this,
 * each setting read with the type the provider expects; secrets stay secret.
 */
import * as pulumi from "@pulumi/pulumi";

export interface ForwardedKeys {
  readonly strings?: readonly string[];
  readonly booleans?: readonly string[];
  /** Read as objects/lists (JSON in config). */
  readonly objects?: readonly string[];
  /** Read with `getSecret`, so they stay encrypted in the state. */
  readonly secrets?: readonly string[];
}

/** The settings of `namespace` that are set in the stack config, typed per `keys`. */
export function forwardConfig(namespace: string, keys: ForwardedKeys): Record<string, unknown> {
  const cfg = new pulumi.Config(namespace);
  const out: Record<string, unknown> = {};
  const put = (key: string, value: unknown) => {
    if (value !== undefined) out[key] = value;
  };
  for (const k of keys.strings ?? []) put(k, cfg.get(k));
  for (const k of keys.booleans ?? []) put(k, cfg.getBoolean(k));
  for (const k of keys.objects ?? []) put(k, cfg.getObject(k));
  for (const k of keys.secrets ?? []) put(k, cfg.getSecret(k));
  return out;
}
