import { describe, expect, it } from "vitest";
import { providerControlRule } from "../../../src/policy/rules/provider-control";
import { diagnostics, messages, provider, res } from "../helpers";

const rule = providerControlRule;
const L3 = "gaia-x-l3";
const otc = provider("openstack", "otc", { authUrl: "https://iam.eu-de.otc.t-systems.com/v3" });

describe("provider-control: compliant", () => {
  it("passes EU-controlled operators by catalog fact (Scaleway, OVHcloud, Open Telekom Cloud)", async () => {
    const resources = [
      res("scaleway:object/bucket:Bucket", "s", { region: "fr-par" }),
      res("ovh:CloudProject/storage:Storage", "o", { regionName: "GRA" }),
      res("openstack:compute/instance:Instance", "t", {}, { provider: otc }),
      res(
        "aws:s3/bucket:Bucket",
        "on-scaleway",
        {},
        { provider: provider("aws", "scw", { endpoints: '[{"s3":"https://s3.fr-par.scw.cloud"}]' }) },
      ),
    ];
    expect(await messages(rule, resources, L3)).toEqual([]);
  });

  it("asks nothing when the contract allows any operator", async () => {
    expect(
      await messages(rule, [res("aws:s3/bucket:Bucket", "a", { region: "eu-central-1" }), res("aws:s3/bucket:Bucket", "b", {})], "eu"),
    ).toEqual([]);
  });

  it("does not judge global objects without data", async () => {
    expect(await messages(rule, [res("gcp:compute/network:Network", "n", {})], L3)).toEqual([]);
  });
});

describe("provider-control: violations", () => {
  it("a hyperscaler region (mandatory)", async () => {
    expect(await diagnostics(rule, [res("aws:s3/bucket:Bucket", "a", { region: "eu-central-1" })], L3)).toEqual([
      {
        policyName: "provider-control",
        enforcementLevel: "mandatory",
        urn: "urn:pulumi:test::test::aws:s3/bucket:Bucket::a",
        message:
          "aws:eu-central-1 violates the contract's providerControl clause: Amazon Web Services EMEA SARL, headquartered in LU (Luxembourg), is controlled from outside the EU/EEA (parent: Amazon.com, Inc. (Seattle, US)).",
      },
    ]);
  });

  it("a region run by a non-EU entity of an EU provider (OVHcloud US)", async () => {
    expect(await messages(rule, [res("ovh:CloudProject/instance:Instance", "i", { region: "us-east-va" })], L3)).toEqual([
      "ovhcloud:us-east-va violates the contract's providerControl clause: OVH US LLC is headquartered in US (United States), outside the EU/EEA.",
    ]);
  });

  it("judges the provider when the region cannot be read but every region has the provider's operator (Azure)", async () => {
    expect(await messages(rule, [res("azure-native:storage:StorageAccount", "sa", { resourceGroupName: "rg" })], L3)).toEqual([
      "Microsoft Azure violates the contract's providerControl clause: Microsoft Ireland Operations Limited, headquartered in IE (Ireland), is controlled from outside the EU/EEA (parent: Microsoft Corporation (Redmond, US)).",
    ]);
  });

  it("an operator whose control is not confirmed never passes (AWS European Sovereign Cloud)", async () => {
    const [m] = await messages(rule, [res("aws:s3/bucket:Bucket", "e", { region: "eusc-de-east-1" })], L3);
    expect(m).toMatch(
      /^aws:eusc-de-east-1 violates the contract's providerControl clause: whether AWS European Sovereign Cloud GmbH is headquartered and controlled in the EU\/EEA is not confirmed/,
    );
  });
});

describe("provider-control: cannot tell", () => {
  it("a provider with regions of different operators, and no readable region", async () => {
    expect(await messages(rule, [res("aws:s3/bucket:Bucket", "b", {})], L3)).toEqual([
      'cannot tell who operates aws:s3/bucket:Bucket "b": Amazon Web Services has regions run by different operators and the region cannot be read (no location on the resource and none on its provider (set `region` on the resource or its provider (stack config aws:region))). An operator that cannot be told never counts as EU-controlled.',
    ]);
  });

  it("an S3 endpoint the catalog does not know", async () => {
    expect(
      await messages(
        rule,
        [res("aws:s3/bucket:Bucket", "m", {}, { provider: provider("aws", "m", { endpoints: [{ s3: "https://minio.example.com" }] }) })],
        L3,
      ),
    ).toEqual([
      'cannot tell who operates aws:s3/bucket:Bucket "m": its provider sends S3 requests to https://minio.example.com, an endpoint the catalog does not know. An operator that cannot be told never counts as EU-controlled.',
    ]);
  });
});
