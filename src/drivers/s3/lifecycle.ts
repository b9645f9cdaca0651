/**
 * The portable lifecycle as S3 lifecycle actions, shared by the S3-compatible drivers. Every
 * provider's lifecycle API is the S3 one (`Expiration`, `NoncurrentVersionExpiration`,
 * `Transition`, `AbortIncompleteMultipartUpload`); the drivers differ only in how the rules are
 * wrapped: AWS adds `status: "Enabled"` and an empty `filter`, OVHcloud `status: "enabled"`,
 * Scaleway merges every action into one rule (each of its rules needs an action, so they travel
 * together). Hetzner creates no lifecycle (capabilities.ts).
 *
 * Noncurrent-version expiry is emitted whenever the spec asks for it, also on a bucket whose
 * versioning is off: the drivers turn versioning off as "Suspended", and S3 applies
 * NoncurrentVersionExpiration to "a bucket that has versioning enabled (or suspended)" (Amazon S3
 * API Reference, NoncurrentVersionExpiration): the versions made before the suspension stay
 * noncurrent and keep costing until a rule expires them. (Until 2026-12 the OVHcloud driver
 * dropped the rule when versioning was off, a silent drop; the component refuses
 * `noncurrentExpireAfterDays` without versioning anyway, SC_CONFLICTING_ARGUMENTS.)
 */
import type { LifecycleSpec } from "../types";

/** Incomplete multipart uploads are billed; they are aborted after this many days. */
export const ABORT_MULTIPART_DAYS = 7;

/** The S3 actions of the portable lifecycle (multipart abort excluded), each present only when asked for. */
export interface LifecycleActions {
  readonly expiration?: { readonly days: number };
  readonly noncurrentVersionExpiration?: { readonly noncurrentDays: number };
  readonly transitions?: { readonly days: number; readonly storageClass: string }[];
}

/** The actions the lifecycle asks for; `coldStorageClass` is the provider's class for `coldAfterDays`. */
export function lifecycleActions(lifecycle: LifecycleSpec, coldStorageClass: string): LifecycleActions {
  const { expireAfterDays, noncurrentExpireAfterDays, coldAfterDays } = lifecycle;
  return {
    ...(expireAfterDays === undefined ? {} : { expiration: { days: expireAfterDays } }),
    ...(noncurrentExpireAfterDays === undefined ? {} : { noncurrentVersionExpiration: { noncurrentDays: noncurrentExpireAfterDays } }),
    ...(coldAfterDays === undefined ? {} : { transitions: [{ days: coldAfterDays, storageClass: coldStorageClass }] }),
  };
}

/** One S3 rule per action, named for it, as AWS and OVHcloud take them; `wrap` adds the provider's status/filter fields. */
export type SeparateRule<W> = W & { readonly id: string } & LifecycleActions & {
    readonly abortIncompleteMultipartUpload?: { readonly daysAfterInitiation: number };
  };

/**
 * The portable lifecycle as one rule per action, in a fixed order: abort incomplete multipart
 * uploads (always), expire objects, expire noncurrent versions, transition to the cold class.
 */
export function separateRules<W extends object>(lifecycle: LifecycleSpec, coldStorageClass: string, wrap: W): SeparateRule<W>[] {
  const a = lifecycleActions(lifecycle, coldStorageClass);
  const rules: SeparateRule<W>[] = [
    { id: "abort-incomplete-multipart-uploads", ...wrap, abortIncompleteMultipartUpload: { daysAfterInitiation: ABORT_MULTIPART_DAYS } },
  ];
  if (a.expiration) rules.push({ id: "expire-objects", ...wrap, expiration: a.expiration });
  if (a.noncurrentVersionExpiration)
    rules.push({ id: "expire-noncurrent-versions", ...wrap, noncurrentVersionExpiration: a.noncurrentVersionExpiration });
  if (a.transitions) rules.push({ id: "transition-to-cold", ...wrap, transitions: a.transitions });
  return rules;
}
