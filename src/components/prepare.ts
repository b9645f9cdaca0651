/**
 * The validation pipeline every component runs before `super()`: args, placement, contract, the
 * user's own provider (when the resource options carry one), driver checks. All problems are
 * collected and thrown once; nothing is registered on failure.
 */
import type * as pulumi from "@pulumi/pulumi";
import type { PortableService } from "../catalog/types";
import type { TargetInput } from "../contract/target";
import type { ResidencyContract } from "../contract/schema";
import { problems, throwIfAny, type Problem } from "../errors";
import { childLabels, resolveContext, type PlacementArgs, type ResolvedContext } from "./context";
import { checkUserProviders } from "./providers";
import { unmetNeeds, type Feature } from "../drivers/capabilities";
import type { CheckContext, DriverScope } from "../drivers/types";

export interface PreparedContext extends ResolvedContext {
  readonly labels: Readonly<Record<string, string>>;
}

export interface PrepareSteps<A, S> {
  /** Checks that need nothing but the args. */
  readonly checkArgs: (args: A) => Problem[];
  /** Checks that need the contract (run when it parsed). */
  readonly checkWithContract?: (args: A, contract: ResidencyContract) => Problem[];
  /** Extra checks that need the placement (e.g. the VM's network is in the same region). */
  readonly checkWithContext?: (args: A, ctx: ResolvedContext) => Problem[];
  /** Build the driver spec; only called when every check so far passed. */
  readonly spec: (ctx: ResolvedContext) => S;
  /** The driver's own checks on the spec (see driverProblems). */
  readonly checkDriver: (ctx: ResolvedContext, spec: S, at: CheckContext) => Problem[];
  /** Target to use when neither args nor stack config set one. */
  readonly fallbackTarget?: TargetInput | undefined;
}

/** A component that passed every check: what its constructor needs for super() and its driver. */
export interface Prepared<S> {
  /** The component's kind (`Bucket`); its type token is `sovereign-cloud:index:<kind>`. */
  readonly kind: string;
  readonly ctx: PreparedContext;
  readonly spec: S;
  /** The options for super(): the user's, plus the deploy-time provider check when there is one. */
  readonly opts: pulumi.ComponentResourceOptions;
  /** The deploy-time provider check alone, when there is one (see DriverScope.ready). */
  readonly ready?: pulumi.Output<pulumi.Resource[]>;
}

export function prepare<A extends PlacementArgs, S>(
  kind: string,
  name: string,
  args: A,
  service: PortableService,
  /** The component's resource options; a provider in them is checked against the placement. */
  opts: pulumi.ComponentResourceOptions | undefined,
  steps: PrepareSteps<A, S>,
): Prepared<S> {
  const subject = `${kind} "${name}"`;
  const found: Problem[] = [];
  if (typeof name !== "string" || name.trim() === "") {
    found.push(
      problems.invalidArgument(
        "name",
        "the component needs a non-empty name.",
        name,
        "a short name such as documents",
        "give the component a name.",
      ),
    );
  }
  if (typeof args !== "object" || args === null) {
    throwIfAny(subject, [
      ...found,
      problems.invalidArgument("args", "args must be an object.", args, `{ ... } (see ${kind}Args)`, "pass an object."),
    ]);
  }
  found.push(...steps.checkArgs(args));
  const resolved = resolveContext(args, service, steps.fallbackTarget);
  found.push(...resolved.problems);
  if (resolved.contract && steps.checkWithContract) found.push(...steps.checkWithContract(args, resolved.contract));
  const ctx = resolved.context;
  if (ctx && steps.checkWithContext) found.push(...steps.checkWithContext(args, ctx));
  const providers = ctx ? checkUserProviders(subject, ctx.driver.id, ctx.placement, service, opts) : undefined;
  if (providers) found.push(...providers.problems);
  throwIfAny(subject, found);
  // Reached only when ctx exists (resolveContext reports a problem for every missing piece).
  const context = ctx!;
  const spec = steps.spec(context);
  throwIfAny(subject, steps.checkDriver(context, spec, { name, placement: context.placement }));
  const ready = providers?.ready;
  return {
    kind,
    ctx: { ...context, labels: childLabels(kind, name, context, args.labels) },
    spec,
    opts: providers?.opts ?? opts ?? {},
    ...(ready ? { ready } : {}),
  };
}

/**
 * The scope a component hands its driver: its name, itself as the children's parent, the placement,
 * the children's labels and, when a user provider is still being checked, `ready`.
 */
export function driverScope(name: string, parent: pulumi.ComponentResource, prepared: Prepared<unknown>): DriverScope {
  const { ctx, ready } = prepared;
  return { name, parent, placement: ctx.placement, labels: ctx.labels, ...(ready ? { ready } : {}) };
}

/**
 * The usual driver checks: the capabilities the spec needs (SC_PROVIDER_LIMITATION for each one the
 * driver lacks), then the driver's own checks.
 */
export function driverProblems(ctx: ResolvedContext, needs: ReadonlyArray<[Feature, string, unknown]>, own: Problem[]): Problem[] {
  return [...unmetNeeds(ctx.driver.capabilities, needs, ctx.placement.provider.name), ...own];
}
