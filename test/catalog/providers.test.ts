/**
 * The providers catalog: every provider has an operator, hyperscalers are never EU-controlled,
 * unknown facts stay unknown, and every cited source exists.
 */
import { describe, expect, it } from "vitest";
import { EU27 } from "../../src/catalog/countries";
import { PROVIDER_IDS, PROVIDERS } from "../../src/catalog/providers";
import { REGIONS } from "../../src/catalog/regions/index";
import { SOURCES } from "../../src/catalog/sources/index";
import type { Fact, LegalEntity, ProviderFacts, ProviderId, RegionFacts } from "../../src/catalog/types";
import { fact } from "../../src/catalog/types";
import { evaluate } from "../../src/contract/evaluate";
import { presetContract } from "../../src/contract/presets";

const HYPERSCALERS: readonly ProviderId[] = ["aws", "azure", "gcp"];

/** Every fact about a legal entity, labelled for failure messages. */
function entityFacts(e: LegalEntity): [string, Fact<unknown>][] {
  const out: [string, Fact<unknown>][] = [
    [`${e.id}.name`, e.name],
    [`${e.id}.headquarters`, e.headquarters],
    [`${e.id}.euControlled`, e.euControlled],
  ];
  if (e.parent) out.push([`${e.id}.parent`, e.parent]);
  return out;
}

function providerFacts(p: ProviderFacts): [string, Fact<unknown>][] {
  return [
    ...entityFacts(p.operator),
    [`${p.id}.customerManagedKeys`, p.customerManagedKeys],
    ...p.certifications.map((c): [string, Fact<unknown>] => [`${p.id}.certification.${c.id}`, c.fact]),
  ];
}

const allProviderFacts = PROVIDER_IDS.flatMap((id) => providerFacts(PROVIDERS[id]));
const regionOperatorFacts = REGIONS.flatMap((r) => (r.operator ? entityFacts(r.operator) : []));

/** A confirmed EU region nobody can object to, so only the operator decides providerControl. */
function euRegion(provider: ProviderId): RegionFacts {
  return {
    provider,
    code: "test-de",
    displayName: "Test (Germany)",
    kind: "region",
    city: fact("Frankfurt", "residency-facts"),
    country: fact("DE", "residency-facts"),
    status: fact("ga", "residency-facts"),
    zones: fact([], "residency-facts"),
    services: ["bucket", "network", "virtualMachine"],
  };
}

