/** The Bucket's replication choice on Azure: geo-redundant only to a pair the contract also allows. */
import { beforeAll, beforeEach, expect, it } from "vitest";
import { Bucket } from "../../src/index";
import { one, resetRecorded, settle, useMocks } from "../helpers/pulumi";

beforeAll(async () => {
  await useMocks({ "sovereign-cloud:target": "azure:westeurope" });
});
beforeEach(() => resetRecorded());

async function skuFor(residency: object): Promise<string> {
  new Bucket("docs", { residency });
  await settle();
  return one("azure-native:storage:StorageAccount").inputs.sku.name;
}

it("keeps data in the region when the contract says same-region", async () => {
  expect(await skuFor({ replication: "same-region" })).toBe("Standard_ZRS");
});

it("replicates West Europe (NL) to its pair North Europe (IE) when the contract allows EU-wide copies", async () => {
  expect(await skuFor({ replication: "within-contract" })).toBe("Standard_GZRS");
});

it("does not replicate to the pair when the pair's country is outside the contract's countries", async () => {
  expect(await skuFor({ replication: "within-contract", countries: ["NL"] })).toBe("Standard_ZRS");
});

it("puts a bucket in the GCS EU multi-region only when the contract allows copies across EU regions", async () => {
  const { SovereignCloudError } = await import("../../src/errors");
  const target = "gcp:eu";
  const overrides = { gcp: { project: "sovereign-test-project" } };
  try {
    new Bucket("eu-same", { target, residency: "eu", overrides });
    expect.unreachable("same-region contract accepted a multi-region");
  } catch (e) {
    expect(SovereignCloudError.is(e) && e.codes).toEqual(["SC_RESIDENCY_REPLICATION"]);
  }
  new Bucket("eu-wide", { target, residency: { replication: "within-contract" }, tlsOnly: false, overrides });
  await settle();
  expect(one("gcp:storage/bucket:Bucket").inputs.location).toBe("EU");
});
