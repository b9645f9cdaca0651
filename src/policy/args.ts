/**
 * Run `@pulumi/policy` policies in-process with the arguments the policy engine would give them
 * (`ResourceValidationArgs` / `StackValidationArgs`, as built in @pulumi/policy `server.js`): used by
 * the offline `plan` and by tests. `props` are the resource's inputs, `provider.props` its provider's
 * inputs (for a default provider: the provider namespace's stack config), `getConfig()` the policy's
 * config after defaults were applied (the CLI does that; see pulumi-mechanics §2.4).
 */
import { memoised, withRunMemo } from "./memo";
import type {
  EnforcementLevel,
  Policies,
  PolicyProviderResource,
  PolicyResource,
  PolicyResourceOptions,
  ResourceValidationArgs,
  StackValidationArgs,
} from "@pulumi/policy";

/** What a policy needs to know about one resource. */
export interface ResourceInput {
  readonly type: string;
  readonly name: string;
  readonly props: Record<string, any>;
  readonly urn?: string;
  readonly provider?: PolicyProviderResource;
  /** URN of the parent resource. */
  readonly parent?: string;
  readonly protect?: boolean;
  /** URNs of the resources this one depends on. */
  readonly dependencies?: readonly string[];
  /** Per input, the URNs of the resources its value comes from. */
  readonly propertyDependencies?: Readonly<Record<string, readonly string[]>>;
}

/** One reported violation, as the engine would print it. */
export interface Diagnostic {
  readonly policyName: string;
  readonly enforcementLevel: EnforcementLevel;
  readonly message: string;
  /** The resource the violation is about (for stack policies: the URN they passed, if any). */
  readonly urn?: string;
  /** Set when the rule cannot tell: what it could not read (the third argument a rule passes to its report). */
  readonly cannotTell?: { readonly unreadable: string };
}

/** Thrown by `notApplicable()`, as in the policy SDK. */
class NotApplicable extends Error {}

function typeToken(cls: any): string | undefined {
  return cls?.__pulumiType;
}

export function urnOf(r: Pick<ResourceInput, "type" | "name" | "urn">, stack = "plan", project = "project"): string {
  return r.urn ?? `urn:pulumi:${stack}::${project}::${r.type}::${r.name}`;
}

function options(r: ResourceInput): PolicyResourceOptions {
  return {
    protect: r.protect ?? false,
    ignoreChanges: [],
    aliases: [],
    customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
    additionalSecretOutputs: [],
    ...(r.parent === undefined ? {} : { parent: r.parent }),
  };
}

/** What the engine gives about one resource, both to a resource policy and in a stack policy's list. */
function resourceFields(r: ResourceInput) {
  return {
    type: r.type,
    props: r.props,
    urn: urnOf(r),
    name: r.name,
    opts: options(r),
    ...(r.provider === undefined ? {} : { provider: r.provider }),
    isType: (cls: any) => typeToken(cls) === r.type,
    asType: (cls: any) => (typeToken(cls) === r.type ? (r.props as any) : undefined),
  };
}

/** The policy's config and `notApplicable()`, as the engine gives them to every policy. */
function policyFields(config: object): Pick<StackValidationArgs, "stackTags" | "getConfig" | "notApplicable"> {
  return {
    stackTags: new Map(),
    getConfig: <T extends object>() => config as T,
    notApplicable: (reason?: string): never => {
      throw new NotApplicable(reason);
    },
  };
}

/** The `ResourceValidationArgs` the engine would pass for `r`, with `config` as the policy's config. */
export function resourceValidationArgs(r: ResourceInput, config: object = {}): ResourceValidationArgs {
  return { ...resourceFields(r), ...policyFields(config) };
}

/**
 * The stack's resources as the policy engine links them (`PolicyResource`s; parents and
 * dependencies by URN). Within a run (`runPolicies`, see `./memo`) built once per input array:
 * every stack policy, and `locateResources`, get the same array (the rules only read it), so
 * per-stack indexes keyed on it (`locateAll`, `companionsIn`) are built once too.
 */
