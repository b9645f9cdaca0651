/**
 * Findings point at the line (issue 16): every resource the user's code created carries the file,
 * line and column of its constructor call (TypeScript lines); a resource inside a component (ours
 * or a team's) points at the line that constructed the outermost component. SARIF results are
 * located there (code scanning annotates the line a reviewer must change), with the stack file as a
 * related location when its config placed the resource; fingerprints do not move with the code.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { PlanReport, StackReport } from "../../src/offline/report";
import { copyFixture } from "./fixture-copy";
import { cli, FIXTURES, limited, REPO } from "./run-cli";
import { validateSarif } from "./sarif-schema";

type Sarif = any;

async function sarifOf(program: string): Promise<{ code: number; sarif: Sarif }> {
  const r = await cli(["plan", "--program", program, "--format", "sarif", "--quiet"]);
  return { code: r.code, sarif: JSON.parse(r.stdout) };
}

async function jsonOf(args: readonly string[]): Promise<StackReport> {
  const r = await cli([...args, "--format", "json", "--quiet"]);
  return (JSON.parse(r.stdout) as PlanReport).stacks[0]!;
}

/** The text of a line (1-based) of a file. */
function lineOf(file: string, line: number): string {
  return readFileSync(file, "utf8").split("\n")[line - 1] ?? "";
}

/** Results about a resource: its name (the logical location), where it points. */
function located(
  sarif: Sarif,
): { name: string; rule: string; uri: string; line: number; column: number; related?: any[]; fingerprint: string }[] {
  return sarif.runs[0].results
    .filter((r: any) => r.locations[0].logicalLocations)
    .map((r: any) => ({
      name: r.locations[0].logicalLocations[0].name,
      rule: r.ruleId,
      uri: r.locations[0].physicalLocation.artifactLocation.uri,
      line: r.locations[0].physicalLocation.region.startLine,
      column: r.locations[0].physicalLocation.region.startColumn,
      related: r.relatedLocations,
      fingerprint: r.partialFingerprints["sovereignCloudDiagnostic/v1"],
    }));
}

const REALISTIC = [
  "leak-aws-default-provider-us",
  "leak-aws-s3-replication-us",
  "leak-azure-inherits-rg-eastus",
  "leak-gcp-bucket-us",
  "leak-aws-ssh-open-world",
];
const runs = new Map<string, { code: number; sarif: Sarif }>();

beforeAll(async () => {
  await limited(
    2,
    [...REALISTIC, "source-team-component"].map((name) => async () => void runs.set(name, await sarifOf(join(FIXTURES, name)))),
  );
}, 300_000);

describe("SARIF locations of realistic programs", () => {
  it.each(REALISTIC)("%s: every finding points at the program file, on the `new` of the resource's constructor", (name) => {
    const { sarif } = runs.get(name)!;
    expect(validateSarif(sarif)).toEqual([]);
    const results = located(sarif);
    expect(results.length).toBeGreaterThan(0);
    const resources = sarif.runs[0].results.map((r: any) => r.locations[0].logicalLocations[0].fullyQualifiedName as string);
    for (const [i, r] of results.entries()) {
      expect(r.uri, r.name).toBe(`test/fixtures/programs/${name}/index.ts`);
      const className = resources[i]!.split("::")[2]!.split(":").pop()!;
      // The column is where `new` starts, and the line constructs that class.
      expect(lineOf(join(REPO, r.uri), r.line).slice(r.column - 1), `${r.name} at ${r.line}:${r.column}`).toMatch(
        new RegExp(`^new [\\w.]*\\b${className}\\(`),
      );
    }
  });

  it("names the exact lines: the bucket, and the resources a helper function creates for it", () => {
    const results = located(runs.get("leak-aws-default-provider-us")!.sarif);
    const at = (n: string) => results.filter((r) => r.name === n).map((r) => `${r.line}:${r.column}`);
    expect(at("logs")).toEqual(["21:14"]);
    expect(at("logs-pab")).toEqual(["8:3"]);
    expect(at("logs-sse")).toEqual(["9:3"]);
    expect(at("logs-tls")).toEqual(["10:3"]);
  });

  it("adds the stack file's config line as a related location when the default provider's config placed the resource", () => {
    const logs = located(runs.get("leak-aws-default-provider-us")!.sarif).find((r) => r.name === "logs" && r.rule === "data-location")!;
    expect(logs.related).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: "test/fixtures/programs/leak-aws-default-provider-us/Pulumi.dev.yaml", uriBaseId: "%SRCROOT%" },
          region: { startLine: 2 },
        },
        message: { text: "aws:region in the stack's config decides where the resource is" },
      },
    ]);
    // Placed by the resource's own input: the program line alone decides.
    const replica = located(runs.get("leak-aws-s3-replication-us")!.sarif).find(
      (r) => r.name === "records-replica" && r.rule === "data-location",
    )!;
    expect(replica.line).toBe(25);
    expect(replica.related).toBeUndefined();
  });
});

