/**
 * A program written inline in a test, planned in-process exactly as `sovereign-cloud plan` plans a
 * stack (offline engine, then the pack's rules), in a throw-away project whose one stack `dev` has
 * `config`. The program must not fail: the report's error is asserted absent.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { stringify } from "yaml";
import { runOffline } from "../../src/offline/engine";
import { evaluateRun } from "../../src/offline/evaluate";
import type { PulumiProject } from "../../src/offline/project";
import type { StackReport } from "../../src/offline/report";

export async function planInline(name: string, config: Record<string, unknown>, program: () => void): Promise<StackReport> {
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  writeFileSync(join(dir, "Pulumi.dev.yaml"), stringify({ config }));
  const project: PulumiProject = { dir, name, main: join(dir, "index.ts"), stackConfigDir: dir, defaults: {} };
  const run = await runOffline(project, "dev", async () => program());
  const report = await evaluateRun(project, run);
  expect(report.error).toBeUndefined();
  return report;
}
