/**
 * Raw resources: what a program creates directly with a provider package instead of through a
 * portable component. They do not move when the target changes: each must be rewritten, with the
 * portable component that comes closest where there is one.
 */
import { FEATURES } from "../drivers/capabilities";
import type { StackReport } from "../offline/report";

export interface RawResource {
  readonly type: string;
  readonly name: string;
  /** Always "not portable: must be rewritten". */
  readonly status: "not portable: must be rewritten";
  /** The portable component to rewrite it with, or null when there is none (yet). */
  readonly nearest: string | null;
}

/** Resource type patterns (lower-cased type token) to the portable component that replaces them. */
const NEAREST: ReadonlyArray<readonly [RegExp, string, string?]> = [
  // Checked in this order: a GKE cluster's type says "container", a Cloud SQL instance's says "instance".
  [/kubernetes|eks\/|container\/cluster|containerservice|k8s/, "KubernetesCluster", "kubernetes."],
  [/postgres|rds\/|sql|database|rdb\//, "Database", "database."],
  [/bucket|container|storageaccount|objectstorage|cloudproject\/storage/, "Bucket"],
  [/instance|server|virtualmachine/, "VirtualMachine"],
  [/vpc|subnet|network|securitygroup|secgroup|firewall|router/, "Network"],
];

/** The portable component closest to a raw resource type, when that component exists in this release. */
export function nearestComponent(type: string): string | null {
  const t = type.toLowerCase();
  for (const [pattern, component, features] of NEAREST) {
    if (!pattern.test(t)) continue;
    // Database and KubernetesCluster count only once their features are in the capability tables.
    if (features !== undefined && !Object.keys(FEATURES).some((f) => f.startsWith(features))) return null;
    return component;
  }
  return null;
}

/** Custom resources that no sovereign-cloud component created (providers left out). */
export function rawResources(r: StackReport): RawResource[] {
  const ours = new Set(r.resources.filter((x) => !x.custom && x.type.startsWith("sovereign-cloud:index:")).map((x) => x.urn));
  const inside = (urn: string | undefined): boolean => {
    for (let u = urn; u !== undefined; u = r.resources.find((x) => x.urn === u)?.parent) if (ours.has(u)) return true;
    return false;
  };
  return r.resources
    .filter((x) => x.custom && !x.synthesized && !x.type.startsWith("pulumi:providers:") && !inside(x.parent))
    .map((x) => ({ type: x.type, name: x.name, status: "not portable: must be rewritten" as const, nearest: nearestComponent(x.type) }));
}
