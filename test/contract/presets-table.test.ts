/** Every preset against every shipped region: the verdict agrees with the facts, clause by clause. */
import { describe, expect, it } from "vitest";
import { PROVIDERS } from "../../src/catalog/providers";
import { findRegion, REGIONS } from "../../src/catalog/regions/index";
import { known, type RegionFacts } from "../../src/catalog/types";
import { evaluate } from "../../src/contract/evaluate";
import { allowedCountries } from "../../src/contract/locations";
import { PRESET_NAMES, presetContract, type PresetName } from "../../src/contract/presets";

const places = (r: RegionFacts): RegionFacts[] => (r.members ? r.members.map((m) => findRegion(r.provider, m)!) : [r]);

const cases = PRESET_NAMES.flatMap((p) => REGIONS.map((r) => [p, `${r.provider}:${r.code}`, r] as const));

describe("presets x regions", () => {
  it("covers every preset and every region", () => {
    expect(cases.length).toBe(PRESET_NAMES.length * REGIONS.length);
    expect(REGIONS.length).toBeGreaterThan(60);
  });

  it.each(cases)("%s at %s: satisfied only when every clause holds by confirmed fact", (preset: PresetName, _label, region) => {
    const contract = presetContract(preset);
    const v = evaluate(contract, { provider: PROVIDERS[region.provider], region });
    const allowed = allowedCountries(contract.dataLocation);
    const operator = region.operator ?? PROVIDERS[region.provider].operator;
    const countries = places(region).map((p) => (p.country.confirmed ? p.country.value : undefined));

    const expectSatisfied =
      region.status.confirmed &&
      region.status.value !== "announced" &&
      countries.every((c) => c !== undefined && allowed.has(c)) &&
      (contract.providerControl === "any" ||
        (operator.euControlled.confirmed &&
          operator.euControlled.value === true &&
          operator.headquarters.confirmed &&
          allowedCountries("eea").has(operator.headquarters.value))) &&
      (contract.replication === "within-contract" || region.kind === "region") &&
      (contract.encryption === "provider-managed" || known(PROVIDERS[region.provider].customerManagedKeys) === true);

    expect(v.satisfied).toBe(expectSatisfied);
    if (countries.some((c) => c === undefined)) expect(v.violations.some((x) => x.clause === "dataLocation" && x.unknown)).toBe(true);
    if (countries.some((c) => c !== undefined && !allowed.has(c)))
      expect(v.violations.some((x) => x.clause === "dataLocation" && !x.unknown)).toBe(true);
    for (const alt of v.alternatives) {
      const [p, code] = alt.split(":") as [keyof typeof PROVIDERS, string];
      expect(evaluate(contract, { provider: PROVIDERS[p], region: findRegion(p, code)! }).satisfied, alt).toBe(true);
    }
  });

  it("gives the AWS European regions the verdicts their countries imply", () => {
    const mark = (preset: PresetName, code: string) =>
      evaluate(presetContract(preset), { provider: PROVIDERS.aws, region: findRegion("aws", code)! }).satisfied;
    const eu = ["eu-central-1", "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-3"];
    for (const code of eu)
      for (const p of ["eu", "eea", "eu-data-boundary", "adequacy", "gaia-x-l1", "gaia-x-l2"] as const)
        expect(mark(p, code), `${p} ${code}`).toBe(true);
    expect(["eu", "eea", "eu-data-boundary", "gaia-x-l2"].map((p) => mark(p as PresetName, "eu-west-2"))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(["adequacy", "gaia-x-l1"].map((p) => mark(p as PresetName, "eu-west-2"))).toEqual([true, true]);
    expect(["eu", "eea", "eu-data-boundary", "adequacy"].map((p) => mark(p as PresetName, "eu-central-2"))).toEqual([
      false,
      false,
      true,
      true,
    ]);
    for (const code of [...eu, "eu-west-2", "eu-central-2", "eusc-de-east-1"]) expect(mark("gaia-x-l3", code), code).toBe(false);
  });
});
