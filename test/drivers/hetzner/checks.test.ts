import { describe, expect, it } from "vitest";
import { FIREWALL_MAX_RULES, isPrivateIpv4Range } from "../../../src/drivers/hetzner/checks";
import { hetznerDriver } from "../../../src/drivers/hetzner/index";
import type { CheckContext } from "../../../src/drivers/types";
import { bucketSpec, fakeHandle, networkSpec, placement, vmSpec } from "./fixtures";

function ctx(name = "docs", region = "fsn1"): CheckContext {
  return { name, placement: placement(region) };
}

const found = (ps: readonly { code: string; path: string }[]) => ps.map((p) => [p.code, p.path]);

describe("hetzner driver checks", () => {
  it("pass for well-formed specs in an EU location", () => {
    expect(hetznerDriver.checkBucket(bucketSpec({ retentionDays: 30 }), ctx())).toEqual([]);
    expect(hetznerDriver.checkNetwork(networkSpec(), ctx("app"))).toEqual([]);
    expect(hetznerDriver.checkVirtualMachine(vmSpec(fakeHandle(), { userData: "#!/bin/sh\necho hi\n" }), ctx("web"))).toEqual([]);
  });

  it("reject bucket names Hetzner's S3 API would refuse, from the component name or the override", () => {
    expect(found(hetznerDriver.checkBucket(bucketSpec(), ctx("Docs_Bucket")))).toEqual([["SC_INVALID_ARGUMENT", "name"]]);
    expect(found(hetznerDriver.checkBucket(bucketSpec(), ctx("d".repeat(56))))).toEqual([["SC_INVALID_ARGUMENT", "name"]]);
    expect(hetznerDriver.checkBucket(bucketSpec(), ctx("d".repeat(55)))).toEqual([]);
    for (const bad of ["ab", "acme-", "Acme", "acme.docs", "a".repeat(64)]) {
      expect(found(hetznerDriver.checkBucket(bucketSpec({ overrides: { hetzner: { bucketName: bad } } }), ctx())), bad).toEqual([
        ["SC_INVALID_ARGUMENT", "overrides.hetzner.bucketName"],
      ]);
    }
    // A valid override frees the component name from the bucket-name rules.
    expect(hetznerDriver.checkBucket(bucketSpec({ overrides: { hetzner: { bucketName: "acme-docs" } } }), ctx("Docs_Bucket"))).toEqual([]);
  });

  it("reject retention without versioning (object lock needs versioning)", () => {
    expect(found(hetznerDriver.checkBucket(bucketSpec({ versioning: false, retentionDays: 7 }), ctx()))).toEqual([
      ["SC_CONFLICTING_ARGUMENTS", "retentionDays"],
    ]);
  });

  it("take only RFC 1918 IPv4 ranges for a network", () => {
    expect(isPrivateIpv4Range("10.20.0.0/16")).toBe(true);
    expect(isPrivateIpv4Range("172.16.0.0/12")).toBe(true);
    expect(isPrivateIpv4Range("192.168.0.0/24")).toBe(true);
    expect(isPrivateIpv4Range("172.0.0.0/8")).toBe(false);
    expect(isPrivateIpv4Range("100.64.0.0/16")).toBe(false);
    expect(isPrivateIpv4Range("fd00::/48")).toBe(false);
    expect(found(hetznerDriver.checkNetwork(networkSpec({ cidr: "100.64.0.0/16", subnetCidr: "100.64.1.0/24" }), ctx("app")))).toEqual([
      ["SC_INVALID_CIDR", "cidr"],
    ]);
  });

  it("ask for the network zone of a location it has none for (sin), and accept an override", () => {
    const p = hetznerDriver.checkNetwork(networkSpec(), ctx("app", "sin"));
    expect(found(p)).toEqual([["SC_PROVIDER_SETTING_MISSING", "overrides.hetzner.networkZone"]]);
    expect(p[0]!.fix).toContain("overrides.hetzner.networkZone");
    expect(hetznerDriver.checkNetwork(networkSpec({ overrides: { hetzner: { networkZone: "ap-southeast" } } }), ctx("app", "sin"))).toEqual(
      [],
    );
  });

  it("refuse more firewall rules than a Hetzner Cloud Firewall holds", () => {
    const rule = { protocol: "tcp" as const, ports: [1, 1] as const, from: "10.0.0.0/8", description: "x" };
    const many = Array.from({ length: FIREWALL_MAX_RULES + 1 }, (_, i) => ({ ...rule, ports: [i + 1, i + 1] as const }));
    expect(found(hetznerDriver.checkNetwork(networkSpec({ ingress: many }), ctx("app")))).toEqual([["SC_INVALID_ARGUMENT", "ingress"]]);
  });

  it("reject malformed VM overrides, each at its path", () => {
    const p = hetznerDriver.checkVirtualMachine(
      vmSpec(fakeHandle(), {
        overrides: { hetzner: { serverType: " ", image: "", sshKeyNames: [], volumeGiB: 1.5, protection: "yes" as never } },
      }),
      ctx("web"),
    );
    expect(found(p).sort()).toEqual(
      [
        ["SC_INVALID_ARGUMENT", "overrides.hetzner.image"],
        ["SC_INVALID_ARGUMENT", "overrides.hetzner.protection"],
        ["SC_INVALID_ARGUMENT", "overrides.hetzner.serverType"],
        ["SC_INVALID_ARGUMENT", "overrides.hetzner.sshKeyNames"],
        ["SC_INVALID_ARGUMENT", "overrides.hetzner.volumeGiB"],
      ].sort(),
    );
  });

  it("refuse user data that cannot be combined with the key part, or that exceeds 32 KiB", () => {
    expect(found(hetznerDriver.checkVirtualMachine(vmSpec(fakeHandle(), { userData: "apt-get install nginx" }), ctx("web")))).toEqual([
      ["SC_INVALID_ARGUMENT", "userData"],
    ]);
    const big = `#!/bin/sh\n${"x".repeat(33 * 1024)}`;
    const p = hetznerDriver.checkVirtualMachine(vmSpec(fakeHandle(), { userData: big }), ctx("web"));
    expect(found(p)).toEqual([["SC_INVALID_ARGUMENT", "userData"]]);
    expect(p[0]!.message).toContain("32 KiB");
    // Without keys the user's own user data is sent as it is.
    expect(hetznerDriver.checkVirtualMachine(vmSpec(fakeHandle(), { sshKeys: [], userData: "apt-get install nginx" }), ctx("web"))).toEqual(
      [],
    );
  });
});
