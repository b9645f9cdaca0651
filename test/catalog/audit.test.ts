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
  });
});
