import { describe, expect, it } from "vitest";
import { parseConfigValue, residencyInStackFile, RESIDENCY_KEY, stackConfigValue, TARGET_KEY } from "../../src/contract/stack-config";

describe("stack-config keys", () => {
  it("names the keys in the sovereign-cloud namespace", () => {
    expect([TARGET_KEY, RESIDENCY_KEY]).toEqual(["sovereign-cloud:target", "sovereign-cloud:residency"]);
  });

  it("keeps plain text a string and parses JSON objects (how Pulumi passes YAML objects)", () => {
    expect(parseConfigValue("target", " aws:eu-central-1 ")).toEqual({ value: "aws:eu-central-1", problems: [], raw: "aws:eu-central-1" });
    expect(parseConfigValue("residency", '{"preset":"gaia-x-l3"}').value).toEqual({ preset: "gaia-x-l3" });
    expect(parseConfigValue("residency", "  ")).toEqual({ problems: [] });
  });

  it("reports invalid JSON with SC_CONFIG_INVALID at the key", () => {
    const read = parseConfigValue("residency", "{nope");
    expect(read.value).toBeUndefined();
    expect(read.problems.map((p) => `${p.code} ${p.path}`)).toEqual(["SC_CONFIG_INVALID sovereign-cloud:residency"]);
    expect(read.invalidJson).toBeTruthy();
  });

  it("reads a stack's config map and a stack file's contract", () => {
    expect(stackConfigValue({ "sovereign-cloud:target": "scaleway:fr-par" }, "target").value).toBe("scaleway:fr-par");
    expect(residencyInStackFile({ config: { "sovereign-cloud:residency": { preset: "eu" } } })).toEqual({
      found: true,
      value: { preset: "eu" },
    });
    expect(residencyInStackFile({ preset: "eu" })).toEqual({ found: false });
    expect(residencyInStackFile(null)).toEqual({ found: false });
  });
});
