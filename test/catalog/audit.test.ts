import { describe, expect, it } from "vitest";
import { openFacts } from "../../src/catalog/audit";

describe("open facts", () => {
  const open = openFacts();

  it("lists the facts residency-facts marks unconfirmed, each with a reason", () => {
    expect(open.map((f) => f.subject)).toEqual(expect.arrayContaining(["gcp:europe-west15 country", "gcp:europe-west15 city"]));
    for (const f of open) expect(f.note.trim().length, f.subject).toBeGreaterThan(5);
  });

  it("never lists a confirmed fact", () => {
    expect(open.map((f) => f.subject)).not.toContain("aws:eu-central-1 country");
    // Generally available since Microsoft's list changed on 2026-03-23.
    expect(open.map((f) => f.subject)).not.toContain("azure:denmarkeast status");
  });

  it("lists the services a region's sources do not document, and the ESC operator's control", () => {
    const subjects = open.map((f) => f.subject);
    expect(subjects).toEqual(
      expect.arrayContaining([
        "scaleway:it-mil service bucket",
        "scaleway:it-mil service virtualMachine",
        "aws:eusc-de-east-1 operator (aws-eusc) euControlled",
      ]),
    );
    expect(subjects).not.toContain("scaleway:it-mil service network");
    expect(subjects).toEqual(
      expect.arrayContaining(["azure:finlandcentral status", "azure:greececentral status", "gcp:europe-west15 status"]),
    );
  });
});
