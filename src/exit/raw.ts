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
  // Checked in this order: a GKE cluster's type says "container", a Cloud SQL instance's says "instance"
  // (Kubernetes provider objects, `kubernetes:*`, are left out before: they are not clusters).
  [/kubernetes|eks\/|container\/(cluster|nodepool)|containerservice|cloudproject\/kube|k8s/, "KubernetesCluster", "cluster."],
  [/postgres|rds\/|sql|database|rdb\//, "Database", "db."],
  [/bucket|container|storageaccount|objectstorage|cloudproject\/storage/, "Bucket"],
  [/instance|server|virtualmachine/, "VirtualMachine"],
  [/vpc|subnet|network|securitygroup|secgroup|firewall|router/, "Network"],
];

/**
 * Objects of the Kubernetes provider (`kubernetes:apps/v1:Deployment`, ...) live inside a cluster:
 * `pulumi up` applies them again to whatever cluster the program's Kubernetes provider points at,
 * so they are workloads to redeploy (see the KubernetesCluster's data move), not resources to rewrite.
 */
const isKubernetesObject = (type: string): boolean => type.startsWith("kubernetes:");

/** The portable component closest to a raw resource type, when that component exists in this release. */
export function nearestComponent(type: string): string | null {
  if (isKubernetesObject(type)) return null;
  const t = type.toLowerCase();
  for (const [pattern, component, features] of NEAREST) {
    if (!pattern.test(t)) continue;
    // A component counts only while its features are in the capability tables.
    if (features !== undefined && !Object.keys(FEATURES).some((f) => f.startsWith(features))) return null;
    return component;
  }
  return null;
}

/** Custom resources that no sovereign-cloud component created (providers and Kubernetes objects left out). */
export function rawResources(r: StackReport): RawResource[] {
  const ours = new Set(r.resources.filter((x) => !x.custom && x.type.startsWith("sovereign-cloud:index:")).map((x) => x.urn));
  const inside = (urn: string | undefined): boolean => {
    for (let u = urn; u !== undefined; u = r.resources.find((x) => x.urn === u)?.parent) if (ours.has(u)) return true;
    return false;
  };
  return r.resources
    .filter(
      (x) => x.custom && !x.synthesized && !x.type.startsWith("pulumi:providers:") && !isKubernetesObject(x.type) && !inside(x.parent),
    )
    .map((x) => ({ type: x.type, name: x.name, status: "not portable: must be rewritten" as const, nearest: nearestComponent(x.type) }));
}
