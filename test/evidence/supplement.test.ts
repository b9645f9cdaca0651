/**
 * The supplement: the user's own sourced statements for gaps the catalog cannot fill. Every malformed
 * supplement is refused as a whole with every problem listed; a well-formed one fills gaps only
 * (never a property the catalog or the deployment already states), each merged statement is marked
 * user-supplied with its source, and merged nodes keep IRIs (no blank nodes).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ResidencyRecord } from "../../src/components/residency";
import type { ResidencyContract } from "../../src/contract/schema";
import { SovereignCloudError } from "../../src/errors";
import { buildEvidence, type Evidence } from "../../src/evidence/build";
import { gaiaxEvidence } from "../../src/evidence/output";
import { loadSupplement, parseSupplement, type Supplement } from "../../src/evidence/supplement";
import { toQuads } from "./shacl";

/** The error a call throws: its code and each problem's code and path. */
function refusal(fn: () => unknown): { code: string; problems: [string, string][]; error: SovereignCloudError } {
  try {
    fn();
  } catch (e) {
    if (!SovereignCloudError.is(e)) throw e;
    return { code: e.code, problems: e.problems.map((p) => [p.code, p.path]), error: e };
  }
  throw new Error("expected a SovereignCloudError, nothing was thrown");
}

const OBJECT_STORAGE = "urn:sovereign-cloud:catalog:offering:scaleway:fr-par:object-storage";
const SCALEWAY = "urn:sovereign-cloud:catalog:legal-entity:scaleway";
const FR_PAR = "urn:sovereign-cloud:catalog:region:scaleway:fr-par";

const terms = (url: string) => ({
  type: "gx:TermsAndConditions",
  "gx:url": { "@value": url, "@type": "xsd:anyURI" },
  "gx:hash": "0".repeat(64),
});
const statement = (over: Record<string, unknown> = {}) => ({
  subject: OBJECT_STORAGE,
  property: "gx:serviceOfferingTermsAndConditions",
  value: terms("https://example.org/terms"),
  source: "https://example.org/terms",
  ...over,
});
const INVALID = "SC_SUPPLEMENT_INVALID";

