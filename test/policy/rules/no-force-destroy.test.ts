import { describe, expect, it } from "vitest";
import { resourceValidationArgs, type ResourceInput } from "../../../src/policy/args";
import { noForceDestroyRule as rule } from "../../../src/policy/rules/no-force-destroy";
import { contract, messages, mutated, res, sdkProxy, UNKNOWN } from "./harness";

/** Buckets as sovereign-cloud's drivers create them (forceDestroy only with emptyOnDelete, default false). */
const compliant: ResourceInput[] = [
  res("aws:s3/bucket:Bucket", "s3", { forceDestroy: false, objectLockEnabled: true }),
  res("aws:s3/bucketV2:BucketV2", "s3v2", {}),
  res("gcp:storage/bucket:Bucket", "gcs", { location: "EUROPE-WEST4", forceDestroy: false }),
  res("scaleway:object/bucket:Bucket", "scw", { name: "scw" }),
  res("openstack:objectstorage/container:Container", "swift", { name: "c" }),
  res("azure-native:storage:StorageAccount", "sa", { kind: "StorageV2" }),
];

function change(name: string, mutate: (props: Record<string, any>) => void): ResourceInput[] {
  return compliant.map((r) => (r.name === name ? { ...r, props: mutated(r.props, mutate) } : r));
}
const c = contract();

describe("no-force-destroy", () => {
  it("is a mandatory resource rule named after its file that says retainOnDelete is invisible to it", () => {
    expect([rule.kind, rule.name, rule.enforcementLevel, rule.severity]).toEqual(["resource", "no-force-destroy", "mandatory", "high"]);
    expect(rule.description).toContain("retainOnDelete resource option is not visible to policies");
  });

  it("passes buckets without forceDestroy", async () => {
    expect(await messages(rule, compliant, c)).toEqual([]);
  });

  it.each([
    ["s3", "S3 bucket"],
    ["s3v2", "S3 bucket"],
    ["gcs", "Cloud Storage bucket"],
    ["scw", "Scaleway bucket"],
    ["swift", "OpenStack Swift container"],
  ])("reports forceDestroy: true on %s", async (name, what) => {
    expect(
      await messages(
        rule,
        change(name, (p) => (p.forceDestroy = true)),
        c,
      ),
    ).toEqual([`${what} sets forceDestroy: true, so a destroy or replacement deletes it with every object in it.`]);
  });

  it("does not credit protect: it is lifted before a destroy", async () => {
    const protectedBucket = change("s3", (p) => (p.forceDestroy = true)).map((r) => (r.name === "s3" ? { ...r, protect: true } : r));
    expect(await messages(rule, protectedBucket, c)).toHaveLength(1);
  });

  it("fails on a forceDestroy not known during preview instead of passing it", () => {
    const bucket = res("aws:s3/bucket:Bucket", "s3", { forceDestroy: UNKNOWN });
    expect(() => rule.validate(resourceValidationArgs(bucket), c, () => undefined)).toThrow(
      "value at .forceDestroy can't be known during preview",
    );
    const proxied = { ...resourceValidationArgs(bucket), props: sdkProxy.unknownCheckingProxy(bucket.props) };
    expect(() => rule.validate(proxied, c, () => undefined)).toThrow(sdkProxy.UnknownValueError);
  });
});
