import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { presetContract } from "../../src/contract/presets";
import { residencyContractSchema } from "../../src/contract/schema";
import { CONTRACT_ENV, contractConfigSchema, contractFor, packContract } from "../../src/policy/config";
import { ALL_RULES, policies, RULES, runPolicies } from "../../src/policy/index";
import { dataLocationRule } from "../../src/policy/rules/data-location";
import { res } from "./helpers";

const PACK = resolve(__dirname, "../../policy");
const usBucket = res("aws:s3/bucket:Bucket", "b", { region: "us-east-1" });

describe("policies()", () => {
  it("wraps every rule into a policy with its severity, level, remediation and the contract as config schema", () => {
    const ps = policies();
    expect(ps.map((p) => p.name)).toEqual(ALL_RULES.map((r) => r.name));
    for (const [i, p] of ps.entries()) {
      const rule = ALL_RULES[i]!;
      expect(p).toMatchObject({
        description: rule.description,
        severity: rule.severity,
        enforcementLevel: rule.enforcementLevel,
        remediationSteps: rule.remediationSteps,
      });
      expect(rule.kind === "resource" ? "validateResource" in p : "validateStack" in p).toBe(true);
      expect(Object.keys(p.configSchema!.properties)).toEqual(Object.keys(residencyContractSchema.shape));
    }
  });

  it("has the location rules the issue names, each with text for humans", () => {
    expect(RULES.map((r) => r.name)).toEqual(
      expect.arrayContaining(["data-location", "provider-control", "replication", "global-services", "inherited-location"]),
    );
    for (const r of RULES) {
      expect(r.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(r.description.length).toBeGreaterThan(20);
      expect(r.remediationSteps.length).toBeGreaterThan(20);
    }
    expect(RULES.find((r) => r.name === "data-location")).toMatchObject({
      kind: "resource",
      severity: "critical",
      enforcementLevel: "mandatory",
    });
  });

  it("rejects an invalid pack-wide contract when the pack loads", () => {
    expect(() => policies("gaia-x-l4")).toThrow(
      'policies(contract) is not a valid residency contract: SC_UNKNOWN_PRESET policies(contract): "gaia-x-l4" is not a contract preset.',
    );
  });

  it("fails loudly, naming the policy, when a policy's config is not a valid contract", async () => {
    await expect(runPolicies(policies("eu", [dataLocationRule]), [usBucket], () => ({ countries: ["CH"] }))).rejects.toThrow(
      /policy config "data-location" is not a valid residency contract: .*CH is outside dataLocation "eu"/,
    );
    await expect(runPolicies(policies("eu", [dataLocationRule]), [usBucket], () => ({ region: "eu" }))).rejects.toThrow(
      /unknown field "region"/,
    );
  });
});

describe("the config schema", () => {
  const schema = contractConfigSchema();

  it("is the contract's fields, with the preset names, without defaults and without enforcementLevel", () => {
    expect(Object.keys(schema.properties)).toEqual([
      "preset",
      "dataLocation",
      "countries",
      "providerControl",
      "certifications",
      "encryption",
      "replication",
    ]);
    expect(schema.properties.preset).toMatchObject({ type: "string", enum: expect.arrayContaining(["eu", "gaia-x-l3", "eu-sovereign"]) });
    expect(schema.properties.dataLocation).toMatchObject({ type: "string", enum: ["eu", "eea", "eu-data-boundary", "adequacy"] });
    expect(schema.properties.countries).toMatchObject({ type: "array", items: { type: "string" } });
    expect(JSON.stringify(schema)).not.toContain('"default"');
    expect(schema.properties.enforcementLevel).toBeUndefined();
    expect(schema.required).toBeUndefined();
  });
});

describe("which contract a policy applies", () => {
  const base = presetContract("gaia-x-l2");

  it("the pack-wide contract when the policy's config names no field", () => {
    expect(contractFor(base, {}, "p")).toBe(base);
    expect(contractFor(base, { enforcementLevel: "advisory" }, "p")).toBe(base);
  });

  it("fields override the pack-wide contract; a preset starts over from that preset", () => {
    expect(contractFor(base, { countries: ["DE"] }, "p")).toEqual({ ...base, countries: ["DE"] });
    expect(contractFor(base, { preset: "gaia-x-l3" }, "p")).toEqual(presetContract("gaia-x-l3"));
    expect(contractFor(base, { preset: "eu", replication: "within-contract" }, "p")).toEqual({
      ...presetContract("eu"),
      replication: "within-contract",
    });
  });

  it("pack-wide: the argument, else SOVEREIGN_CLOUD_RESIDENCY (preset or JSON), else eu", () => {
    expect(packContract(undefined, {})).toEqual(presetContract("eu"));
    expect(packContract(undefined, { [CONTRACT_ENV]: "gaia-x-l3" })).toEqual(presetContract("gaia-x-l3"));
    expect(packContract(undefined, { [CONTRACT_ENV]: '{"preset":"eu","countries":["fr"]}' })).toEqual({
      ...presetContract("eu"),
      countries: ["FR"],
    });
    expect(packContract("eea", { [CONTRACT_ENV]: "gaia-x-l3" })).toEqual(presetContract("eea"));
    expect(() => packContract(undefined, { [CONTRACT_ENV]: "{nope" })).toThrow(
      /SOVEREIGN_CLOUD_RESIDENCY is neither a preset name nor valid JSON/,
    );
    expect(() => packContract(undefined, { [CONTRACT_ENV]: "nope" })).toThrow(
      /SOVEREIGN_CLOUD_RESIDENCY is not a valid residency contract/,
    );
  });

  it("the same program passes or fails with the contract it is given", async () => {
    const ch = res("aws:s3/bucket:Bucket", "zurich", { region: "eu-central-2" });
    expect(await runPolicies(policies("eu", [dataLocationRule]), [ch])).toHaveLength(1);
    expect(await runPolicies(policies("eu-data-boundary", [dataLocationRule]), [ch])).toEqual([]);
    expect(await runPolicies(policies("eu", [dataLocationRule]), [ch], () => ({ preset: "adequacy" }))).toEqual([]);
  });
});

describe("the pack folder", () => {
  it("has a versioned package.json whose main is the pack, depends on the package, and an index.ts that only builds the pack from sovereign-cloud/policy", () => {
    const pkg = JSON.parse(readFileSync(resolve(PACK, "package.json"), "utf8"));
    expect(pkg).toMatchObject({ name: "sovereign-cloud-policy", version: expect.stringMatching(/^\d+\.\d+\.\d+$/), main: "index.ts" });
    const root = JSON.parse(readFileSync(resolve(PACK, "../package.json"), "utf8"));
    const { "sovereign-cloud": self, ...sdks } = pkg.dependencies as Record<string, string>;
    // The pack depends on the package itself (this repository: file:..), never on ../src, so `pulumi policy publish` can ship the folder.
    expect(self).toBe("file:..");
    for (const [dep, version] of Object.entries(sdks)) expect(root.dependencies[dep], dep).toBe(version);
    const code = readFileSync(resolve(PACK, "index.ts"), "utf8")
      .replace(/^\/\/.*$/gm, "")
      .trim();
    expect(code).toBe(
      'import { PolicyPack } from "@pulumi/policy";\nimport { policies } from "sovereign-cloud/policy";\n\nnew PolicyPack("sovereign-cloud", { policies: policies() });',
    );
    expect(readFileSync(resolve(PACK, "PulumiPolicy.yaml"), "utf8")).toMatch(/^runtime: nodejs$/m);
  });

  it("ships a sample config whose entries name real policies and valid contracts", () => {
    const sample = JSON.parse(readFileSync(resolve(PACK, "policy-config.json"), "utf8")) as Record<string, unknown>;
    const names = new Set(RULES.map((r) => r.name));
    const levels = ["advisory", "mandatory", "remediate", "disabled"];
    const schemaKeys = Object.keys(contractConfigSchema().properties);
    for (const [name, entry] of Object.entries(sample)) {
      expect(name === "all" || names.has(name), name).toBe(true);
      if (typeof entry === "string") {
        expect(levels).toContain(entry);
        continue;
      }
      const { enforcementLevel, ...props } = entry as Record<string, unknown>;
      if (enforcementLevel !== undefined) expect(levels).toContain(enforcementLevel);
      for (const k of Object.keys(props)) expect(schemaKeys).toContain(k);
      expect(() => contractFor(presetContract("eu"), props, name)).not.toThrow();
    }
  });
});
