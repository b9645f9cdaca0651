/**
 * docs/ci.md: the recipes are what they claim (the GitHub workflow uploads the SARIF file the plan
 * writes, after a failed plan too, with the permission code scanning needs; GitLab and the shell
 * step run the same command), the README links it, and the workflow's command line, run as written
 * against a shipped stack, writes valid SARIF and exits 0.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cli, REPO, type CliResult } from "./run-cli";
import { validateSarif } from "./sarif-schema";

const DOC = readFileSync(join(REPO, "docs/ci.md"), "utf8");
const COMMAND = "npx sovereign-cloud plan --format sarif --output plan.sarif";

/** The fenced blocks of a language under a heading that starts with `heading`. */
function blocks(heading: string, lang: string): string[] {
  const section = DOC.split(/^## /m).find((s) => s.startsWith(heading));
  if (!section) throw new Error(`docs/ci.md has no section "${heading}"`);
  return [...section.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]!);
}

describe("docs/ci.md recipes", () => {
  it("GitHub Actions: installs, plans with the command, uploads plan.sarif to code scanning even after a failed plan", () => {
    const [yaml] = blocks("GitHub Actions", "yaml");
    const workflow = parse(yaml!) as {
      permissions: Record<string, string>;
      jobs: Record<string, { steps: { run?: string; uses?: string; if?: string; with?: Record<string, string> }[] }>;
    };
    expect(workflow.permissions["security-events"]).toBe("write");
    const steps = workflow.jobs.plan!.steps;
    const runs = steps.map((s) => s.run).filter(Boolean);
    expect(runs).toEqual(["npm ci", COMMAND]);
    const upload = steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"))!;
    expect(upload.with!.sarif_file).toBe("plan.sarif");
    // After the plan step (whose exit 1/2 fails the job), and run even then.
    expect(steps.indexOf(upload)).toBeGreaterThan(steps.findIndex((s) => s.run === COMMAND));
    expect(upload.if).toContain("!cancelled()");
  });

  it("GitLab CI and the shell step run the same command; the report is kept as an artifact", () => {
    const [yaml] = blocks("GitLab CI", "yaml");
    const job = (parse(yaml!) as Record<string, { script: string[]; artifacts: { when: string; paths: string[] } }>).sovereignty!;
    expect(job.script).toContain(COMMAND);
    expect(job.artifacts).toEqual({ when: "always", paths: ["plan.sarif"] });
    expect(blocks("Any other CI", "sh")[0]!.split("\n")).toContain(COMMAND);
  });

  it("lists the exit codes and the policy pack for `pulumi preview`", () => {
    for (const code of ["| 0 |", "| 1 |", "| 2 |"]) expect(DOC).toContain(code);
    expect(blocks("Teams that run `pulumi preview`", "sh")[0]).toContain("pulumi preview --stack prod --policy-pack policy");
  });

  it("is linked from the README", () => {
    expect(readFileSync(join(REPO, "README.md"), "utf8")).toContain("[docs/ci.md](docs/ci.md)");
  });
});

describe(`\`${COMMAND}\` on a shipped stack`, () => {
  let dir: string;
  let run: CliResult;
  beforeAll(async () => {
    // A project with the reference program and one shipped stack file, unchanged: the command runs as written.
    dir = mkdtempSync(join(tmpdir(), "sc-ci-"));
    const project = readFileSync(join(REPO, "Pulumi.yaml"), "utf8").replace(/^main: .*$/m, `main: ${join(REPO, "stacks/index.ts")}`);
    writeFileSync(join(dir, "Pulumi.yaml"), project);
    mkdirSync(join(dir, "stacks"));
    copyFileSync(join(REPO, "stacks/Pulumi.scaleway-paris.yaml"), join(dir, "stacks/Pulumi.scaleway-paris.yaml"));
    run = await cli(COMMAND.split(" ").slice(2), { cwd: dir });
  }, 120_000);

  it("exits 0 and writes SARIF 2.1.0 that code scanning accepts, each result at a line of the program", () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("wrote sarif report to plan.sarif");
    expect(existsSync(join(dir, "plan.sarif"))).toBe(true);
    const sarif = JSON.parse(readFileSync(join(dir, "plan.sarif"), "utf8"));
    expect(validateSarif(sarif)).toEqual([]);
    const results = sarif.runs[0].results as any[];
    // scaleway-paris carries advisory findings (what Scaleway cannot enforce), never mandatory ones.
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(r.level).toBe("warning");
      expect(r.locations[0].physicalLocation.artifactLocation.uri).toMatch(/stacks\/index\.ts$/);
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
    }
  });
});
