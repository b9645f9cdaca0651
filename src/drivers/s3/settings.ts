/**
 * Bucket settings the S3-compatible drivers share: versioning status, object-lock retention,
 * default encryption and the TLS-only bucket policy. Values only (no resources, no SDK): each
 * driver puts them into its own provider's resources.
 *
 * | setting            | aws                   | scaleway              | hetzner                 | ovhcloud                       |
 * |--------------------|-----------------------|-----------------------|-------------------------|--------------------------------|
 * | versioning         | Enabled / Suspended   | `enabled` boolean     | Enabled / Suspended     | enabled / suspended (lower)    |
 * | object lock        | COMPLIANCE/GOVERNANCE | COMPLIANCE/GOVERNANCE | GOVERNANCE only         | compliance/governance, `P<n>D` |
 * | default encryption | SSE-S3 or SSE-KMS     | SSE-ONE (AES256)      | none (only SSE-C)       | SSE-OMK (AES256)               |
 * | TLS-only policy    | yes                   | no (refused)          | no (refused)            | no (refused)                   |
 */
import * as pulumi from "@pulumi/pulumi";
import type { BucketEncryption, BucketSpec } from "../types";

/**
 * S3 versioning status. Off is "Suspended", never "Disabled": S3 cannot return a bucket to
 * unversioned, and Suspended lets versioning be switched on again later.
 */
export function versioningStatus(spec: Pick<BucketSpec, "versioning">): "Enabled" | "Suspended" {
  return spec.versioning ? "Enabled" : "Suspended";
}

/** Object-lock retention mode: COMPLIANCE (nobody, not even the root user, can shorten it) or GOVERNANCE (privileged users can). */
export type RetentionMode = "COMPLIANCE" | "GOVERNANCE";

/** The default retention of a locked bucket, or `undefined` when the spec asks for none. */
export function defaultRetention(
  spec: Pick<BucketSpec, "retentionDays" | "retentionLocked">,
): { mode: RetentionMode; days: number } | undefined {
  if (spec.retentionDays === undefined) return undefined;
  return { mode: spec.retentionLocked ? "COMPLIANCE" : "GOVERNANCE", days: spec.retentionDays };
}

/** The S3 `ServerSideEncryptionConfiguration` rule: SSE-S3 (AES256), or SSE-KMS with the given key and S3 Bucket Keys. */
export function sseRule(kmsKeyArn?: pulumi.Input<string>) {
  return kmsKeyArn === undefined
    ? { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }
    : { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: kmsKeyArn }, bucketKeyEnabled: true };
}

/** What a driver reports for default AES256 encryption with keys the provider manages (SSE-S3, SSE-ONE, SSE-OMK). */
export const PROVIDER_AES256: BucketEncryption = { sseAlgorithm: "AES256", keyManagement: "provider" };

/**
 * Deny every request that does not use TLS, for the bucket and its objects (`aws:SecureTransport`).
 * Only AWS evaluates this condition among the S3-compatible providers; the others' capability
 * tables refuse `tlsOnly: true` before a driver runs.
 */
export function tlsOnlyPolicy(bucketArn: pulumi.Output<string>): pulumi.Output<string> {
  return pulumi.jsonStringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [bucketArn, pulumi.interpolate`${bucketArn}/*`],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
    ],
  });
}
