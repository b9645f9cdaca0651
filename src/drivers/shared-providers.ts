/**
 * The provider every driver gives its children: the user's own (passed to the component through
 * `{ provider }`, `{ providers }` or inherited from a parent, validated by the component before
 * anything is created), otherwise one explicit provider per placement and credentials, shared by
 * every component of the program run placed there.
 *
 * "Once per program run": the registry is keyed by the Pulumi monitor the run talks to (the engine's
 * gRPC client, or the mock monitor `pulumi.runtime.setMocks` installs), so several runs in one
 * process (the offline engine, test files, a user's own tests calling `setMocks` again) never see a
 * provider registered by an earlier run. Within a run, the key is the package, the placement and a
 * fingerprint of the credentials (the provider's namespace of the stack config plus any per-component
 * setting that changes the provider, e.g. a GCP project override).
 *
 * A shared provider is parented to the stack, not to the first component that asked for it (a
 * provider shared by components must not be the child of one of them), and is named after its
 * placement (`aws-eu-central-1`). A second credentials set at the same placement in one run gets the
 * name plus a short hash of its fingerprint, so names stay unique and stable across runs.
 */
import { createHash } from "node:crypto";
import * as pulumi from "@pulumi/pulumi";
import type { DriverScope } from "./types";

interface RunRegistry {
  /** fingerprint key -> provider */
  readonly byKey: Map<string, pulumi.ProviderResource>;
  /** provider type + name -> fingerprint key that took it */
  readonly names: Map<string, string>;
}

const RUNS = new WeakMap<object, RunRegistry>();
/** Used when no monitor exists (a program evaluated outside any Pulumi run). */
const NO_MONITOR = {};
/** Bumped by {@link forgetSharedProviders}; part of every key. */
let generation = 0;

function registry(): RunRegistry {
  const monitor = (pulumi.runtime.getMonitor() as object | undefined) ?? NO_MONITOR;
  let run = RUNS.get(monitor);
  if (!run) {
    run = { byKey: new Map(), names: new Map() };
    RUNS.set(monitor, run);
  }
  return run;
}

/** A short, stable hash. */
export function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 8);
}

/**
 * The stack config of one namespace as a stable string (keys sorted), for fingerprints. Secret
 * values are included only through the hash the fingerprint becomes.
 */
export function configFingerprint(namespace: string): string {
  const all = pulumi.runtime.allConfig();
  const prefix = `${namespace}:`;
  return Object.keys(all)
    .filter((k) => k.startsWith(prefix))
    .sort()
    .map((k) => `${k}=${all[k]}`)
    .join("\n");
}

/** Provider names: lower-case letters, digits and hyphens (`aws-eu-central-1`, `azure-francecentral`). */
export function providerName(parts: readonly string[]): string {
  return parts
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * The shared provider for `pkg` at a placement: created on first use in this run, reused after.
 * `base` names it (see {@link providerName}); `fingerprint` is everything else that goes into its
 * arguments (credentials config, per-component settings that change the provider).
 */
export function sharedProvider<P extends pulumi.ProviderResource>(
  pkg: string,
  base: string,
  fingerprint: string,
  create: (name: string, opts: pulumi.CustomResourceOptions) => P,
): P {
  const run = registry();
  const key = `${generation}\u0000${pkg}\u0000${base}\u0000${fingerprint}`;
  const hit = run.byKey.get(key);
  if (hit) return hit as P;
  const nameKey = `${generation}\u0000${pkg}\u0000${base}`;
  const taken = run.names.get(nameKey);
  const name = taken === undefined || taken === key ? base : `${base}-${shortHash(fingerprint)}`;
  if (taken === undefined) run.names.set(nameKey, key);
  // No parent: the stack owns it, whichever component asked first.
  const provider = create(name, {});
  run.byKey.set(key, provider);
  return provider;
}

/**
 * The user's provider for `pkg` on this component: from its `provider`/`providers` options or
 * inherited from a parent. The component validated it against the placement before `super()`.
 */
export function userProvider<P extends pulumi.ProviderResource>(scope: Pick<DriverScope, "parent">, pkg: string): P | undefined {
  return scope.parent.getProvider(`${pkg}:index:Provider`) as P | undefined;
}

/** How {@link childProvider} names and keys the shared provider. */
export interface SharedProviderKey {
  /** The parts of its name (`["aws", "eu-central-1"]`, see {@link providerName}). */
  readonly name: readonly string[];
  /** The stack config namespace its credentials come from; defaults to the package. */
  readonly config?: string;
  /** What else its arguments depend on (a project, a zone, a Keystone URL), when anything does. */
  readonly distinct?: string;
}

/**
 * The provider for a component's children: the user's own for `pkg` ({@link userProvider}), else
 * the shared one ({@link sharedProvider}) named from `key.name` and fingerprinted by `key.distinct`
 * and the `key.config` stack config; `create` builds it on first use in the run.
 */
export function childProvider<P extends pulumi.ProviderResource>(
  scope: Pick<DriverScope, "parent">,
  pkg: string,
  key: SharedProviderKey,
  create: (name: string, opts: pulumi.CustomResourceOptions) => P,
): P {
  return userProvider<P>(scope, pkg) ?? sharedProvider(pkg, providerName(key.name), fingerprint(key.config ?? pkg, key.distinct), create);
}

/** The fingerprint of a shared provider: `distinct` (when given) and then the namespace's stack config. */
function fingerprint(namespace: string, distinct: string | undefined): string {
  const config = configFingerprint(namespace);
  return distinct === undefined ? config : `${distinct}\n${config}`;
}

/**
 * Forget every shared provider (the next component creates new ones). For test harnesses that
 * treat each test as a fresh program on the same mock monitor; a real run never needs it.
 * @internal
 */
export function forgetSharedProviders(): void {
  generation += 1;
}
