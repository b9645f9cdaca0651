/**
 * What every component class shares once its checks passed (prepare.ts): it registers itself under
 * the type token `sovereign-cloud:index:<kind>` (e.g. `sovereign-cloud:index:Bucket`) with the
 * options prepare() checked, and publishes its outputs: sets them on itself and registers them.
 */
import * as pulumi from "@pulumi/pulumi";
import type { Prepared } from "./prepare";
import type { ResidencyRecord } from "./residency";

/** A component's `Output` fields (its own and PlacedComponent's, not ComponentResource's): what it publishes and registers. */
export type ComponentOutputs<C> = {
  [K in Exclude<keyof C, keyof pulumi.ComponentResource> as C[K] extends pulumi.Output<unknown> ? K : never]: C[K];
};

export abstract class PlacedComponent extends pulumi.ComponentResource {
  /** The region code it lives in. */
  public readonly region!: pulumi.Output<string>;
  /** Where it lives, who operates it and the contract clauses it satisfies. */
  public readonly residency!: pulumi.Output<ResidencyRecord>;

  protected constructor(name: string, prepared: Prepared<unknown>) {
    super(`sovereign-cloud:index:${prepared.kind}`, name, {}, prepared.opts);
  }

  /** Set every output of component class `C` on this component and register them, in the order given. */
  protected publish<C extends PlacedComponent>(outputs: ComponentOutputs<C>): void {
    Object.assign(this, outputs);
    this.registerOutputs(outputs);
  }
}
