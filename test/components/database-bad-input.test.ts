/**
 * Every bad argument and impossible combination of a Database is one exact coded error, thrown
 * before anything is registered (not even the component).
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Database, Network, type DatabaseArgs } from "../../src/index";
import { SovereignCloudError } from "../../src/errors";
import { recorded, resetRecorded, setConfig, settle, useMocks } from "../helpers/pulumi";

const CONFIG = {
  "sovereign-cloud:target": "aws:eu-central-1",
  "sovereign-cloud:residency": "eu",
  "sovereign-cloud:ovhcloudServiceName": "project-123",
};
const ANY = { preset: "eu", encryption: "any" } as const;

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  setConfig(CONFIG);
  resetRecorded();
});

/** Networks are made lazily per case, so each case names the network it needs. */
const nets = {
  aws: () => new Network("net"),
  awsIreland: () => new Network("net-ie", { target: "aws:eu-west-1", residency: "gaia-x-l2" }),
  awsParis: () => new Network("net-fr", { target: "aws:eu-west-3" }),
  scaleway: () => new Network("net-scw", { target: "scaleway:fr-par", residency: ANY }),
  azure: () => new Network("net-az", { target: "azure:francecentral" }),
  hetzner: () => new Network("net-hz", { target: "hetzner:fsn1", residency: ANY }),
  otc: () => new Network("net-otc", { target: "otc:eu-de", residency: ANY }),
};

