/**
 * Full Gaia-X 25.11 conformance with a supplement, through the real command: the scaleway-paris
 * stack's evidence conforms except exactly its declared required gaps; the fixture supplement fills
 * each of those (with illustrative values, not facts) and the evidence then has no SHACL result at all.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { EvidenceDocument } from "../../src/evidence/build";
import { cli, REPO, type CliResult } from "../cli/run-cli";
import { declaredRequiredGaps, distinct } from "./conformance";
import { validate } from "./shacl";

const FIXTURE = resolve(REPO, "test/evidence/fixtures/scaleway-paris-supplement.json");
const fixture = JSON.parse(readFileSync(FIXTURE, "utf8")) as {
  $comment: string;
  statements: { subject: string; property: string; source: string }[];
};

function reportOf(doc: EvidenceDocument): Record<string, any> {
  return doc["@graph"].find((c) => c.credentialSubject.type === "sc:EvidenceReport")!.credentialSubject as Record<string, any>;
}

describe("scaleway-paris evidence with and without a supplement", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-evidence-supplement-"));
  let plain: { run: CliResult; doc: EvidenceDocument };
  let supplied: { run: CliResult; doc: EvidenceDocument };
  beforeAll(async () => {
    const go = async (extra: string[], out: string) => {
      const run = await cli(["evidence", "scaleway-paris", "-o", join(dir, out), ...extra]);
      return { run, doc: JSON.parse(readFileSync(join(dir, out), "utf8")) as EvidenceDocument };
    };
    plain = await go([], "plain.jsonld");
    supplied = await go(["--supplement", FIXTURE], "supplied.jsonld");
  }, 120_000);

  it("the fixture says its values are illustrative, not facts, and cites only example.org", () => {
    expect(fixture.$comment).toMatch(/^Illustrative values for the test, not facts/);
    for (const s of fixture.statements) expect(s.source).toMatch(/^https:\/\/example\.org\//);
  });

  it("without it: SHACL reports exactly the declared required gaps, which are exactly what the fixture fills", async () => {
    expect(plain.run.code, plain.run.stderr).toBe(0);
    const declared = declaredRequiredGaps(plain.doc);
    expect(distinct((await validate(plain.doc)).results)).toEqual(declared);
    const filled = fixture.statements.map((s) => `${s.subject} ${s.property}`).sort();
    expect(declared.map((g) => `${g.focusNode} ${g.path}`).sort()).toEqual(filled);
  }, 60_000);

  it("with it: SHACL reports nothing, no required gap is left, and each merged statement is marked user-supplied with its source", async () => {
    expect(supplied.run.code, supplied.run.stderr).toBe(0);
    expect(supplied.run.stderr).toMatch(
      /^scaleway-paris: 4 components; 0 required Gaia-X properties and \d+ other left out .*; 4 statements from the supplement$/m,
    );
    const { conforms, results } = await validate(supplied.doc);
    expect(results).toEqual([]);
    expect(conforms).toBe(true);
    const report = reportOf(supplied.doc);
    expect(report["sc:gap"].filter((g: any) => g["sc:required"])).toEqual([]);
    expect(
      report["sc:supplied"].map((s: any) => [s["sc:about"].id, s["sc:property"].id, s["sc:basis"], s["sc:suppliedIn"], s["sc:reference"]]),
    ).toEqual(fixture.statements.map((s) => [s.subject, s.property, "user-supplied", FIXTURE, s.source]));
    // The optional gaps stay: the supplement filled only what it named.
    expect(report["sc:gap"].length).toBe(reportOf(plain.doc)["sc:gap"].length - fixture.statements.length);
  }, 60_000);

  it("the excerpt in docs/evidence.md is what the command writes for scaleway-paris", () => {
    const doc = readFileSync(resolve(REPO, "docs/evidence.md"), "utf8");
    expect(doc).toContain("## The command, and an excerpt");
    const section = doc.slice(doc.indexOf("## The command, and an excerpt"));
    const [credential, gap] = [...section.matchAll(/```json\n([\s\S]*?)```/g)].slice(0, 2).map((m) => JSON.parse(m[1]!));
    expect(plain.doc["@graph"].find((c) => c.id === credential.id)).toEqual(credential);
    expect(reportOf(plain.doc)["sc:gap"]).toContainEqual(gap);
  });
});
