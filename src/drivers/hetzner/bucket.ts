/**
 * Bucket on Hetzner Object Storage. @pulumi/hcloud has no bucket resource and Hetzner's public
 * Cloud API has no buckets (hetznercloud/hcloud-go#541), so the driver speaks Hetzner's S3 API with
 * @pulumi/aws through an explicit `aws.Provider` whose only endpoint is
 * `https://<location>.your-objectstorage.com` and whose region is the location code (see
 * provider.ts). The policy locator reads such an `aws` resource as Hetzner, in that location.
 *
 * What it creates: the bucket (private, as every bucket created without an ACL is), versioning, and
 * for `retentionDays` object lock in GOVERNANCE mode. Nothing else is created, because Hetzner
 * supports nothing else the portable spec asks for, or its support is not confirmed (capabilities.ts):
 * no default encryption (only SSE-C, a key the client sends with each request), no public access
 * block, ownership controls, tagging or replication; lifecycle rules exist at Hetzner but the
 * provider's lifecycle resource times out against it. The component refuses a spec that needs any
 * of those before this runs.
 *
 * Shared with AWS (`../s3/aws-api.ts`): the bucket, versioning and object-lock children and the
 * S3 naming rules. What differs on Hetzner: the children take no `region` (the provider's endpoint
 * fixes the location), object lock is always GOVERNANCE, and the endpoint is built from the
 * location (there is no `bucketRegionalDomainName` for a custom endpoint).
 */
import * as pulumi from "@pulumi/pulumi";
import type { BucketResult, BucketSpec, DriverScope } from "../types";
import { createS3ApiBucket, createS3ApiObjectLock } from "../s3/aws-api";
import { objectStorageContext, objectStorageEndpoint } from "./provider";
import { s3Sdk } from "./sdk";

export function createBucket(spec: BucketSpec, scope: DriverScope): BucketResult {
  const { s3 } = s3Sdk();
  const o = spec.overrides.hetzner ?? {};
  const { opts } = objectStorageContext(scope, o);
  const name = scope.name;
  const location = scope.placement.region.code;
  // Data-bearing children outlive `pulumi destroy` unless the user opted out; the versioning and
  // object-lock settings stay with the data they protect.
  const dataOpts: pulumi.CustomResourceOptions = { ...opts, retainOnDelete: spec.retainOnDelete };

  // Hetzner accepts the object-lock header when the bucket is created (and only then).
  const created = createS3ApiBucket(s3, name, spec, o.bucketName, {}, dataOpts);
  const bucketName = created.bucket.bucket;
  // GOVERNANCE: privileged users can lift it; COMPLIANCE (retentionLocked) is not confirmed on Hetzner.
  createS3ApiObjectLock(s3, name, spec, "GOVERNANCE", created, {}, dataOpts);

  const endpoint = objectStorageEndpoint(location);
  return {
    bucketName,
    // Hetzner buckets have no ARN or resource id beyond their name.
    bucketId: created.bucket.id,
    endpoint:
      o.pathStyle === true
        ? pulumi.interpolate`${endpoint}/${bucketName}`
        : pulumi.interpolate`https://${bucketName}.${location}.your-objectstorage.com`,
    encryption: { sseAlgorithm: null, keyManagement: null }, // Hetzner Object Storage has no default encryption (only SSE-C)
  };
}
