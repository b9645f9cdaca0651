/**
 * `npx sovereign-cloud plan` on a fresh clone: `npm ci` runs `prepare` (the build), npm links the
 * project's own bin (npm exec runs a bin named in the current project's package.json), and the
 * compiled CLI runs TypeScript programs through tsx. This compiles the CLI the way `npm run build`
 * does (into a scratch directory inside the repository, so packages resolve) and runs it.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listStacks, readProject } from "../../src/offline/project";
import { cli, REPO, type CliResult } from "./run-cli";

const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as {
  bin: Record<string, string>;
  scripts: Record<string, string>;
};
const OUT = join(REPO, "node_modules/.cache/sovereign-cloud-bin-test");

describe("the sovereign-cloud bin", () => {
  let run: CliResult;
  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    await new Promise<void>((done, fail) =>
      execFile(
        process.execPath,
        [join(REPO, "node_modules/typescript/bin/tsc"), "-p", join(REPO, "tsconfig.build.json"), "--outDir", OUT],
        { cwd: REPO },
        (e, stdout) => (e ? fail(new Error(stdout)) : done()),
      ),
    );
    // What the README tells a newcomer to run: every shipped stack.
    run = await cli(["plan", "--quiet"], { entry: [join(OUT, pkg.bin["sovereign-cloud"]!.replace(/^dist\//, ""))] });
  }, 240_000);
  afterAll(() => rmSync(OUT, { recursive: true, force: true }));

  it("is the compiled CLI, built by npm ci (prepare) and started by node (shebang)", () => {
    expect(pkg.bin["sovereign-cloud"]).toBe("dist/src/cli/main.js");
    expect(pkg.scripts.prepare).toBe("npm run build");
    expect(pkg.scripts.build).toBe("tsc -p tsconfig.build.json");
    expect(readFileSync(join(OUT, "src/cli/main.js"), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(existsSync(join(OUT, "src/offline/worker.js"))).toBe(true);
  });

  it("compiled, plans every shipped stack of the TypeScript reference program and exits 0", () => {
    expect(run.code, run.stderr + run.stdout.slice(-2000)).toBe(0);
    const stacks = listStacks(readProject(join(REPO, "Pulumi.yaml")));
    for (const stack of stacks) expect(run.stdout, stack).toContain(`Stack ${stack} (stacks/Pulumi.${stack}.yaml)`);
    expect(run.stdout).toMatch(/[├└]─ aws:s3:Bucket\s+documents\s+aws\s+eu-central-1\s+DE\s+ok/);
    expect(run.stdout).toMatch(/[├└]─ scaleway:instance:Server\s+web\s+scaleway\s+fr-par \/ fr-par-1\s+FR\s+ok/);
    expect(run.stdout).toContain(`${stacks.length} stacks,`);
    // Advisory findings are listed with "!", never with the mandatory "✗".
    expect(run.stdout).toContain('! tls-only (advisory, cannot tell) on scaleway:object:Bucket "documents"');
    expect(run.stdout).not.toMatch(/^ {2}✗ /m);
    expect(run.stdout).toMatch(/0 mandatory violations, \d+ advisory, \d+ cannot tell, 0 rejected by the contract, 0 with errors\. OK/);
  });
});
