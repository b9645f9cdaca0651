/**
 * `pulumi up` cannot run here (no CLI), but the step that most often breaks a TypeScript program
 * can: the language host compiling and loading it with ts-node and the project's tsconfig.json.
 */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { expect, it } from "vitest";

it("loads and type-checks the reference program as the Pulumi language host does", () => {
  const root = resolve(__dirname, "../..");
  const out = execFileSync(process.execPath, [resolve(__dirname, "language-host.cjs"), root, "aws-frankfurt"], {
    encoding: "utf8",
    timeout: 180_000,
  });
  const result = JSON.parse(out.trim().split("\n").pop()!);
  expect(result.typescript).toMatch(/^6\./);
  expect(result.resources).toBeGreaterThan(20);
}, 200_000);
