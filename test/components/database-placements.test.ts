/**
 * Placement table: a Database on each provider under the EU, EEA and Gaia-X Label 3 contracts,
 * alone, with a read replica in its region, with a backup copy in another EU region, with a backup
 * copy outside the EEA, and (AWS) with a read replica in another region. Each row states by hand
 * what must happen at construction: created, or refused with exactly these codes (and then nothing
 * is registered).
 *
 * The contracts are the presets with `encryption: any`, so that the rows judge where data and
 * copies are (providers whose encryption at rest is not confirmed are covered elsewhere).
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Database, Network, type DatabaseArgs } from "../../src/index";
import { SovereignCloudError } from "../../src/errors";
import { recorded, resetRecorded, setConfig, settle, useMocks } from "../helpers/pulumi";

const CONFIG = { "sovereign-cloud:ovhcloudServiceName": "project-123", "gcp:project": "sovereign-test-123" };
/** Networks are placed under a permissive contract: the row judges the database, not its network. */
const NET_CONTRACT = { preset: "adequacy", encryption: "any" } as const;

interface ProviderRow {
  readonly target: string;
  /** Another EU region of the provider, and one outside the EEA (when it has one). */
  readonly inEu: string;
  readonly outside?: string;
  /** What the provider cannot confirm, turned off explicitly, and what it needs. */
  readonly extra: Partial<DatabaseArgs>;
}
const P: Record<string, ProviderRow> = {
  aws: { target: "aws:eu-central-1", inEu: "eu-west-1", outside: "us-east-1", extra: {} },
  azure: { target: "azure:francecentral", inEu: "francesouth", outside: "uksouth", extra: {} },
  gcp: { target: "gcp:europe-west4", inEu: "europe-west1", outside: "us-central1", extra: {} },
  scaleway: {
    target: "scaleway:fr-par",
    inEu: "nl-ams",
    extra: { tlsOnly: false, backup: { pointInTime: false }, adminPassword: "a-long-enough-password" },
  },
  ovhcloud: { target: "ovhcloud:gra", inEu: "sbg", outside: "bhs", extra: { tlsOnly: false } },
  hetzner: { target: "hetzner:fsn1", inEu: "nbg1", extra: {} },
  otc: { target: "otc:eu-de", inEu: "eu-nl", extra: { adminPassword: "a-long-enough-password" } },
};

type Variant = "alone" | "replica in region" | "backup copy in EU" | "backup copy outside EEA" | "replica in another region";
type Contract = "eu" | "eea" | "gaia-x-l3";
const OK = "created";
const PC = "SC_RESIDENCY_PROVIDER_CONTROL";
const REPL = "SC_RESIDENCY_REPLICATION";
const DL = "SC_RESIDENCY_DATA_LOCATION";
const LIM = "SC_PROVIDER_LIMITATION";

