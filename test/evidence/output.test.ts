/** gaiaxEvidence: the evidence as a stack output, from the components themselves (under the SDK's mocks). */
import { beforeAll, describe, expect, it } from "vitest";
import { Bucket, gaiaxEvidence, Network, VirtualMachine } from "../../src/index";
import { buildEvidence } from "../../src/evidence/build";
import { parseSupplement } from "../../src/evidence/supplement";
import { settle, useMocks, valueOf } from "../helpers/pulumi";

beforeAll(async () => {
  await useMocks(
    { "sovereign-cloud:target": "scaleway:fr-par:fr-par-1", "sovereign-cloud:residency": { preset: "gaia-x-l3", encryption: "any" } },
    "shop",
    "prod",
  );
});

describe("gaiaxEvidence", () => {
  it("exports the document the CLI builds, for the program's project and stack, each component once", async () => {
    const docs = new Bucket("docs", { tlsOnly: false });
    const net = new Network("app");
    const web = new VirtualMachine("web", { size: "SCS-2V-4", image: "debian-12", network: net });
    const evidence = await valueOf(gaiaxEvidence([docs, net, web, docs]));
    await settle();
    const components = await Promise.all(
      [docs, net, web].map(async (c) => ({ urn: (await valueOf(c.urn))!, residency: (await valueOf(c.residency))! })),
    );
    expect(evidence).toEqual(buildEvidence([{ project: "shop", stack: "prod", components }]).document);
    const ids = evidence!["@graph"].map((c) => c.credentialSubject.id);
    expect(ids).toContain("urn:pulumi:prod::shop::sovereign-cloud:index:Bucket::docs");
    expect(ids.filter((id) => id.endsWith("::docs"))).toHaveLength(1);
    expect(ids).toContain("urn:sovereign-cloud:evidence:shop:prod");
  });

  it("merges an inline supplement as the builder does: the gap filled, the statement listed as user-supplied (origin inline)", async () => {
    const docs = new Bucket("terms", { tlsOnly: false });
    const offering = "urn:sovereign-cloud:catalog:offering:scaleway:fr-par:object-storage";
    const body = {
      statedBy: "test",
      statements: [
        {
          subject: offering,
          property: "gx:serviceOfferingTermsAndConditions",
          value: {
            type: "gx:TermsAndConditions",
            "gx:url": { "@value": "https://example.org/t", "@type": "xsd:anyURI" },
            "gx:hash": "0".repeat(64),
          },
          source: "https://example.org/t",
        },
      ],
    };
    const evidence = await valueOf(gaiaxEvidence([docs], { supplement: body }));
    await settle();
    const components = [{ urn: (await valueOf(docs.urn))!, residency: (await valueOf(docs.residency))! }];
    expect(evidence).toEqual(
      buildEvidence([{ project: "shop", stack: "prod", components }], { supplement: parseSupplement(body) }).document,
    );
    const report = evidence!["@graph"].find((c) => c.credentialSubject.type === "sc:EvidenceReport")!.credentialSubject as Record<
      string,
      any
    >;
    expect(report["sc:supplied"]).toMatchObject([
      { "sc:about": { id: offering }, "sc:basis": "user-supplied", "sc:suppliedIn": "inline", "sc:statedBy": "test" },
    ]);
    expect(
      report["sc:gap"].some((g: any) => g["sc:path"].id === "gx:serviceOfferingTermsAndConditions" && g["sc:focusNode"].id === offering),
    ).toBe(false);
  });
});
