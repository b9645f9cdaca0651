/**
 * A catalog provider whose driver this build does not ship (all seven ship today; a catalog entry
 * may land before its driver): the component is refused with SC_DRIVER_UNAVAILABLE, naming the
 * drivers it has, and nothing is registered.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { SovereignCloudError } from "../../src/errors";
import { recorded, settle, useMocks } from "../helpers/pulumi";

vi.mock("../../src/drivers/registry", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/drivers/registry")>();
  return {
    driverFor: (id: Parameters<typeof real.driverFor>[0]) => (id === "hetzner" ? undefined : real.driverFor(id)),
    availableDrivers: () => real.availableDrivers().filter((id) => id !== "hetzner"),
  };
});

beforeAll(async () => {
  await useMocks({ "sovereign-cloud:target": "hetzner:fsn1" });
});

describe("a provider without a driver in this build", () => {
  it("rejects hetzner:fsn1 with SC_DRIVER_UNAVAILABLE and registers nothing", async () => {
    const { Network } = await import("../../src/index");
    let error: unknown;
    try {
      new Network("n", {});
    } catch (e) {
      error = e;
    }
    expect(SovereignCloudError.is(error)).toBe(true);
    const e = error as SovereignCloudError;
    expect(e.codes).toEqual(["SC_DRIVER_UNAVAILABLE"]);
    expect(e.problems[0]!.received).toContain("hetzner");
    expect(e.problems[0]!.allowed).toContain("scaleway");
    await settle();
    expect(recorded).toEqual([]);
  });
});
