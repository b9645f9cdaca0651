import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FEATURES } from "../../../src/drivers/capabilities";
import { OPENSTACK_CAPABILITIES } from "../../../src/drivers/openstack/capabilities";
import { openstackDriver } from "../../../src/drivers/openstack/index";
import { AUTH_ENV_VARS } from "../../../src/drivers/openstack/provider";
import type { Placement } from "../../../src/contract/placement";
import { setConfig, useMocks } from "../../helpers/pulumi";
import { bucketSpec, fakeHandle, networkSpec, placement, vmSpec } from "./fixtures";

const saved: Record<string, string | undefined> = {};
beforeAll(async () => {
  await useMocks();
});
beforeEach(() => {
  setConfig({});
  for (const v of AUTH_ENV_VARS) {
    saved[v] = process.env[v];
    delete process.env[v];
  }
});
afterEach(() => {
  for (const v of AUTH_ENV_VARS)
    if (saved[v] === undefined) delete process.env[v];
    else process.env[v] = saved[v];
});

const ctx = (p: Placement = placement(), name = "docs") => ({ name, placement: p });
const codes = (ps: { code: string; path: string }[]) => ps.map((p) => `${p.code} ${p.path}`);
const plain = (over: Parameters<typeof bucketSpec>[0] = {}) =>
  bucketSpec({ versioning: false, encryption: "any", tlsOnly: false, ...over });

describe("openstack capability table", () => {
  it("answers every portable feature with a level and a reason", () => {
    expect(Object.keys(OPENSTACK_CAPABILITIES).sort()).toEqual(Object.keys(FEATURES).sort());
    for (const [f, c] of Object.entries(OPENSTACK_CAPABILITIES)) expect(c.how.length, f).toBeGreaterThan(10);
  });
});

describe("openstack bucket checks", () => {
  it("accepts a plain container", () => {
    expect(openstackDriver.checkBucket(plain(), ctx())).toEqual([]);
  });

  it("leaves what the capability table lacks to the component, and fails geo-redundancy itself", () => {
    const spec = bucketSpec({
      retentionDays: 30,
      retentionLocked: true,
      lifecycle: { coldAfterDays: 90, noncurrentExpireAfterDays: 365 },
      encryption: "customer-managed",
    });
    expect(openstackDriver.checkBucket(spec, ctx())).toEqual([]);
    expect(codes(openstackDriver.checkBucket(plain({ geoRedundantTo: "Sto2" }), ctx()))).toEqual(["SC_PROVIDER_LIMITATION replication"]);
  });

  it("rejects a container on Open Telekom Cloud eu-nl, which lists no Swift endpoint, and names eu-de", () => {
    const [p] = openstackDriver.checkBucket(plain(), ctx(placement("otc", "eu-nl")));
    expect(codes([p!])).toEqual(["SC_PROVIDER_LIMITATION target"]);
    expect(p?.fix).toContain("otc:eu-de");
    expect(openstackDriver.checkBucket(plain(), ctx(placement("otc", "eu-de")))).toEqual([]);
  });

  it("rejects a container name Swift would refuse", () => {
    expect(codes(openstackDriver.checkBucket(plain({ overrides: { openstack: { containerName: "a/b" } } }), ctx()))).toEqual([
      "SC_INVALID_ARGUMENT overrides.openstack.containerName",
    ]);
    expect(codes(openstackDriver.checkBucket(plain({ overrides: { openstack: { containerName: "x".repeat(250) } } }), ctx()))).toEqual([
      "SC_INVALID_ARGUMENT overrides.openstack.containerName",
    ]);
  });

  it("asks for a Keystone URL where none is sourced, and accepts the stack config or the environment", () => {
    const swiss = placement("otc", "eu-ch2");
    expect(codes(openstackDriver.checkNetwork(networkSpec(), ctx(swiss)))).toEqual(["SC_PROVIDER_SETTING_MISSING openstack:authUrl"]);
    setConfig({ "openstack:authUrl": "https://iam.eu-ch2.example/v3" });
    expect(openstackDriver.checkNetwork(networkSpec(), ctx(swiss))).toEqual([]);
    setConfig({});
    process.env.OS_CLOUD = "swiss";
    expect(openstackDriver.checkNetwork(networkSpec(), ctx(swiss))).toEqual([]);
  });
});