describe("parseSupplement refuses a malformed supplement with every problem at once", () => {
  it("accepts a well-formed one, keeping its origin and statedBy", () => {
    const s = parseSupplement(
      { $comment: "notes", statedBy: "ACME GmbH", statements: [statement({ asOf: "2026-12-01", note: "read on the site" })] },
      "supplement.json",
    );
    expect(s).toEqual({
      origin: "supplement.json",
      statedBy: "ACME GmbH",
      statements: [statement({ asOf: "2026-12-01", note: "read on the site" })],
    });
  });

  it.each([
    ["a list", [statement()], "inline"],
    ["a string", "statements", "inline"],
    ["null", null, "inline"],
  ])("not an object (%s): one problem at the origin", (_, input, path) => {
    const r = refusal(() => parseSupplement(input));
    expect(r.code).toBe(INVALID);
    expect(r.problems).toEqual([[INVALID, path]]);
    expect(r.error.message).toContain("it must be a JSON object");
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ["an unknown top-level key", { statements: [statement()], statement: [] }, "statement", "unknown key"],
    ["an empty statement list", { statements: [] }, "statements", "must be a non-empty list"],
    ["no statement list", { statedBy: "me" }, "statements", "must be a non-empty list"],
    [
      "a statement without source",
      { statements: [statement({ source: undefined })] },
      "statements[0].source",
      "every statement needs the user's source",
    ],
    ["a blank source", { statements: [statement({ source: "  " })] }, "statements[0].source", "every statement needs the user's source"],
    [
      "a property the evidence never lists as a gap",
      { statements: [statement({ property: "gx:providedBy" })] },
      "statements[0].property",
      "not a property the evidence lists as a gap",
    ],
    [
      "gx:Address given for gx:registrationNumber",
      {
        statements: [
          statement({ subject: SCALEWAY, property: "gx:registrationNumber", value: { type: "gx:Address", "gx:countryCode": "FR" } }),
        ],
      },
      "statements[0].value",
      "gx:registrationNumber takes a node of type gx:LocalRegistrationNumber or gx:VatID or gx:LeiCode or gx:EORI or gx:EUID",
    ],
    [
      "a node for a literal-valued property",
      { statements: [statement({ subject: FR_PAR, property: "schema:name", value: { type: "gx:Address" } })] },
      "statements[0].value",
      "schema:name takes a string",
    ],
    ["an asOf that is not a date", { statements: [statement({ asOf: "01/12/2026" })] }, "statements[0].asOf", "must be a date"],
    [
      "a key outside gx:, schema:, vcard: and qudt:",
      { statements: [statement({ value: { ...terms("https://example.org/t"), "sc:verdict": "ok" } })] },
      "statements[0].value.sc:verdict",
      "only gx:, schema:, vcard: and qudt: properties",
    ],
    [
      "a non-IRI id",
      { statements: [statement({ value: { ...terms("https://example.org/t"), id: "my terms" } })] },
      "statements[0].value.id",
      "an id must be an IRI",
    ],
    [
      "a non-IRI subject",
      { statements: [statement({ subject: "scaleway" })] },
      "statements[0].subject",
      "must be the IRI of a node of the evidence",
    ],
    [
      "an unknown statement key",
      { statements: [statement({ value: terms("https://example.org/t"), url: "x" })] },
      "statements[0].url",
      "unknown key",
    ],
    ["a missing value", { statements: [statement({ value: undefined })] }, "statements[0].value", "is missing"],
  ])("%s: SC_SUPPLEMENT_INVALID at the exact path", (_, input, path, why) => {
    const r = refusal(() => parseSupplement(input, "s.json"));
    expect(r.code).toBe(INVALID);
    expect(r.problems).toEqual([[INVALID, path]]);
    expect(r.error.problems[0]!.message).toContain(why);
    expect(r.error.message).toMatch(/^evidence supplement s\.json: 1 problem; nothing was merged\./);
  });

  it("collects every problem of every statement and throws once with SC_MULTIPLE_PROBLEMS", () => {
    const r = refusal(() =>
      parseSupplement({
        extra: true,
        statements: [
          statement({ source: undefined, asOf: "yesterday" }),
          statement({
            property: "gx:registrationNumber",
            value: [{ type: "gx:Address" }, { type: "gx:VatID", "gx:vatID": "FR00000000000" }],
          }),
          "not a statement",
        ],
      }),
    );
    expect(r.code).toBe("SC_MULTIPLE_PROBLEMS");
    expect(r.problems).toEqual([
      [INVALID, "extra"],
      [INVALID, "statements[0].source"],
      [INVALID, "statements[0].asOf"],
      [INVALID, "statements[1].value[0]"],
      [INVALID, "statements[2]"],
    ]);
    expect(r.error.codes).toEqual([INVALID]);
    expect(r.error.message.split("\n")[0]).toBe("evidence supplement inline: 5 problems; nothing was merged.");
  });
});

describe("loadSupplement", () => {
  const dir = mkdtempSync(join(tmpdir(), "sc-supplement-"));

  it("reads and checks a file, its path as origin", () => {
    const file = join(dir, "ok.json");
    writeFileSync(file, JSON.stringify({ statements: [statement()] }));
    expect(loadSupplement(file)).toMatchObject({ origin: file, statements: [statement()] });
  });

  it("a missing file is SC_SUPPLEMENT_UNREADABLE: no such file", () => {
    const file = join(dir, "missing.json");
    const r = refusal(() => loadSupplement(file));
    expect(r.code).toBe("SC_SUPPLEMENT_UNREADABLE");
    expect(r.problems).toEqual([["SC_SUPPLEMENT_UNREADABLE", file]]);
    expect(r.error.problems[0]!.message).toBe("the evidence supplement cannot be read: no such file.");
  });

  it("a file that is not JSON is SC_SUPPLEMENT_UNREADABLE: not valid JSON", () => {
    const file = join(dir, "broken.json");
    writeFileSync(file, "{ statements: [ }");
    const r = refusal(() => loadSupplement(file));
    expect(r.problems).toEqual([["SC_SUPPLEMENT_UNREADABLE", file]]);
    expect(r.error.problems[0]!.message).toMatch(/^the evidence supplement cannot be read: not valid JSON \(.+\)\.$/);
  });

  it("a JSON file with a malformed supplement is SC_SUPPLEMENT_INVALID, its path in the subject", () => {
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ statements: [statement({ source: "" })] }));
    const r = refusal(() => loadSupplement(file));
    expect(r.problems).toEqual([[INVALID, "statements[0].source"]]);
    expect(r.error.message.startsWith(`evidence supplement ${file}: 1 problem`)).toBe(true);
  });
});

