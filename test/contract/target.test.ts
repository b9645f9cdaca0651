import { describe, expect, it } from "vitest";
import { parseTarget, placementOf } from "../../src/contract/target";

const codes = (input: unknown, service?: "bucket" | "network" | "virtualMachine") =>
  placementOf(input, "args.target", service).problems.map((p) => p.code);

describe("targets", () => {
  it("parses provider:region and provider:region:zone", () => {
    expect(parseTarget("aws:eu-central-1", "t").value).toEqual({ provider: "aws", region: "eu-central-1" });
    expect(parseTarget(" gcp:europe-west3:europe-west3-a ", "t").value).toEqual({
      provider: "gcp",
      region: "europe-west3",
      zone: "europe-west3-a",
    });
    expect(parseTarget({ provider: "azure", region: "westeurope" }, "t").value).toEqual({ provider: "azure", region: "westeurope" });
  });

  it.each([
    ["aws", "SC_TARGET_MALFORMED"],
    ["aws:eu-central-1:a:b", "SC_TARGET_MALFORMED"],
    ["aws::a", "SC_TARGET_MALFORMED"],
    [{ provider: "aws" }, "SC_TARGET_MALFORMED"],
    [{ provider: "aws", region: "eu-central-1", zon: "a" }, "SC_TARGET_MALFORMED"],
    [17, "SC_TARGET_MALFORMED"],
  ])("rejects the malformed target %j", (input, code) => {
    expect(codes(input)).toEqual([code]);
  });

  it("resolves a catalog region into a placement with provider facts", () => {
    const r = placementOf("aws:eu-central-1", "t");
    expect(r.problems).toEqual([]);
    expect(r.value?.provider.id).toBe("aws");
    expect(r.value?.region.code).toBe("eu-central-1");
  });

  it("suggests the provider for a typo", () => {
    const [p] = placementOf("awz:eu-central-1", "args.target").problems;
    expect(p).toMatchObject({ code: "SC_UNKNOWN_PROVIDER", path: "args.target.provider" });
    expect(p!.message).toContain('Did you mean "aws"');
  });

  it("suggests the region for a typo", () => {
    const [p] = placementOf("aws:eu-centrl-1", "args.target").problems;
    expect(p).toMatchObject({ code: "SC_UNKNOWN_REGION", path: "args.target.region" });
    expect(p!.message).toContain('"eu-central-1"');
  });

  it("points to the provider that has the region when the provider is wrong", () => {
    const [p] = placementOf("aws:westeurope", "args.target").problems;
    expect(p!.code).toBe("SC_UNKNOWN_REGION");
    expect(p!.message).toContain("azure:westeurope");
  });

  it("matches region codes case-insensitively (GCP writes EU)", () => {
    expect(placementOf("gcp:EU", "t").value?.region.code).toBe("eu");
  });

  it("rejects a zone that is not in the region and suggests one that is", () => {
    const [p] = placementOf("gcp:europe-west3:europe-west3-z", "args.target").problems;
    expect(p).toMatchObject({ code: "SC_UNKNOWN_ZONE", path: "args.target.zone" });
  });

  it("rejects a VM in a storage-only multi-region and offers regions that host VMs", () => {
    const [p] = placementOf("gcp:eu", "args.target", "virtualMachine").problems;
    expect(p!.code).toBe("SC_SERVICE_UNAVAILABLE");
    expect(p!.allowed).toMatch(/gcp:europe-/);
  });
});
