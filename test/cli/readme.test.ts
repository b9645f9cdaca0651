import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { renderTargetsDoc, TARGETS_DOC } from "../../src/cli/docs";
import { targetsTable, verdictMark } from "../../src/cli/regions";
import { REGIONS } from "../../src/catalog/regions/index";

const REPO = resolve(__dirname, "../..");
const readme = readFileSync(resolve(REPO, "README.md"), "utf8");

describe("docs/targets.md", () => {
  const doc = readFileSync(TARGETS_DOC, "utf8");

  it("carries the targets table generated from the catalog (run `npm run docs` after catalog changes)", () => {
    expect(doc).toContain(targetsTable());
    expect(renderTargetsDoc(doc)).toBe(doc);
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
});

describe("README", () => {
  it("names the two set-up commands and the offline command", () => {
    expect(readme).toContain("npm ci\nnpm test");
    expect(readme).toContain("npm run plan -- aws-frankfurt");
    expect(readme).toContain("npx sovereign-cloud plan\n");
  });

  it("stays a front door: at most 12 KB, with no generated table left in it", () => {
    expect(Buffer.byteLength(readme, "utf8")).toBeLessThanOrEqual(12 * 1024);
    expect(readme).not.toContain("<!-- targets:start");
    expect(readme).not.toContain("<!-- portability:start");
  });

  it("links every docs page, and every relative link it makes resolves to a file", () => {
    const pages = [
      "targets",
      "components",
      "drivers",
      "portability",
      "contract",
      "deploy",
      "providers",
      "policy",
      "evidence",
      "exit-plan",
      "ci",
      "architecture",
      "contributing",
    ];
    for (const page of pages) expect(readme).toContain(`(docs/${page}.md`);
    const missing = [...readme.matchAll(/\]\(((?:docs\/)?[^)#:\s]+?\.md)(?:#[^)]*)?\)/g)]
      .map((m) => m[1]!)
      .filter((p) => {
        try {
          readFileSync(resolve(REPO, p));
          return false;
        } catch {
          return true;
        }
      });
    expect(missing).toEqual([]);
  });
});