describe("gaiaxEvidence checks its supplement before it builds anything", () => {
  it("throws SC_SUPPLEMENT_INVALID for a malformed inline supplement, synchronously", () => {
    const r = refusal(() => gaiaxEvidence([], { supplement: { statements: [statement({ property: "gx:providedBy" })] } }));
    expect(r.problems).toEqual([[INVALID, "statements[0].property"]]);
  });

  it("throws SC_SUPPLEMENT_UNREADABLE for a supplement file that does not exist", () => {
    const r = refusal(() => gaiaxEvidence([], { supplement: "/nonexistent/supplement.json" }));
    expect(r.problems).toEqual([["SC_SUPPLEMENT_UNREADABLE", "/nonexistent/supplement.json"]]);
  });
});

const L3: ResidencyContract = {
  preset: "gaia-x-l3",
  dataLocation: "eea",
  providerControl: "eu",
  certifications: [],
  encryption: "any",
  replication: "within-contract",
};
const RECORD: ResidencyRecord = {
  provider: "scaleway",
  legalEntity: "Scaleway SAS",
  headquarters: "FR",
  euControlled: true,
  region: "fr-par",
  regionName: "Paris",
  city: "Paris",
  country: "FR",
  memberRegions: [],
  zone: "fr-par-1",
  contract: L3,
  satisfiedClauses: ["regionStatus", "dataLocation", "countries", "providerControl", "certifications", "replication", "encryption"],
  bucket: { versioning: true, keyManagement: "provider", sseAlgorithm: "AES256" },
};
const BUCKET = "urn:pulumi:paris::demo::sovereign-cloud:index:Bucket::docs";

function build(statements: readonly Record<string, unknown>[], origin = "supplement.json"): Evidence {
  const supplement: Supplement = parseSupplement({ statedBy: "ACME GmbH", statements }, origin);
  return buildEvidence([{ project: "demo", stack: "paris", components: [{ urn: BUCKET, residency: RECORD }] }], { supplement });
}

function subject(e: Evidence, id: string): Record<string, any> {
  return e.document["@graph"].find((c) => c.credentialSubject.id === id)!.credentialSubject as Record<string, any>;
}

const report = (e: Evidence) => subject(e, "urn:sovereign-cloud:evidence:demo:paris");

