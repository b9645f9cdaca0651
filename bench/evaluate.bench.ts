/**
 * Contract evaluation cost. vitest bench prints each case relative to the fastest ("x times
 * faster than"), which is the number to watch: ratios survive machine changes, seconds do not.
 */
import { bench, describe } from "vitest";
import { PROVIDERS } from "../src/catalog/providers";
import { findRegion, REGIONS } from "../src/catalog/regions/index";
import { evaluate } from "../src/contract/evaluate";
import { parseContract } from "../src/contract/parse";
import { presetContract } from "../src/contract/presets";
import { placementOf } from "../src/contract/target";

const eu = presetContract("eu");
const frankfurt = { provider: PROVIDERS.aws, region: findRegion("aws", "eu-central-1")! };
const london = { provider: PROVIDERS.aws, region: findRegion("aws", "eu-west-2")! };

describe("contract", () => {
  bench("evaluate a satisfied placement", () => {
    evaluate(eu, frankfurt);
  });
  bench("evaluate a violated placement (no alternatives)", () => {
    evaluate(eu, london, { maxAlternatives: 0 });
  });
  bench("evaluate a violated placement with 5 alternatives (scans the catalog)", () => {
    evaluate(eu, london);
  });
  bench("parse a contract object", () => {
    parseContract({ preset: "gaia-x-l2", countries: ["DE", "FR"] }, "bench");
  });
  bench("resolve a target string", () => {
    placementOf("gcp:europe-west3:europe-west3-b", "bench");
  });
  bench(`the eu verdict for every region of the catalog (${REGIONS.length} regions)`, () => {
    for (const region of REGIONS) evaluate(eu, { provider: PROVIDERS[region.provider], region }, { maxAlternatives: 0 });
  });
});
