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
    expect(r.stdout).toContain("Satisfy the contract (4):");
    expect(r.stdout).toMatch(/✓ scaleway:fr-par\s+Paris — Paris, FR \(France\)/);
    expect(r.stdout).toMatch(/✓ scaleway:it-mil\s+Milan — Milan, IT \(Italy\)/);
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
    expect(r.stdout).toMatch(
      /✗ azure:germanywestcentral .*\n\s+countries: azure:germanywestcentral is in DE \(Germany\), not one of the contract's countries \(FR\)/,
    );
  }, 60_000);

  it("takes a contract file in YAML", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "sc-contract-")), "contract.yaml");
    writeFileSync(file, "preset: eea\ncountries: [NO]\n");
    const r = await cli(["regions", "--contract", file, "--provider", "azure", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const { regions } = JSON.parse(r.stdout) as { regions: RegionVerdict[] };
    expect(regions.filter((x) => x.status === "allowed").map((x) => x.target)).toEqual(["azure:norwayeast", "azure:norwaywest"]);
  }, 60_000);

  it("shows Azure Denmark East as generally available, with the source and date of each fact", async () => {
    const r = await cli(["regions", "--contract", "eu", "--provider", "azure", "--region", "denmarkeast", "--facts"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Satisfy the contract (1):");
    expect(r.stdout).toMatch(/✓ azure:denmarkeast\s+Denmark East — Copenhagen, DK \(Denmark\)/);
    expect(r.stdout).toContain("· status: ga [azure-regions-list-2026, primary, as of 2026-12-03] generally available");
    expect(r.stdout).toContain("· country: DK (Denmark) [azure-regions-list, primary, as of 2026-11-28]");
    expect(r.stdout).not.toMatch(/scaleway:|aws:/);
  }, 60_000);

  it("shows Scaleway Milan with its sourced facts and the services no source confirms", async () => {
    const r = await cli(["regions", "--contract", "eu", "--provider", "scaleway", "--region", "it-mil", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const { regions } = JSON.parse(r.stdout) as { regions: RegionVerdict[] };
    expect(regions.map((x) => [x.target, x.status])).toEqual([["scaleway:it-mil", "allowed"]]);
    const facts = Object.fromEntries(regions[0]!.facts.map((f) => [f.fact, f]));
    expect(facts["zones"]).toMatchObject({
      value: "it-mil-1",
      confirmed: true,
      source: { id: "scaleway-sdk-locality", kind: "primary", asOf: "2026-12-03" },
    });
    expect(facts["country"]).toMatchObject({ value: "IT (Italy)", confirmed: true, source: { id: "scaleway-sdk-locality" } });
    expect(facts["services"]).toMatchObject({ value: "network" });
    expect(facts["service bucket"]).toMatchObject({ confirmed: false });
    expect(facts["service virtualMachine"]).toMatchObject({ confirmed: false });
    for (const f of regions[0]!.facts) if (f.source) expect(f.source.asOf, f.fact).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }, 60_000);

  it("keeps the AWS European Sovereign Cloud unknown under gaia-x-l3: its operator's EU control is not established", async () => {
    const r = await cli(["regions", "--contract", "gaia-x-l3", "--provider", "aws", "--region", "eusc-de-east-1", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const { regions } = JSON.parse(r.stdout) as { regions: RegionVerdict[] };
    expect(regions[0]!.status).not.toBe("allowed");
    const control = regions[0]!.violations.find((v) => v.clause === "providerControl")!;
    expect(control.unknown).toBe(true);
    const operator = regions[0]!.facts.find((f) => f.fact === "operator")!;
    expect(operator).toMatchObject({ value: "AWS European Sovereign Cloud GmbH", confirmed: true });
  }, 60_000);

  it("exits 2 on a region code the catalog does not have, suggesting the closest", async () => {
    const r = await cli(["regions", "--provider", "scaleway", "--region", "it-mill"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[SC_UNKNOWN_REGION] --region: "it-mill" is not a scaleway region in the catalog. Did you mean "it-mil"?');
  }, 60_000);

  it("exits 2 on a contract it cannot read, with the code", async () => {
    const r = await cli(["regions", "--contract", "eu-strict"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[SC_UNKNOWN_PRESET] --contract: "eu-strict" is not a contract preset.');
  }, 60_000);
});
