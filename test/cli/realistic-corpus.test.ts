/**
 * The realistic corpus: 32 programs in the shape of real applications (serverless APIs, static
 * sites behind CDNs, data pipelines, web apps with databases and caches, Kubernetes, multi-account),
 * written here with raw provider resources, each planned under an EU stack and a non-EU stack
 * (`Pulumi.eu.yaml`, `Pulumi.us.yaml`; Scaleway has no non-EU region, so its second stack narrows
 * the contract to NL instead). Every run must give exactly the expected exit code and findings
 * (./corpus-expected.ts). Precision and recall over the corpus are printed.
 *
 * Speed: the programs run through the in-process engine (`planRequest`, what a plan worker runs),
 * many per process (./corpus-runner.ts), two processes in parallel, instead of one CLI process per
 * run; the CLI path itself is covered by ./corpus.test.ts and ./plan.test.ts.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StackReport } from "../../src/offline/report";
import { EXPECTED, FALSE_ALARMS, MISSED } from "./corpus-expected";
import { FIXTURES, REPO } from "./run-cli";

interface Run {
  readonly program: string;
  readonly stack: string;
  readonly exitCode: number;
  readonly report: StackReport;
}

const PROGRAMS = readdirSync(FIXTURES)
  .filter((n) => n.startsWith("app-"))
  .sort();
const runs = new Map<string, Run>();
const dir = mkdtempSync(join(tmpdir(), "sc-corpus-"));

function runner(out: string, items: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--import", "tsx", join(REPO, "test/cli/corpus-runner.ts"), out, ...items],
      { cwd: REPO, maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => (error ? reject(new Error(`corpus runner failed: ${stderr.slice(-2000)}`)) : resolve()),
    );
  });
}

function findings(r: Run): string[] {
  const byUrn = new Map(r.report.resources.map((x) => [x.urn, x]));
  return r.report.diagnostics
    .map((d) => {
      const res = d.urn === undefined ? undefined : byUrn.get(d.urn);
      return `${d.enforcementLevel} ${d.policyName} ${res?.type.split(":").pop() ?? "?"} ${res?.name ?? "(stack)"}`;
    })
    .sort();
}

beforeAll(async () => {
  const items = PROGRAMS.flatMap((p) => [`${join(FIXTURES, p)}:eu`, `${join(FIXTURES, p)}:us`]);
  const halves = [items.filter((_, i) => i % 2 === 0), items.filter((_, i) => i % 2 === 1)];
  await Promise.all(halves.map((h, i) => runner(join(dir, `${i}.json`), h)));
  for (let i = 0; i < halves.length; i++) {
    for (const r of (JSON.parse(readFileSync(join(dir, `${i}.json`), "utf8")) as { runs: Run[] }).runs)
      runs.set(`${r.program}/${r.stack}`, r);
  }
}, 300_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  let reported = 0;
  let falseAlarms = 0;
  let missed = 0;
  for (const r of runs.values()) {
    const key = `${r.program}/${r.stack}`;
    const mine = findings(r).filter((f) => f.startsWith("mandatory"));
    reported += mine.length;
    falseAlarms += mine.filter((f) => (FALSE_ALARMS[key] ?? []).includes(f)).length;
    missed += (MISSED[key] ?? []).length;
  }
  const truePositives = reported - falseAlarms;
  const precision = reported === 0 ? 1 : truePositives / reported;
  const recall = truePositives + missed === 0 ? 1 : truePositives / (truePositives + missed);
  console.log(
    `realistic corpus: ${PROGRAMS.length} programs, ${runs.size} runs, ${reported} mandatory findings; precision ${(precision * 100).toFixed(1)}% (${falseAlarms} known false alarms), recall ${(recall * 100).toFixed(1)}% (${missed} known misses)`,
  );
});

describe("the realistic corpus", () => {
  it("has at least 30 programs, each with an expectation for both stacks", () => {
    expect(PROGRAMS.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(EXPECTED).sort()).toEqual(PROGRAMS);
  });

  it("never judges a component resource, and every cannot tell names what could not be read", () => {
    for (const r of runs.values()) {
      const custom = new Map(r.report.resources.map((x) => [x.urn, x.custom]));
      for (const d of r.report.diagnostics) {
        expect(d.urn === undefined || custom.get(d.urn) !== false, `${r.program}/${r.stack}: ${d.message}`).toBe(true);
        if (d.cannotTell) expect(d.unreadable?.length ?? 0, `${r.program}/${r.stack}: ${d.message}`).toBeGreaterThan(3);
      }
    }
  });

  it("raises no mandatory location finding on global services (IAM, DNS, private DNS, identities, service accounts)", () => {
    const global =
      /^(aws:iam\/|aws:route53\/|azure-native:(privatedns|dns|authorization|managedidentity):|gcp:(serviceaccount|dns|projects)\/)/;
    for (const r of runs.values()) {
      const types = new Map(r.report.resources.map((x) => [x.urn, x.type]));
      const onGlobal = r.report.diagnostics.filter(
        (d) => d.urn !== undefined && global.test(types.get(d.urn) ?? "") && ["data-location", "inherited-location"].includes(d.policyName),
      );
      expect(onGlobal, `${r.program}/${r.stack}`).toEqual([]);
    }
  });
});

describe.each(PROGRAMS)("%s", (program) => {
  it.each(["eu", "us"] as const)("under its %s stack: the exact exit code and findings", (stack) => {
    const run = runs.get(`${program}/${stack}`)!;
    expect(run.report.error, run.report.error?.message).toBeUndefined();
    expect(run.exitCode).toBe(EXPECTED[program]![stack].exit);
    expect(findings(run)).toEqual([...EXPECTED[program]![stack].findings].sort());
  });
});
