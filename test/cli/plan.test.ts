/** `plan <stack>` on the reference program: a stack that passes, and one the contract rejects. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { formatPlan, plan } from "../../src/cli/plan";
import { readProject, readStackConfig } from "../../src/offline/project";

const project = readProject(resolve(__dirname, "../../Pulumi.yaml"));
const load = () => {
  vi.resetModules();
  return import("../../stacks/index");
};

describe("plan", () => {
  it("reads the stack file over the project defaults", () => {
    const config = readStackConfig(project, "azure-paris");
    expect(config["sovereign-cloud:target"]).toBe("azure:francecentral");
    expect(JSON.parse(config["sovereign-cloud:residency"]!)).toEqual({ preset: "eu", countries: ["FR"], replication: "within-contract" });
    expect(config["sovereign-cloud-reference:adminCidr"]).toBe("198.51.100.0/24");
  });

  it("lists what aws-frankfurt would create, every resource located in eu-central-1", async () => {
    const report = await plan(project, "aws-frankfurt", load);
    expect(report.ok).toBe(true);
    expect(report.onDefaultProvider).toEqual([]);
    expect(report.unlocated).toEqual([]);
    expect(new Set(report.resources.map((r) => r.location.region))).toEqual(new Set(["eu-central-1"]));
    expect(formatPlan(report)).toMatch(/aws:s3\/bucket:Bucket\s+documents\s+eu-central-1\s+\[retained on delete\]/);
  });

  it("rejects a London stack under the EU contract with nothing created", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sc-plan-"));
    writeFileSync(join(dir, "Pulumi.aws-london.yaml"), "config:\n  sovereign-cloud:target: aws:eu-west-2\n  sovereign-cloud:residency: eu\n");
    const report = await plan({ ...project, stackConfigDir: dir }, "aws-london", load);
    expect(report.ok).toBe(false);
    expect(report.error?.code).toBe("SC_RESIDENCY_DATA_LOCATION");
    expect(report.resources).toEqual([]);
    expect(formatPlan(report)).toContain("REJECTED before any resource was registered");
  });
});