describe("applySupplement (through buildEvidence)", () => {
  it("merges a statement that matches a gap, drops the gap, and reports it as user-supplied with its source", () => {
    const plain = buildEvidence([{ project: "demo", stack: "paris", components: [{ urn: BUCKET, residency: RECORD }] }]);
    expect(plain.stacks[0]!.gaps.some((g) => g.subject === OBJECT_STORAGE && g.property === "gx:serviceOfferingTermsAndConditions")).toBe(
      true,
    );

    const e = build([statement({ asOf: "2026-12-01", note: "illustrative" })]);
    expect(subject(e, OBJECT_STORAGE)["gx:serviceOfferingTermsAndConditions"]).toEqual({
      id: `${OBJECT_STORAGE}:supplied:gx-serviceOfferingTermsAndConditions:1`,
      ...terms("https://example.org/terms"),
    });
    expect(e.stacks[0]).toMatchObject({ supplied: 1, unmatched: 0 });
    expect(e.stacks[0]!.gaps.some((g) => g.property === "gx:serviceOfferingTermsAndConditions")).toBe(false);
    expect(report(e)["sc:gap"].some((g: any) => g["sc:path"].id === "gx:serviceOfferingTermsAndConditions")).toBe(false);
    expect(report(e)["sc:supplied"]).toEqual([
      {
        type: "sc:SuppliedStatement",
        "sc:about": { id: OBJECT_STORAGE },
        "sc:property": { id: "gx:serviceOfferingTermsAndConditions" },
        "sc:basis": "user-supplied",
        "sc:suppliedIn": "supplement.json",
        "sc:statedBy": "ACME GmbH",
        "sc:reference": "https://example.org/terms",
        "sc:asOf": { "@value": "2026-12-01", "@type": "xsd:date" },
        "sc:note": "illustrative",
      },
    ]);
  });

  it("never overrides what the catalog or the deployment states: such statements are not merged and count as unmatched", () => {
    const before = build([statement()]);
    const e = build([
      statement(),
      statement({
        subject: SCALEWAY,
        property: "gx:registrationNumber",
        value: { type: "gx:LocalRegistrationNumber", "gx:local": "000000000" },
      }),
      statement({
        property: "gx:storageConfiguration",
        value: {
          type: "gx:StorageConfiguration",
          "gx:storageEncryption": { type: "gx:Encryption", "gx:cipher": "RSA", "gx:keyManagement": "BYOK" },
        },
      }),
      statement({ subject: "urn:sovereign-cloud:catalog:offering:scaleway:nl-ams:object-storage" }),
    ]);
    expect(e.stacks[0]).toMatchObject({ supplied: 1, unmatched: 3 });
    expect(subject(e, SCALEWAY)["gx:registrationNumber"]).toEqual(subject(before, SCALEWAY)["gx:registrationNumber"]);
    expect(subject(e, SCALEWAY)["gx:registrationNumber"]).toEqual([expect.objectContaining({ "gx:local": "433115904" })]);
    expect(subject(e, OBJECT_STORAGE)["gx:storageConfiguration"]).toEqual(subject(before, OBJECT_STORAGE)["gx:storageConfiguration"]);
    expect(report(e)["sc:supplied"].map((s: any) => s["sc:property"].id)).toEqual(["gx:serviceOfferingTermsAndConditions"]);
  });

  it("a second statement for the same gap adds a second value", () => {
    const e = build([statement(), statement({ value: terms("https://example.org/terms-2") })]);
    expect(subject(e, OBJECT_STORAGE)["gx:serviceOfferingTermsAndConditions"].map((t: any) => t.id)).toEqual([
      `${OBJECT_STORAGE}:supplied:gx-serviceOfferingTermsAndConditions:1`,
      `${OBJECT_STORAGE}:supplied:gx-serviceOfferingTermsAndConditions:2`,
    ]);
    expect(e.stacks[0]).toMatchObject({ supplied: 2, unmatched: 0 });
  });

  it("gives every nested node an IRI, keeps given ids and bare references, so no Gaia-X statement is about a blank node", async () => {
    const e = build([
      {
        subject: FR_PAR,
        property: "gx:aggregationOfResources",
        value: {
          id: "https://example.org/dc/par-1",
          type: "gx:Datacenter",
          "gx:aggregationOfResources": { id: "urn:sovereign-cloud:catalog:zone:scaleway:fr-par:fr-par-1" },
          "gx:maintainedBy": { id: SCALEWAY },
          "gx:location": [{ type: "gx:Address", "gx:countryCode": "FR" }],
        },
        source: "https://example.org/dc",
      },
    ]);
    expect(subject(e, FR_PAR)["gx:aggregationOfResources"]).toEqual({
      id: "https://example.org/dc/par-1",
      type: "gx:Datacenter",
      "gx:aggregationOfResources": { id: "urn:sovereign-cloud:catalog:zone:scaleway:fr-par:fr-par-1" },
      "gx:maintainedBy": { id: SCALEWAY },
      "gx:location": [{ id: "https://example.org/dc/par-1:gx-location:1", type: "gx:Address", "gx:countryCode": "FR" }],
    });
    const quads = await toQuads(e.document);
    const gx = quads.filter((q) => q.predicate.value.startsWith("https://w3id.org/gaia-x/development#"));
    expect(gx.length).toBeGreaterThan(0);
    expect(gx.filter((q) => q.subject.termType === "BlankNode" || q.object.termType === "BlankNode")).toEqual([]);
  });
});
