/**
 * The European providers' catalog: regions, instance types and images of Scaleway, OVHcloud,
 * Hetzner and the OpenStack clouds.
 */
import { describe, expect, it } from "vitest";
import { EU27 } from "../../src/catalog/countries";
import { HETZNER_IMAGES } from "../../src/catalog/images/hetzner";
import { OPENSTACK_IMAGES } from "../../src/catalog/images/openstack";
import { OVHCLOUD_IMAGES } from "../../src/catalog/images/ovhcloud";
import { SCALEWAY_IMAGES } from "../../src/catalog/images/scaleway";
import type { ImageTable } from "../../src/catalog/images/types";
import { PROVIDERS } from "../../src/catalog/providers";
import { findRegion, regionsOf } from "../../src/catalog/regions/index";
import { parseScsFlavor } from "../../src/catalog/scs";
import { HETZNER_INSTANCE_TYPES } from "../../src/catalog/sizes/hetzner";
import { OPENSTACK_INSTANCE_TYPES } from "../../src/catalog/sizes/openstack";
import { OVHCLOUD_INSTANCE_TYPES } from "../../src/catalog/sizes/ovhcloud";
import { pickInstanceType } from "../../src/catalog/sizes/resolve";
import { SCALEWAY_INSTANCE_TYPES } from "../../src/catalog/sizes/scaleway";
import { SOURCES } from "../../src/catalog/sources/index";
import type { Fact, InstanceTypeTable, PortableSize, ProviderId, RegionFacts } from "../../src/catalog/types";
import { PORTABLE_IMAGES } from "../../src/catalog/types";
import { evaluate } from "../../src/contract/evaluate";
import { presetContract } from "../../src/contract/presets";
import { placementOf } from "../../src/contract/target";

const EUROPEAN: readonly ProviderId[] = ["scaleway", "ovhcloud", "hetzner", "otc", "cleura", "pluscloud-open"];
const europeanRegions = EUROPEAN.flatMap((p) => regionsOf(p));

function region(provider: ProviderId, code: string): RegionFacts {
  const r = findRegion(provider, code);
  if (!r) throw new Error(`no ${provider}:${code} in the catalog`);
  return r;
}

function verdict(provider: ProviderId, code: string, preset: Parameters<typeof presetContract>[0] = "eu") {
  return evaluate(presetContract(preset), { provider: PROVIDERS[provider], region: region(provider, code) });
}

function regionFacts(r: RegionFacts): [string, Fact<unknown>][] {
  const label = `${r.provider}:${r.code}`;
  return [
    [`${label}.city`, r.city],
    [`${label}.country`, r.country],
    [`${label}.status`, r.status],
    [`${label}.zones`, r.zones],
  ];
}

const size = (scs: string): PortableSize => {
  const p = parseScsFlavor(scs);
  if (!p.ok) throw new Error(p.why);
  return p.flavor;
};

