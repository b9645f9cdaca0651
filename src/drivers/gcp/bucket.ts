/**
 * Bucket on Google Cloud: one Cloud Storage bucket, private by construction (uniform bucket-level
 * access, public access prevention enforced), with versioning, retention, lifecycle and, when the
 * contract asks for customer-managed keys, a Cloud KMS key in the bucket's region.
 */
import * as pulumi from "@pulumi/pulumi";
import type * as gcp from "@pulumi/gcp";
import type { BucketResult, BucketSpec, CheckContext, DriverScope } from "../types";
import { problems, type Problem } from "../../errors";
import { customerKey, DEFAULT_KEY_ROTATION_DAYS } from "./kms";
import { checkBucketName, checkComponentName, KMS_KEY_NAME, sanitizeLabels } from "./naming";
import { GCP_COLD_STORAGE_CLASSES, type GcpBucketOverrides } from "./overrides";
import { checkProject, childOptions, createProvider, resolveProject } from "./provider";
import { sdk } from "./sdk";

function overridesOf(spec: BucketSpec): GcpBucketOverrides {
  return spec.overrides.gcp ?? {};
}

/** The location Cloud Storage takes: the catalog code in upper case (`EUROPE-WEST3`, `EU`, `EUR4`). */
export function storageLocation(code: string): string {
  return code.toUpperCase();
}

/**
 * On Cloud Storage a retention policy and Object Versioning exclude each other
 * (`gcs-retention-excludes-versioning`). With `retentionDays` the retention policy wins: no object
 * can be deleted or replaced during the period, which is stronger than keeping old versions.
 */
export function effectiveVersioning(spec: BucketSpec): boolean {
  return spec.versioning && spec.retentionDays === undefined;
}

export function checkBucket(spec: BucketSpec, ctx: CheckContext): Problem[] {
  const o = overridesOf(spec);
  const found: Problem[] = [...checkProject(o.project, ctx, "overrides.gcp.project")];
  if (o.bucketName === undefined) found.push(...checkComponentName(ctx.name));
  else found.push(...checkBucketName("overrides.gcp.bucketName", o.bucketName));
  if (o.coldStorageClass !== undefined && !GCP_COLD_STORAGE_CLASSES.includes(o.coldStorageClass)) {
    found.push(
      problems.invalidArgument(
        "overrides.gcp.coldStorageClass",
        "is not a Cloud Storage class a lifecycle rule can move objects to.",
        o.coldStorageClass,
        GCP_COLD_STORAGE_CLASSES.join(", "),
        "use one of the allowed classes.",
      ),
    );
  }
  found.push(...checkKeyOverrides(o.kmsKeyName, o.keyRotationDays));
  const region = ctx.placement.region;
  if (spec.encryption === "customer-managed" && region.kind !== "region" && o.kmsKeyName === undefined) {
    found.push(
      problems.providerLimitation(
        "encryption",
        `customer-managed keys for a bucket in the ${region.kind} ${region.code.toUpperCase()} need a Cloud KMS key in the matching multi-region location; Cloud KMS has a \`europe\` multi-region, but the catalog cannot confirm which KMS location Cloud Storage accepts for ${region.code.toUpperCase()}, so the driver will not create one.`,
        region.code,
        "a single region (e.g. gcp:europe-west3), or overrides.gcp.kmsKeyName naming a key you created in the matching location",
        "target a single region, or create the key yourself and pass it as overrides.gcp.kmsKeyName.",
      ),
    );
  }
  return found;
}

/** Checks shared by bucket and VM key overrides. */
export function checkKeyOverrides(kmsKeyName: unknown, rotationDays: unknown, path = "overrides.gcp"): Problem[] {
  const found: Problem[] = [];
  if (kmsKeyName !== undefined && (typeof kmsKeyName !== "string" || !KMS_KEY_NAME.test(kmsKeyName))) {
    found.push(
      problems.invalidArgument(
        `${path}.kmsKeyName`,
        "is not a Cloud KMS key resource name.",
        kmsKeyName,
        "projects/P/locations/L/keyRings/R/cryptoKeys/K",
        "give the key's full resource name.",
      ),
    );
  }
  if (
    rotationDays !== undefined &&
    (typeof rotationDays !== "number" || !Number.isInteger(rotationDays) || rotationDays < 1 || rotationDays > 3650)
  ) {
    found.push(
      problems.invalidArgument(
        `${path}.keyRotationDays`,
        "must be a whole number of days between 1 and 3650.",
        rotationDays,
        "1..3650",
        "set a rotation period in days.",
      ),
    );
  }
  return found;
}