describe("a team's component in a file of its own", () => {
  it("locates its children's findings at the line in index.ts that constructs the component (TypeScript lines)", () => {
    const { code, sarif } = runs.get("source-team-component")!;
    expect(code).toBe(1);
    expect(validateSarif(sarif)).toEqual([]);
    const where = located(sarif).map((r) => `${r.rule} ${r.name} ${r.uri}:${r.line}:${r.column}`);
    const index = "test/fixtures/programs/source-team-component/index.ts";
    expect(where).toEqual([
      `data-location marketing-site-logs ${index}:13:21`,
      `data-location exports ${index}:20:1`,
      `tls-only marketing-site-content ${index}:13:21`,
      `tls-only marketing-site-logs ${index}:13:21`,
      `tls-only exports ${index}:20:1`,
    ]);
    expect(lineOf(join(FIXTURES, "source-team-component/index.ts"), 13)).toContain("new StaticSite(");
  });

  it("gives every resource a source in JSON: the component and its children the component's line, the program's own resources theirs", async () => {
    const stack = await jsonOf(["plan", "--program", join(FIXTURES, "source-team-component")]);
    const source = Object.fromEntries(
      stack.resources.map((r) => [`${r.type} ${r.name}`, r.source ? `${r.source.file}:${r.source.line}:${r.source.column}` : undefined]),
    );
    expect(source).toEqual({
      "acme:web:StaticSite marketing-site": "index.ts:13:21",
      "aws:s3/bucket:Bucket marketing-site-content": "index.ts:13:21",
      "pulumi:providers:aws marketing-site-logs": "index.ts:13:21",
      "aws:s3/bucket:Bucket marketing-site-logs": "index.ts:13:21",
      // The engine's default provider: not in the user's code.
      "pulumi:providers:aws default_7_48_0": undefined,
      "pulumi:providers:aws us": "index.ts:19:12",
      "aws:s3/bucket:Bucket exports": "index.ts:20:1",
    });
  }, 60_000);

  it("prints file:line next to each finding in the text report", async () => {
    const r = await cli(["plan", "--program", join(FIXTURES, "source-team-component"), "--quiet"]);
    expect(r.stdout).toContain('✗ data-location (mandatory) on aws:s3:Bucket "marketing-site-logs" at index.ts:13');
    // us-west-2 is catalogued (a known US region), so this is a definite violation, not "cannot tell".
    expect(r.stdout).toContain('✗ data-location (mandatory) on aws:s3:Bucket "exports" at index.ts:20');
  }, 60_000);
});

describe("our components in the reference program", () => {
  it("point their children at the component's line in stacks/index.ts", async () => {
    const stack = await jsonOf(["plan", "scaleway-paris"]);
    const line =
      readFileSync(join(REPO, "stacks/index.ts"), "utf8")
        .split("\n")
        .findIndex((l) => l.includes('new Bucket("documents"')) + 1;
    expect(line).toBeGreaterThan(0);
    const component = stack.resources.find((r) => r.type === "sovereign-cloud:index:Bucket" && r.name === "documents")!;
    const children = stack.resources.filter((r) => r.parent === component.urn);
    expect(children.length).toBeGreaterThan(0);
    for (const r of [component, ...children]) expect(r.source, r.name).toMatchObject({ file: "stacks/index.ts", line });
    // Every resource but the engine's default providers has a position.
    expect(stack.resources.filter((r) => !r.source).map((r) => r.name)).toEqual(
      stack.resources.filter((r) => r.synthesized).map((r) => r.name),
    );
  }, 60_000);
});

describe("an ES module program (loaded through tsx, Node's source maps)", () => {
  it("has its TypeScript line", async () => {
    const stack = await jsonOf(["plan", "--program", join(FIXTURES, "esm-program")]);
    expect(stack.resources.find((r) => r.name === "esm-bucket")!.source).toEqual({ file: "index.ts", line: 5, column: 1 });
  }, 60_000);
});

describe("SARIF fingerprints", () => {
  it("stay the same when unrelated lines move; the location follows the code", async () => {
    const dir = copyFixture("leak-aws-default-provider-us");
    const before = located((await sarifOf(dir)).sarif);
    const file = join(dir, "index.ts");
    writeFileSync(file, `// one\n// two\n// three\n${readFileSync(file, "utf8")}`);
    const after = located((await sarifOf(dir)).sarif);
    expect(after.length).toBe(before.length);
    expect(after.map((r) => r.fingerprint)).toEqual(before.map((r) => r.fingerprint));
    expect(after.map((r) => r.line)).toEqual(before.map((r) => r.line + 3));
    expect(resolve(REPO, after[0]!.uri)).toBe(file);
  }, 120_000);
});
