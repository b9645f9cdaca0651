import * as pulumi from "@pulumi/pulumi";
import { PROVIDERS } from "../catalog/providers";
import { findRegion } from "../catalog/regions/index";
import { evaluate } from "../contract/evaluate";
import type { ResolvedContext } from "./context";
import { bucketNeeds } from "../drivers/capabilities";
import { bucketSpec, checkBucketArgs, type BucketArgs } from "./bucket-spec";
import { encryptionNotWeaker } from "./checks";
import { PlacedComponent } from "./component";
import { driverProblems, driverScope, prepare } from "./prepare";
import { bucketDeployment } from "./deployment";
import { residencyRecord } from "./residency";

export type { BucketArgs, BucketLifecycleArgs } from "./bucket-spec";

/**
 * A private object-storage bucket, placed by target and checked against the residency contract
 * before anything is created. Always private, encrypted at rest, TLS-only, versioned by default,
 * and kept when the stack is destroyed unless `retainOnDelete: false`.
 *
 * @example
 * const docs = new Bucket("documents", { retentionDays: 365, lifecycle: { coldAfterDays: 90 } });
 * export const endpoint = docs.endpoint;
 */
export class Bucket extends PlacedComponent {
  /** The provider's name of the bucket (S3 bucket, Azure container, GCS bucket). */
  public readonly bucketName!: pulumi.Output<string>;
  /** The provider's id of the bucket (ARN, Azure resource id, GCS self link). */
  public readonly bucketId!: pulumi.Output<string>;
  /** HTTPS endpoint of the bucket. */
  public readonly endpoint!: pulumi.Output<string>;

  constructor(name: string, args: BucketArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    // Everything is validated before super(): a rejected bucket registers nothing, not even itself.
    const prepared = prepare("Bucket", name, args, "bucket", opts, {
      checkArgs: checkBucketArgs,
      checkWithContract: encryptionNotWeaker("bucket"),
      spec: (c) => bucketSpec(args, c.contract, geoRedundantTarget(c)),
      checkDriver: (c, s, at) => driverProblems(c, bucketNeeds(s), c.driver.checkBucket(s, at)),
    });
    super(name, prepared);
    const { ctx, spec } = prepared;
    const result = ctx.driver.bucket(spec, driverScope(name, this, prepared));
    this.publish<Bucket>({
      bucketName: result.bucketName,
      bucketId: result.bucketId,
      endpoint: result.endpoint,
      region: pulumi.output(ctx.placement.region.code),
      residency: pulumi.output(residencyRecord(ctx, undefined, { bucket: bucketDeployment(spec, result.encryption) })),
    });
  }
}

/**
 * The provider's geo-redundant pair, when the contract allows replication and the pair itself
 * satisfies the contract; otherwise data stays in the region.
 */
function geoRedundantTarget(ctx: ResolvedContext): string | undefined {
  const pair = ctx.placement.region.pairedRegion;
  if (ctx.contract.replication !== "within-contract" || !pair?.confirmed || pair.value === null) return undefined;
  const region = findRegion(ctx.placement.provider.id, pair.value);
  if (!region) return undefined;
  return evaluate(ctx.contract, { provider: PROVIDERS[region.provider], region }).satisfied ? region.code : undefined;
}
