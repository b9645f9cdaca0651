import { describe, expect, it } from "vitest";
import { dataLocationRule } from "../../../src/policy/rules/data-location";
import { diagnostics, messages, provider, res } from "../helpers";

const rule = dataLocationRule;
const awsEu = provider("aws", "eu", { region: "eu-central-1" });
const awsUs = provider("aws", "us", { region: "us-east-1" });

describe("data-location: compliant", () => {
  it("passes resources in allowed regions, from the resource, the provider, an S3 endpoint or a GCS multi-region", async () => {
    const resources = [
      res("aws:s3/bucket:Bucket", "own-region", { region: "eu-west-3" }, { provider: awsUs }),
      res("aws:ec2/instance:Instance", "provider-region", {}, { provider: awsEu }),
      res(
        "aws:s3/bucketV2:BucketV2",
        "hetzner",
        { region: "fsn1" },
        { provider: provider("aws", "hz", { region: "fsn1", endpoints: '[{"s3":"https://fsn1.your-objectstorage.com"}]' }) },
      ),
      res("gcp:storage/bucket:Bucket", "eu-multi", { location: "EU" }),
      res("azure-native:storage:StorageAccount", "sa", { location: "francecentral", resourceGroupName: "rg" }),
      res("scaleway:instance/server:Server", "srv", { zone: "nl-ams-1" }),
      res("ovh:CloudProject/storage:Storage", "ovh", { regionName: "GRA" }),
      res(
        "openstack:compute/instance:Instance",
        "otc",
        {},
        { provider: provider("openstack", "otc", { authUrl: "https://iam.eu-de.otc.t-systems.com/v3" }) },
      ),
    ];
    expect(await messages(rule, resources)).toEqual([]);
  });

  it("leaves to others: global objects without data, global services, provider resources, foreign packages, Azure resources that inherit", async () => {
    const resources = [
      res("hcloud:index/firewall:Firewall", "fw", {}),
      res("aws:cloudfront/distribution:Distribution", "cdn", {}, { provider: awsUs }),
      res("pulumi:providers:aws", "us", { region: "us-east-1" }),
      res("random:index/randomPet:RandomPet", "pet", {}),
      res("sovereign-cloud:index:Bucket", "component", {}),
      res("azure-native:storage:BlobContainer", "c", { accountName: "sa", resourceGroupName: "rg" }),
    ];
    expect(await messages(rule, resources)).toEqual([]);
  });
});

describe("data-location: one violation per clause", () => {
  it("dataLocation: a bucket whose provider is in us-east-1 (mandatory)", async () => {
    const ds = await diagnostics(rule, [res("aws:s3/bucket:Bucket", "docs", {}, { provider: awsUs })]);
    expect(ds).toEqual([
      {
        policyName: "data-location",
        enforcementLevel: "mandatory",
        urn: "urn:pulumi:test::test::aws:s3/bucket:Bucket::docs",
        message:
          "aws:us-east-1 (from its provider) violates the contract's dataLocation clause: aws:us-east-1 is in US (United States), which is outside the EU (27 member states).",
      },
    ]);
  });

  it("dataLocation: a GCS dual-region with a member outside the EU (EUR5 includes London)", async () => {
    expect(await messages(rule, [res("gcp:storage/bucket:Bucket", "b", { location: "EUR5" })])).toEqual([
      "gcp:eur5 violates the contract's dataLocation clause: gcp:europe-west2 is in GB (United Kingdom), which is outside the EU (27 member states).",
    ]);
  });

  it("countries: an Azure account in the Netherlands when the contract names France", async () => {
    expect(
      await messages(rule, [res("azure-native:storage:StorageAccount", "sa", { location: "westeurope", resourceGroupName: "rg" })], {
        preset: "eu",
        countries: ["FR"],
      }),
    ).toEqual([
      "azure:westeurope violates the contract's countries clause: azure:westeurope is in NL (Netherlands), not one of the contract's countries (FR).",
    ]);
  });

  it("certifications: a certification the catalog cannot confirm", async () => {
    expect(
      await messages(rule, [res("scaleway:object/bucket:Bucket", "b", { region: "fr-par" })], { preset: "eu", certifications: ["bsi-c5"] }),
    ).toEqual([
      "scaleway:fr-par violates the contract's certifications clause: no confirmed bsi-c5 for scaleway:fr-par (Paris) or Scaleway in the catalog.",
    ]);
  });

  it("regionStatus: a region whose status no source confirms (announced at most)", async () => {
    const [message, ...rest] = await messages(rule, [res("azure-native:resources:ResourceGroup", "rg", { location: "finlandcentral" })]);
    expect(rest).toEqual([]);
    expect(message).toContain(
      "azure:finlandcentral violates the contract's regionStatus clause: the status of azure:finlandcentral (Finland Central) is not confirmed",
    );
  });

  it("regionStatus: Denmark East passes since Microsoft lists it as available (2026-03-23)", async () => {
    expect(await messages(rule, [res("azure-native:resources:ResourceGroup", "rg", { location: "denmarkeast" })])).toEqual([]);
  });

  it("applies the policy's own config on top of the pack-wide contract", async () => {
    const sa = res("azure-native:storage:StorageAccount", "sa", { location: "francecentral", resourceGroupName: "rg" });
    expect(await messages(rule, [sa], "eu", { countries: ["DE"] })).toEqual([
      "azure:francecentral violates the contract's countries clause: azure:francecentral is in FR (France), not one of the contract's countries (DE).",
    ]);
    expect(await messages(rule, [sa], "eu", { enforcementLevel: "mandatory" })).toEqual([]);
  });
});

describe("data-location: cannot tell", () => {
  const cases: [string, ReturnType<typeof res>, string][] = [
    [
      "no region anywhere",
      res("aws:s3/bucket:Bucket", "b", {}, { provider: provider("aws", "default", {}) }),
      'cannot tell where aws:s3/bucket:Bucket "b" lives: no location on the resource and none on its provider (set `region` on the resource or its provider (stack config aws:region)). A location that cannot be read never counts as compliant.',
    ],
    [
      "an S3 endpoint the catalog does not know",
      res(
        "aws:s3/bucket:Bucket",
        "b",
        { region: "eu-central-1" },
        { provider: provider("aws", "minio", { region: "eu-central-1", endpoints: '[{"s3":"https://minio.example.com"}]' }) },
      ),
      'cannot tell where aws:s3/bucket:Bucket "b" lives: its provider sends S3 requests to https://minio.example.com, an endpoint the catalog does not know. A location that cannot be read never counts as compliant.',
    ],
    [
      "an OpenStack cloud the catalog does not know",
      res(
        "openstack:blockstorage/volume:Volume",
        "v",
        { region: "RegionOne" },
        { provider: provider("openstack", "private", { authUrl: "https://keystone.example.org/v3" }) },
      ),
      'cannot tell where openstack:blockstorage/volume:Volume "v" lives: its OpenStack provider authenticates at https://keystone.example.org/v3, a cloud the catalog does not know. A location that cannot be read never counts as compliant.',
    ],
    [
      "a region the catalog does not have",
      res("gcp:storage/bucket:Bucket", "b", { location: "MARS1" }),
      'cannot tell where gcp:storage/bucket:Bucket "b" lives: gcp location "MARS1" is not in the catalog, so where it is cannot be confirmed. A location that cannot be read never counts as compliant.',
    ],
  ];
  for (const [what, resource, message] of cases) {
    it(`reports ${what}`, async () => {
      expect(await messages(rule, [resource])).toEqual([message]);
    });
  }
});
