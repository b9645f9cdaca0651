/** The openstack driver through the portable components, under the SDK's mocks. */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SovereignCloudError } from "../../../src/errors";
import { Bucket, Network, VirtualMachine } from "../../../src/index";
import { custom, onDefaultProvider, one, resetRecorded, setConfig, settle, useMocks, valueOf } from "../../helpers/pulumi";
import { T } from "./fixtures";

const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx3bq6sBmOd0LPXl3Zs1Nvdeu2Q8e5kfjy4bq4Hpj3o ops@example";
const OVH_OPENSTACK = { provider: "ovhcloud", region: "gra", driver: "openstack" };

beforeAll(async () => {
  await useMocks();
});
beforeEach(() => {
  // Disk encryption at rest is not confirmed on every OpenStack cloud, so these contracts allow any.
  setConfig({ "sovereign-cloud:residency": { preset: "eu", encryption: "any" } });
  resetRecorded();
});
afterEach(async () => {
  await settle();
});

function thrown(f: () => unknown): SovereignCloudError {
  try {
    f();
  } catch (e) {
    if (SovereignCloudError.is(e)) return e;
    throw e;
  }
  throw new Error("expected a SovereignCloudError");
}

describe("OVHcloud deployed with the openstack driver", () => {
  it("builds the network and VM from OpenStack resources in OVHcloud's compute region, nothing on a default provider", async () => {
    const network = new Network("app", { target: OVH_OPENSTACK, ingress: [{ port: 443, from: "0.0.0.0/0" }] });
    const vm = new VirtualMachine("web", {
      target: OVH_OPENSTACK,
      network,
      size: "SCS-2V-8",
      sshKeys: [KEY],
      overrides: { openstack: { flavor: "b3-8", image: "Debian 12" } },
    });
    expect(await valueOf(vm.instanceType)).toBe("b3-8");
    await settle();
    const types = new Set(custom().map((r) => r.type));
    for (const t of [T.network, T.subnet, T.secGroup, T.rule, T.port, T.keypair, T.instance]) expect(types, t).toContain(t);
    expect([...types].filter((t) => !t.startsWith("openstack:") && !t.startsWith("pulumi:providers:openstack"))).toEqual([]);
    for (const r of custom()) expect(r.inputs.region, r.type).toBe("GRA11");
    expect(one(T.instance).inputs.flavorName).toBe("b3-8");
    expect(onDefaultProvider()).toEqual([]);
  });

  it("refuses a public IP there, since OVHcloud's external network is not sourced", () => {
    const network = new Network("app", { target: OVH_OPENSTACK });
    const e = thrown(
      () =>
        new VirtualMachine("web", {
          target: OVH_OPENSTACK,
          network,
          size: "SCS-2V-8",
          publicIp: true,
          overrides: { openstack: { flavor: "b3-8", image: "Debian 12" } },
        }),
    );
    expect(e.problems.map((p) => `${p.code} ${p.path}`)).toEqual(["SC_PROVIDER_SETTING_MISSING publicIp"]);
  });
});

describe("OpenStack clouds under the contract", () => {
  it("rejects Swiss Open Telekom Cloud (eu-ch2) under the eu contract before anything is created", async () => {
    const e = thrown(() => new Network("app", { target: "otc:eu-ch2" }));
    expect(e.codes).toContain("SC_RESIDENCY_DATA_LOCATION");
    await settle();
    expect(custom()).toEqual([]);
  });

  it("accepts pluscloud open now that its environments are located in Germany", async () => {
    const network = new Network("app", { target: "pluscloud-open:pco-prod1" });
    expect(await valueOf(network.residency)).toMatchObject({ provider: "pluscloud-open", country: "DE" });
    await settle();
    expect(one(T.network).inputs.region).toBe("prod1");
  });

  it("fails the reference bucket on Cleura with every feature Swift lacks, naming each", () => {
    setConfig({ "sovereign-cloud:residency": "eu" });
    const e = thrown(
      () =>
        new Bucket("documents", {
          target: "cleura:Kna1",
          retentionDays: 30,
          lifecycle: { coldAfterDays: 90, noncurrentExpireAfterDays: 365 },
        }),
    );
    expect(e.problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      "SC_PROVIDER_LIMITATION versioning",
      "SC_PROVIDER_LIMITATION retentionDays",
      "SC_PROVIDER_LIMITATION lifecycle",
      "SC_PROVIDER_LIMITATION lifecycle.coldAfterDays",
      "SC_PROVIDER_LIMITATION encryption",
      "SC_PROVIDER_LIMITATION tlsOnly",
    ]);
  });
});
