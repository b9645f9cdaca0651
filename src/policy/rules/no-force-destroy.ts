/**
 * no-force-destroy: a bucket that holds data cannot be deleted together with its objects.
 *
 * `forceDestroy: true` makes `pulumi destroy`, or a replacement the engine decides on, empty the
 * bucket first (on S3 and Scaleway even objects under object lock, per the SDK docs), so one
 * command loses every object. Without it, deleting a non-empty bucket fails and the data stays.
 *
 * Covered: S3 (`aws.s3.Bucket`, `BucketV2`), Cloud Storage, Scaleway Object Storage, OpenStack
 * Swift containers. Azure storage accounts, OVHcloud containers and Hetzner have no such flag.
 * Pulumi's `retainOnDelete` resource option is not part of what the engine gives a policy
 * (`PolicyResourceOptions` has protect, ignoreChanges, aliases, … but not retainOnDelete), so the
 * rule cannot credit it; `protect` is visible but is not a substitute (it is lifted to destroy).
 */
import { inputRule, type ResourceRule } from "../rule";
import { at, bool } from "../read";

const WHAT: Readonly<Record<string, string>> = {
  "aws:s3/bucket:Bucket": "S3 bucket",
  "aws:s3/bucketV2:BucketV2": "S3 bucket",
  "gcp:storage/bucket:Bucket": "Cloud Storage bucket",
  "scaleway:object/bucket:Bucket": "Scaleway bucket",
  "openstack:objectstorage/container:Container": "OpenStack Swift container",
};

export const noForceDestroyRule: ResourceRule = inputRule(
  {
    name: "no-force-destroy",
    description:
      "Buckets and containers that hold data do not set forceDestroy: true, which lets a destroy or replacement delete them with every object. (The retainOnDelete resource option is not visible to policies, so it cannot stand in for this.)",
    severity: "high",
    enforcementLevel: "mandatory",
    remediationSteps:
      "Remove forceDestroy (or set it to false): deleting a non-empty bucket then fails and the data stays. Also set the retainOnDelete resource option on data-bearing resources (sovereign-cloud's Bucket does by default) and empty buckets deliberately when you really mean to delete them; for throw-away stacks, disable this policy in the pack config instead.",
  },
  (type) => {
    const what = WHAT[type];
    return what === undefined
      ? undefined
      : (p) =>
          bool(at(p, "forceDestroy")) === true
            ? [`${what} sets forceDestroy: true, so a destroy or replacement deletes it with every object in it.`]
            : [];
  },
);