/** [provider, contract, variant, expected]: written by hand from the catalog facts and the contract clauses. */
const TABLE: Array<[string, Contract, Variant, string | string[]]> = [
  // AWS: Amazon is not EU-controlled (no Label 3); copies only under a within-contract replication clause.
  ["aws", "eu", "alone", OK],
  ["aws", "eea", "alone", OK],
  ["aws", "gaia-x-l3", "alone", [PC]],
  ["aws", "eu", "replica in region", OK],
  ["aws", "eea", "replica in region", OK],
  ["aws", "gaia-x-l3", "replica in region", [PC]],
  ["aws", "eu", "backup copy in EU", [REPL]],
  ["aws", "eea", "backup copy in EU", [REPL]],
  ["aws", "gaia-x-l3", "backup copy in EU", [PC]],
  ["aws", "eu", "backup copy outside EEA", [REPL]],
  ["aws", "eea", "backup copy outside EEA", [REPL]],
  ["aws", "gaia-x-l3", "backup copy outside EEA", [PC, DL]],
  ["aws", "eu", "replica in another region", [REPL]],
  ["aws", "eea", "replica in another region", [REPL]],
  ["aws", "gaia-x-l3", "replica in another region", [PC]],
  // Azure: same operator picture as AWS; the pair of France Central is France South.
  ["azure", "eu", "alone", OK],
  ["azure", "eea", "alone", OK],
  ["azure", "gaia-x-l3", "alone", [PC]],
  ["azure", "eu", "replica in region", OK],
  ["azure", "eea", "replica in region", OK],
  ["azure", "eu", "backup copy in EU", [REPL]],
  ["azure", "gaia-x-l3", "backup copy in EU", [PC]],
  ["azure", "eea", "backup copy outside EEA", [REPL]],
  ["azure", "gaia-x-l3", "backup copy outside EEA", [PC, DL]],
  // Google Cloud: backups pinned to the region, so the database alone passes EU and EEA.
  ["gcp", "eu", "alone", OK],
  ["gcp", "eea", "alone", OK],
  ["gcp", "gaia-x-l3", "alone", [PC]],
  ["gcp", "eea", "replica in region", OK],
  ["gcp", "eu", "backup copy in EU", [REPL]],
  ["gcp", "gaia-x-l3", "backup copy outside EEA", [PC, DL]],
  // Scaleway: EU-controlled; backups kept in the region (its default other region is not named, so a copy is refused).
  ["scaleway", "eu", "alone", OK],
  ["scaleway", "eea", "alone", OK],
  ["scaleway", "gaia-x-l3", "alone", OK],
  ["scaleway", "gaia-x-l3", "replica in region", OK],
  ["scaleway", "eu", "backup copy in EU", [REPL]],
  ["scaleway", "gaia-x-l3", "backup copy in EU", [LIM]],
  // OVHcloud: EU-controlled; off-site backups only where the contract allows them; no read replicas.
  ["ovhcloud", "eu", "alone", OK],
  ["ovhcloud", "eea", "alone", OK],
  ["ovhcloud", "gaia-x-l3", "alone", OK],
  ["ovhcloud", "gaia-x-l3", "replica in region", [LIM]],
  ["ovhcloud", "eu", "backup copy in EU", [REPL]],
  ["ovhcloud", "gaia-x-l3", "backup copy in EU", OK],
  ["ovhcloud", "eea", "backup copy outside EEA", [REPL]],
  ["ovhcloud", "gaia-x-l3", "backup copy outside EEA", [DL]],
  // Hetzner: no managed database at all (and its control is not confirmed for Label 3).
  ["hetzner", "eu", "alone", [LIM]],
  ["hetzner", "eea", "alone", [LIM]],
  ["hetzner", "gaia-x-l3", "alone", [PC, LIM]],
  // OTC: Label 3 passes, but no Trove is confirmed.
  ["otc", "eu", "alone", [LIM]],
  ["otc", "gaia-x-l3", "alone", [LIM]],
];

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  setConfig(CONFIG);
  resetRecorded();
});

function argsFor(provider: string, contract: Contract, variant: Variant): DatabaseArgs {
  const row = P[provider]!;
  const network = new Network(`net-${provider}`, { target: row.target, residency: NET_CONTRACT });
  const base: DatabaseArgs = { target: row.target, residency: { preset: contract, encryption: "any" }, network, ...row.extra };
  switch (variant) {
    case "alone":
      return base;
    case "replica in region":
      return { ...base, readReplicas: [{}] };
    case "backup copy in EU":
      return { ...base, backup: { ...base.backup, copyTo: row.inEu } };
    case "backup copy outside EEA":
      return { ...base, backup: { ...base.backup, copyTo: row.outside! } };
    case "replica in another region": {
      const [prov] = row.target.split(":");
      const other = new Network(`net-${provider}-2`, { target: `${prov}:${row.inEu}`, residency: NET_CONTRACT });
      return { ...base, readReplicas: [{ target: `${prov}:${row.inEu}`, network: other }] };
    }
  }
}

describe("Database placements are judged at construction", () => {
  it.each(TABLE)("%s under %s, %s: %j", async (provider, contract, variant, expected) => {
    const args = argsFor(provider, contract, variant);
    await settle();
    const before = recorded.length;
    let error: unknown;
    try {
      new Database("db", args);
    } catch (e) {
      error = e;
    }
    if (expected === OK) {
      expect(error, String(error)).toBeUndefined();
      await settle();
      expect(recorded.some((r) => r.type === "sovereign-cloud:index:Database")).toBe(true);
    } else {
      expect(SovereignCloudError.is(error), String(error)).toBe(true);
      expect([...(error as SovereignCloudError).codes].sort(), String(error)).toEqual([...expected].sort());
      await settle();
      expect(recorded.length).toBe(before);
    }
  });
});
