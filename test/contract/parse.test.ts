import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseContract } from "../../src/contract/parse";
import { PRESETS, PRESET_NAMES, presetContract } from "../../src/contract/presets";
import { residencyContractSchema } from "../../src/contract/schema";

const codes = (input: unknown) => parseContract(input, "args.residency").problems.map((p) => p.code);

describe("parseContract", () => {
  it("defaults an empty object to the eu preset's clauses", () => {
    const r = parseContract({}, "args.residency");
    expect(r.value).toEqual({ ...presetContract("eu"), preset: undefined });
  });

  it("expands a preset name into its full contract", () => {
    expect(parseContract("gaia-x-l3", "x").value).toEqual({
      preset: "gaia-x-l3",
      dataLocation: "eea",
      providerControl: "eu",
      certifications: [],
      encryption: "provider-managed",
      replication: "within-contract",
    });
  });

  it("lets fields override the preset they start from", () => {
    const r = parseContract({ preset: "gaia-x-l2", countries: ["de", "FR"], encryption: "customer-managed" }, "x");
    expect(r.value).toMatchObject({ dataLocation: "eea", countries: ["DE", "FR"], encryption: "customer-managed", preset: "gaia-x-l2" });
  });

  it("parses every preset into a contract the schema accepts", () => {
    for (const name of PRESET_NAMES) {
      const r = parseContract(name, "x");
      expect(r.problems, name).toEqual([]);
      expect(residencyContractSchema.parse(r.value)).toEqual(r.value);
      expect(PRESETS[name].summary.length).toBeGreaterThan(10);
    }
  });

  it("suggests the closest preset for a typo", () => {
    const r = parseContract("gaiax-l3", "sovereign-cloud:residency");
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: "SC_UNKNOWN_PRESET", path: "sovereign-cloud:residency" });
    expect(r.problems[0]!.message).toContain('Did you mean "gaia-x-l3"');
  });

  it("reports an unknown data location with the allowed values", () => {
    const r = parseContract({ dataLocation: "europe" }, "args.residency");
    expect(r.problems[0]).toMatchObject({ code: "SC_CONTRACT_INVALID", path: "args.residency.dataLocation", received: '"europe"' });
    expect(r.problems[0]!.allowed).toContain('"eu"');
  });

  it("reports an unknown field and suggests the real one", () => {
    const r = parseContract({ dataLocaton: "eu" }, "args.residency");
    expect(r.problems[0]!.code).toBe("SC_CONTRACT_INVALID");
    expect(r.problems[0]!.message).toContain('did you mean "dataLocation"');
  });

  it("collects several problems at once", () => {
    expect(codes({ dataLocation: "mars", providerControl: "us", certifications: ["iso-9001"] })).toEqual([
      "SC_CONTRACT_INVALID",
      "SC_CONTRACT_INVALID",
      "SC_CONTRACT_INVALID",
    ]);
  });

  it("rejects countries outside the data location as a conflict", () => {
    const r = parseContract({ dataLocation: "eu", countries: ["DE", "GB", "CH"] }, "args.residency");
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: "SC_CONTRACT_CONFLICT", path: "args.residency.countries" });
    expect(r.problems[0]!.message).toContain("GB, CH are outside");
  });

  it("accepts GB under adequacy but not under eea", () => {
    expect(codes({ dataLocation: "adequacy", countries: ["GB"] })).toEqual([]);
    expect(codes({ dataLocation: "eea", countries: ["GB"] })).toEqual(["SC_CONTRACT_CONFLICT"]);
  });

  it("keeps partial adequacy countries (US DPF, Canada commercial) out of adequacy", () => {
    expect(codes({ dataLocation: "adequacy", countries: ["US"] })).toEqual(["SC_CONTRACT_CONFLICT"]);
    expect(codes({ dataLocation: "adequacy", countries: ["CA"] })).toEqual(["SC_CONTRACT_CONFLICT"]);
  });

  it("rejects malformed country codes, empty lists and duplicates", () => {
    expect(codes({ countries: ["Germany"] })).toEqual(["SC_CONTRACT_INVALID"]);
    expect(codes({ countries: [] })).toEqual(["SC_CONTRACT_INVALID"]);
    expect(codes({ countries: ["DE", "de"] })).toEqual(["SC_CONTRACT_CONFLICT"]);
  });

  it("rejects a contract that is neither a string nor an object", () => {
    expect(codes(42)).toEqual(["SC_CONTRACT_INVALID"]);
    expect(codes(["eu"])).toEqual(["SC_CONTRACT_INVALID"]);
  });

  it("produces a JSON schema for the policy pack from the same zod schema", () => {
    const schema = z.toJSONSchema(residencyContractSchema) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["dataLocation", "countries", "providerControl", "certifications", "encryption", "replication"]),
    );
    expect(schema.required).toEqual(expect.arrayContaining(["dataLocation", "providerControl"]));
  });
});
