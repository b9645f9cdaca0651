/**
 * What the evidence states about a Database: its deployment facts (engine, version, encryption,
 * backup and replica regions) on its sc:Component, recorded as facts about our deployment; the
 * missing Gaia-X offering is a declared gap; the document still conforms to the 25.11 shapes except
 * for the declared required gaps.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildEvidence } from "../../src/evidence/build";
import { Database, Network } from "../../src/index";
import { settle, useMocks, valueOf } from "../helpers/pulumi";
import { declaredRequiredGaps, distinct } from "./conformance";
import { validate } from "./shacl";

beforeAll(async () => {
  await useMocks({ "sovereign-cloud:residency": "gaia-x-l2", "sovereign-cloud:target": "aws:eu-central-1" }, "demo", "test");
});

describe("database evidence", () => {
  it("states engine, version, key management and backup regions on the component, and declares the missing offering", async () => {
    const db = new Database("meta", { network: new Network("app"), encryption: "customer-managed", backup: { copyTo: "eu-west-1" } });
    await settle();
    const urn = (await valueOf(db.urn))!;
    const record = (await valueOf(db.residency))!;
    const built = buildEvidence([{ project: "demo", stack: "test", components: [{ urn, residency: record }] }]);
    const component = built.document["@graph"].find((c) => c.credentialSubject.id === urn)!.credentialSubject as Record<string, unknown>;
    expect(component).toMatchObject({
      "sc:componentType": "sovereign-cloud:index:Database",
      "sc:engine": "postgresql",
      "sc:engineVersion": 16,
      "sc:instanceClass": "db.t4g.medium",
      "sc:keyManagement": "customer",
      "sc:backupRegion": ["eu-central-1", "eu-west-1"],
      "sc:tlsEnforcement": "parameter group rds.force_ssl = 1",
    });
    const gaps = built.stacks[0]!.gaps;
    expect(gaps.find((g) => g.subject === urn && g.property === "sc:offering")?.reason).toMatch(
      /no service-offering class for a managed database/,
    );
    const results = distinct((await validate(built.document)).results);
    expect(results).toEqual(declaredRequiredGaps(built.document));
  });
});
