/** Integrity of the Azure part of the catalog: regions and pairs, sizes and images. */
import { describe, expect, it } from "vitest";
import { EEA, EU27 } from "../../src/catalog/countries";
import { AZURE_IMAGES } from "../../src/catalog/images/azure";
import { findRegion } from "../../src/catalog/regions/index";
import { AZURE_REGIONS } from "../../src/catalog/regions/azure";
import { parseScsFlavor, SCS_STANDARD_FLAVORS } from "../../src/catalog/scs";
import { AZURE_INSTANCE_TYPES } from "../../src/catalog/sizes/azure";
import { pickInstanceType } from "../../src/catalog/sizes/resolve";
import { SOURCES } from "../../src/catalog/sources/index";
import { known, PORTABLE_IMAGES, type Fact, type RegionFacts } from "../../src/catalog/types";

const region = (code: string): RegionFacts => {
  const r = findRegion("azure", code);
  if (!r) throw new Error(`no azure:${code}`);
  return r;
};

/** Every European region of residency-facts §2, with its country. */
const EUROPEAN: Readonly<Record<string, string>> = {
  austriaeast: "AT",
  belgiumcentral: "BE",
  denmarkeast: "DK",
  francecentral: "FR",
  francesouth: "FR",
  germanynorth: "DE",
  germanywestcentral: "DE",
  italynorth: "IT",
  northeurope: "IE",
  westeurope: "NL",
  norwayeast: "NO",
  norwaywest: "NO",
  polandcentral: "PL",
  spaincentral: "ES",
  swedencentral: "SE",
  swedensouth: "SE",
  switzerlandnorth: "CH",
  switzerlandwest: "CH",
  uksouth: "GB",
  ukwest: "GB",
  finlandcentral: "FI",
  greececentral: "GR",
};
const OUTSIDE: Readonly<Record<string, string>> = { eastus: "US", westus2: "US", uaenorth: "AE", israelcentral: "IL" };

function facts(r: RegionFacts): Fact<unknown>[] {
  return [r.city, r.country, r.status, r.zones, ...(r.pairedRegion ? [r.pairedRegion] : [])];
}

describe("azure catalog regions", () => {
  it("has every European region of the reference with its country, and non-European ones to reject by fact", () => {
    for (const [code, cc] of Object.entries({ ...EUROPEAN, ...OUTSIDE })) expect(known(region(code).country), code).toBe(cc);
    for (const code of Object.keys(OUTSIDE)) {
      const cc = known(region(code).country)!;
      expect(EEA.members, code).not.toContain(cc);
    }
  });

  it("puts Norway in the EEA but not the EU, and Switzerland and the UK in neither", () => {
    const eu = (code: string) => EU27.members.includes(known(region(code).country)!);
    const eea = (code: string) => EEA.members.includes(known(region(code).country)!);
    for (const code of ["norwayeast", "norwaywest"]) expect([eu(code), eea(code)], code).toEqual([false, true]);
    for (const code of ["switzerlandnorth", "switzerlandwest", "uksouth", "ukwest"])
      expect([eu(code), eea(code)], code).toEqual([false, false]);
    for (const code of Object.keys(EUROPEAN).filter((c) => !/^(norway|switzerland|uk)/.test(c))) expect(eu(code), code).toBe(true);
  });

  it("has unique codes, all for the azure provider, each a region offering the portable services", () => {
    const codes = AZURE_REGIONS.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of AZURE_REGIONS) {
      expect(r.provider).toBe("azure");
      expect(r.kind).toBe("region");
      expect(r.code).toMatch(/^[a-z0-9]+$/);
    }
  });

  it("cites a known source for every fact", () => {
    for (const r of AZURE_REGIONS) {
      for (const f of facts(r)) if (f.source !== undefined) expect(SOURCES, `${r.code}: ${f.source}`).toHaveProperty(f.source);
    }
    expect(SOURCES).toHaveProperty(AZURE_INSTANCE_TYPES.source);
    for (const img of PORTABLE_IMAGES) {
      const f = AZURE_IMAGES[img];
      if (f.source !== undefined) expect(SOURCES).toHaveProperty(f.source);
    }
  });

  it("pairs regions only with catalog regions of the same country, symmetrically (the list's multi-country geographies excepted for country, the list's asymmetric pairs for symmetry)", () => {
    // azure-regions-paired names the only asymmetric pairs: Brazil South, West India, West US 3 (none in Europe).
    const asymmetric = new Set(["brazilsouth", "westindia", "westus3"]);
    for (const r of AZURE_REGIONS) {
      const pair = known(r.pairedRegion);
      if (pair === undefined || pair === null) continue;
      const other = region(pair);
      if (asymmetric.has(r.code) || asymmetric.has(pair)) {
        if (asymmetric.has(r.code)) expect(known(other.pairedRegion), `${r.code} -> ${pair}`).not.toBe(r.code);
        continue;
      }
      expect(known(other.pairedRegion), `${r.code} -> ${pair}`).toBe(r.code);
      // The list's cross-country pairs share a multi-country geography ("Europe", "Asia Pacific").
      const crossCountry = ["northeurope", "westeurope", "eastasia", "southeastasia"];
      if (!crossCountry.includes(r.code)) expect(known(other.country), `${r.code} -> ${pair}`).toBe(known(r.country));
    }
    expect(known(region("northeurope").pairedRegion)).toBe("westeurope");
    for (const code of ["austriaeast", "belgiumcentral", "italynorth", "polandcentral", "spaincentral", "israelcentral"]) {
      expect(region(code).pairedRegion, code).toMatchObject({ confirmed: true, value: null });
    }
  });

  it("marks restricted and coming-soon regions as the regions list does", () => {
    const status = (code: string) => known(region(code).status);
    for (const code of ["francesouth", "germanynorth", "norwaywest", "switzerlandwest", "swedensouth", "uaecentral"])
      expect(status(code), code).toBe("restricted");
    // Denmark East was "coming soon" until Microsoft's list changed on 2026-03-23.
    expect(region("denmarkeast").status).toMatchObject({ confirmed: true, value: "ga", source: "azure-regions-list-2026" });
    for (const code of ["finlandcentral", "greececentral"]) expect(region(code).status.confirmed, code).toBe(false);
    for (const code of ["germanywestcentral", "francecentral", "westeurope", "ukwest", "eastus"]) expect(status(code), code).toBe("ga");
  });

  it("gives zones 1-3 where the list shows availability zones and none where it does not", () => {
    for (const code of ["germanywestcentral", "francecentral", "northeurope", "westeurope", "swedencentral", "polandcentral", "eastus"]) {
      expect(known(region(code).zones), code).toEqual(["1", "2", "3"]);
    }
    for (const code of ["francesouth", "germanynorth", "norwaywest", "switzerlandwest", "ukwest", "westus"])
      expect(known(region(code).zones), code).toEqual([]);
  });

  it("keeps what the sources do not confirm unconfirmed", () => {
    for (const code of ["finlandcentral", "greececentral"]) {
      const r = region(code);
      expect(r.status.confirmed, `${code} status`).toBe(false);
      expect(r.city.confirmed, `${code} city`).toBe(false);
      expect(r.zones.confirmed, `${code} zones`).toBe(false);
      expect(r.pairedRegion?.confirmed, `${code} pair`).toBe(false);
    }
    expect(region("swedensouth").city.confirmed).toBe(false);
    expect(region("swedensouth").zones.confirmed).toBe(false);
    // The list gives only a country (or US state) as the physical location of these.
    for (const code of ["northeurope", "westeurope", "norwayeast", "norwaywest", "eastus", "israelcentral"])
      expect(region(code).city.confirmed, code).toBe(false);
    expect(known(region("germanywestcentral").city)).toBe("Frankfurt");
    expect(known(region("swedencentral").city)).toBe("Gävle");
  });
});

