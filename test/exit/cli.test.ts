/**
 * `sovereign-cloud exit-plan` run as the real command: bad input gives coded errors and exit 2, a
 * pair's rehearsal matches `plan` with the target switched, `--to any` ranks and explains every
 * catalog target, and docs/exit-plan-sample.md is exactly what the command prints.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REGIONS } from "../../src/catalog/regions/index";
import { regionVerdicts } from "../../src/cli/regions";
import { presetContract } from "../../src/contract/presets";
import type { ExitPlan } from "../../src/exit/plan";
import type { ExitAnyReport } from "../../src/exit/run";
import type { PlanReport } from "../../src/offline/report";
import { cli, limited, REPO, type CliResult } from "../cli/run-cli";

const SAMPLE = ["exit-plan", "--stack", "hetzner-falkenstein", "--to", "scaleway:fr-par:fr-par-1"];
const THROWS = resolve(REPO, "test/fixtures/programs/error-program-throws");

let allBad: CliResult, malformed: CliResult, noTo: CliResult, programError: CliResult;
let refusedJson: CliResult, refusedPlan: CliResult, passJson: CliResult, passPlan: CliResult, sample: CliResult, any: CliResult;

beforeAll(async () => {
  const results = await limited(2, [
    () => cli(["exit-plan", "-s", "aws-frankfort", "--to", "scaleway:fr-paris", "--contract", "gaia-x-l4"]),
    () => cli(["exit-plan", "-s", "aws-frankfurt", "--to", "scaleway"]),
    () => cli(["exit-plan", "-s", "aws-frankfurt"]),
    () =>
      cli([
        "exit-plan",
        "--program",
        THROWS,
        "-s",
        "dev",
        "-c",
        "sovereign-cloud:target=aws:eu-central-1",
        "--to",
        "aws:eu-west-3",
        "-f",
        "json",
      ]),
    () => cli(["exit-plan", "-s", "aws-frankfurt", "--to", "scaleway:fr-par:fr-par-1", "-f", "json"]),
    () => cli(["plan", "aws-frankfurt", "-c", "sovereign-cloud:target=scaleway:fr-par:fr-par-1", "--json", "-q"]),
    () => cli([...SAMPLE, "-f", "json", "-q"]),
    () => cli(["plan", "hetzner-falkenstein", "-c", "sovereign-cloud:target=scaleway:fr-par:fr-par-1", "--json", "-q"]),
    () => cli([...SAMPLE, "-q"]),
    () => cli(["exit-plan", "-s", "hetzner-falkenstein", "--to", "any", "-f", "json"]),
  ]);
  [allBad, malformed, noTo, programError, refusedJson, refusedPlan, passJson, passPlan, sample, any] = results as [
    CliResult,
    CliResult,
    CliResult,
    CliResult,
    CliResult,
    CliResult,
    CliResult,
    CliResult,
    CliResult,
    CliResult,
  ];
}, 300_000);

describe("exit-plan: bad input is a coded error and exit 2", () => {
  it("names an unknown stack, an unknown target region and a contract typo, all at once, each with a suggestion", () => {
    expect(allBad.code).toBe(2);
    expect(allBad.stdout).toBe("");
    expect([...allBad.stderr.matchAll(/\[(SC_[A-Z_]+)\]/g)].map((m) => m[1])).toEqual([
      "SC_STACK_NOT_FOUND",
      "SC_UNKNOWN_REGION",
      "SC_UNKNOWN_PRESET",
    ]);
    expect(allBad.stderr).toContain(
      '[SC_STACK_NOT_FOUND] --stack: there is no stack file for "aws-frankfort". Did you mean "aws-frankfurt"?',
    );
    expect(allBad.stderr).toContain(
      '[SC_UNKNOWN_REGION] --to.region: "fr-paris" is not a scaleway region in the catalog. Did you mean "fr-par"?',
    );
    expect(allBad.stderr).toContain('[SC_UNKNOWN_PRESET] --contract: "gaia-x-l4" is not a contract preset.');
  });

  it("refuses a malformed target and a missing --to", () => {
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain("[SC_TARGET_MALFORMED]");
    expect(noTo.code).toBe(2);
    expect(noTo.stderr).toContain("required option '--to <target|any>' not specified");
  });

  it("ends with exit 2 when the program fails, with the coded error on stderr and in the plan", () => {
    expect(programError.code).toBe(2);
    expect(programError.stderr).toContain("rehearsal dev on aws:eu-central-1: [SC_PROGRAM_FAILED] the program failed on purpose (fixture)");
    const plan = JSON.parse(programError.stdout) as ExitPlan;
    expect(plan.summary).toMatchObject({ result: "error", exitCode: 2 });
    expect(plan.rehearsal.from).toMatchObject({ status: "error", planExitCode: 2, error: { code: "SC_PROGRAM_FAILED", kind: "program" } });
  });
});

describe("exit-plan: the rehearsal matches plan with the target switched", () => {
  it("aws-frankfurt -> Scaleway: refused by the Bucket with plan's coded error and fix, exit 1", () => {
    expect(refusedJson.code).toBe(1);
    const plan = JSON.parse(refusedJson.stdout) as ExitPlan;
    const ref = (JSON.parse(refusedPlan.stdout) as PlanReport).stacks[0]!;
    expect(refusedPlan.code).toBe(2);
    expect(plan.rehearsal.to).toMatchObject({
      status: "refused",
      planExitCode: 2,
      error: { code: ref.error!.code, message: ref.error!.message, codes: ["SC_PROVIDER_LIMITATION"] },
    });
    expect(plan.rehearsal.to.error!.message).toContain("fix:      set tlsOnly: false on the Bucket");
    expect(plan.summary).toMatchObject({ result: "refused", exitCode: 1 });
    expect(plan.components.find((c) => c.name === "documents")!.to).toBeNull();
    // The Bucket stopped the run before the VM: its size comes from Scaleway's table, as the driver would pick it.
    expect(plan.components.find((c) => c.name === "web")!.size).toEqual({
      portable: "SCS-2V-4",
      from: "t3.medium",
      to: "PLAY2-NANO",
      toFrom: "catalog",
    });
  });

  it("hetzner-falkenstein -> Scaleway: passes with the same resources as plan, exit 0", () => {
    expect(passJson.code).toBe(0);
    const plan = JSON.parse(passJson.stdout) as ExitPlan;
    const ref = (JSON.parse(passPlan.stdout) as PlanReport).stacks[0]!;
    expect(passPlan.code).toBe(0);
    expect(plan.rehearsal.to).toEqual({
      stack: "hetzner-falkenstein",
      target: "scaleway:fr-par:fr-par-1",
      status: "planned",
      planExitCode: 0,
      resources: ref.resources.filter((r) => r.custom).length,
      mandatoryViolations: [],
    });
    const web = plan.components.find((c) => c.name === "web")!;
    expect(web.size).toEqual({ portable: "SCS-2V-4", from: "cx23", to: "PLAY2-NANO", toFrom: "rehearsal" });
    expect(web.to).toEqual(["scaleway:instance/ip:Ip", "scaleway:instance/server:Server"]);
    expect(plan.verdict.satisfied).toBe(true);
    expect(plan.verdict.clauses.map((c) => c.status)).toEqual(plan.verdict.clauses.map(() => "satisfied"));
  });
});

describe("exit-plan --to any", () => {
  let report: ExitAnyReport;
  beforeAll(() => {
    report = JSON.parse(any.stdout) as ExitAnyReport;
  });

  it("exits 0 and shows progress on stderr, one line per rehearsed target", () => {
    expect(any.code, any.stderr).toBe(0);
    expect(any.stderr.split("\n").filter((l) => /^\[\d+\/\d+\] /.test(l))).toHaveLength(report.rehearsed);
    expect(any.stderr).toMatch(/rehearsed \d+ target\(s\) in [\d.]+ s: \d+ pass, \d+ excluded/);
  });

  it("accounts for every catalog region exactly once: ranked or excluded with a reason", () => {
    const seen = [...report.ranking.map((r) => r.target), ...report.excluded.map((e) => e.target)].sort();
    expect(seen).toEqual(REGIONS.map((r) => `${r.provider}:${r.code}`).sort());
    for (const e of report.excluded) expect(e.reason, e.target).not.toBe("");
    expect(report.excluded.find((e) => e.why === "current")).toEqual({
      target: "hetzner:fsn1",
      why: "current",
      codes: [],
      reason: "the stack is deployed here now (hetzner:fsn1)",
    });
  });

  it("excludes exactly the regions the stack's contract rejects, with their clauses' codes", () => {
    const rejected = regionVerdicts(presetContract("eu"))
      .filter((v) => v.status !== "allowed")
      .map((v) => v.target);
    expect(
      report.excluded
        .filter((e) => e.why === "contract")
        .map((e) => e.target)
        .sort(),
    ).toEqual(rejected.sort());
    for (const e of report.excluded.filter((x) => x.why === "contract")) for (const c of e.codes) expect(c).toMatch(/^SC_RESIDENCY_/);
  });

  it("excludes refused targets with the component's coded error", () => {
    const ovh = report.excluded.find((e) => e.target === "ovhcloud:gra")!;
    expect(ovh).toMatchObject({ why: "refused", codes: ["SC_PROVIDER_SETTING_MISSING"] });
    expect(ovh.reason).toContain("sovereign-cloud:ovhcloudServiceName");
  });

  it("ranks passing targets by features lost, then emulated, then gained", () => {
    expect(report.ranking.length).toBeGreaterThan(0);
    const key = (r: (typeof report.ranking)[number]) => [r.lost.length, r.emulated.length, -r.gained.length];
    for (let i = 1; i < report.ranking.length; i++) {
      const [a, b] = [key(report.ranking[i - 1]!), key(report.ranking[i]!)];
      const cmp = a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
      expect(cmp, `${report.ranking[i - 1]!.target} before ${report.ranking[i]!.target}`).toBeLessThanOrEqual(0);
    }
    // Another Hetzner location changes no feature; Scaleway turns network filtering and SSH keys into emulations.
    expect(report.ranking.find((r) => r.target === "hetzner:nbg1")).toMatchObject({ lost: [], emulated: [], gained: [] });
    expect(report.ranking.find((r) => r.target === "scaleway:fr-par")!.emulated).toEqual(["network.denyInbound", "vm.sshKeys"]);
    expect(report.best!.to.target).toBe(report.ranking[0]!.target);
  });
});

describe("docs/exit-plan-sample.md", () => {
  it("is what `exit-plan --stack hetzner-falkenstein --to scaleway:fr-par:fr-par-1` prints (regenerate with -o docs/exit-plan-sample.md)", () => {
    expect(sample.code, sample.stderr).toBe(0);
    expect(readFileSync(resolve(REPO, "docs/exit-plan-sample.md"), "utf8")).toBe(sample.stdout);
  });

  it("is linked from the README and from docs/exit-plan.md", () => {
    expect(readFileSync(resolve(REPO, "README.md"), "utf8")).toContain("[sample report](docs/exit-plan-sample.md)");
    expect(readFileSync(resolve(REPO, "docs/exit-plan.md"), "utf8")).toContain("[exit-plan-sample.md](exit-plan-sample.md)");
  });

  it("starts with the summary table and cites the Data Act and DORA articles", () => {
    const text = sample.stdout;
    expect(text.split("\n").slice(2, 5)).toEqual([
      "| item | result |",
      "|---|---|",
      "| result | PASSES: the program plans on the destination and the contract holds there (exit 0) |",
    ]);
    for (const article of ["Article 25(2)(d)", "Article 25(2)(a)", "Article 25(2)(g)", "Article 29(1)", "Article 28(8)"])
      expect(text).toContain(`| ${article} |`);
    expect(text).toContain("http://data.europa.eu/eli/reg/2023/2854/oj (2026-12-03)");
  });
});
