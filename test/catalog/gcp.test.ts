/** Integrity of the Google Cloud part of the catalog: regions, storage locations, sizes and images. */
import { describe, expect, it } from "vitest";
import { EU27 } from "../../src/catalog/countries";
import { GCP_IMAGE_RUNS_CLOUD_INIT, GCP_IMAGES } from "../../src/catalog/images/gcp";
import { findRegion } from "../../src/catalog/regions/index";
import { GCP_REGIONS } from "../../src/catalog/regions/gcp";
import { parseScsFlavor, SCS_STANDARD_FLAVORS } from "../../src/catalog/scs";
import { GCP_INSTANCE_TYPES, GCP_SERIES_IN_EVERY_EUROPEAN_REGION } from "../../src/catalog/sizes/gcp";
import { pickInstanceType } from "../../src/catalog/sizes/resolve";
import { SOURCES } from "../../src/catalog/sources/index";
import { known, type Fact, type RegionFacts } from "../../src/catalog/types";

const regions = GCP_REGIONS.filter((r) => r.kind === "region");
const spanning = GCP_REGIONS.filter((r) => r.kind !== "region");
const region = (code: string): RegionFacts => {
  const r = findRegion("gcp", code);
  if (!r) throw new Error(`no gcp:${code}`);
  return r;
};
const countriesOf = (r: RegionFacts) => (r.members ?? []).map((m) => known(region(m).country));

/** Every European region in residency-facts §3.1. */
const EUROPEAN = [
  "europe-central2",
  "europe-north1",
  "europe-north2",
  "europe-southwest1",
  "europe-west1",
  "europe-west2",
  "europe-west3",
  "europe-west4",
  "europe-west6",
  "europe-west8",
  "europe-west9",
  "europe-west10",
  "europe-west12",
  "europe-west15",
];

function facts(r: RegionFacts): Fact<unknown>[] {
  return [r.city, r.country, r.status, r.zones];
}

describe("gcp catalog regions", () => {
  it("has every European region of the reference, and non-European ones to reject by fact", () => {
    const codes = new Set(GCP_REGIONS.map((r) => r.code));
    for (const c of [...EUROPEAN, "us-central1", "me-west1", "me-central2", "africa-south1"]) expect(codes.has(c), c).toBe(true);
    expect(known(region("us-central1").country)).toBe("US");
    expect(known(region("me-west1").country)).toBe("IL");
    expect(known(region("me-central2").country)).toBe("SA");
    expect(known(region("africa-south1").country)).toBe("ZA");
  });

  it("has unique codes, all for provider gcp", () => {
    expect(new Set(GCP_REGIONS.map((r) => r.code)).size).toBe(GCP_REGIONS.length);
    expect(GCP_REGIONS.every((r) => r.provider === "gcp")).toBe(true);
  });

  it("cites only sources the catalog defines", () => {
    for (const r of GCP_REGIONS) {
      for (const f of facts(r)) if (f.source !== undefined) expect(SOURCES, `${r.code}: ${f.source}`).toHaveProperty(f.source);
    }
    expect(SOURCES).toHaveProperty(GCP_INSTANCE_TYPES.source);
    for (const f of [...Object.values(GCP_IMAGES), ...Object.values(GCP_IMAGE_RUNS_CLOUD_INIT), GCP_SERIES_IN_EVERY_EUROPEAN_REGION]) {
      expect(SOURCES).toHaveProperty(f.source!);
    }
  });

  it("names zones as the region code plus a letter, and knows europe-west1 has b, c, d but no a", () => {
    for (const r of regions) {
      const zones = known(r.zones);
      if (zones === undefined) continue;
      expect(zones.length, r.code).toBeGreaterThanOrEqual(3);
      for (const z of zones) expect(z, r.code).toMatch(new RegExp(`^${r.code}-[a-z]$`));
    }
    expect(known(region("europe-west1").zones)).toEqual(["europe-west1-b", "europe-west1-c", "europe-west1-d"]);
    expect(known(region("us-central1").zones)).toEqual(["us-central1-a", "us-central1-b", "us-central1-c", "us-central1-f"]);
  });

  it("keeps everything about europe-west15 unconfirmed", () => {
    for (const f of facts(region("europe-west15"))) expect(f.confirmed).toBe(false);
  });

  it("puts London and Zurich outside the EU, and the other European regions inside", () => {
    expect(known(region("europe-west2").country)).toBe("GB");
    expect(known(region("europe-west6").country)).toBe("CH");
    for (const c of EUROPEAN.filter((c) => !["europe-west2", "europe-west6", "europe-west15"].includes(c))) {
      expect(EU27.members, c).toContain(known(region(c).country));
    }
  });
});

