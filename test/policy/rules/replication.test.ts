import { describe, expect, it } from "vitest";
import { replicationRule } from "../../../src/policy/rules/replication";
import { diagnostics, messages, res } from "../helpers";

const rule = replicationRule;
const WITHIN = { preset: "eu", replication: "within-contract" } as const;

function s3(destRegion: string, extra: { destName?: string; status?: string } = {}) {
  const src = res("aws:s3/bucket:Bucket", "src", { bucket: "src-1", region: "eu-central-1", arn: "arn:aws:s3:::src-1" });
  const dest = res("aws:s3/bucket:Bucket", "dest", { bucket: "dest-1", region: destRegion, arn: "arn:aws:s3:::dest-1" });
  const config = res("aws:s3/bucketReplicationConfig:BucketReplicationConfig", "repl", {
    bucket: "src-1",
    region: "eu-central-1",
    rules: [{ id: "r1", status: extra.status ?? "Enabled", destination: { bucket: `arn:aws:s3:::${extra.destName ?? "dest-1"}` } }],
  });
  return [src, dest, config];
}
const azure = (location: string, sku: string) =>
  res("azure-native:storage:StorageAccount", "sa", { location, resourceGroupName: "rg", kind: "StorageV2", sku: { name: sku } });

describe("replication: compliant", () => {
  it("S3 replication inside the region (same-region) and to an allowed region (within-contract)", async () => {
    expect(await messages(rule, s3("eu-central-1"))).toEqual([]);
    expect(await messages(rule, s3("eu-west-1"), WITHIN)).toEqual([]);
  });

  it("a disabled S3 rule copies nothing", async () => {
    expect(await messages(rule, s3("us-east-1", { status: "Disabled" }), WITHIN)).toEqual([]);
  });

  it("finds the destination through the rules' property dependency when its ARN is another bucket's output", async () => {
    const src = res("aws:s3/bucket:Bucket", "src", { bucket: "src-1", region: "eu-central-1" });
    const dest = res("aws:s3/bucket:Bucket", "dest", { region: "eu-north-1" });
    const config = res(
      "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
      "repl",
      { bucket: "src-1", region: "eu-central-1", rules: [{ destination: { bucket: "arn:aws:s3:::dest-abc" } }] },
      { dependencies: [src.urn!, dest.urn!], propertyDependencies: { bucket: [src.urn!], rules: [dest.urn!] } },
    );
    expect(await messages(rule, [src, dest, config], WITHIN)).toEqual([]);
    expect(await messages(rule, [src, dest, config])).toEqual([
      "S3 replication rule #1 copies data to aws:eu-north-1, but the contract keeps data in one region (replication: same-region).",
    ]);
  });

  it("single-region GCS, a multi-region under within-contract, Azure LRS, and Azure GRS to an allowed pair", async () => {
    expect(
      await messages(rule, [
        res("gcp:storage/bucket:Bucket", "b", { location: "EUROPE-WEST3" }),
        azure("germanywestcentral", "Standard_ZRS"),
      ]),
    ).toEqual([]);
    expect(
      await messages(rule, [res("gcp:storage/bucket:Bucket", "b", { location: "EU" }), azure("francecentral", "Standard_RAGRS")], WITHIN),
    ).toEqual([]);
  });

  it("OVHcloud replication and DynamoDB replicas to allowed regions under within-contract", async () => {
    const ovh = res("ovh:CloudProject/storage:Storage", "o", {
      regionName: "GRA",
      replication: { rules: [{ status: "enabled", destination: { name: "copy", region: "SBG" } }] },
    });
    const table = res("aws:dynamodb/table:Table", "t", { region: "eu-central-1", replicas: [{ regionName: "eu-west-3" }] });
    expect(await messages(rule, [ovh, table], WITHIN)).toEqual([]);
  });
});

