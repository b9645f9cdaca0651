/**
 * gaia-x-l3 (providerControl: eu) across all seven providers: it passes on the European operators
 * whose control is a confirmed fact, fails on the hyperscalers naming their headquarters and control
 * and listing European placements that would pass, and never passes on an operator whose control is
 * unconfirmed.
 */
import { describe, expect, it } from "vitest";
import { PROVIDERS } from "../../src/catalog/providers";
import { evaluate, verdictProblems } from "../../src/contract/evaluate";
import { parseContract } from "../../src/contract/parse";
import { placementOf } from "../../src/contract/target";

const l3 = parseContract("gaia-x-l3", "test").value!;
const verdictAt = (target: string) => evaluate(l3, placementOf(target, "t").value!, { maxAlternatives: 5 });

describe("gaia-x-l3", () => {
  it.each(["scaleway:fr-par", "scaleway:pl-waw", "ovhcloud:gra", "ovhcloud:eu-west-par", "otc:eu-de", "otc:eu-nl"])(
    "passes on %s",
    (target) => {
      expect(verdictAt(target).violations).toEqual([]);
    },
  );

  it.each([
    [
      "aws:eu-central-1",
      "Amazon Web Services EMEA SARL, headquartered in LU (Luxembourg), is controlled from outside the EU/EEA (parent: Amazon.com, Inc. (Seattle, US))",
    ],
    [
      "azure:francecentral",
      "Microsoft Ireland Operations Limited, headquartered in IE (Ireland), is controlled from outside the EU/EEA (parent: Microsoft Corporation (Redmond, US))",
    ],
    ["gcp:europe-west3", "controlled from outside the EU/EEA"],
  ])("fails on %s naming the operator's headquarters and control, with European alternatives", (target, reason) => {
    const v = verdictAt(target);
    expect(v.violations.map((x) => [x.clause, x.unknown])).toEqual([["providerControl", false]]);
    expect(v.violations[0]!.reason).toContain(reason);
    expect(v.alternatives.length).toBeGreaterThan(0);
    for (const alt of v.alternatives) {
      const provider = alt.split(":")[0]!;
      expect(["scaleway", "ovhcloud", "otc"], alt).toContain(provider);
      expect(verdictAt(alt).satisfied, alt).toBe(true);
    }
    const [problem] = verdictProblems(v, l3, "sovereign-cloud:target");
    expect(problem!.code).toBe("SC_RESIDENCY_PROVIDER_CONTROL");
    expect(problem!.fix).toContain(v.alternatives[0]);
  });

  it.each(["hetzner:fsn1", "cleura:Kna1"])("does not pass on %s, whose operator's control is not confirmed", (target) => {
    const provider = target.split(":")[0] as "hetzner" | "cleura";
    expect(PROVIDERS[provider].operator.euControlled.confirmed).toBe(false);
    const v = verdictAt(target);
    expect(v.satisfied).toBe(false);
    expect(v.violations.map((x) => [x.clause, x.unknown])).toEqual([["providerControl", true]]);
  });

  it.each([
    "ovhcloud:uk",
    "ovhcloud:bhs",
    "ovhcloud:us-east-va",
    "hetzner:ash",
    "hetzner:hil",
    "hetzner:sin",
    "otc:eu-ch2",
    "aws:eu-west-2",
  ])("rejects %s by fact on the data location", (target) => {
    const v = verdictAt(target);
    expect(v.violations.map((x) => x.clause)).toContain("dataLocation");
    expect(v.violations.find((x) => x.clause === "dataLocation")!.unknown).toBe(false);
  });
});