describe("openstack network checks", () => {
  it("accepts the default network on every cloud with a sourced Keystone URL", () => {
    for (const p of [
      placement("otc", "eu-de"),
      placement("cleura", "Fra1"),
      placement("pluscloud-open", "pco-prod4"),
      placement("ovhcloud", "gra"),
    ]) {
      expect(openstackDriver.checkNetwork(networkSpec(), ctx(p)), p.provider.id).toEqual([]);
    }
  });

  it("asks for an external network when a router is demanded where none is sourced", () => {
    const pco = placement("pluscloud-open", "pco-prod1");
    expect(codes(openstackDriver.checkNetwork(networkSpec({ overrides: { openstack: { router: true } } }), ctx(pco)))).toEqual([
      "SC_PROVIDER_SETTING_MISSING overrides.openstack.externalNetworkName",
    ]);
    expect(
      openstackDriver.checkNetwork(networkSpec({ overrides: { openstack: { router: true, externalNetworkName: "ext01" } } }), ctx(pco)),
    ).toEqual([]);
  });

  it("rejects empty external network settings and name servers that are not IP addresses", () => {
    expect(
      codes(
        openstackDriver.checkNetwork(
          networkSpec({ overrides: { openstack: { externalNetworkId: " ", dnsNameservers: ["dns.example"] } } }),
          ctx(),
        ),
      ),
    ).toEqual(["SC_INVALID_ARGUMENT overrides.openstack.externalNetworkId", "SC_INVALID_ARGUMENT overrides.openstack.dnsNameservers"]);
  });
});

describe("openstack virtual machine checks", () => {
  it("accepts a VM on a network with an external network", () => {
    expect(openstackDriver.checkVirtualMachine(vmSpec(fakeHandle(), { publicIp: true, encryption: "provider-managed" }), ctx())).toEqual(
      [],
    );
  });

  it("refuses a public IP on a network without an external network", () => {
    const pco = placement("pluscloud-open", "pco-prod1");
    const spec = vmSpec(fakeHandle(pco, false), { publicIp: true, image: "ubuntu-24.04", instanceType: "SCS-2V-4" });
    expect(codes(openstackDriver.checkVirtualMachine(spec, ctx(pco)))).toEqual(["SC_PROVIDER_SETTING_MISSING publicIp"]);
    expect(openstackDriver.checkVirtualMachine(vmSpec(fakeHandle(), { publicIp: true }), ctx())).toEqual([]);
  });

  it("rejects an image the cloud's catalog does not confirm unless one is pinned", () => {
    const pco = placement("pluscloud-open", "pco-prod1");
    expect(codes(openstackDriver.checkVirtualMachine(vmSpec(fakeHandle(pco)), ctx(pco)))).toEqual(["SC_IMAGE_UNAVAILABLE image"]);
    expect(
      openstackDriver.checkVirtualMachine(vmSpec(fakeHandle(pco), { overrides: { openstack: { image: "Debian 12" } } }), ctx(pco)),
    ).toEqual([]);
    expect(openstackDriver.checkVirtualMachine(vmSpec(fakeHandle(placement("otc", "eu-de"))), ctx(placement("otc", "eu-de")))).toEqual([]);
  });

  it("rejects a zero disk and user data cloud-init cannot combine with the keys", () => {
    const spec = vmSpec(fakeHandle(), { diskGiB: 0, userData: "plain text" });
    expect(codes(openstackDriver.checkVirtualMachine(spec, ctx()))).toEqual([
      "SC_INVALID_ARGUMENT diskGiB",
      "SC_INVALID_ARGUMENT userData",
    ]);
  });

  it("rejects user data over Nova's 65535-byte limit once encoded", () => {
    const spec = vmSpec(fakeHandle(), { userData: `#!/bin/sh\n${"x".repeat(50_000)}` });
    expect(codes(openstackDriver.checkVirtualMachine(spec, ctx()))).toEqual(["SC_INVALID_ARGUMENT userData"]);
  });
});