function lifecycleRules(spec: BucketSpec, o: GcpBucketOverrides): gcp.types.input.storage.BucketLifecycleRule[] {
  const rules: gcp.types.input.storage.BucketLifecycleRule[] = [];
  const { expireAfterDays, noncurrentExpireAfterDays, coldAfterDays } = spec.lifecycle;
  if (coldAfterDays !== undefined) {
    rules.push({
      action: { type: "SetStorageClass", storageClass: o.coldStorageClass ?? "NEARLINE" },
      condition: { age: coldAfterDays, matchesStorageClasses: ["STANDARD"] },
    });
  }
  if (expireAfterDays !== undefined) rules.push({ action: { type: "Delete" }, condition: { age: expireAfterDays } });
  if (noncurrentExpireAfterDays !== undefined && effectiveVersioning(spec)) {
    rules.push({ action: { type: "Delete" }, condition: { daysSinceNoncurrentTime: noncurrentExpireAfterDays } });
  }
  return rules;
}

export function createBucket(spec: BucketSpec, scope: DriverScope): BucketResult {
  const g = sdk();
  const o = overridesOf(spec);
  const project = resolveProject(o.project).project!;
  const provider = createProvider(scope, project);
  const location = storageLocation(scope.placement.region.code);
  const retain = { retainOnDelete: spec.retainOnDelete };

  let encryption: gcp.types.input.storage.BucketEncryption | undefined;
  const dependsOn: pulumi.Resource[] = [];
  if (spec.encryption === "customer-managed") {
    const agent = g.storage.getProjectServiceAccountOutput({ project }, { provider, parent: scope.parent });
    const key = customerKey(scope, provider, {
      location: scope.placement.region.code,
      ...(o.kmsKeyName === undefined ? {} : { existingKeyName: o.kmsKeyName }),
      rotationDays: o.keyRotationDays ?? DEFAULT_KEY_ROTATION_DAYS,
      member: pulumi.interpolate`serviceAccount:${agent.emailAddress}`,
      retainOnDelete: spec.retainOnDelete,
    });
    encryption = { defaultKmsKeyName: key.keyName };
    // The service agent must hold the key before the bucket uses it.
    dependsOn.push(key.grant);
  }

  const bucket = new g.storage.Bucket(
    scope.name,
    {
      ...(o.bucketName === undefined ? {} : { name: o.bucketName }),
      location,
      storageClass: "STANDARD",
      // Private by construction: IAM only (no object ACLs) and no public principals, ever.
      uniformBucketLevelAccess: true,
      publicAccessPrevention: "enforced",
      versioning: { enabled: effectiveVersioning(spec) },
      ...(spec.retentionDays === undefined
        ? {}
        : { retentionPolicy: { retentionPeriod: String(spec.retentionDays * 86_400), isLocked: spec.retentionLocked } }),
      lifecycleRules: lifecycleRules(spec, o),
      ...(encryption === undefined ? {} : { encryption }),
      // A destroy only deletes a bucket that still holds objects when the user opted in.
      forceDestroy: spec.emptyOnDelete,
      labels: sanitizeLabels(scope.labels),
    },
    // Data-bearing: kept when the stack is destroyed unless the user opted out.
    childOptions(scope, provider, { ...retain, dependsOn }),
  );

  return {
    bucketName: bucket.name,
    bucketId: bucket.selfLink,
    endpoint: pulumi.interpolate`https://storage.googleapis.com/${bucket.name}`,
    // Google's default encryption (nothing set by us), or the Cloud KMS key above.
    encryption: { sseAlgorithm: null, keyManagement: spec.encryption === "customer-managed" ? "customer" : null },
  };
}