describe("European regions", () => {
  it("has every European provider's regions, with codes unique per provider", () => {
    for (const p of EUROPEAN) {
      const codes = regionsOf(p).map((r) => r.code.toLowerCase());
      expect(codes.length, p).toBeGreaterThan(0);
      expect(new Set(codes).size, p).toBe(codes.length);
    }
  });

  it("names zones after their region where zones are known", () => {
    for (const r of europeanRegions) {
      // pluscloud open names zones after plusserver's regions (DE-WEST-1), not after the environment.
      if (!r.zones.confirmed || r.provider === "pluscloud-open") continue;
      for (const z of r.zones.value) expect(z.startsWith(r.code), `${r.provider}:${r.code} zone ${z}`).toBe(true);
    }
    expect(region("scaleway", "fr-par").zones).toMatchObject({ confirmed: true, value: ["fr-par-1", "fr-par-2", "fr-par-3"] });
    expect(region("otc", "eu-de").zones).toMatchObject({ confirmed: true, value: ["eu-de-01", "eu-de-02", "eu-de-03"] });
    expect(region("pluscloud-open", "pco-prod2").zones).toMatchObject({ confirmed: true, value: ["DE-NORTH-1"] });
  });

  it("gives every non-EU region a non-EU country or an unconfirmed one, never an EU one", () => {
    const nonEu: [ProviderId, string][] = [
      ["ovhcloud", "uk"],
      ["ovhcloud", "bhs"],
      ["ovhcloud", "ca-east-tor"],
      ["ovhcloud", "sgp"],
      ["ovhcloud", "syd"],
      ["ovhcloud", "ap-south-mum"],
      ["ovhcloud", "us-east-va"],
      ["ovhcloud", "us-west-or"],
      ["hetzner", "ash"],
      ["hetzner", "hil"],
      ["hetzner", "sin"],
      ["otc", "eu-ch2"],
    ];
    for (const [p, code] of nonEu) {
      const c = region(p, code).country;
      expect(c.confirmed && EU27.members.includes(c.value), `${p}:${code}`).toBe(false);
      const v = verdict(p, code);
      expect(
        v.violations.some((x) => x.clause === "dataLocation"),
        `${p}:${code}`,
      ).toBe(true);
    }
  });

  it("rejects UK1, Zurich-area and US regions by fact, with a source", () => {
    for (const [p, code] of [
      ["ovhcloud", "uk"],
      ["otc", "eu-ch2"],
      ["hetzner", "ash"],
    ] as const) {
      const x = verdict(p, code).violations.find((v) => v.clause === "dataLocation");
      expect(x?.unknown, `${p}:${code}`).toBe(false);
      expect(x?.facts[0]?.source, `${p}:${code}`).toBeTruthy();
    }
  });

  it("accepts the sourced EU regions under the default EU contract", () => {
    for (const [p, code] of [
      ["scaleway", "fr-par"],
      ["scaleway", "nl-ams"],
      ["scaleway", "pl-waw"],
      ["ovhcloud", "gra"],
      ["ovhcloud", "eu-south-mil"],
      ["hetzner", "fsn1"],
      ["hetzner", "hel1"],
      ["otc", "eu-de"],
      ["otc", "eu-nl"],
      ["cleura", "Kna1"],
      ["cleura", "Fra1"],
      ["pluscloud-open", "pco-prod1"],
      ["pluscloud-open", "pco-prod4"],
    ] as const) {
      expect(verdict(p, code).violations, `${p}:${code}`).toEqual([]);
    }
  });

  it("rejects regions whose location is unconfirmed as unknown rather than by absence", () => {
    for (const [p, code] of [["ovhcloud", "eu-west-lz-lux-a"]] as const) {
      const x = verdict(p, code).violations.find((v) => v.clause === "dataLocation");
      expect(x?.unknown, `${p}:${code}`).toBe(true);
    }
  });

  it("puts OVHcloud's US regions under OVHcloud's US entity, which fails providerControl by its US head office", () => {
    for (const code of ["us-east-va", "us-west-or"]) {
      const r = region("ovhcloud", code);
      expect(r.operator?.id).toBe("ovh-us");
      expect(r.operator?.headquarters).toMatchObject({ confirmed: true, value: "US" });
      const x = verdict("ovhcloud", code, "gaia-x-l3").violations.find((v) => v.clause === "providerControl");
      expect(x?.unknown).toBe(false);
    }
  });

  it("records the compute and object-storage codes OVHcloud's APIs take where they differ from the code", () => {
    expect(region("ovhcloud", "gra").apiCodes).toEqual({ virtualMachine: "GRA11", network: "GRA11", bucket: "gra" });
    expect(region("ovhcloud", "de").apiCodes).toEqual({ virtualMachine: "DE1", network: "DE1", bucket: "de" });
    for (const r of regionsOf("ovhcloud")) {
      if (r.services.includes("bucket")) expect(r.apiCodes?.bucket, r.code).toMatch(/^[a-z-]+$/);
      if (r.services.includes("virtualMachine") && r.operator === undefined)
        expect(r.apiCodes?.virtualMachine, r.code).toMatch(/^[A-Z0-9-]+$/);
    }
  });

  it("resolves Cleura targets case-insensitively to the OpenStack region name", () => {
    const p = placementOf("cleura:kna1", "target", "virtualMachine");
    expect(p.problems).toEqual([]);
    expect(p.value?.region.code).toBe("Kna1");
  });

  it("keeps every unconfirmed region fact without a value and cites only existing sources", () => {
    for (const r of europeanRegions) {
      for (const [label, f] of regionFacts(r)) {
        if (f.confirmed) expect(Object.keys(SOURCES), label).toContain(f.source);
        else {
          expect("value" in f, label).toBe(false);
          expect(f.note, label).toMatch(/\S/);
          if (f.source !== undefined) expect(Object.keys(SOURCES), label).toContain(f.source);
        }
      }
    }
  });
});