describe("azure catalog sizes and images", () => {
  it("matches every SCS standard flavor to a size that meets it", () => {
    for (const name of SCS_STANDARD_FLAVORS) {
      const parsed = parseScsFlavor(name);
      if (!parsed.ok) throw new Error(`${name}: ${parsed.why}`);
      const t = pickInstanceType(AZURE_INSTANCE_TYPES, parsed.flavor);
      expect(t, name).toBeDefined();
      expect(t!.vcpus, name).toBeGreaterThanOrEqual(parsed.flavor.vcpus);
      expect(t!.memoryGiB, name).toBeGreaterThanOrEqual(parsed.flavor.memoryGiB);
    }
  });

  it("picks burstable B sizes for shared-core flavors and dedicated sizes for dedicated-CPU ones", () => {
    const pick = (name: string) => {
      const parsed = parseScsFlavor(name);
      if (!parsed.ok) throw new Error(parsed.why);
      return pickInstanceType(AZURE_INSTANCE_TYPES, parsed.flavor)?.name;
    };
    expect(pick("SCS-1L-1")).toBe("Standard_B2ts_v2");
    expect(pick("SCS-2V-4")).toBe("Standard_B2ls_v2");
    expect(pick("SCS-4V-16")).toBe("Standard_B4s_v2");
    expect(pick("SCS-2V-16")).toBe("Standard_E2s_v5");
    expect(pick("SCS-16V-128")).toBe("Standard_E16s_v5");
    expect(pick("SCS-2C-4")).toBe("Standard_F2s_v2");
    expect(pick("SCS-2C-8")).toBe("Standard_D2s_v5");
  });

  it("has unique size names in Azure's Standard_ form", () => {
    const names = AZURE_INSTANCE_TYPES.types.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^Standard_[A-Z][0-9]+[a-z]*s_v[25]$/);
  });

  it("maps both portable images to confirmed marketplace URNs", () => {
    expect(known(AZURE_IMAGES["debian-12"])).toBe("Debian:debian-12:12-gen2:latest");
    expect(known(AZURE_IMAGES["ubuntu-24.04"])).toBe("Canonical:ubuntu-24_04-lts:server:latest");
    for (const img of PORTABLE_IMAGES) expect(known(AZURE_IMAGES[img])!.split(":"), img).toHaveLength(4);
  });
});
