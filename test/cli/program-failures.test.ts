/**
 * Fast, honest failure (issue 10, item 4): every way the Pulumi Node.js runtime fails a program
 * ends `plan` with exit 2, naming the error, how the program failed and where, instead of passing
 * or waiting for the five-minute timeout; what the program registered before it failed is shown as
 * "not judged", never "ok". The same through both paths: one stack (planned in the CLI's own
 * process) and several stacks (one worker process each).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { PlanReport, StackReport } from "../../src/offline/report";
import { copyFixture } from "./fixture-copy";
import { cli, limited, type CliResult } from "./run-cli";

interface Case {
  readonly fixture: string;
  /** The error's own message. */
  readonly says: string;
  readonly origin: string;
  /** How the report's message names the origin and place. */
  readonly where: string;
  readonly source: { file: string; line: number };
  /** Resources registered before the failure (names), shown as not judged. */
  readonly before: readonly string[];
}

const CASES: readonly Case[] = [
  {
    fixture: "error-unhandled-rejection",
    says: "the settings could not be loaded (fixture)",
    origin: "unhandled promise rejection",
    where: "(unhandled promise rejection at index.ts:8:9)",
    source: { file: "index.ts", line: 8 },
    before: ["registered-first"],
  },
  {
    fixture: "error-apply-throws",
    says: "no policy template for registered-first-abc123 (fixture)",
    origin: "apply callback",
    where: "(thrown by an apply callback at index.ts:7:9)",
    source: { file: "index.ts", line: 7 },
    before: ["registered-first"],
  },
  {
    fixture: "error-uncaught-exception",
    says: "crashed in a timer on purpose (fixture)",
    origin: "uncaught exception",
    where: "(uncaught exception at index.ts:7:9)",
    source: { file: "index.ts", line: 7 },
    before: [],
  },
  {
    // The copy has no package.json above it: the Lambda's function serialization fails, as under `pulumi up`.
    fixture: "error-serialization",
    says: 'error serializing property "code": Failed to find package.json.',
    origin: "unhandled promise rejection",
    // The Lambda is a child of the subscription component: its line is the component's, `uploads.onObjectCreated(`.
    where: '(unhandled promise rejection while registering aws:lambda/function:Function "on-upload" at index.ts:10:9)',
    source: { file: "index.ts", line: 10 },
    before: ["uploads", "on-upload"],
  },
  {
    fixture: "error-program-throws",
    says: "the program failed on purpose (fixture)",
    origin: "thrown while loading",
    where: "(thrown at index.ts:5:7)",
    source: { file: "index.ts", line: 5 },
    before: ["before-the-bug"],
  },
];

const single = new Map<string, CliResult>();
const several = new Map<string, CliResult>();

beforeAll(async () => {
  await limited(
    2,
    CASES.flatMap((c) => [
      async () =>
        void single.set(c.fixture, await cli(["plan", "--program", copyFixture(c.fixture, ["dev"]), "--format", "json", "--quiet"])),
      async () =>
        void several.set(
          c.fixture,
          await cli(["plan", "--program", copyFixture(c.fixture, ["dev", "prod"]), "--format", "json", "--quiet"]),
        ),
    ]),
  );
}, 300_000);

function stacksOf(r: CliResult): readonly StackReport[] {
  return (JSON.parse(r.stdout) as PlanReport).stacks;
}

describe.each(CASES)("a program that fails: $fixture", (c) => {
  it("exits 2 with the error, how the program failed and where, through one stack planned in the CLI's process", () => {
    const r = single.get(c.fixture)!;
    expect(r.code, r.stderr).toBe(2);
    const [stack] = stacksOf(r);
    expect(stack!.error).toMatchObject({
      code: "SC_PROGRAM_FAILED",
      kind: "program",
      origin: c.origin,
      source: expect.objectContaining(c.source),
    });
    expect(stack!.error!.message).toBe(`${c.says} ${c.where}`);
    // The run ended on the failure, not on the timeout.
    expect(stack!.error!.message).not.toContain("did not finish within");
    expect(r.stderr).toContain(`stack dev: [SC_PROGRAM_FAILED] ${c.says} ${c.where}`);
  });

  it("the same through several stacks, each in its own worker process", () => {
    const r = several.get(c.fixture)!;
    expect(r.code, r.stderr).toBe(2);
    const stacks = stacksOf(r);
    expect(stacks.map((s) => s.stack)).toEqual(["dev", "prod"]);
    const [dev] = stacksOf(single.get(c.fixture)!);
    for (const s of stacks) {
      expect(s.error).toEqual({ ...dev!.error, detail: expect.any(String) });
      expect(s.resources.map((x) => [x.name, x.verdict])).toEqual(dev!.resources.map((x) => [x.name, x.verdict]));
    }
  });

  it("shows what was registered before the failure as not judged, never ok", () => {
    const [stack] = stacksOf(single.get(c.fixture)!);
    const custom = stack!.resources.filter((x) => x.custom);
    for (const name of c.before) expect(custom.map((x) => x.name)).toContain(name);
    for (const x of custom) expect(x.verdict, x.name).toBe("not judged");
    expect(stack!.diagnostics).toEqual([]);
  });
});

describe("a failed program in the text report", () => {
  it("names the error and lists the resources registered before it as not judged", async () => {
    const r = await cli(["plan", "--program", copyFixture("error-unhandled-rejection", ["dev"]), "--quiet"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("PROGRAM ERROR [SC_PROGRAM_FAILED] after 1 resource was registered:");
    expect(r.stdout).toContain("    the settings could not be loaded (fixture) (unhandled promise rejection at index.ts:8:9)");
    expect(r.stdout).toMatch(/^ {2}aws:s3:Bucket\s+registered-first\s+aws \(default\)\s+eu-central-1\s+DE\s+not judged$/m);
    expect(r.stdout).not.toMatch(/\bok$/m);
    expect(r.stdout).toMatch(/ERROR \(config or program\)$/m);
  }, 60_000);
});
