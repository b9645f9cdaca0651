/**
 * `sovereign-cloud plan`, run as the real command (a child process per run, which forks one
 * process per stack when it plans several, and plans a single CommonJS stack in its own process):
 * exit codes, the text tree, JSON, SARIF, progress, errors.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { PlanReport } from "../../src/offline/report";
import { cli, FIXTURES, REPO, type CliResult } from "./run-cli";
import { validateSarif } from "./sarif-schema";

/** A throwaway project that runs the reference program with the given stack files. */
function referenceProject(stacks: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "sc-plan-"));
  writeFileSync(join(dir, "Pulumi.yaml"), `name: sovereign-cloud-reference\nruntime: nodejs\nmain: ${resolve(REPO, "stacks/index.ts")}\n`);
  for (const [name, body] of Object.entries(stacks)) writeFileSync(join(dir, `Pulumi.${name}.yaml`), body);
  return dir;
}

describe("plan --stack aws-frankfurt", () => {
  let text: CliResult;
  let json: CliResult;
  let jsonFile: CliResult;
  const jsonOut = join(tmpdir(), `sovereign-cloud-plan-${process.pid}.json`);
  beforeAll(async () => {
    [text, json, jsonFile] = await Promise.all([
      cli(["plan", "--stack", "aws-frankfurt"]),
      cli(["plan", "aws-frankfurt", "--format", "json", "--quiet"]),
      cli(["plan", "aws-frankfurt", "--json", "--output", jsonOut, "--quiet"]),
    ]);
  }, 120_000);

  it("writes --json to --output and says which format it wrote", () => {
    expect(jsonFile.code, jsonFile.stderr).toBe(0);
    expect(jsonFile.stderr).toContain(`wrote json report to ${jsonOut}`);
    expect((JSON.parse(readFileSync(jsonOut, "utf8")) as PlanReport).stacks.map((s) => s.stack)).toEqual(["aws-frankfurt"]);
  });

  it("exits 0 and prints the resource tree with provider, region, country and verdict", () => {
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain("Stack aws-frankfurt (stacks/Pulumi.aws-frankfurt.yaml)");
    expect(text.stdout).toMatch(/TYPE\s+NAME\s+PROVIDER\s+REGION\s+COUNTRY\s+VERDICT/);
    expect(text.stdout).toMatch(/^ {2}sovereign-cloud:index:Bucket\s+documents\s*$/m);
    expect(text.stdout).toMatch(/^ {2}[├└]─ aws:s3:Bucket\s+documents\s+aws\s+eu-central-1\s+DE\s+ok$/m);
    expect(text.stdout).toMatch(/^ {2}[├└]─ aws:ec2:Instance\s+web\s+aws\s+eu-central-1 \/ eu-central-1a\s+DE\s+ok$/m);
    expect(text.stdout).toContain("0 mandatory violations");
    expect(text.stdout).toMatch(/OK$/m);
  });

  it("shows progress on stderr, not stdout", () => {
    expect(text.stderr).toContain("[1/1] aws-frankfurt ...");
    expect(text.stderr).toMatch(/\[1\/1\] aws-frankfurt: ok, \d+ resources/);
    expect(text.stdout).not.toContain("[1/1]");
  });

  it("keeps the positional form and prints the full report as JSON", () => {
    expect(json.code, json.stderr).toBe(0);
    expect(json.stderr).toBe("");
    const report = JSON.parse(json.stdout) as PlanReport;
    expect(report.exitCode).toBe(0);
    expect(report.project.name).toBe("sovereign-cloud-reference");
    expect(report.stacks.map((s) => s.stack)).toEqual(["aws-frankfurt"]);
    const stack = report.stacks[0]!;
    expect(stack.target).toBe("aws:eu-central-1");
    expect(stack.contract).toMatchObject({ preset: "gaia-x-l2", dataLocation: "eea" });
    expect(stack.diagnostics).toEqual([]);
    const bucket = stack.resources.find((r) => r.type === "aws:s3/bucket:Bucket")!;
    expect(bucket).toMatchObject({
      name: "documents",
      custom: true,
      verdict: "ok",
      retainOnDelete: true,
      location: { provider: "aws", region: "eu-central-1", country: "DE", from: "resource" },
      provider: { type: "pulumi:providers:aws", name: "aws-eu-central-1", default: false },
    });
    const component = stack.resources.find((r) => r.urn === bucket.parent)!;
    expect(component).toMatchObject({ type: "sovereign-cloud:index:Bucket", custom: false });
    expect(component.verdict).toBeUndefined();
  });
});