describe("providers catalog", () => {
  it("lists the nine providers, each keyed by its own id", () => {
    expect([...PROVIDER_IDS].sort()).toEqual(["aws", "azure", "cleura", "gcp", "hetzner", "otc", "ovhcloud", "pluscloud-open", "scaleway"]);
    for (const id of PROVIDER_IDS) expect(PROVIDERS[id].id).toBe(id);
  });

  it("gives every provider an operator with a name and a headquarters country, known or claimed", () => {
    for (const id of PROVIDER_IDS) {
      const op = PROVIDERS[id].operator;
      const name = op.name.confirmed ? op.name.value : op.name.claimed;
      const hq = op.headquarters.confirmed ? op.headquarters.value : op.headquarters.claimed;
      expect(name, `${id} operator name`).toMatch(/\S/);
      expect(hq, `${id} operator headquarters`).toMatch(/^[A-Z]{2}$/);
    }
  });

  it("never records a hyperscaler's operator as EU-controlled, and says so by sourced fact", () => {
    for (const id of HYPERSCALERS) {
      const op = PROVIDERS[id].operator;
      expect(op.euControlled.confirmed && op.euControlled.value, `${id} euControlled`).not.toBe(true);
      expect(op.euControlled, `${id}: control from outside the EU must be a sourced fact`).toMatchObject({ confirmed: true, value: false });
      expect(op.parent?.confirmed, `${id} parent`).toBe(true);
    }
  });

  it("fails every hyperscaler under providerControl: eu by a known fact, not for lack of one", () => {
    for (const id of HYPERSCALERS) {
      const v = evaluate(presetContract("gaia-x-l3"), { provider: PROVIDERS[id], region: euRegion(id) });
      const control = v.violations.filter((x) => x.clause === "providerControl");
      expect(control, id).toHaveLength(1);
      expect(control[0]!.unknown, id).toBe(false);
      expect(
        control[0]!.facts.every((f) => f.source !== undefined),
        id,
      ).toBe(true);
    }
  });

  it("lets gaia-x-l3 pass only where EU headquarters and EU control are both confirmed", () => {
    for (const id of PROVIDER_IDS) {
      const op = PROVIDERS[id].operator;
      const eeaHq = op.headquarters.confirmed && EU27.members.includes(op.headquarters.value);
      const controlled = op.euControlled.confirmed && op.euControlled.value;
      const v = evaluate(presetContract("gaia-x-l3"), { provider: PROVIDERS[id], region: euRegion(id) });
      expect(
        v.violations.some((x) => x.clause === "providerControl"),
        id,
      ).toBe(!(eeaHq && controlled));
    }
    // The operators for which a source supports both (see src/catalog/providers.ts).
    const passing = PROVIDER_IDS.filter(
      (id) => evaluate(presetContract("gaia-x-l3"), { provider: PROVIDERS[id], region: euRegion(id) }).satisfied,
    );
    expect(passing.sort()).toEqual(["otc", "ovhcloud", "scaleway"]);
  });

  it("keeps unknown control unknown for Hetzner, plusserver and Cleura (rejected as unknown, not as non-EU)", () => {
    for (const id of ["hetzner", "pluscloud-open", "cleura"] as const) {
      const v = evaluate(presetContract("gaia-x-l3"), { provider: PROVIDERS[id], region: euRegion(id) });
      expect(v.violations.find((x) => x.clause === "providerControl")?.unknown, id).toBe(true);
    }
  });

  it("keeps unconfirmed facts unconfirmed: no value, a reason, and never a passing clause", () => {
    const unknown = [...allProviderFacts, ...regionOperatorFacts].filter(([, f]) => !f.confirmed);
    expect(unknown.length).toBeGreaterThan(0);
    for (const [label, f] of unknown) {
      expect(f.confirmed, label).toBe(false);
      expect("value" in f, label).toBe(false);
      expect(f.confirmed ? "" : f.note, label).toMatch(/\S/);
    }
  });

  it("confirms no certification (none was verified against a certificate or registry)", () => {
    for (const id of PROVIDER_IDS) {
      for (const c of PROVIDERS[id].certifications) expect(c.fact.confirmed, `${id} ${c.id}`).toBe(false);
    }
  });

  it("only fails a customer-managed-keys contract by known fact where a KMS source exists", () => {
    const sovereign = presetContract("eu-sovereign");
    for (const id of PROVIDER_IDS) {
      const v = evaluate(sovereign, { provider: PROVIDERS[id], region: euRegion(id) });
      const enc = v.violations.find((x) => x.clause === "encryption");
      const cmk = PROVIDERS[id].customerManagedKeys;
      if (cmk.confirmed && cmk.value) expect(enc, id).toBeUndefined();
      else expect(enc?.unknown, id).toBe(!cmk.confirmed);
    }
  });

  it("cites only sources that exist, for every provider and region-operator fact", () => {
    for (const [label, f] of [...allProviderFacts, ...regionOperatorFacts]) {
      if (f.confirmed) expect(f.source, label).toBeTruthy();
      if (f.source !== undefined) expect(Object.keys(SOURCES), label).toContain(f.source);
    }
  });

  it("dates every source and says where to read it", () => {
    for (const [id, s] of Object.entries(SOURCES)) {
      expect(s.asOf, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.ref, id).toMatch(/\S/);
      expect(s.title, id).toMatch(/\S/);
    }
  });
});