type Case = [string, string, string, (n: typeof nets) => DatabaseArgs];
const CASES: Case[] = [
  ["an engine other than PostgreSQL", "SC_INVALID_ARGUMENT", "args.engine", (n) => ({ network: n.aws(), engine: "mysql" as "postgresql" })],
  ["a version that is not a whole major", "SC_INVALID_ARGUMENT", "args.version", (n) => ({ network: n.aws(), version: 16.2 })],
  ["a major the provider does not offer (RDS 13)", "SC_INVALID_ARGUMENT", "args.version", (n) => ({ network: n.aws(), version: 13 })],
  [
    "a major Scaleway does not offer (17)",
    "SC_INVALID_ARGUMENT",
    "args.version",
    (n) => ({
      network: n.scaleway(),
      target: "scaleway:fr-par",
      residency: ANY,
      version: 17,
      tlsOnly: false,
      backup: { pointInTime: false },
      adminPassword: "a-long-enough-password",
    }),
  ],
  ["a malformed SCS flavor", "SC_INVALID_FLAVOR_NAME", "args.size", (n) => ({ network: n.aws(), size: "SCS-2X-4" })],
  ["a size no class meets", "SC_NO_MATCHING_SIZE", "args.size", (n) => ({ network: n.aws(), size: { vcpus: 200, memoryGiB: 4000 } })],
  ["storage below 10 GiB", "SC_INVALID_ARGUMENT", "args.storageGiB", (n) => ({ network: n.aws(), storageGiB: 5 })],
  ["storage below RDS's gp3 minimum", "SC_INVALID_ARGUMENT", "storageGiB", (n) => ({ network: n.aws(), storageGiB: 15 })],
  ["no network", "SC_INVALID_ARGUMENT", "args.network", () => ({}) as DatabaseArgs],
  ["a network in another region", "SC_PLACEMENT_MISMATCH", "args.network", (n) => ({ network: n.awsParis() })],
  [
    "a non-boolean highAvailability",
    "SC_INVALID_ARGUMENT",
    "args.highAvailability",
    (n) => ({ network: n.aws(), highAvailability: "yes" as unknown as boolean }),
  ],
  ["zero backup days", "SC_INVALID_ARGUMENT", "args.backup.retentionDays", (n) => ({ network: n.aws(), backup: { retentionDays: 0 } })],
  [
    "more backup days than every provider keeps",
    "SC_INVALID_ARGUMENT",
    "args.backup.retentionDays",
    (n) => ({ network: n.aws(), backup: { retentionDays: 40 } }),
  ],
  [
    "a backup copy to the database's own region",
    "SC_CONFLICTING_ARGUMENTS",
    "args.backup.copyTo",
    (n) => ({ network: n.aws(), residency: "gaia-x-l2", backup: { copyTo: "eu-central-1" } }),
  ],
  [
    "a backup copy under a same-region contract",
    "SC_RESIDENCY_REPLICATION",
    "args.backup.copyTo (replication)",
    (n) => ({ network: n.aws(), backup: { copyTo: "eu-west-1" } }),
  ],
  [
    "a backup copy outside the EEA",
    "SC_RESIDENCY_DATA_LOCATION",
    "args.backup.copyTo (dataLocation)",
    (n) => ({ network: n.aws(), residency: "gaia-x-l2", backup: { copyTo: "us-east-1" } }),
  ],
  [
    "a backup copy to a region the catalog does not know",
    "SC_UNKNOWN_REGION",
    "args.backup.copyTo",
    (n) => ({ network: n.aws(), residency: "gaia-x-l2", backup: { copyTo: "eu-nowhere-9" } }),
  ],
  [
    "readReplicas that is not a list",
    "SC_INVALID_ARGUMENT",
    "args.readReplicas",
    (n) => ({ network: n.aws(), readReplicas: {} as unknown as [] }),
  ],
  [
    "a replica in another region under a same-region contract",
    "SC_RESIDENCY_REPLICATION",
    "args.readReplicas[0].target (replication)",
    (n) => ({ network: n.aws(), readReplicas: [{ target: "aws:eu-west-1", network: n.awsIreland() }] }),
  ],
  [
    "a replica on another provider",
    "SC_PLACEMENT_MISMATCH",
    "args.readReplicas[0].target",
    (n) => ({ network: n.aws(), readReplicas: [{ target: "azure:francecentral" }] }),
  ],
  [
    "a replica in another region without a network there",
    "SC_INVALID_ARGUMENT",
    "args.readReplicas[0].network",
    (n) => ({ network: n.aws(), residency: "gaia-x-l2", readReplicas: [{ target: "aws:eu-west-1" }] }),
  ],
  [
    "a replica whose network is elsewhere",
    "SC_PLACEMENT_MISMATCH",
    "args.readReplicas[0].network",
    (n) => ({ network: n.aws(), residency: "gaia-x-l2", readReplicas: [{ target: "aws:eu-west-1", network: n.aws() }] }),
  ],
  [
    "encryption weaker than the contract",
    "SC_CONFLICTING_ARGUMENTS",
    "args.encryption",
    (n) => ({ network: n.aws(), residency: { preset: "eu", encryption: "customer-managed" }, encryption: "provider-managed" }),
  ],
  [
    "an encryption mode that does not exist",
    "SC_INVALID_ARGUMENT",
    "args.encryption",
    (n) => ({ network: n.aws(), encryption: "none" as "provider-managed" }),
  ],
  [
    "a non-boolean deletionProtection",
    "SC_INVALID_ARGUMENT",
    "args.deletionProtection",
    (n) => ({ network: n.aws(), deletionProtection: "no" as unknown as boolean }),
  ],
  [
    "a public endpoint open to 0.0.0.0/0",
    "SC_ADMIN_PORT_OPEN_TO_WORLD",
    "args.publicAccess.from[0]",
    (n) => ({ network: n.aws(), publicAccess: { from: ["0.0.0.0/0"] } }),
  ],
  [
    "a public endpoint open to ::/0",
    "SC_ADMIN_PORT_OPEN_TO_WORLD",
    "args.publicAccess.from[1]",
    (n) => ({ network: n.aws(), publicAccess: { from: ["203.0.113.0/24", "::/0"] } }),
  ],
  [
    "a malformed public source",
    "SC_INVALID_CIDR",
    "args.publicAccess.from[0]",
    (n) => ({ network: n.aws(), publicAccess: { from: ["10.0.0.300/8"] } }),
  ],
  [
    "a public endpoint without sources",
    "SC_INVALID_ARGUMENT",
    "args.publicAccess.from",
    (n) => ({ network: n.aws(), publicAccess: { from: [] } }),
  ],
  [
    "a public endpoint where the driver has none (AWS)",
    "SC_PROVIDER_LIMITATION",
    "publicAccess",
    (n) => ({ network: n.aws(), publicAccess: { from: ["203.0.113.0/24"] } }),
  ],
  ["a reserved administrator name", "SC_INVALID_ARGUMENT", "args.adminUsername", (n) => ({ network: n.aws(), adminUsername: "postgres" })],
  ["a short password", "SC_INVALID_ARGUMENT", "args.adminPassword", (n) => ({ network: n.aws(), adminPassword: "hunter2" })],
  ["an unknown argument", "SC_INVALID_ARGUMENT", "args.multiAz", (n) => ({ network: n.aws(), multiAz: true }) as unknown as DatabaseArgs],
  [
    "a Hetzner target (no managed database)",
    "SC_PROVIDER_LIMITATION",
    "target",
    (n) => ({ network: n.hetzner(), target: "hetzner:fsn1", residency: ANY }),
  ],
  [
    "an OpenStack cloud without confirmed Trove (OTC)",
    "SC_PROVIDER_LIMITATION",
    "target",
    (n) => ({ network: n.otc(), target: "otc:eu-de", residency: ANY, adminPassword: "a-long-enough-password" }),
  ],
  [
    "customer-managed keys asked of Scaleway",
    "SC_PROVIDER_LIMITATION",
    "encryption",
    (n) => ({
      network: n.scaleway(),
      target: "scaleway:fr-par",
      residency: ANY,
      encryption: "customer-managed",
      tlsOnly: false,
      backup: { pointInTime: false },
      adminPassword: "a-long-enough-password",
    }),
  ],
  [
    "a contract demanding customer-managed keys on Scaleway",
    "SC_RESIDENCY_ENCRYPTION",
    "args.target (encryption)",
    (n) => ({
      network: n.scaleway(),
      target: "scaleway:fr-par",
      residency: { preset: "eu", encryption: "customer-managed" },
      tlsOnly: false,
      backup: { pointInTime: false },
      adminPassword: "a-long-enough-password",
    }),
  ],
  [
    "a KMS key in another Region",
    "SC_PLACEMENT_MISMATCH",
    "overrides.aws.kmsKeyArn",
    (n) => ({
      network: n.aws(),
      encryption: "customer-managed",
      overrides: { aws: { kmsKeyArn: "arn:aws:kms:eu-west-1:123456789012:key/abc" } },
    }),
  ],
  [
    "deletion without a snapshot where Azure takes none",
    "SC_PROVIDER_LIMITATION",
    "finalSnapshot",
    (n) => ({ network: n.azure(), target: "azure:francecentral", deletionProtection: false }),
  ],
  [
    "a read replica where OVHcloud has none",
    "SC_PROVIDER_LIMITATION",
    "readReplicas",
    () => ({
      network: new Network("net-ovh", { target: "ovhcloud:gra" }),
      target: "ovhcloud:gra",
      residency: ANY,
      tlsOnly: false,
      readReplicas: [{}],
    }),
  ],
];

