/**
 * Buckets and their companion resources (S3 style: a separate resource with a `bucket` input, e.g.
 * a policy or an encryption configuration), found the way the engine links them; and the custom S3
 * endpoint of an `aws` provider pointed at another S3 service.
 */
import type { PolicyResource } from "@pulumi/policy";
import { memoised } from "./memo";
import { currentType } from "./packages/index";
import { peek, str } from "./read";

/** The resources of `types` (current tokens; a resource of an older token its package still ships counts as its current one). */
export function ofTypes(resources: readonly PolicyResource[], types: readonly string[]): PolicyResource[] {
  return resources.filter((r) => types.includes(currentType(r.type)));
}

/** Names a bucket can be referenced by: name, id, ARN; Scaleway regional ids `fr-par/name` too. */
function bucketIds(b: PolicyResource): Set<string> {
  const ids = new Set<string>();
  for (const key of ["bucket", "name", "id", "arn"]) {
    const v = str(peek(b.props, key));
    if (v) ids.add(v);
  }
  return ids;
}

/** A Scaleway regional id without its region (`fr-par/name` -> `name`). */
const withoutRegion = (ref: string): string => ref.replace(/^[a-z]{2}-[a-z]{3}\//, "");

function refersTo(ref: string, ids: Set<string>): boolean {
  return ids.has(ref) || ids.has(withoutRegion(ref));
}

/**
 * The companions of `bucket` among `companions`: by the engine's property dependency on the
 * `bucket` input when there is one, else by the `bucket` input's value, else (the value names no
 * bucket in the stack, e.g. unknown) by a dependency on exactly this one of `buckets`.
 */
export function companionsOf(
  bucket: PolicyResource,
  companions: readonly PolicyResource[],
  buckets: readonly PolicyResource[],
): PolicyResource[] {
  const ids = bucketIds(bucket);
  const allIds = buckets.map(bucketIds);
  return companions.filter((c) => {
    const viaProperty = c.propertyDependencies?.["bucket"];
    if (viaProperty && viaProperty.length > 0) return viaProperty.some((d) => d.urn === bucket.urn);
    const ref = str(peek(c.props, "bucket"));
    if (ref !== undefined && refersTo(ref, ids)) return true;
    if (ref !== undefined && allIds.some((s) => refersTo(ref, s))) return false;
    const deps = (c.dependencies ?? []).filter((d) => buckets.some((b) => b.urn === d.urn));
    return deps.length === 1 && deps[0]!.urn === bucket.urn;
  });
}

/** Buckets (or companions) by a key, in stack order. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * {@link companionsOf} for every bucket of a stack: the same answer, from an index built once (by
 * URN, by id, by dependency) instead of scanning the whole stack for each bucket, which made the
 * stack rules quadratic in the number of buckets (BENCHMARKS.md, P3).
 */
function companionIndex(
  companions: readonly PolicyResource[],
  buckets: readonly PolicyResource[],
): (bucket: PolicyResource) => PolicyResource[] {
  const inStack = new Set(buckets);
  const byUrn = new Map<string, PolicyResource[]>();
  const byId = new Map<string, PolicyResource[]>();
  for (const b of buckets) {
    push(byUrn, b.urn, b);
    for (const id of bucketIds(b)) push(byId, id, b);
  }
  const of = new Map<PolicyResource, PolicyResource[]>();
  for (const c of companions) {
    const owners = new Set<PolicyResource>();
    const viaProperty = c.propertyDependencies?.["bucket"];
    const ref = viaProperty && viaProperty.length > 0 ? undefined : str(peek(c.props, "bucket"));
    if (viaProperty && viaProperty.length > 0) {
      for (const d of viaProperty) for (const b of byUrn.get(d.urn) ?? []) owners.add(b);
    } else if (ref !== undefined && [ref, withoutRegion(ref)].some((id) => byId.has(id))) {
      for (const id of [ref, withoutRegion(ref)]) for (const b of byId.get(id) ?? []) owners.add(b);
    } else {
      const deps = (c.dependencies ?? []).filter((d) => byUrn.has(d.urn));
      if (deps.length === 1) for (const b of byUrn.get(deps[0]!.urn)!) owners.add(b);
    }
    for (const b of owners) push(of, b, c);
  }
  return (bucket) => (inStack.has(bucket) ? [...(of.get(bucket) ?? [])] : companionsOf(bucket, companions, buckets));
}

/**
 * The companions (of `companionTypes`) of a bucket (of `bucketTypes`) among a stack's `resources`,
 * as {@link companionsOf} finds them; indexed once per policy run (see memo.ts) and types.
 */
export function companionsIn(
  resources: readonly PolicyResource[],
  companionTypes: readonly string[],
  bucketTypes: readonly string[],
): (bucket: PolicyResource) => PolicyResource[] {
  return memoised(`companions:${companionTypes.join(",")}|${bucketTypes.join(",")}`, resources, () =>
    companionIndex(ofTypes(resources, companionTypes), ofTypes(resources, bucketTypes)),
  );
}

/**
 * The S3 endpoint of an `aws` resource's provider when it points somewhere other than AWS (an
 * S3-compatible service such as Hetzner's or OVHcloud's): AWS's own defaults do not apply there.
 * Provider inputs that are not strings arrive JSON-encoded.
 */
export function customS3Endpoint(r: PolicyResource): string | undefined {
  if (!r.type.startsWith("aws:")) return undefined;
  let endpoints = peek(r.provider?.props, "endpoints");
  if (typeof endpoints === "string") {
    try {
      endpoints = JSON.parse(endpoints);
    } catch {
      return undefined;
    }
  }
  const list = Array.isArray(endpoints) ? endpoints : endpoints !== null && typeof endpoints === "object" ? [endpoints] : [];
  for (const e of list) {
    const url = str(peek(e, "s3"));
    // AWS's own alternative endpoints (FIPS, VPC endpoints, the European Sovereign Cloud) are still S3.
    if (url) return /^(?:[a-z]+:\/\/)?[^/]*\.amazonaws\.(?:com|eu)(?:[:/]|$)/i.test(url) ? undefined : url;
  }
  return undefined;
}
