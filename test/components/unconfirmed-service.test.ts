/**
 * A service the catalog cannot confirm in a region is refused like one that is not offered, with its
 * own code (SC_SERVICE_UNCONFIRMED), before anything is registered: Scaleway Milan (`it-mil`) has
 * networking confirmed by the SDK, but no source documents Object Storage or the Instance types and
 * volumes a VM needs there. Run through the components under the SDK's mocks.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findRegion } from "../../src/catalog/regions/index";
import { placementOf } from "../../src/contract/target";
import { SovereignCloudError } from "../../src/errors";
import { Bucket, Network, VirtualMachine } from "../../src/index";
import { custom, one, recorded, resetRecorded, setConfig, settle, useMocks } from "../helpers/pulumi";

const CONFIG = {
  "sovereign-cloud:target": "scaleway:it-mil",
  "sovereign-cloud:residency": { preset: "eu", encryption: "provider-managed" },
};

function refusal(make: () => unknown): SovereignCloudError {
  try {
    make();
  } catch (e) {
    if (SovereignCloudError.is(e)) return e;
    throw e;
  }
  throw new Error("expected a SovereignCloudError, but construction succeeded");
}

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  setConfig(CONFIG);
  resetRecorded();
});
afterEach(async () => {
  await settle();
});

describe("a service the catalog cannot confirm in a region", () => {
  it("is modelled as unknown, never as offered", () => {
    const milan = findRegion("scaleway", "it-mil")!;
    expect(milan.services).toEqual(["network"]);
    expect(Object.keys(milan.unconfirmedServices ?? {}).sort()).toEqual(["bucket", "virtualMachine"]);
    for (const s of milan.services) expect(milan.unconfirmedServices?.[s], s).toBeUndefined();
  });

  it("refuses a Bucket at scaleway:it-mil with SC_SERVICE_UNCONFIRMED and registers nothing", async () => {
    const e = refusal(() => new Bucket("docs"));
    expect(e.problems.map((p) => p.code)).toEqual(["SC_SERVICE_UNCONFIRMED"]);
    const [p] = e.problems;
    expect(p!.message).toContain("object storage (Bucket)");
    expect(p!.message).toContain("scaleway:it-mil");
    expect(p!.message).toContain("no Milan column");
    expect(p!.allowed).toContain("scaleway:fr-par");
    expect(p!.fix).toContain("scaleway:fr-par");
    await settle();
    expect(recorded).toEqual([]);
  });

  it("creates a Network at scaleway:it-mil in region it-mil and zone it-mil-1, then refuses a VM on it", async () => {
    const net = new Network("app");
    await settle();
    expect(one("scaleway:network/privateNetwork:PrivateNetwork").inputs.region).toBe("it-mil");
    expect(one("scaleway:instance/securityGroup:SecurityGroup").inputs.zone).toBe("it-mil-1");
    const before = custom().length;

    const e = refusal(() => new VirtualMachine("web", { size: "SCS-2V-8", network: net }));
    expect(e.problems.map((p) => p.code)).toContain("SC_SERVICE_UNCONFIRMED");
    expect(e.problems.find((p) => p.code === "SC_SERVICE_UNCONFIRMED")!.message).toContain("virtual machines (VirtualMachine)");
    await settle();
    expect(custom().length).toBe(before);
    // Not even the component: the refusal comes before registration.
    expect(recorded.filter((r) => r.name === "web" || r.name.startsWith("web-"))).toEqual([]);
  });

  it("keeps SC_SERVICE_UNAVAILABLE for a service a source says is not there", () => {
    const r = placementOf("gcp:eu", "target", "network");
    expect(r.problems.map((p) => p.code)).toEqual(["SC_SERVICE_UNAVAILABLE"]);
    const milan = placementOf("scaleway:it-mil", "target", "bucket");
    expect(milan.problems.map((p) => p.code)).toEqual(["SC_SERVICE_UNCONFIRMED"]);
    expect(placementOf("scaleway:it-mil", "target", "network").problems).toEqual([]);
  });
});
