/** The benchmark's generated programs are valid: one plans cleanly, with the expected resources. No timing here. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateProgram, GENERATED_STACK } from "../../bench/p2/generate";
import { runStackProcess } from "../../src/offline/runner";

const dir = mkdtempSync(join(tmpdir(), "sc-bench-gen-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("bench/p2 generated program", () => {
  it("plans with no error and no mandatory finding: 29 plan resources per ten components, plus one shared provider", async () => {
    const file = generateProgram(dir, 20);
    const report = await runStackProcess(file, dir, GENERATED_STACK);
    expect(report.error).toBeUndefined();
    expect(report.resources.filter((r) => r.custom)).toHaveLength(59);
    expect(report.resources.filter((r) => r.type.startsWith("sovereign-cloud:index:"))).toHaveLength(20);
    expect(report.diagnostics.filter((d) => d.enforcementLevel === "mandatory")).toEqual([]);
  }, 120_000);
});
