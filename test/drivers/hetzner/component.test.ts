/**
 * The Hetzner driver behind the components: what Hetzner cannot do fails with SC_PROVIDER_LIMITATION
 * before anything is registered, locations outside the contract are refused by fact, and a spec
 * within Hetzner's means deploys on explicit providers only.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FEATURES } from "../../../src/drivers/capabilities";
import { HETZNER_CAPABILITIES } from "../../../src/drivers/hetzner/capabilities";
import { driverFor } from "../../../src/drivers/registry";
import { SovereignCloudError } from "../../../src/errors";
import { Bucket, Network, VirtualMachine } from "../../../src/index";
import { custom, onDefaultProvider, one, recorded, resetRecorded, setConfig, settle, useMocks } from "../../helpers/pulumi";
import { T } from "./fixtures";

const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx3bq6sBmOd0LPXl3Zs1Nvdeu2Q8e5kfjy4bq4Hpj3o test@example";
const AT_FSN1 = { "sovereign-cloud:target": "hetzner:fsn1" };
const ANY_ENCRYPTION = { ...AT_FSN1, "sovereign-cloud:residency": { preset: "eu", encryption: "any" } };

beforeAll(async () => {
  await useMocks(AT_FSN1);
});
beforeEach(() => {
  resetRecorded();
  setConfig(AT_FSN1);
});
afterEach(async () => settle());

/** The error a constructor throws (and nothing registered), or fail. */
async function rejection(make: () => unknown): Promise<SovereignCloudError> {
  let error: unknown;
  try {
    make();
  } catch (e) {
    error = e;
  }
  await settle();
  if (!SovereignCloudError.is(error)) throw new Error(`expected a SovereignCloudError, got ${String(error)}`);
  return error;
}

const paths = (e: SovereignCloudError) => e.problems.map((p) => [p.code, p.path]);

describe("hetzner behind the components", () => {
  it("is registered and answers every portable feature with a level and a reason", () => {
    expect(driverFor("hetzner")?.capabilities).toBe(HETZNER_CAPABILITIES);
    for (const f of Object.keys(FEATURES) as (keyof typeof FEATURES)[]) expect(HETZNER_CAPABILITIES[f].how, f).toMatch(/\S{3}/);
  });

  it("refuses a VM under a provider-managed contract (Hetzner disks are not encrypted) and registers nothing", async () => {
    const network = new Network("app");
    await settle();
    resetRecorded();
    const e = await rejection(() => new VirtualMachine("web", { size: "SCS-2V-4", network, sshKeys: [KEY] }));
    expect(paths(e)).toEqual([["SC_PROVIDER_LIMITATION", "encryption"]]);
    expect(e.problems[0]!.message).toContain("disk encryption at rest is not available on Hetzner");
    expect(e.problems[0]!.fix).toContain("encryption to any");
    expect(recorded).toEqual([]);
  });

  it("refuses a default bucket: no encryption at rest, TLS-only not confirmed; registers nothing", async () => {
    const e = await rejection(() => new Bucket("docs"));
    expect(paths(e)).toEqual([
      ["SC_PROVIDER_LIMITATION", "encryption"],
      ["SC_PROVIDER_LIMITATION", "tlsOnly"],
    ]);
    expect(e.problems[1]!.fix).toContain("tlsOnly: false");
    expect(recorded).toEqual([]);
  });

  it("refuses lifecycle rules, a cold tier and locked retention, each at its path", async () => {
    setConfig(ANY_ENCRYPTION);
    const e = await rejection(
      () =>
        new Bucket("docs", {
          tlsOnly: false,
          retentionDays: 30,
          retentionLocked: true,
          lifecycle: { coldAfterDays: 90, noncurrentExpireAfterDays: 365 },
        }),
    );
    expect(paths(e)).toEqual([
      ["SC_PROVIDER_LIMITATION", "retentionLocked"],
      ["SC_PROVIDER_LIMITATION", "lifecycle"],
      ["SC_PROVIDER_LIMITATION", "lifecycle.coldAfterDays"],
    ]);
    expect(e.problems[1]!.message).toContain("terraform-provider-aws#46021");
    expect(recorded).toEqual([]);
  });

  it.each(["ash", "hil", "sin"])("refuses hetzner:%s by the contract's data location, before anything is created", async (loc) => {
    setConfig({ "sovereign-cloud:target": `hetzner:${loc}` });
    const e = await rejection(() => new Network("app"));
    expect(e.codes).toContain("SC_RESIDENCY_DATA_LOCATION");
    expect(recorded).toEqual([]);
  });

  it("deploys network, VM and a versioned, locked bucket when the contract accepts unencrypted storage", async () => {
    setConfig(ANY_ENCRYPTION);
    const network = new Network("app", { cidr: "10.20.0.0/16", ingress: [{ port: 443, from: "0.0.0.0/0" }] });
    new VirtualMachine("web", { size: "SCS-2V-4", image: "debian-12", network, publicIp: true, sshKeys: [KEY] });
    new Bucket("docs", { tlsOnly: false, retentionDays: 30 });
    await settle();
    expect(onDefaultProvider()).toEqual([]);
    expect(one(T.server).inputs).toMatchObject({
      location: "fsn1",
      serverType: "cx23",
      image: "debian-12",
      publicNets: [{ ipv4Enabled: true, ipv6Enabled: true }],
    });
    expect(one(T.subnet).inputs.networkZone).toBe("eu-central");
    expect(one(T.firewall).inputs.rules).toEqual([
      { direction: "in", protocol: "tcp", port: "443", sourceIps: ["0.0.0.0/0"], description: expect.any(String) },
    ]);
    expect(one(T.s3Provider).inputs.region).toBe("fsn1");
    expect(one(T.bucket).options.retainOnDelete).toBe(true);
    expect(
      custom()
        .filter((r) => r.type.startsWith("pulumi:providers:"))
        .map((r) => r.name)
        .sort(),
    ).toEqual(["hetzner-cloud", "hetzner-objectstorage-fsn1"]);
  });
});