describe("plan exit codes", () => {
  it("exits 1 when the contract rejects a stack, naming the clause", async () => {
    const dir = referenceProject({ "aws-london": "config:\n  sovereign-cloud:target: aws:eu-west-2\n  sovereign-cloud:residency: eu\n" });
    const r = await cli(["plan", "--program", dir]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain("REJECTED by the residency contract [SC_RESIDENCY_DATA_LOCATION] before any resource was registered");
    expect(r.stdout).toContain("aws:eu-west-2 violates the contract's dataLocation clause: aws:eu-west-2 is in GB (United Kingdom)");
    expect(r.stdout).toMatch(/FAILED \(contract violated\)$/m);
  }, 60_000);

  it("exits 2 on a contract that does not parse, printing the code and message", async () => {
    const r = await cli(["plan", "--program", join(FIXTURES, "error-bad-residency")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("CONFIG ERROR [SC_UNKNOWN_PRESET]");
    expect(r.stderr).toContain("stack dev: [SC_UNKNOWN_PRESET]");
    expect(r.stdout).toContain('"eu-strict" is not a contract preset');
  }, 60_000);

  it("exits 2 when the program throws, with the program's message", async () => {
    const r = await cli(["plan", "--program", join(FIXTURES, "error-program-throws")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("PROGRAM ERROR [SC_PROGRAM_FAILED]");
    expect(r.stderr).toContain("stack dev: [SC_PROGRAM_FAILED] the program failed on purpose (fixture)");
  }, 60_000);

  it("exits 2 when the program ends its own process, instead of hanging", async () => {
    const r = await cli(["plan", "--program", join(FIXTURES, "error-process-exit"), "--format", "json"]);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as PlanReport;
    expect(report.stacks[0]!.error).toMatchObject({ code: "SC_PROGRAM_FAILED", kind: "program" });
    expect(report.stacks[0]!.error!.message).toContain("exited (code 3) without a report");
  }, 60_000);

  it("exits 2 when a callback of the program throws (an uncaught exception), with the error and its line", async () => {
    const r = await cli(["plan", "--program", join(FIXTURES, "error-uncaught-exception"), "--format", "json"]);
    expect(r.code, r.stderr).toBe(2);
    const error = (JSON.parse(r.stdout) as PlanReport).stacks[0]!.error!;
    expect(error).toMatchObject({
      code: "SC_PROGRAM_FAILED",
      kind: "program",
      origin: "uncaught exception",
      source: { file: "index.ts", line: 7, column: 9 },
    });
    expect(error.message).toBe("crashed in a timer on purpose (fixture) (uncaught exception at index.ts:7:9)");
    expect(error.detail).toContain("error-uncaught-exception/index.ts:7:");
  }, 60_000);

  it("runs the program in the project directory, keeps its output out of the report and ends although it leaves a timer running", async () => {
    const r = await cli(["plan", "--program", join(FIXTURES, "noisy-open-timer"), "--format", "json", "--quiet"]);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as PlanReport;
    expect(report.stacks[0]!.resources.map((x) => x.name)).toContain("noisy");
    expect(r.stdout + r.stderr).not.toContain("program output");
  }, 60_000);

  it("exits 2 on a stack that has no stack file, suggesting the closest one", async () => {
    const r = await cli(["plan", "--stack", "aws-frankfrut"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[SC_STACK_NOT_FOUND] --stack: there is no stack file for "aws-frankfrut". Did you mean "aws-frankfurt"?');
    expect(r.stdout).toBe("");
  }, 60_000);

  it("exits 2 where there is no Pulumi.yaml", async () => {
    const r = await cli(["plan"], { cwd: mkdtempSync(join(tmpdir(), "sc-empty-")) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("[SC_PROJECT_NOT_FOUND] the current directory: no Pulumi project");
  }, 60_000);

  it("exits 2 on a format it does not know", async () => {
    const r = await cli(["plan", "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Allowed choices are text, json, sarif");
  }, 60_000);
});

describe("plan --format sarif", () => {
  let sarif: any;
  let run: CliResult;
  let outFile: string;
  beforeAll(async () => {
    outFile = join(mkdtempSync(join(tmpdir(), "sc-sarif-")), "plan.sarif");
    run = await cli(["plan", "--program", join(FIXTURES, "leak-aws-default-provider-us"), "--format", "sarif", "--output", outFile]);
    sarif = JSON.parse(readFileSync(outFile, "utf8"));
  }, 60_000);

  it("writes the report to --output and exits 1 on the leak", () => {
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`wrote sarif report to ${outFile}`);
  });

  it("is structurally valid SARIF 2.1.0", () => {
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.version).toBe("2.1.0");
  });

  it("names the tool and lists every policy rule with a description and help", () => {
    const driver = sarif.runs[0].tool.driver;
    expect(driver.name).toBe("sovereign-cloud");
    const ids = driver.rules.map((r: any) => r.id);
    expect(ids).toEqual(expect.arrayContaining(["data-location", "provider-control", "residency-rejected"]));
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(10);
      expect(rule.help.text.length).toBeGreaterThan(10);
    }
  });

  it("reports the leaking bucket as an error at its constructor in the program, with its URN as a logical location", () => {
    const results = sarif.runs[0].results as any[];
    const leak = results.find((r) => r.ruleId === "data-location" && r.locations[0].logicalLocations?.[0]?.name === "logs");
    expect(leak).toBeDefined();
    expect(leak.level).toBe("error");
    expect(leak.message.text).toContain("us-east-1");
    expect(leak.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "test/fixtures/programs/leak-aws-default-provider-us/index.ts", uriBaseId: "%SRCROOT%" },
      region: { startLine: 21, startColumn: 14 },
    });
    expect(leak.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe(
      "test/fixtures/programs/leak-aws-default-provider-us/Pulumi.dev.yaml",
    );
    expect(leak.locations[0].logicalLocations[0].fullyQualifiedName).toBe(
      "urn:pulumi:dev::leak-aws-default-provider-us::aws:s3/bucket:Bucket::logs",
    );
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(true);
  });

  it("points a residency rejection at the component's line, with the stack file as related location", async () => {
    const dir = referenceProject({ "aws-london": "config:\n  sovereign-cloud:target: aws:eu-west-2\n  sovereign-cloud:residency: eu\n" });
    const r = await cli(["plan", "--program", dir, "--format", "sarif", "--quiet"]);
    expect(r.code, r.stderr).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(validateSarif(log)).toEqual([]);
    const rejection = log.runs[0].results.find((x: any) => x.ruleId === "residency-rejected");
    const line =
      readFileSync(join(REPO, "stacks/index.ts"), "utf8")
        .split("\n")
        .findIndex((l) => l.includes('new Bucket("documents"')) + 1;
    expect(rejection.locations[0].physicalLocation.artifactLocation.uri).toBe("stacks/index.ts");
    expect(rejection.locations[0].physicalLocation.region.startLine).toBe(line);
    expect(rejection.relatedLocations[0].physicalLocation.region.startLine).toBe(3);
  }, 60_000);

  it("the validator catches what the schema forbids (it can fail)", () => {
    const broken = structuredClone(sarif);
    delete broken.runs[0].tool.driver.name;
    broken.runs[0].results[0].level = "fatal";
    delete broken.runs[0].results[0].message;
    broken.runs[0].results[0].ruleIndex = 0;
    broken.runs[0].results[0].ruleId = "not-the-first-rule";
    expect(validateSarif(broken)).toEqual([
      '$.runs[0].tool.driver: missing required property "name"',
      '$.runs[0].results[0]: missing required property "message"',
      "$.runs[0].results[0].message: must be an object",
      "$.runs[0].results[0].level: must be one of none, note, warning, error",
      `$.runs[0].results[0].ruleIndex: points at rule "${sarif.runs[0].tool.driver.rules[0].id}", not "not-the-first-rule"`,
    ]);
  });
});

describe("npm run plan -- aws-frankfurt", () => {
  it("still works (the README's command)", async () => {
    const r = await new Promise<CliResult>((done) =>
      execFile(
        "npm",
        ["run", "--silent", "plan", "--", "aws-frankfurt", "--quiet"],
        { cwd: REPO, maxBuffer: 16 * 1024 * 1024 },
        (error, stdout, stderr) => done({ code: error ? (typeof error.code === "number" ? error.code : 99) : 0, stdout, stderr }),
      ),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Stack aws-frankfurt");
  }, 120_000);
});
