/** `sovereign-cloud regions`, run as the real command: which placements satisfy a contract, and why the others do not. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { RegionVerdict } from "../../src/cli/regions";
import { cli } from "./run-cli";

describe("sovereign-cloud regions", () => {
  it("lists the placements a preset allows for one provider", async () => {
    const r = await cli(["regions", "--contract", "eu", "--provider", "scaleway"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Satisfy the contract (3):");
    expect(r.stdout).toMatch(/✓ scaleway:fr-par\s+Paris — Paris, FR \(France\)/);
    expect(r.stdout).not.toContain("aws:");
  }, 60_000);

  it("says why the others fail, clause by clause, and keeps unknown facts apart", async () => {
    const r = await cli(["regions", "--contract", "gaia-x-l3", "--provider", "aws", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const { contract, regions } = JSON.parse(r.stdout) as { contract: { providerControl: string }; regions: RegionVerdict[] };
    expect(contract.providerControl).toBe("eu");
    const frankfurt = regions.find((x) => x.target === "aws:eu-central-1")!;
    expect(frankfurt.status).toBe("rejected");
    expect(frankfurt.violations.map((v) => v.clause)).toEqual(["providerControl"]);
    expect(frankfurt.violations[0]!.reason).toContain("controlled from outside the EU/EEA");
    expect(regions.filter((x) => x.status === "allowed")).toEqual([]);
    const london = regions.find((x) => x.target === "aws:eu-west-2")!;
    expect(london.violations.map((v) => v.clause)).toEqual(["dataLocation", "providerControl"]);
  }, 60_000);

  it("takes the contract from a stack file (its sovereign-cloud:residency)", async () => {
    const r = await cli(["regions", "--contract", "stacks/Pulumi.azure-paris.yaml", "--provider", "azure"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('"countries":["FR"]');
    expect(r.stdout).toContain("Satisfy the contract (2):");
    expect(r.stdout).toMatch(/✗ azure:germanywestcentral .*\n\s+countries: azure:germanywestcentral is in DE \(Germany\), not one of the contract's countries \(FR\)/);
  }, 60_000);

  it("takes a contract file in YAML", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "sc-contract-")), "contract.yaml");
    writeFileSync(file, "preset: eea\ncountries: [NO]\n");
    const r = await cli(["regions", "--contract", file, "--provider", "azure", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const { regions } = JSON.parse(r.stdout) as { regions: RegionVerdict[] };
    expect(regions.filter((x) => x.status === "allowed").map((x) => x.target)).toEqual(["azure:norwayeast", "azure:norwaywest"]);
  }, 60_000);

  it("exits 2 on a contract it cannot read, with the code", async () => {
    const r = await cli(["regions", "--contract", "eu-strict"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[SC_UNKNOWN_PRESET] --contract: "eu-strict" is not a contract preset.');
  }, 60_000);
});