describe("European instance types", () => {
  const tables: InstanceTypeTable[] = [SCALEWAY_INSTANCE_TYPES, HETZNER_INSTANCE_TYPES, ...Object.values(OPENSTACK_INSTANCE_TYPES)];

  it("cites an existing source, names each type once and gives positive sizes", () => {
    for (const t of tables) {
      expect(Object.keys(SOURCES), t.provider).toContain(t.source);
      const names = t.types.map((x) => x.name);
      expect(new Set(names).size, t.provider).toBe(names.length);
      for (const x of t.types) {
        expect(x.vcpus, x.name).toBeGreaterThan(0);
        expect(x.memoryGiB, x.name).toBeGreaterThan(0);
      }
    }
  });

  it("claims no OVHcloud or OTC table without a source", () => {
    expect(OVHCLOUD_INSTANCE_TYPES.source).toBe("ovh-flavors-price-list");
    expect(OPENSTACK_INSTANCE_TYPES.otc?.source).toBe("otc-ecs-general-purpose");
  });

  it("picks the smallest shared type for a shared SCS flavor", () => {
    expect(pickInstanceType(SCALEWAY_INSTANCE_TYPES, size("SCS-2V-4"))?.name).toBe("PLAY2-NANO");
    expect(pickInstanceType(SCALEWAY_INSTANCE_TYPES, size("SCS-1V-8"))?.name).toBe("PRO2-XXS");
    expect(pickInstanceType(HETZNER_INSTANCE_TYPES, size("SCS-2V-4"))?.name).toBe("cx23");
    expect(pickInstanceType(OPENSTACK_INSTANCE_TYPES.cleura!, size("SCS-2V-4"))?.name).toBe("b.2c4gb");
    expect(pickInstanceType(OPENSTACK_INSTANCE_TYPES["pluscloud-open"]!, size("SCS-4V-16"))?.name).toBe("SCS-4V-16");
  });

  it("uses only dedicated types for dedicated-core SCS flavors", () => {
    expect(pickInstanceType(SCALEWAY_INSTANCE_TYPES, size("SCS-2C-8"))?.name).toBe("POP2-2C-8G");
    expect(pickInstanceType(HETZNER_INSTANCE_TYPES, size("SCS-2C-8"))?.name).toBe("ccx13");
    expect(pickInstanceType(OPENSTACK_INSTANCE_TYPES.cleura!, size("SCS-2C-4"))).toBeUndefined();
  });

  it("resolves every scs-0103 mandatory flavor on pluscloud open to a flavor of exactly its vCPUs and memory", () => {
    const t = OPENSTACK_INSTANCE_TYPES["pluscloud-open"]!;
    expect(t.types.map((x) => x.name)).toContain("SCS-2V-4-20s");
    for (const x of t.types) {
      const picked = pickInstanceType(t, size(x.name));
      expect(picked && [picked.vcpus, picked.memoryGiB], x.name).toEqual([x.vcpus, x.memoryGiB]);
      expect(picked?.name.startsWith(`SCS-${x.vcpus}`), x.name).toBe(true);
    }
  });
});

describe("European images", () => {
  const tables: [string, ImageTable][] = [
    ["scaleway", SCALEWAY_IMAGES],
    ["hetzner", HETZNER_IMAGES],
    ["ovhcloud", OVHCLOUD_IMAGES],
    ...Object.entries(OPENSTACK_IMAGES).map(([p, t]): [string, ImageTable] => [p, t!]),
  ];

  it("maps every portable image, citing existing sources", () => {
    for (const [p, t] of tables) {
      for (const img of PORTABLE_IMAGES) {
        const f = t[img];
        if (f.confirmed) {
          expect(f.value, `${p} ${img}`).toMatch(/\S/);
          expect(Object.keys(SOURCES), `${p} ${img}`).toContain(f.source);
        } else expect("value" in f, `${p} ${img}`).toBe(false);
      }
    }
  });

  it("uses SCS-0104 names on pluscloud open and confirms only the mandatory one", () => {
    expect(OPENSTACK_IMAGES["pluscloud-open"]?.["ubuntu-24.04"]).toMatchObject({ confirmed: true, value: "Ubuntu 24.04" });
    expect(OPENSTACK_IMAGES["pluscloud-open"]?.["debian-12"].confirmed).toBe(false);
    expect(OPENSTACK_IMAGES.otc?.["debian-12"]).toMatchObject({ confirmed: true, value: "Standard_Debian_12_amd64_bios_latest" });
  });
});
