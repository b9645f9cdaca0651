/**
 * "Catalog agrees with data no one here wrote": the AWS catalog's partitions and descriptions against
 * the AWS SDK's partitions data (shipped in @aws-sdk/core). That every SDK region is catalogued and
 * every catalog region is in an SDK is checked in sdk-regions.test.ts.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { AWS_IMAGES } from "../../src/catalog/images/aws";
import { AWS_REGIONS } from "../../src/catalog/regions/aws";
import { AWS_INSTANCE_FAMILY_SOURCES, AWS_INSTANCE_TYPES } from "../../src/catalog/sizes/aws";
import { SOURCES } from "../../src/catalog/sources/index";
import { known } from "../../src/catalog/types";

interface Partition {
  id: string;
  regionRegex: string;
  regions: Record<string, { description: string }>;
}

function sdkPartitions(): Partition[] {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve("@aws-sdk/core/package.json"));
  const text = readFileSync(join(root, "dist-es/submodules/client/util-endpoints/lib/aws/partitions.js"), "utf8");
  const json = text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1);
  return (JSON.parse(json) as { partitions: Partition[] }).partitions;
}

/** English names AWS descriptions use for a country (Intl's name plus the short forms AWS uses). */
function countryNames(code: string): string[] {
  const aliases: Record<string, string[]> = { US: ["US"], AE: ["UAE"], GB: ["UK"] };
  return [new Intl.DisplayNames(["en"], { type: "region" }).of(code) ?? code, ...(aliases[code] ?? [])];
}

describe("AWS catalog agrees with data no one here wrote", () => {
  it("puts every region in the partition the AWS SDK puts it in", () => {
    const partitions = sdkPartitions();
    for (const r of AWS_REGIONS) {
      const p = partitions.find((p) => r.code in p.regions);
      expect(p?.id, r.code).toBe(r.partition);
      expect(new RegExp(p!.regionRegex).test(r.code), r.code).toBe(true);
    }
  });

  it("matches the SDK's description of every region by city or country", () => {
    const partitions = sdkPartitions();
    for (const r of AWS_REGIONS) {
      const description = partitions.find((p) => r.code in p.regions)!.regions[r.code]!.description;
      const city = known(r.city);
      const country = known(r.country);
      if (city === undefined && country === undefined) {
        // Only the restricted partition's region claims neither; it must offer nothing.
        expect(r.partition, r.code).toBe("aws-iso-e");
        expect(r.services, r.code).toEqual([]);
        continue;
      }
      const names = [...(city === undefined ? [] : [city]), ...(country === undefined ? [] : countryNames(country))];
      expect(
        names.some((n) => description.includes(n)),
        `${r.code}: "${description}" vs ${names.join(" / ")}`,
      ).toBe(true);
    }
  });

  it("gives the European Sovereign Cloud its own partition and operator", () => {
    const eusc = AWS_REGIONS.find((r) => r.code === "eusc-de-east-1")!;
    expect(eusc.partition).toBe("aws-eusc");
    expect(known(eusc.operator?.name)).toBe("AWS European Sovereign Cloud GmbH");
    expect(known(eusc.operator?.headquarters)).toBe("DE");
    expect(known(eusc.operator?.parent)).toContain("Amazon");
    // AWS says "locally controlled"; the shareholder reading says a US sole shareholder: not established either way.
    expect(eusc.operator?.euControlled).toMatchObject({ confirmed: false, claimed: false });
    expect(eusc.status).toMatchObject({ confirmed: true, value: "ga", source: "aws-eusc-launch-2026-01" });
  });

  it("lists confirmed zones only as the region code plus a letter", () => {
    for (const r of AWS_REGIONS) {
      for (const z of known(r.zones) ?? []) expect(z, r.code).toMatch(new RegExp(`^${r.code}[a-z]$`));
    }
  });

  it("cites only defined sources", () => {
    const ids = new Set(Object.keys(SOURCES));
    const cited = [
      ...AWS_REGIONS.flatMap((r) => [
        r.city,
        r.country,
        r.status,
        r.zones,
        r.operator?.name,
        r.operator?.headquarters,
        r.operator?.parent,
        r.operator?.euControlled,
        ...(r.operator?.registrationNumbers ?? []),
      ]),
      ...Object.values(AWS_IMAGES),
    ].flatMap((f) => (f?.source === undefined ? [] : [f.source]));
    expect(cited.filter((id) => !ids.has(id))).toEqual([]);
    expect(ids.has(AWS_INSTANCE_TYPES.source)).toBe(true);
    for (const id of Object.values(AWS_INSTANCE_FAMILY_SOURCES)) expect(ids.has(id)).toBe(true);
  });
});

describe("AWS instance-type table", () => {
  const types = AWS_INSTANCE_TYPES.types;

  it("has unique, well-formed names and positive sizes", () => {
    expect(new Set(types.map((t) => t.name)).size).toBe(types.length);
    for (const t of types) {
      expect(t.name).toMatch(/^[a-z][a-z0-9]*\.[a-z0-9]+$/);
      expect(t.vcpus, t.name).toBeGreaterThan(0);
      expect(Number.isInteger(t.vcpus), t.name).toBe(true);
      expect(t.memoryGiB, t.name).toBeGreaterThan(0);
    }
  });

  it("lists each family from small to large, burstable t3 first and marked shared-core", () => {
    const families = [...new Set(types.map((t) => t.name.split(".")[0]!))];
    expect(families[0]).toBe("t3");
    expect(families.sort()).toEqual(Object.keys(AWS_INSTANCE_FAMILY_SOURCES).sort());
    for (const f of families) {
      const rows = types.filter((t) => t.name.startsWith(`${f}.`));
      for (let i = 1; i < rows.length; i++) {
        expect(rows[i]!.vcpus >= rows[i - 1]!.vcpus && rows[i]!.memoryGiB > rows[i - 1]!.memoryGiB, rows[i]!.name).toBe(true);
      }
      for (const t of rows) expect(t.sharedCore, t.name).toBe(f === "t3");
    }
  });
});