function policyResources(resources: readonly ResourceInput[]): readonly PolicyResource[] {
  return memoised("policyResources", resources, link);
}

function link(resources: readonly ResourceInput[]): readonly PolicyResource[] {
  const byUrn = new Map<string, PolicyResource>();
  const built = resources.map((r) => {
    const pr: PolicyResource = { ...resourceFields(r), dependencies: [], propertyDependencies: {} };
    byUrn.set(pr.urn, pr);
    return { pr, r };
  });
  for (const { pr, r } of built) {
    const parent = r.parent === undefined ? undefined : byUrn.get(r.parent);
    if (parent) pr.parent = parent;
    pr.dependencies = (r.dependencies ?? []).map((u) => byUrn.get(u)).filter((d): d is PolicyResource => d !== undefined);
    for (const [key, urns] of Object.entries(r.propertyDependencies ?? {})) {
      pr.propertyDependencies[key] = urns.map((u) => byUrn.get(u)).filter((d): d is PolicyResource => d !== undefined);
    }
  }
  return built.map((b) => b.pr);
}

/**
 * The `StackValidationArgs` for a whole stack; parents and dependencies are linked by URN. Within
 * a run, calls with the same `resources` array share one `resources` list (read-only for the rules).
 */
export function stackValidationArgs(resources: readonly ResourceInput[], config: object = {}): StackValidationArgs {
  return { resources: policyResources(resources) as PolicyResource[], ...policyFields(config) };
}

/**
 * Run every policy over the resources (resource policies once per resource, stack policies once)
 * and collect the diagnostics. `configFor(name)` gives each policy's config (defaults applied);
 * policies whose level is `disabled` are skipped.
 */
export function runPolicies(
  policies: Policies,
  resources: readonly ResourceInput[],
  configFor: (policyName: string) => object = () => ({}),
): Promise<Diagnostic[]> {
  return withRunMemo(() => runAll(policies, resources, configFor));
}

async function runAll(
  policies: Policies,
  resources: readonly ResourceInput[],
  configFor: (policyName: string) => object,
): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  for (const p of policies) {
    const level = p.enforcementLevel ?? "advisory";
    if (level === "disabled") continue;
    const config = configFor(p.name);
    // The engine's report takes (message, urn); our rules may pass a structured "cannot tell" third (rule.ts).
    const report = (urn: string | undefined) => (message: string, violationUrn?: string, cannotTell?: { unreadable: string }) => {
      out.push({
        policyName: p.name,
        enforcementLevel: level,
        message,
        ...((violationUrn ?? urn) === undefined ? {} : { urn: violationUrn ?? urn }),
        ...(cannotTell ? { cannotTell: { unreadable: cannotTell.unreadable } } : {}),
      });
    };
    try {
      if ("validateResource" in p) {
        const validators =
          p.validateResource === undefined ? [] : Array.isArray(p.validateResource) ? p.validateResource : [p.validateResource];
        for (const r of resources) {
          const args = resourceValidationArgs(r, config);
          for (const v of validators) {
            try {
              // Rules are synchronous: await only what returns a promise (one microtask less per resource and rule).
              const result: unknown = v(args, report(args.urn));
              if (isPromise(result)) await result;
            } catch (e) {
              if (!(e instanceof NotApplicable)) throw e;
            }
          }
        }
      } else if ("validateStack" in p) {
        const result: unknown = p.validateStack(stackValidationArgs(resources, config), report(undefined));
        if (isPromise(result)) await result;
      }
    } catch (e) {
      if (!(e instanceof NotApplicable)) throw e;
    }
  }
  return out;
}

function isPromise(v: unknown): v is PromiseLike<unknown> {
  return typeof (v as PromiseLike<unknown> | undefined)?.then === "function";
}
