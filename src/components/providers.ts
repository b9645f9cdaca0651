/**
 * A user's own provider on a component: found in the resource options the usual way (`provider`,
 * `providers`, or inherited from `parent`), and checked against the placement before anything is
 * created.
 *
 * - Known at construction: the provider's package. `{ provider }` naming a package the target's
 *   driver does not use (a `gcp.Provider` on a Bucket targeting `aws:eu-central-1`) is refused
 *   synchronously with SC_PROVIDER_MISMATCH, with every other problem of the component.
 * - Known only once the provider registered: its region/location/zone/endpoint. A provider's
 *   settings are `Output`s (Pulumi keeps no synchronous copy of a resource's inputs), so the
 *   component waits for them before it registers: its registration depends on a check that fails
 *   with SC_PROVIDER_MISMATCH when a setting contradicts the placement. The component's children
 *   need the component registered first, so none of them is sent to the engine: the program run
 *   fails with the coded error and nothing of the component is created. A setting the provider
 *   leaves unset (or that is unknown during a preview) is not a contradiction: every child carries
 *   the placement's location explicitly, whatever the provider's default.
 */
import * as pulumi from "@pulumi/pulumi";
import type { DriverId, PortableService } from "../catalog/types";
import type { Placement } from "../contract/placement";
import { providerExpectations, type ProviderExpectation } from "../drivers/provider-expectations";
import { problems, SovereignCloudError, type Problem } from "../errors";

export interface ProviderCheck {
  /** Problems known at construction (package mismatch). */
  readonly problems: Problem[];
  /** The options for `super()`: the user's, plus the deploy-time check as a dependency when a user provider is found. */
  readonly opts: pulumi.ComponentResourceOptions;
  /** The deploy-time check alone (resolves to no resource once it passed), when there is one; see DriverScope.ready. */
  readonly ready?: pulumi.Output<pulumi.Resource[]>;
}

/** The Pulumi package of a provider resource (`aws`, `azure-native`, ...). */
export function packageOf(provider: pulumi.ProviderResource): string | undefined {
  const p = provider as unknown as { getPackage?: () => string; __pulumiType?: string };
  return p.getPackage?.() ?? p.__pulumiType?.replace(/^pulumi:providers:/, "");
}

/** The user's provider for `pkg` in these options: `provider`, then `providers`, then the parent's. */
export function findUserProvider(opts: pulumi.ComponentResourceOptions | undefined, pkg: string): pulumi.ProviderResource | undefined {
  if (!opts) return undefined;
  if (opts.provider && packageOf(opts.provider) === pkg) return opts.provider;
  const providers = opts.providers;
  if (Array.isArray(providers)) {
    const found = providers.find((p) => packageOf(p) === pkg);
    if (found) return found;
  } else if (providers && typeof providers === "object") {
    const found = (providers as Record<string, pulumi.ProviderResource>)[pkg];
    if (found) return found;
  }
  return opts.parent?.getProvider(`${pkg}:index:Provider`);
}

/**
 * Check the user's providers for `service` at `placement` (see the module comment). `subject` names
 * the component in the deploy-time error (`Bucket "documents"`).
 */
export function checkUserProviders(
  subject: string,
  driver: DriverId,
  placement: Placement,
  service: PortableService,
  opts: pulumi.ComponentResourceOptions | undefined,
): ProviderCheck {
  const expectations = providerExpectations(driver, placement, service);
  const target = `${placement.provider.id}:${placement.region.code}${placement.zone ? `:${placement.zone}` : ""}`;
  const found: Problem[] = [];
  const explicit = opts?.provider;
  if (explicit && expectations.length > 0 && !expectations.some((e) => e.pkg === packageOf(explicit))) {
    found.push(
      problems.providerMismatch(
        "opts.provider",
        "package",
        packageOf(explicit) ?? "unknown",
        target,
        `a provider of the package the target's driver uses: ${expectations.map((e) => e.pkg).join(" or ")}`,
      ),
    );
  }
  const checks = expectations.flatMap((e) => {
    const provider = findUserProvider(opts, e.pkg);
    return provider && e.settings.length > 0 ? [deployTimeCheck(subject, target, e, provider)] : [];
  });
  if (found.length > 0 || checks.length === 0) return { problems: found, opts: opts ?? {} };
  const gate = pulumi.all(checks).apply(() => [] as pulumi.Resource[]);
  const userDependsOn = opts?.dependsOn;
  // gatherExplicitDependencies flattens nested arrays and outputs, so the user's dependsOn (a
  // resource, an array or an output of either) is kept as given.
  const dependsOn = (userDependsOn === undefined ? [gate] : [userDependsOn, gate]) as unknown as pulumi.Input<
    pulumi.Input<pulumi.Resource>[]
  >;
  return { problems: found, opts: { ...opts, dependsOn }, ready: gate };
}

/** Resolves when every setting the provider reports agrees with the placement; fails with SC_PROVIDER_MISMATCH otherwise. */
function deployTimeCheck(subject: string, target: string, e: ProviderExpectation, provider: pulumi.ProviderResource): pulumi.Output<true> {
  const values = e.settings.map((s) =>
    pulumi.output((provider as unknown as Record<string, pulumi.Input<unknown> | undefined>)[s.property]),
  );
  return pulumi.all(values).apply((reported) => {
    const wrong: Problem[] = [];
    e.settings.forEach((s, i) => {
      const v = reported[i];
      if (typeof v === "string" && v !== "" && !s.agrees(v)) {
        wrong.push(problems.providerMismatch(`opts.providers.${e.pkg}`, s.property, v, target, s.expected));
      }
    });
    if (wrong.length > 0)
      throw new SovereignCloudError(subject, wrong, "nothing of it was created (the component waits for this check before it registers)");
    return true as const;
  });
}
