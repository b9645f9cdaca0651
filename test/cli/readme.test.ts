import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { renderReadme } from "../../src/cli/docs";
import { targetsTable, verdictMark } from "../../src/cli/regions";
import { REGIONS } from "../../src/catalog/regions/index";

describe("README", () => {
  const readme = readFileSync(resolve(__dirname, "../../README.md"), "utf8");

  it("carries the targets table generated from the catalog (run `npm run docs` after catalog changes)", () => {
    expect(renderReadme(readme)).toBe(readme);
  });

  it("has one table row per catalog region", () => {
    expect(targetsTable().split("\n")).toHaveLength(REGIONS.length + 2);
  });

  it("marks London as rejected by fact under eu and unknown facts with ?", () => {
    const london = REGIONS.find((r) => r.provider === "aws" && r.code === "eu-west-2")!;
    expect(verdictMark("eu", london)).toBe("✗");
    const unknown = REGIONS.find((r) => r.provider === "gcp" && r.code === "europe-west15")!;
    expect(verdictMark("eu", unknown)).toBe("?");
  });

  it("names the two set-up commands and the offline command", () => {
    expect(readme).toContain("npm ci\nnpm test");
    expect(readme).toContain("npm run plan -- aws-frankfurt");
    expect(readme).toContain("npx sovereign-cloud plan\n");
  });
});