describe("replication: violations", () => {
  it("same-region: S3 replication to another region (mandatory, on the replication configuration)", async () => {
    expect(await diagnostics(rule, s3("eu-west-1"))).toEqual([
      {
        policyName: "replication",
        enforcementLevel: "mandatory",
        urn: "urn:pulumi:test::test::aws:s3/bucketReplicationConfig:BucketReplicationConfig::repl",
        message:
          'S3 replication rule "r1" copies data to aws:eu-west-1, but the contract keeps data in one region (replication: same-region).',
      },
    ]);
  });

  it("within-contract: S3 replication out of the EU", async () => {
    expect(await messages(rule, s3("us-east-1"), WITHIN)).toEqual([
      `S3 replication rule "r1" copies data to aws:us-east-1, which violates the contract's dataLocation clause: aws:us-east-1 is in US (United States), which is outside the EU (27 member states).`,
    ]);
  });

  it("within-contract: a Bucket's inline replicationConfiguration", async () => {
    const dest = res("aws:s3/bucket:Bucket", "dest", { bucket: "dest-1", region: "eu-west-2" });
    const src = res("aws:s3/bucket:Bucket", "src", {
      bucket: "src-1",
      region: "eu-central-1",
      replicationConfiguration: { role: "r", rules: [{ status: "Enabled", destination: { bucket: "arn:aws:s3:::dest-1" } }] },
    });
    expect(await messages(rule, [src, dest], WITHIN)).toEqual([
      "S3 replication rule #1 copies data to aws:eu-west-2, which violates the contract's dataLocation clause: aws:eu-west-2 is in GB (United Kingdom), which is outside the EU (27 member states).",
    ]);
  });

  it("same-region: a GCS multi-region", async () => {
    const [m] = await messages(rule, [res("gcp:storage/bucket:Bucket", "b", { location: "EU" })]);
    expect(m).toMatch(
      /^gcp:eu violates the contract's replication clause: gcp:eu \(EU \(multiple regions in the European Union\)\) is a multi-region that stores copies in europe-central2, .*, but the contract keeps data in one region\.$/,
    );
  });

  it("within-contract: a configurable dual-region with a data location outside the EU", async () => {
    const b = res("gcp:storage/bucket:Bucket", "b", {
      location: "EU",
      customPlacementConfig: { dataLocations: ["EUROPE-WEST3", "EUROPE-WEST2"] },
    });
    expect(await messages(rule, [b], WITHIN)).toEqual([
      "a configurable dual-region bucket copies data to gcp:europe-west2, which violates the contract's dataLocation clause: gcp:europe-west2 is in GB (United Kingdom), which is outside the EU (27 member states).",
    ]);
  });

  it("same-region: Azure geo-redundant storage copies to the pair", async () => {
    expect(await messages(rule, [azure("francecentral", "Standard_GRS")])).toEqual([
      "geo-redundant storage (sku Standard_GRS) copies data to azure:francesouth, but the contract keeps data in one region (replication: same-region).",
    ]);
  });

  it("within-contract: an Azure pair outside the contract's countries", async () => {
    expect(await messages(rule, [azure("westeurope", "Standard_GZRS")], { ...WITHIN, countries: ["NL"] })).toEqual([
      "geo-redundant storage (sku Standard_GZRS) copies data to azure:northeurope, which violates the contract's countries clause: azure:northeurope is in IE (Ireland), not one of the contract's countries (NL).",
    ]);
  });

  it("within-contract: OVHcloud replication to London and a DynamoDB replica in the US", async () => {
    const ovh = res("ovh:CloudProject/storage:Storage", "o", {
      regionName: "GRA",
      replication: { rules: [{ destination: { name: "copy", region: "UK" } }] },
    });
    const table = res("aws:dynamodb/table:Table", "t", { region: "eu-central-1", replicas: [{ regionName: "us-east-1" }] });
    expect(await messages(rule, [ovh, table], WITHIN)).toEqual([
      `OVHcloud replication to "copy" copies data to ovhcloud:uk, which violates the contract's dataLocation clause: ovhcloud:uk is in GB (United Kingdom), which is outside the EU (27 member states).`,
      "a DynamoDB global-table replica copies data to aws:us-east-1, which violates the contract's dataLocation clause: aws:us-east-1 is in US (United States), which is outside the EU (27 member states).",
    ]);
  });
});

describe("replication: cannot tell", () => {
  it("an S3 destination bucket that is not in the program", async () => {
    expect(await messages(rule, s3("eu-central-1", { destName: "somebody-elses" }), WITHIN)).toEqual([
      'cannot tell where S3 replication rule "r1" copies data to: its destination bucket arn:aws:s3:::somebody-elses is not in this program, and an S3 ARN does not say its region. A copy whose location cannot be read never counts as compliant.',
    ]);
  });

  it("Azure geo-redundancy in a region without a pair in the catalog", async () => {
    expect(await messages(rule, [azure("polandcentral", "Standard_GRS")], WITHIN)).toEqual([
      "cannot tell where geo-redundant storage (sku Standard_GRS) copies data to: azure:polandcentral has no paired region, so where Azure keeps the geo-redundant copy is not in the catalog. A copy whose location cannot be read never counts as compliant.",
    ]);
  });

  it("Azure geo-redundancy whose pair is not confirmed", async () => {
    const [m] = await messages(rule, [azure("finlandcentral", "Standard_RAGZRS")], WITHIN);
    expect(m).toMatch(
      /^cannot tell where geo-redundant storage \(sku Standard_RAGZRS\) copies data to: the paired region of azure:finlandcentral is not confirmed \(/,
    );
  });

  it("an OVHcloud replication rule without a destination region", async () => {
    const ovh = res("ovh:CloudProject/storage:Storage", "o", {
      regionName: "GRA",
      replication: { rules: [{ destination: { name: "copy" } }] },
    });
    expect(await messages(rule, [ovh], WITHIN)).toEqual([
      'cannot tell where OVHcloud replication to "copy" copies data to: the replication rule names no destination region. A copy whose location cannot be read never counts as compliant.',
    ]);
  });
});
