/**
 * Pre-flight checks every S3-compatible driver makes on a bucket (besides its name, naming.ts).
 * Pure: no resources, no SDK.
 */
import { problems, type Problem } from "../../errors";
import type { BucketSpec } from "../types";

/**
 * S3 object lock works only on a versioned bucket (Amazon S3 User Guide, "Locking objects with
 * Object Lock"; the same on Scaleway, Hetzner and OVHcloud). `why` says it in the provider's terms;
 * `path` is the argument the problem is reported on (OVHcloud reports it on `versioning`).
 */
export function objectLockNeedsVersioning(
  spec: BucketSpec,
  why: string,
  path: "retentionDays" | "versioning" = "retentionDays",
): Problem[] {
  if (spec.retentionDays === undefined || spec.versioning) return [];
  const received = path === "versioning" ? false : { versioning: false, retentionDays: spec.retentionDays };
  const fix = path === "versioning" ? "drop versioning: false, or drop retentionDays." : "turn versioning on, or drop retentionDays.";
  return [problems.conflictingArguments(path, why, received, fix)];
}
