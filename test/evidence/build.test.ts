/**
 * The evidence builder on hand-written residency records: what it states (only confirmed catalog
 * facts, each with its source and as-of date), what it leaves out and lists as a gap, and that a
 * broken document fails the Gaia-X 25.11 shapes with the exact result.
 */
import { describe, expect, it } from "vitest";
import type { ResidencyRecord } from "../../src/components/residency";
import type { ResidencyContract } from "../../src/contract/schema";
import { buildEvidence, type EvidenceDocument, type UnsignedCredential } from "../../src/evidence/build";
import { declaredRequiredGaps, distinct } from "./conformance";
import { validate } from "./shacl";

const L3: ResidencyContract = {
  preset: "gaia-x-l3",
  dataLocation: "eea",
  providerControl: "eu",
  certifications: [],
  encryption: "any",
  replication: "within-contract",
};
const ALL = ["regionStatus", "dataLocation", "countries", "providerControl", "certifications", "replication", "encryption"] as const;

function record(over: Partial<ResidencyRecord>): ResidencyRecord {
  return {
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
    satisfiedClauses: ALL,
    ...over,
  };
}

const urn = (type: string, name: string, stack = "paris") => `urn:pulumi:${stack}::demo::sovereign-cloud:index:${type}::${name}`;

function scaleway(): EvidenceDocument {
  return buildEvidence([
    {
      project: "demo",
      stack: "paris",
      components: [
        { urn: urn("Bucket", "docs"), residency: record({}) },
        { urn: urn("VirtualMachine", "web"), residency: record({}) },
      ],
    },
  ]).document;
}

function subject(doc: EvidenceDocument, id: string): Record<string, any> {
  const found = doc["@graph"].find((c) => c.credentialSubject.id === id);
  if (!found) throw new Error(`no credential about ${id}: ${doc["@graph"].map((c) => c.credentialSubject.id).join(", ")}`);
  return found.credentialSubject as Record<string, any>;
}

function report(doc: EvidenceDocument): Record<string, any> {
  return doc["@graph"].find((c) => c.credentialSubject.type === "sc:EvidenceReport")!.credentialSubject as Record<string, any>;
}

const SCALEWAY = "urn:sovereign-cloud:catalog:legal-entity:scaleway";
const OFFICE = `${SCALEWAY}:registered-office`;
const FR_PAR = "urn:sovereign-cloud:catalog:region:scaleway:fr-par";

describe("buildEvidence", () => {
  it("describes the operator as a gx:LegalPerson whose headquarters and legal address carry the catalog's country, with its sourced registration number", () => {
    const person = subject(scaleway(), SCALEWAY);
    expect(person).toEqual({
      id: SCALEWAY,
      type: "gx:LegalPerson",
      "schema:name": "Scaleway SAS",
      "gx:headquartersAddress": { id: OFFICE, type: "gx:Address", "gx:countryCode": "FR" },
      "gx:legalAddress": { id: OFFICE },
      "gx:registrationNumber": [
        { id: `${SCALEWAY}:registration-number:local:433115904`, type: "gx:LocalRegistrationNumber", "gx:local": "433115904" },
      ],
    });
  });

  it("names the source and as-of date of every fact it states", () => {
    const r = report(scaleway());
    const country = r["sc:fact"].find((f: any) => f["sc:about"].id === OFFICE && f["sc:property"].id === "gx:countryCode");
    expect(country).toMatchObject({ "sc:value": "FR", "sc:source": { id: "urn:sovereign-cloud:catalog:source:scaleway-sas-identity" } });
    const sources = new Map(r["sc:source"].map((s: any) => [s.id, s]));
    for (const f of r["sc:fact"])
      expect(sources.get(f["sc:source"].id), JSON.stringify(f)).toMatchObject({ "sc:asOf": { "@type": "xsd:date" } });
    expect(sources.get("urn:sovereign-cloud:catalog:source:scaleway-sas-identity")).toMatchObject({
      "sc:asOf": { "@value": "2026-11-28" },
      "sc:kind": expect.any(String),
    });
  });

  it("places the region with its country and city, and only the VM in its zone", () => {
    const doc = scaleway();
    expect(subject(doc, FR_PAR)["gx:address"]).toEqual({
      id: `${FR_PAR}:address`,
      type: "gx:Address",
      "gx:countryCode": "FR",
      "vcard:locality": "Paris",
    });
    expect(subject(doc, urn("VirtualMachine", "web"))["sc:zone"]).toEqual({
      id: "urn:sovereign-cloud:catalog:zone:scaleway:fr-par:fr-par-1",
    });
    expect(subject(doc, urn("Bucket", "docs"))).not.toHaveProperty("sc:zone");
  });

  it("records the verdict: contract, satisfied clauses, offering, operator and region of each component", () => {
    expect(subject(scaleway(), urn("Bucket", "docs"))).toMatchObject({
      type: "sc:Component",
      "sc:componentType": "sovereign-cloud:index:Bucket",
      "sc:contract": { "sc:preset": "gaia-x-l3", "sc:dataLocation": "eea", "sc:providerControl": "eu" },
      "sc:satisfiedClause": [...ALL],
      "sc:verdict": "satisfied",
      "sc:offering": { id: "urn:sovereign-cloud:catalog:offering:scaleway:fr-par:object-storage" },
      "sc:operator": { id: SCALEWAY },
      "sc:region": { id: FR_PAR },
    });
    expect(subject(scaleway(), "urn:sovereign-cloud:catalog:offering:scaleway:fr-par:virtual-machine")).toMatchObject({
      type: "gx:VirtualMachineServiceOffering",
      "gx:providedBy": { id: SCALEWAY },
    });
  });

  it("leaves out what the catalog does not confirm and lists it as a gap (Google's operator: name and headquarters unconfirmed)", () => {
    const doc = buildEvidence([
      {
        project: "demo",
        stack: "nl",
        components: [{ urn: urn("Bucket", "docs", "nl"), residency: record({ provider: "gcp", region: "europe-west4", zone: null }) }],
      },
    ]).document;
    const google = "urn:sovereign-cloud:catalog:legal-entity:google-cloud-emea";
    expect(subject(doc, google)).toEqual({ id: google, type: "gx:LegalPerson" });
    const allGaps = report(doc)["sc:gap"];
    const gaps = allGaps.filter((g: any) => g["sc:focusNode"].id === google).map((g: any) => [g["sc:path"].id, g["sc:required"]]);
    expect(gaps).toEqual([
      ["schema:name", false],
      ["gx:headquartersAddress", true],
      ["gx:legalAddress", true],
      ["gx:registrationNumber", true],
    ]);
    const why = report(doc)["sc:gap"].find((g: any) => g["sc:path"].id === "gx:headquartersAddress")["sc:reason"];
    expect(why).toContain("Dublin per third-party records only");
  });

  it("leaves issuer and validFrom to the signer unless given, and adds no proof", () => {
    const plain = scaleway()["@graph"];
    for (const c of plain) expect(Object.keys(c).sort()).toEqual(["credentialSubject", "id", "type"]);
    const given = buildEvidence(
      [{ project: "demo", stack: "paris", components: [{ urn: urn("Bucket", "docs"), residency: record({}) }] }],
      { issuer: "did:web:example.org", validFrom: "2026-11-29T00:00:00Z" },
    ).document["@graph"];
    for (const c of given as UnsignedCredential[])
      expect(c).toMatchObject({ type: ["VerifiableCredential"], issuer: "did:web:example.org", validFrom: "2026-11-29T00:00:00Z" });
  });
});

