/**
 * `sovereign-cloud evidence`, run as the real command over every shipped stack, validated the way a
 * Gaia-X consumer would (JSON-LD expanded offline, SHACL against the vendored 25.11 shapes with the
 * ontology for subclasses): every shipped stack plans cleanly and has evidence whose only SHACL
 * results are the required properties it declares as gaps.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { EvidenceDocument } from "../../src/evidence/build";
import { cli, REPO, type CliResult } from "../cli/run-cli";
import { declaredRequiredGaps, distinct } from "./conformance";
import { validate } from "./shacl";

const STACKS = readdirSync(resolve(REPO, "stacks"))
  .map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
  .filter((s): s is string => s !== undefined)
  .sort();
/** Stacks whose provider has no managed PostgreSQL: no metadata store (see their stack files). */
const NO_DATABASE = ["hetzner-falkenstein", "openstack-cleura", "openstack-otc"];
const componentCount = (stack: string) => (NO_DATABASE.includes(stack) ? 3 : 4);

/** One stack's credentials (their ids carry the stack) as a document of its own. */
function stackDocument(doc: EvidenceDocument, project: string, stack: string): EvidenceDocument {
  const prefix = `urn:sovereign-cloud:evidence:${project}:${stack}:`;
  return { "@context": doc["@context"], "@graph": doc["@graph"].filter((c) => c.id.startsWith(prefix)) };
}

describe("evidence for every shipped stack", () => {
  let run: CliResult;
  let doc: EvidenceDocument;
  const out = join(mkdtempSync(join(tmpdir(), "sc-evidence-")), "evidence.jsonld");
  beforeAll(async () => {
    run = await cli(["evidence", "-o", out]);
    doc = JSON.parse(readFileSync(out, "utf8")) as EvidenceDocument;
  }, 240_000);

  it("plans every shipped stack cleanly (exit 0) and writes one document with each stack's components", () => {
    expect(STACKS.length).toBeGreaterThan(0);
    expect(run.stderr).toContain(`wrote evidence (JSON-LD, unsigned) to ${out}`);
    // A stack with a config or program error would have no evidence (stderr: "stack <name>: [SC_...]").
    expect(run.stderr).not.toMatch(/^stack .+: \[SC_/m);
    expect(run.code, run.stderr).toBe(0);
    for (const s of STACKS)
      expect(run.stderr).toMatch(new RegExp(`^${s}: ${componentCount(s)} components; \\d+ required Gaia-X properties`, "m"));
  });

  it.each(STACKS)(
    "%s: conforms to the Gaia-X 25.11 shapes except exactly the required properties it lists as gaps",
    async (stack) => {
      const mine = stackDocument(doc, "sovereign-cloud-reference", stack);
      expect(mine["@graph"].filter((c) => c.credentialSubject.type === "sc:Component")).toHaveLength(componentCount(stack));
      const { results } = await validate(mine);
      expect(results.every((r) => r.severity === "sh:Violation")).toBe(true);
      const declared = declaredRequiredGaps(mine);
      expect(declared.length).toBeGreaterThan(0);
      expect(distinct(results)).toEqual(declared);
    },
    60_000,
  );
});
