/**
 * Feature deltas between two drivers, read from their capability tables (the same tables the
 * components check and the portability matrix renders): for each portable feature of a component,
 * whether the move keeps it, turns it into an emulation, loses it or gains it.
 *
 * | source level        | destination level     | change     |
 * |---------------------|-----------------------|------------|
 * | native or emulated  | native                | `kept`     |
 * | emulated            | emulated              | `kept`     |
 * | native              | emulated              | `emulated` |
 * | native or emulated  | unsupported or unknown| `lost`     |
 * | unsupported/unknown | native or emulated    | `gained`   |
 * | unsupported/unknown | unsupported/unknown   | `absent`   |
 *
 * An `unknown` (unconfirmed) level never counts as supported: a feature the destination cannot
 * confirm is lost, as the component would refuse it.
 */
import { FEATURES, type Capability, type CapabilityTable, type Feature, type SupportLevel } from "../drivers/capabilities";

export type FeatureChange = "kept" | "emulated" | "lost" | "gained" | "absent";

/** One feature of one component across the move. */
export interface FeatureDelta {
  readonly feature: Feature;
  /** The feature's label (`Bucket: object versioning`). */
  readonly label: string;
  readonly change: FeatureChange;
  readonly from: { readonly level: SupportLevel; readonly how: string; readonly source?: string };
  readonly to: { readonly level: SupportLevel; readonly how: string; readonly source?: string };
}

/** The feature prefix of each portable component type (a component whose features are not in the tables has none). */
export const COMPONENT_FEATURE_PREFIX: Readonly<Record<string, string>> = {
  "sovereign-cloud:index:Bucket": "bucket.",
  "sovereign-cloud:index:Network": "network.",
  "sovereign-cloud:index:VirtualMachine": "vm.",
  "sovereign-cloud:index:Database": "db.",
  "sovereign-cloud:index:KubernetesCluster": "cluster.",
};

const supported = (l: SupportLevel) => l === "native" || l === "emulated";

/** The change for one feature, from the two levels (the table in this file's header). */
export function changeOf(from: SupportLevel, to: SupportLevel): FeatureChange {
  if (supported(from) && !supported(to)) return "lost";
  if (!supported(from) && supported(to)) return "gained";
  if (!supported(from)) return "absent";
  return from === "native" && to === "emulated" ? "emulated" : "kept";
}

function side(c: Capability): FeatureDelta["from"] {
  return { level: c.level, how: c.how, ...(c.source ? { source: c.source } : {}) };
}

/** The features of a component type, in the tables' order. */
export function featuresOf(componentType: string): Feature[] {
  const prefix = COMPONENT_FEATURE_PREFIX[componentType];
  return prefix === undefined ? [] : (Object.keys(FEATURES) as Feature[]).filter((f) => f.startsWith(prefix));
}

/** Every feature of a component type, compared between two drivers' tables. */
export function featureDeltas(componentType: string, from: CapabilityTable, to: CapabilityTable): FeatureDelta[] {
  return featuresOf(componentType).map((feature) => ({
    feature,
    label: FEATURES[feature],
    change: changeOf(from[feature].level, to[feature].level),
    from: side(from[feature]),
    to: side(to[feature]),
  }));
}

/** How many deltas of each change. */
export function countChanges(deltas: readonly FeatureDelta[]): Record<FeatureChange, number> {
  const out: Record<FeatureChange, number> = { kept: 0, emulated: 0, lost: 0, gained: 0, absent: 0 };
  for (const d of deltas) out[d.change]++;
  return out;
}
