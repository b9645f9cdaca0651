/**
 * Malformed contracts, targets and args: each is rejected with its stable code, before anything
 * is registered (not even the component itself).
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Bucket, Network, VirtualMachine } from "../../src/index";
import { SovereignCloudError } from "../../src/errors";
import { recorded, resetRecorded, setConfig, settle, useMocks } from "../helpers/pulumi";

const BASE_CONFIG = { "sovereign-cloud:target": "aws:eu-central-1", "gcp:project": "test-project" };

function rejection(make: () => unknown): SovereignCloudError {
  try {
    make();
  } catch (e) {
    if (!(e instanceof SovereignCloudError)) throw e;
    // Every problem says what is wrong, what was received and how to fix it.
    for (const p of e.problems) {
      expect(p.message.length, p.code).toBeGreaterThan(10);
      expect(p.received, `${p.code} ${p.path}: received`).toBeDefined();
      expect(p.fix, `${p.code} ${p.path}: fix`).toBeDefined();
    }
    return e;
  }
  throw new Error("expected a SovereignCloudError, but construction succeeded");
}

beforeAll(async () => {
  await useMocks(BASE_CONFIG);
});
beforeEach(() => {
  setConfig(BASE_CONFIG);
  resetRecorded();
});
afterEach(async () => {
  await settle();
  expect(recorded).toEqual([]); // nothing at all was registered
});

type Case = [string, () => unknown, string[]];

const bucketCases: Case[] = [
  ["an unknown provider", () => new Bucket("b", { target: "awz:eu-central-1" }), ["SC_UNKNOWN_PROVIDER"]],
  ["a typo'd region", () => new Bucket("b", { target: "aws:eu-centrl-1" }), ["SC_UNKNOWN_REGION"]],
  ["a malformed target", () => new Bucket("b", { target: "aws" }), ["SC_TARGET_MALFORMED"]],
  [
    "a target object with an unknown key",
    () => new Bucket("b", { target: { provider: "aws", region: "eu-central-1", zon: "a" } as never }),
    ["SC_TARGET_MALFORMED"],
  ],
  ["eu-west-2 under the default EU contract", () => new Bucket("b", { target: "aws:eu-west-2" }), ["SC_RESIDENCY_DATA_LOCATION"]],
  [
    "eu-central-2 under an EU contract",
    () => new Bucket("b", { target: "aws:eu-central-2", residency: "eu" }),
    ["SC_RESIDENCY_DATA_LOCATION"],
  ],
  ["a hyperscaler under gaia-x-l3", () => new Bucket("b", { residency: "gaia-x-l3" }), ["SC_RESIDENCY_PROVIDER_CONTROL"]],
  ["a region outside the contract's countries", () => new Bucket("b", { residency: { countries: ["FR"] } }), ["SC_RESIDENCY_COUNTRIES"]],
  [
    "a certification the catalog cannot confirm",
    () => new Bucket("b", { residency: { certifications: ["bsi-c5"] } }),
    ["SC_RESIDENCY_CERTIFICATIONS"],
  ],
  ["a zone typo", () => new Bucket("b", { target: "aws:eu-central-1:eu-central-1z" }), ["SC_UNKNOWN_ZONE"]],
  [
    "a driver the provider cannot be deployed with",
    () => new Bucket("b", { target: { provider: "scaleway", region: "fr-par", driver: "openstack" } }),
    ["SC_INVALID_ARGUMENT"],
  ],
  ["an unknown preset", () => new Bucket("b", { residency: "gaia-x-l4" }), ["SC_UNKNOWN_PRESET"]],
  ["an unknown data location", () => new Bucket("b", { residency: { dataLocation: "europe" as never } }), ["SC_CONTRACT_INVALID"]],
  [
    "countries outside the data location",
    () => new Bucket("b", { residency: { dataLocation: "eu", countries: ["GB"] } }),
    ["SC_CONTRACT_CONFLICT"],
  ],
  ["a negative retention", () => new Bucket("b", { retentionDays: -1 }), ["SC_INVALID_ARGUMENT"]],
  ["a fractional retention", () => new Bucket("b", { retentionDays: 1.5 }), ["SC_INVALID_ARGUMENT"]],
  ["retention without versioning", () => new Bucket("b", { retentionDays: 7, versioning: false }), ["SC_CONFLICTING_ARGUMENTS"]],
  ["retentionLocked without retentionDays", () => new Bucket("b", { retentionLocked: true }), ["SC_CONFLICTING_ARGUMENTS"]],
  ["emptyOnDelete on a retained bucket", () => new Bucket("b", { emptyOnDelete: true }), ["SC_CONFLICTING_ARGUMENTS"]],
  [
    "cold transition after expiry",
    () => new Bucket("b", { lifecycle: { coldAfterDays: 30, expireAfterDays: 30 } }),
    ["SC_CONFLICTING_ARGUMENTS"],
  ],
  [
    "noncurrent expiry without versioning",
    () => new Bucket("b", { versioning: false, lifecycle: { noncurrentExpireAfterDays: 30 } }),
    ["SC_CONFLICTING_ARGUMENTS"],
  ],
  [
    "provider-managed keys under a customer-managed contract",
    () => new Bucket("b", { residency: { encryption: "customer-managed" }, encryption: "provider-managed" }),
    ["SC_CONFLICTING_ARGUMENTS"],
  ],
  ["a misspelt argument", () => new Bucket("b", { retentiondays: 7 } as never), ["SC_INVALID_ARGUMENT"]],
  ["overrides for a provider that does not exist", () => new Bucket("b", { overrides: { ionos: {} } as never }), ["SC_INVALID_ARGUMENT"]],
  ["an empty name", () => new Bucket("", {}), ["SC_INVALID_ARGUMENT"]],
];

const networkCases: Case[] = [
  ["a CIDR with a /33 prefix", () => new Network("n", { cidr: "10.0.0.0/33" }), ["SC_INVALID_CIDR"]],
  ["a public CIDR", () => new Network("n", { cidr: "8.8.0.0/16" }), ["SC_INVALID_CIDR"]],
  ["a CIDR with host bits set", () => new Network("n", { cidr: "10.0.0.1/16" }), ["SC_INVALID_CIDR"]],
  ["a subnet outside the network", () => new Network("n", { cidr: "10.0.0.0/16", subnetCidr: "10.1.0.0/24" }), ["SC_INVALID_CIDR"]],
  ["SSH open to the world", () => new Network("n", { ingress: [{ port: 22, from: "0.0.0.0/0" }] }), ["SC_ADMIN_PORT_OPEN_TO_WORLD"]],
  [
    "a port range covering RDP open to all of IPv6",
    () => new Network("n", { ingress: [{ port: [3000, 4000], from: "::/0" }] }),
    ["SC_ADMIN_PORT_OPEN_TO_WORLD"],
  ],
  ["a port above 65535", () => new Network("n", { ingress: [{ port: 70000, from: "10.0.0.0/8" }] }), ["SC_INVALID_ARGUMENT"]],
  ["icmp with a port", () => new Network("n", { ingress: [{ protocol: "icmp", port: 8, from: "10.0.0.0/8" }] }), ["SC_INVALID_ARGUMENT"]],
  [
    "an unknown protocol",
    () => new Network("n", { ingress: [{ protocol: "sctp" as never, port: 9, from: "10.0.0.0/8" }] }),
    ["SC_INVALID_ARGUMENT"],
  ],
  [
    "the same ingress rule twice",
    () =>
      new Network("n", {
        ingress: [
          { port: 443, from: "0.0.0.0/0" },
          { port: 443, protocol: "tcp", from: "0.0.0.0/0" },
        ],
      }),
    ["SC_CONFLICTING_ARGUMENTS"],
  ],
  ["a network in a multi-region", () => new Network("n", { target: "gcp:eu" }), ["SC_SERVICE_UNAVAILABLE"]],
];

describe("rejects bad input with its code and registers nothing", () => {
  it.each([...bucketCases, ...networkCases])("rejects %s", (_label, make, expected) => {
    const err = rejection(make);
    expect(err.codes).toEqual(expected);
    expect(err.message).toContain("nothing was created");
  });
});

describe("virtual machines", () => {
  // A real network (its resources are registered), so the VM's own rejection is what is measured.
  let net: Network;
  let before = 0;
  beforeEach(async () => {
    net = new Network("net", {});
    await settle();
    before = recorded.length;
    expect(before).toBeGreaterThan(0);
  });
  afterEach(async () => {
    await settle();
    expect(recorded.length).toBe(before);
    resetRecorded(); // the outer afterEach then sees nothing
  });

  const vmCases: Case[] = [
    [
      "a flavor name with a lower-case class",
      () => new VirtualMachine("vm", { size: "SCS-2v-4", network: net }),
      ["SC_INVALID_FLAVOR_NAME"],
    ],
    [
      "a size no instance type meets",
      () => new VirtualMachine("vm", { size: { vcpus: 400, memoryGiB: 12_000 }, network: net }),
      ["SC_NO_MATCHING_SIZE"],
    ],
    [
      "an unknown image",
      () => new VirtualMachine("vm", { size: "SCS-2V-4", image: "debian-11" as never, network: net }),
      ["SC_UNKNOWN_IMAGE"],
    ],
    ["a missing network", () => new VirtualMachine("vm", { size: "SCS-2V-4" } as never), ["SC_INVALID_ARGUMENT"]],
    [
      "a network in another region",
      () => new VirtualMachine("vm", { size: "SCS-2V-4", network: net, target: "aws:eu-west-3" }),
      ["SC_PLACEMENT_MISMATCH"],
    ],
    [
      "a private key pasted as an SSH key",
      () => new VirtualMachine("vm", { size: "SCS-2V-4", network: net, sshKeys: ["-----BEGIN OPENSSH PRIVATE KEY-----"] }),
      ["SC_INVALID_ARGUMENT"],
    ],
    [
      "root as the login user",
      () => new VirtualMachine("vm", { size: "SCS-2V-4", network: net, adminUsername: "root" }),
      ["SC_INVALID_ARGUMENT"],
    ],
    [
      "user data over 16 KiB",
      () => new VirtualMachine("vm", { size: "SCS-2V-4", network: net, userData: "x".repeat(17_000) }),
      ["SC_INVALID_ARGUMENT"],
    ],
    [
      "a VM in a storage-only multi-region",
      () => new VirtualMachine("vm", { size: "SCS-2V-4", network: net, target: "gcp:eu" }),
      ["SC_SERVICE_UNAVAILABLE"],
    ],
  ];

  it.each(vmCases)("rejects %s", (_label, make, expected) => {
    expect(rejection(make).codes).toEqual(expected);
  });

  it("reports every problem of one VM at once", () => {
    const err = rejection(
      () =>
        new VirtualMachine("vm", {
          size: "SCS-2v-4",
          image: "debian-11" as never,
          network: net,
          adminUsername: "root",
          publicIp: "yes" as never,
        }),
    );
    expect(err.code).toBe("SC_MULTIPLE_PROBLEMS");
    expect(err.codes).toEqual(["SC_INVALID_FLAVOR_NAME", "SC_UNKNOWN_IMAGE", "SC_INVALID_ARGUMENT"]);
    expect(err.problems).toHaveLength(4);
  });
});

describe("stack config", () => {
  it("rejects a missing target with how to set one", () => {
    setConfig({});
    const err = rejection(() => new Bucket("b"));
    expect(err.codes).toEqual(["SC_TARGET_MISSING"]);
    expect(err.message).toContain("pulumi config set sovereign-cloud:target");
  });

  it("rejects residency config that is not valid JSON", () => {
    setConfig({ ...BASE_CONFIG, "sovereign-cloud:residency": "{ dataLocation: eu" });
    expect(rejection(() => new Bucket("b")).codes).toEqual(["SC_CONFIG_INVALID"]);
  });

  it("explains a residency violation: clause, placement, fact with source, and placements that pass", () => {
    const err = rejection(() => new Bucket("b", { target: "aws:eu-west-2" }));
    expect(err.message).toMatch(
      /\[SC_RESIDENCY_DATA_LOCATION\] args.target \(dataLocation\): aws:eu-west-2 violates the contract's dataLocation clause/,
    );
    expect(err.message).toContain("fact:");
    expect(err.message).toContain("source:");
    expect(err.message).toMatch(/fix: +choose a placement the contract allows, e\.g\. aws:/);
  });
});
