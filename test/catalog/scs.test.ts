import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isScsStandardFlavor, parseScsFlavor, SCS_MANDATORY_FLAVORS, SCS_STANDARD_FLAVORS } from "../../src/catalog/scs";

describe("SCS flavor names (scs-0100 v3)", () => {
  it.each([
    ["SCS-4V-16-50", { vcpus: 4, memoryGiB: 16, cpuClass: "V", diskGB: 50 }],
    ["SCS-2C-4-10n", { vcpus: 2, memoryGiB: 4, cpuClass: "C", diskGB: 10 }],
    ["SCS-1L-1u-5", { vcpus: 1, memoryGiB: 1, cpuClass: "L", noEcc: true, diskGB: 5 }],
    ["SCS-1V-0.5", { vcpus: 1, memoryGiB: 0.5, cpuClass: "V" }],
    ["SCS-16T-64-200s_GNa-72-24_ib", { vcpus: 16, memoryGiB: 64, cpuClass: "T", diskGB: 200, extensions: ["GNa-72-24", "ib"] }],
    ["SCS-4C-16-2x200p_a1", { vcpus: 4, memoryGiB: 16, cpuClass: "C", diskGB: 200, disk: { sizeGB: 200, count: 2, type: "p" } }],
    ["SCS-2Ti-8uo", { vcpus: 2, memoryGiB: 8, cpuClass: "T", insecure: true, noEcc: true, memoryOversubscribed: true }],
  ])("parses the example %s from the standard", (name, expected) => {
    const r = parseScsFlavor(name);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.flavor).toMatchObject({ scsName: name, ...expected });
  });

  it("reads a trailing dash as a root disk whose size the cloud picks", () => {
    const r = parseScsFlavor("SCS-2V-4-");
    expect(r.ok && r.flavor.disk).toEqual({ count: 1 });
  });

  it("reads no disk part as no root disk", () => {
    const r = parseScsFlavor("SCS-2V-8");
    expect(r.ok && r.flavor.disk).toBeUndefined();
  });

  it.each([
    ["scs-2V-8", "does not start"],
    ["SCS-2v-8", "CPU class"],
    ["SCS-2iT-8", "insecure marker"],
    ["SCS-2V", "memory part"],
    ["SCS-2V-10.5", "half GiB"],
    ["SCS-2V-3.25", ".5 steps"],
    ["SCS-0V-4", "at least 1"],
    ["SCS-2V-8-0s", "at least 1"],
    ["SCS-2X-8", "does not follow"],
    ["SCS-2V-8-20q", "does not follow"],
  ])("rejects %s and says why", (name, why) => {
    const r = parseScsFlavor(name);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.why).toContain(why);
  });

  it("parses every standard flavor of scs-0103 and knows it is standard", () => {
    for (const name of SCS_STANDARD_FLAVORS) {
      const r = parseScsFlavor(name);
      expect(r.ok, name).toBe(true);
      expect(isScsStandardFlavor(name)).toBe(true);
    }
    expect(SCS_MANDATORY_FLAVORS).toHaveLength(15);
    expect(isScsStandardFlavor("SCS-3V-7")).toBe(false);
  });

  it("round-trips any generated well-formed name", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 256 }),
        fc.constantFrom("L", "V", "T", "C"),
        fc.integer({ min: 1, max: 1024 }),
        fc.option(fc.integer({ min: 1, max: 4000 }), { nil: undefined }),
        fc.constantFrom("", "n", "h", "s", "p"),
        (cpus, cls, ram, disk, type) => {
          const name = `SCS-${cpus}${cls}-${ram}${disk === undefined ? "" : `-${disk}${type}`}`;
          const r = parseScsFlavor(name);
          return r.ok && r.flavor.vcpus === cpus && r.flavor.memoryGiB === ram && r.flavor.diskGB === disk && r.flavor.cpuClass === cls;
        },
      ),
    );
  });
});
