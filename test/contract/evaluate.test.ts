import { describe, expect, it } from "vitest";
import { PROVIDERS } from "../../src/catalog/providers";
import { findRegion, REGIONS } from "../../src/catalog/regions/index";
import type { ProviderId, RegionFacts } from "../../src/catalog/types";
import { evaluate, type Verdict } from "../../src/contract/evaluate";
import { parseContract } from "../../src/contract/parse";
import type { ResidencyContract } from "../../src/contract/schema";

function contract(input: unknown): ResidencyContract {
  const r = parseContract(input, "test");
  if (!r.value) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

function at(provider: ProviderId, code: string): { provider: (typeof PROVIDERS)[ProviderId]; region: RegionFacts } {
  const region = findRegion(provider, code);
  if (!region) throw new Error(`no ${provider}:${code} in the catalog`);
  return { provider: PROVIDERS[provider], region };
}

const clauses = (v: Verdict) => v.violations.map((x) => x.clause);

describe("evaluate", () => {
  it("accepts eu-central-1 (Frankfurt, DE) under an EU contract", () => {
    const v = evaluate(contract("eu"), at("aws", "eu-central-1"));
    expect(v.satisfied).toBe(true);
    expect(v.violations).toEqual([]);
    expect(v.satisfiedClauses).toContain("dataLocation");
    expect(v.alternatives).toEqual([]);
  });

  it("rejects eu-west-2 (London) under an EU contract, by fact and with its source", () => {
    const v = evaluate(contract("eu"), at("aws", "eu-west-2"));
    expect(v.satisfied).toBe(false);
    expect(v.violations).toHaveLength(1);
    const [x] = v.violations;
    expect(x).toMatchObject({ clause: "dataLocation", code: "SC_RESIDENCY_DATA_LOCATION", unknown: false });
    expect(x!.reason).toContain("GB (United Kingdom)");
    expect(x!.facts[0]!.source).toBeTruthy();
  });

  it("rejects eu-central-2 (Zurich) under an EU contract", () => {
    const v = evaluate(contract("eu"), at("aws", "eu-central-2"));
    expect(clauses(v)).toEqual(["dataLocation"]);
    expect(v.violations[0]!.reason).toContain("CH (Switzerland)");
  });

  it("accepts Zurich under eu-data-boundary and adequacy, and London only under adequacy", () => {
    expect(evaluate(contract("eu-data-boundary"), at("aws", "eu-central-2")).satisfied).toBe(true);
    expect(evaluate(contract("adequacy"), at("aws", "eu-central-2")).satisfied).toBe(true);
    expect(evaluate(contract("eu-data-boundary"), at("aws", "eu-west-2")).satisfied).toBe(false);
    expect(evaluate(contract("adequacy"), at("aws", "eu-west-2")).satisfied).toBe(true);
  });

  it("rejects a US region even under adequacy: the US decision covers DPF organisations, not places", () => {
    const v = evaluate(contract("adequacy"), at("aws", "us-east-1"));
    expect(clauses(v)).toEqual(["dataLocation"]);
    expect(v.violations[0]!.reason).toContain("partial adequacy");
  });

  it("suggests placements that satisfy the contract, same provider first", () => {
    const c = contract("eu");
    const v = evaluate(c, at("aws", "eu-west-2"));
    expect(v.alternatives.length).toBeGreaterThan(0);
    expect(v.alternatives[0]).toMatch(/^aws:/);
    for (const alt of v.alternatives) {
      const [p, r] = alt.split(":") as [ProviderId, string];
      expect(evaluate(c, at(p, r)).satisfied, alt).toBe(true);
    }
  });

  it("narrows to the contract's countries", () => {
    const v = evaluate(contract({ countries: ["FR"] }), at("aws", "eu-central-1"));
    expect(clauses(v)).toEqual(["countries"]);
    expect(evaluate(contract({ countries: ["FR"] }), at("aws", "eu-west-3")).satisfied).toBe(true);
  });

  it.each(["aws", "azure", "gcp"] as const)("rejects every %s region under providerControl: eu", (provider) => {
    const regions = REGIONS.filter((r) => r.provider === provider);
    expect(regions.length).toBeGreaterThan(0);
    for (const region of regions) {
      const v = evaluate(contract({ providerControl: "eu", dataLocation: "adequacy" }), { provider: PROVIDERS[provider], region });
      expect(clauses(v), `${provider}:${region.code}`).toContain("providerControl");
    }
  });

  it("treats an unconfirmed country as unknown, never as compliant", () => {
    const v = evaluate(contract("adequacy"), at("gcp", "europe-west15"));
    expect(v.satisfied).toBe(false);
    const x = v.violations.find((y) => y.clause === "dataLocation");
    expect(x?.unknown).toBe(true);
  });

  it("requires confirmed certifications and reports them as unknown when the catalog cannot show them", () => {
    const v = evaluate(contract({ certifications: ["secnumcloud"] }), at("aws", "eu-west-3"));
    expect(v.violations).toMatchObject([{ clause: "certifications", unknown: true }]);
  });

  it("checks every member of a multi-region: EUR5 stores data in London", () => {
    const v = evaluate(contract({ replication: "within-contract" }), at("gcp", "eur5"));
    expect(clauses(v)).toEqual(["dataLocation"]);
    expect(v.violations[0]!.reason).toContain("europe-west2");
  });

  it("rejects a multi-region when the contract keeps data in one region", () => {
    const v = evaluate(contract("eu"), at("gcp", "eur4"));
    expect(clauses(v)).toEqual(["replication"]);
    expect(evaluate(contract({ replication: "within-contract" }), at("gcp", "eur4")).satisfied).toBe(true);
  });
});
