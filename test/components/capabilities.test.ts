/**
 * Features a driver cannot deliver fail the component with SC_PROVIDER_LIMITATION before anything
 * is registered; the user's explicit opt-out (tlsOnly: false, a contract with encryption: any)
 * lets it go on. The portability matrix in docs/portability.md is generated from the same tables.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { renderPortabilityDoc } from "../../src/cli/docs";
import { parseContract } from "../../src/contract/parse";
import { placementOf } from "../../src/contract/target";
import { FEATURES, bucketNeeds, unmetNeeds, virtualMachineNeeds, type CapabilityTable } from "../../src/drivers/capabilities";
import { availableDrivers, driverFor } from "../../src/drivers/registry";
import { SovereignCloudError } from "../../src/errors";
import { Bucket } from "../../src/index";
import { bucketSpec, placementAt, vmSpec } from "../helpers/specs";
import { one, recorded, resetRecorded, settle, useMocks } from "../helpers/pulumi";

beforeAll(async () => {
  await useMocks({ "sovereign-cloud:target": "gcp:europe-west3", "gcp:project": "demo-project" });
});
beforeEach(() => resetRecorded());

describe("a feature the target cannot deliver", () => {
  afterEach(async () => settle());

  it("rejects a TLS-only bucket on Google Cloud and registers nothing", async () => {
    let error: unknown;
    try {
      new Bucket("docs", {});
    } catch (e) {
      error = e;
    }
    await settle();
    expect(SovereignCloudError.is(error) && error.codes).toEqual(["SC_PROVIDER_LIMITATION"]);
    const problem = (error as SovereignCloudError).problems[0]!;
    expect(problem.path).toBe("tlsOnly");
    expect(problem.message).toContain("Cloud Storage has no bucket setting that refuses plain HTTP");
    expect(problem.fix).toContain("tlsOnly: false");
    expect(recorded).toEqual([]);
  });

  it("creates the bucket on Google Cloud once tlsOnly is explicitly false", async () => {
    new Bucket("docs", { tlsOnly: false });
    await settle();
    expect(one("gcp:storage/bucket:Bucket").inputs.location).toBe("EUROPE-WEST3");
  });
});

describe("needs and capability tables", () => {
  const none: CapabilityTable = Object.fromEntries(
    Object.keys(FEATURES).map((f) => [f, { level: "unknown", how: "not sourced." }]),
  ) as CapabilityTable;
  const net = { driver: "aws" as const, placement: placementAt("aws", "eu-central-1"), data: {} };

  it("asks nothing of encryption when the contract says any", () => {
    const needs = bucketNeeds(bucketSpec({ encryption: "any", versioning: false, tlsOnly: false })).map(([f]) => f);
    expect(needs).toEqual([]);
  });

  it("reports every unknown feature a default bucket needs, each with its path", () => {
    const found = unmetNeeds(none, bucketNeeds(bucketSpec({ retentionDays: 30 })), "Example Cloud");
    expect(found.map((p) => [p.code, p.path])).toEqual([
      ["SC_PROVIDER_LIMITATION", "versioning"],
      ["SC_PROVIDER_LIMITATION", "retentionDays"],
      ["SC_PROVIDER_LIMITATION", "encryption"],
      ["SC_PROVIDER_LIMITATION", "tlsOnly"],
    ]);
    expect(found[2]!.message).toBe("Bucket: encryption at rest is not confirmed on Example Cloud: not sourced.");
    expect(found[2]!.fix).toContain("encryption to any");
  });

  it("needs disk encryption for a VM unless the contract says any", () => {
    expect(virtualMachineNeeds(vmSpec("t3.small", net)).map(([f]) => f)).toContain("vm.diskEncryption");
    expect(virtualMachineNeeds(vmSpec("t3.small", net, { encryption: "any" })).map(([f]) => f)).not.toContain("vm.diskEncryption");
  });

  it("gives every driver an answer with a reason for every feature", () => {
    for (const id of availableDrivers()) {
      const table = driverFor(id)!.capabilities;
      for (const f of Object.keys(FEATURES)) expect(table[f as keyof typeof FEATURES]?.how, `${id} ${f}`).toMatch(/\S{3}/);
    }
  });

  it("keeps docs/portability.md in sync with the tables (run `npm run docs`)", () => {
    expect(readFileSync(resolve(__dirname, "../../docs/portability.md"), "utf8")).toBe(renderPortabilityDoc());
  });
});

describe("contract and target", () => {
  it("accepts encryption: any in a contract", () => {
    expect(parseContract({ preset: "eu", encryption: "any" }, "c").value?.encryption).toBe("any");
  });

  it("deploys OVHcloud with the openstack driver when the target asks for it", () => {
    expect(placementOf({ provider: "ovhcloud", region: "gra", driver: "openstack" }, "t").value?.driver).toBe("openstack");
  });

  it("rejects a driver the provider cannot be deployed with", () => {
    const r = placementOf({ provider: "aws", region: "eu-central-1", driver: "openstack" }, "t");
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([["SC_INVALID_ARGUMENT", "t.driver"]]);
  });
});
