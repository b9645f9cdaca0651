/** `sovereign-cloud evidence` as the real command: output, issuer, exit codes of plan, stacks with nothing to describe. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EvidenceDocument } from "../../src/evidence/build";
import { cli, FIXTURES } from "../cli/run-cli";

describe("sovereign-cloud evidence", () => {
  it("prints the document on stdout, every credential issued by --issuer, and nothing on stderr with --quiet", async () => {
    const run = await cli(["evidence", "scaleway-paris", "--issuer", "did:web:example.org", "--quiet"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe("");
    const doc = JSON.parse(run.stdout) as EvidenceDocument;
    expect(doc["@context"][0]).toBe("https://www.w3.org/ns/credentials/v2");
    expect(doc["@graph"].map((c) => c.issuer)).toEqual(doc["@graph"].map(() => "did:web:example.org"));
    const types = doc["@graph"].map((c) => c.credentialSubject.type);
    expect(types).toEqual(
      expect.arrayContaining([
        "gx:LegalPerson",
        "gx:Region",
        "gx:AvailabilityZone",
        "gx:ObjectStorageServiceOffering",
        "gx:VirtualMachineServiceOffering",
        "sc:Component",
        "sc:EvidenceReport",
      ]),
    );
  }, 60_000);

  it("exits 2 naming the stack when it has no stack file", async () => {
    const run = await cli(["evidence", "-s", "scaleway-pari"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(
      '[SC_STACK_NOT_FOUND] --stack: there is no stack file for "scaleway-pari". Did you mean "scaleway-paris"?',
    );
  }, 60_000);

  it("exits 2 when the program fails, with no evidence for that stack", async () => {
    const run = await cli(["evidence", "--program", `${FIXTURES}/error-program-throws`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^stack dev: \[SC_PROGRAM_FAILED\] .* \(no evidence\)$/m);
    expect((JSON.parse(run.stdout) as EvidenceDocument)["@graph"]).toEqual([]);
  }, 60_000);

  it("says so when a stack has no sovereign-cloud components, and describes nothing", async () => {
    const run = await cli(["evidence", "--program", `${FIXTURES}/ok-scaleway-fr-par`]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("dev: no sovereign-cloud components, nothing to describe");
    const doc = JSON.parse(run.stdout) as EvidenceDocument;
    expect(doc["@graph"].map((c) => c.credentialSubject.type)).toEqual(["sc:EvidenceReport"]);
    expect(doc["@graph"][0]!.credentialSubject).toMatchObject({ "sc:planStatus": "ok", "sc:component": [], "sc:gap": [] });
  }, 60_000);

  it("exits 2 with SC_SUPPLEMENT_UNREADABLE before planning when --supplement names no file", async () => {
    const run = await cli(["evidence", "scaleway-paris", "--supplement", "missing.json"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("[SC_SUPPLEMENT_UNREADABLE] missing.json: the evidence supplement cannot be read: no such file.");
    expect(run.stderr).not.toContain("scaleway-paris"); // no plan progress: it stopped before planning
  }, 60_000);

  it("exits 2 with SC_SUPPLEMENT_INVALID and the path of each problem when the supplement is malformed", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "sc-supplement-")), "bad.json");
    writeFileSync(file, JSON.stringify({ statements: [{ subject: "urn:x:y", property: "gx:providedBy", value: "z", source: "" }] }));
    const run = await cli(["evidence", "scaleway-paris", "--supplement", file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(
      "[SC_SUPPLEMENT_INVALID] statements[0].property: the evidence supplement is malformed: not a property the evidence lists as a gap.",
    );
    expect(run.stderr).toContain(
      "[SC_SUPPLEMENT_INVALID] statements[0].source: the evidence supplement is malformed: every statement needs the user's source.",
    );
    expect(run.stderr).not.toContain("scaleway-paris");
  }, 60_000);
});