describe("SHACL validation against the Gaia-X 25.11 shapes", () => {
  it("finds nothing but the declared required gaps in a sound document", async () => {
    const doc = scaleway();
    expect(distinct((await validate(doc)).results)).toEqual(declaredRequiredGaps(doc));
  }, 60_000);

  /** The results a broken copy adds on top of the declared gaps. */
  async function extra(mutate: (doc: any) => void) {
    const doc = structuredClone(scaleway()) as any;
    mutate(doc);
    const { conforms, results } = await validate(doc);
    const declared = new Set(declaredRequiredGaps(doc).map((g) => `${g.focusNode} ${g.path} ${g.constraint}`));
    return { conforms, extra: distinct(results).filter((r) => !declared.has(`${r.focusNode} ${r.path} ${r.constraint}`)) };
  }

  it("reports a missing country code on the operator's address: focus node, path and constraint", async () => {
    const { conforms, extra: found } = await extra((doc) => {
      delete subject(doc, SCALEWAY)["gx:headquartersAddress"]["gx:countryCode"];
    });
    expect(conforms).toBe(false);
    expect(found).toEqual([{ focusNode: OFFICE, path: "gx:countryCode", constraint: "sh:MinCountConstraintComponent" }]);
  }, 60_000);

  it("reports a name of the wrong datatype on the region: focus node, path and constraint", async () => {
    const { conforms, extra: found } = await extra((doc) => {
      subject(doc, FR_PAR)["schema:name"] = 42;
    });
    expect(conforms).toBe(false);
    expect(found).toEqual([{ focusNode: FR_PAR, path: "schema:name", constraint: "sh:DatatypeConstraintComponent" }]);
  }, 60_000);

  it("reports a country code outside ISO 3166-1 on the region's address", async () => {
    const { extra: found } = await extra((doc) => {
      subject(doc, FR_PAR)["gx:address"]["gx:countryCode"] = "XX";
    });
    expect(found).toEqual([{ focusNode: `${FR_PAR}:address`, path: "gx:countryCode", constraint: "sh:OrConstraintComponent" }]);
  }, 60_000);

  it("reports a property the closed gx:LegalPerson shape does not allow", async () => {
    const { extra: found } = await extra((doc) => {
      subject(doc, SCALEWAY)["sc:euControlled"] = true;
    });
    expect(found).toEqual([{ focusNode: SCALEWAY, path: "sc:euControlled", constraint: "sh:ClosedConstraintComponent" }]);
  }, 60_000);
});