describe("gcp catalog multi- and dual-regions", () => {
  it("lists eu as a multi-region and EUR4, EUR5, EUR7, EUR8 as dual-regions, for buckets only", () => {
    expect(spanning.map((r) => `${r.code}:${r.kind}`).sort()).toEqual([
      "eu:multi-region",
      "eur4:dual-region",
      "eur5:dual-region",
      "eur7:dual-region",
      "eur8:dual-region",
    ]);
    for (const r of spanning) {
      expect(r.services, r.code).toEqual(["bucket"]);
      expect(r.code, r.code).toBe(r.code.toLowerCase());
    }
    for (const r of spanning.filter((r) => r.kind === "dual-region")) expect(r.notes, r.code).toContain(r.code.toUpperCase());
  });

  it("has only catalog regions as members", () => {
    for (const r of spanning) {
      expect(r.members?.length, r.code).toBeGreaterThan(0);
      for (const m of r.members ?? []) expect(findRegion("gcp", m), `${r.code} -> ${m}`).toBeDefined();
    }
  });

  it("gives the dual-regions the members of the reference, EUR5, EUR7 and EUR8 with a non-EU member", () => {
    expect(region("eur4").members).toEqual(["europe-north1", "europe-west4"]);
    expect(region("eur5").members).toEqual(["europe-west1", "europe-west2"]);
    expect(region("eur7").members).toEqual(["europe-west2", "europe-west3"]);
    expect(region("eur8").members).toEqual(["europe-west3", "europe-west6"]);
    expect(countriesOf(region("eur4")).every((c) => c !== undefined && EU27.members.includes(c))).toBe(true);
    for (const code of ["eur5", "eur7", "eur8"]) {
      expect(
        countriesOf(region(code)).some((c) => c === undefined || !EU27.members.includes(c)),
        code,
      ).toBe(true);
    }
  });

  it("keeps the eu multi-region to EU member-state regions, without London or Zurich, and its country unconfirmed", () => {
    const eu = region("eu");
    expect(eu.members).not.toContain("europe-west2");
    expect(eu.members).not.toContain("europe-west6");
    expect(eu.members).toContain("europe-west3");
    for (const c of countriesOf(eu)) expect(EU27.members).toContain(c);
    expect(eu.country.confirmed).toBe(false);
    expect(eu.notes).toMatch(/europe-west2.*europe-west6/);
    for (const r of spanning) expect(r.country.confirmed, r.code).toBe(false);
  });
});

describe("gcp catalog sizes and images", () => {
  it("maps every SCS standard flavor to an E2 type, the series every European region offers", () => {
    expect(known(GCP_SERIES_IN_EVERY_EUROPEAN_REGION)).toEqual(["e2"]);
    for (const name of SCS_STANDARD_FLAVORS) {
      const parsed = parseScsFlavor(name);
      if (!parsed.ok) throw new Error(`${name}: ${parsed.why}`);
      const t = pickInstanceType(GCP_INSTANCE_TYPES, parsed.flavor);
      expect(t, name).toBeDefined();
      expect(t!.name, name).toMatch(/^e2-/);
      expect(t!.vcpus, name).toBeGreaterThanOrEqual(parsed.flavor.vcpus);
      expect(t!.memoryGiB, name).toBeGreaterThanOrEqual(parsed.flavor.memoryGiB);
    }
  });

  it("picks the smallest fitting types", () => {
    const pick = (vcpus: number, memoryGiB: number, cpuClass?: "V" | "L" | "T" | "C") =>
      pickInstanceType(GCP_INSTANCE_TYPES, { vcpus, memoryGiB, ...(cpuClass ? { cpuClass } : {}) })?.name;
    expect(pick(1, 1, "L")).toBe("e2-micro");
    expect(pick(2, 8, "V")).toBe("e2-standard-2");
    expect(pick(16, 128, "V")).toBe("e2-highmem-16");
    expect(pick(1, 4, "V")).toBe("e2-medium");
    expect(pick(1, 4, "T")).toBe("e2-standard-2"); // dedicated classes skip shared-core types
    expect(pick(32, 256)).toBe("n2d-highmem-32");
    expect(pick(64, 64)).toBeUndefined();
  });

  it("has unique type names with the memory-to-vCPU ratio of their shape", () => {
    const names = GCP_INSTANCE_TYPES.types.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    const ratio = { standard: 4, highmem: 8, highcpu: 1 } as const;
    for (const t of GCP_INSTANCE_TYPES.types) {
      const shape = /-(standard|highmem|highcpu)-(\d+)$/.exec(t.name);
      if (!shape) {
        expect(t.sharedCore, t.name).toBe(true);
        continue;
      }
      expect(t.vcpus, t.name).toBe(Number(shape[2]));
      expect(t.memoryGiB, t.name).toBe(t.vcpus * ratio[shape[1] as keyof typeof ratio]);
    }
  });

  it("maps both portable images to confirmed image families", () => {
    expect(known(GCP_IMAGES["debian-12"])).toBe("debian-cloud/debian-12");
    expect(known(GCP_IMAGES["ubuntu-24.04"])).toBe("ubuntu-os-cloud/ubuntu-2404-lts-amd64");
    expect(known(GCP_IMAGE_RUNS_CLOUD_INIT["ubuntu-24.04"])).toBe(true);
    expect(known(GCP_IMAGE_RUNS_CLOUD_INIT["debian-12"])).toBe(false);
  });
});
