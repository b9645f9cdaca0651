import { describe, expect, it } from "vitest";
import { parseScsFlavor, SCS_STANDARD_FLAVORS } from "../../src/catalog/scs";
import { INSTANCE_TYPES, largestType, pickInstanceType } from "../../src/catalog/sizes/index";
import { SOURCES } from "../../src/catalog/sources/index";
import type { InstanceTypeTable } from "../../src/catalog/types";

const tables = Object.entries(INSTANCE_TYPES) as [string, InstanceTypeTable][];
const flavor = (name: string) => {
  const r = parseScsFlavor(name);
  if (!r.ok) throw new Error(name);
  return r.flavor;
};

describe("instance-type tables", () => {
  it.each(tables)("%s: cites a known source and has unique, positive rows", (_p, table) => {
    expect(SOURCES[table.source as keyof typeof SOURCES]).toBeDefined();
    const names = table.types.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const t of table.types) {
      expect(t.vcpus, t.name).toBeGreaterThan(0);
      expect(t.memoryGiB, t.name).toBeGreaterThan(0);
    }
  });

  it.each(["aws", "azure", "gcp"])("%s: every scs-0103 standard flavor resolves to a type that meets it", (provider) => {
    const table = INSTANCE_TYPES[provider as "aws"]!;
    for (const name of SCS_STANDARD_FLAVORS) {
      const f = flavor(name);
      const t = pickInstanceType(table, f);
      expect(t, `${provider} ${name}`).toBeDefined();
      expect(t!.vcpus).toBeGreaterThanOrEqual(f.vcpus);
      expect(t!.memoryGiB).toBeGreaterThanOrEqual(f.memoryGiB);
    }
  });

  it.each(tables)("%s: picks the smallest fit, never a shared core for a dedicated-CPU flavor", (_p, table) => {
    for (const want of [flavor("SCS-2V-4"), flavor("SCS-2C-8"), { vcpus: 1, memoryGiB: 1 }]) {
      const picked = pickInstanceType(table, want);
      if (!picked) continue;
      const fits = table.types.filter(
        (t) => t.vcpus >= want.vcpus && t.memoryGiB >= want.memoryGiB && !("cpuClass" in want && want.cpuClass === "C" && t.sharedCore),
      );
      for (const other of fits) expect(other.vcpus * 1e4 + other.memoryGiB).toBeGreaterThanOrEqual(picked.vcpus * 1e4 + picked.memoryGiB);
      if ("cpuClass" in want && want.cpuClass === "C") expect(picked.sharedCore).toBe(false);
    }
  });

  it("finds nothing for a size beyond the largest type", () => {
    const aws = INSTANCE_TYPES.aws!;
    const largest = largestType(aws)!;
    expect(pickInstanceType(aws, { vcpus: largest.vcpus + 1, memoryGiB: 1 })).toBeUndefined();
  });
});