describe("Database refuses bad arguments with one coded error and creates nothing", () => {
  it("has at least 25 cases", () => expect(CASES.length).toBeGreaterThanOrEqual(25));

  it.each(CASES)("fails on %s with %s at %s", async (_what, code, path, make) => {
    const args = make(nets);
    await settle();
    const before = recorded.length;
    let error: unknown;
    try {
      new Database("bad", args);
    } catch (e) {
      error = e;
    }
    expect(SovereignCloudError.is(error), String(error)).toBe(true);
    const problems = (error as SovereignCloudError).problems.map((p) => [p.code, p.path]);
    expect(problems).toEqual([[code, path]]);
    await settle();
    expect(recorded.length).toBe(before);
    expect(recorded.filter((r) => r.name.startsWith("bad"))).toEqual([]);
  });

  it("names the fact and its source when a copy would leave the contract", () => {
    let error: unknown;
    try {
      new Database("bad", { network: nets.aws(), residency: "gaia-x-l2", backup: { copyTo: "us-east-1" } });
    } catch (e) {
      error = e;
    }
    const p = (error as SovereignCloudError).problems[0]!;
    expect(p.message).toMatch(/^the backup copy: aws:us-east-1 violates the contract's dataLocation clause/);
    expect(p.facts!.some((f) => f.includes("source:"))).toBe(true);
  });

  it("tells Hetzner users what to do instead", () => {
    let error: unknown;
    try {
      new Database("bad", { network: nets.hetzner(), target: "hetzner:fsn1", residency: ANY });
    } catch (e) {
      error = e;
    }
    const p = (error as SovereignCloudError).problems[0]!;
    expect(p.fix).toMatch(/run PostgreSQL yourself on a VirtualMachine/);
    expect(p.facts![0]).toMatch(/managed PostgreSQL on Hetzner.*source: @pulumi\/hcloud 1.41.0 resource list/);
  });
});
