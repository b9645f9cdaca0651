/**
 * A cluster on each provider under the EU, EEA and Gaia-X L3 contracts, judged at construction.
 * Expected outcomes come from the catalog facts (operator control, managed-Kubernetes availability,
 * what each driver confirms about secrets encryption), written out here by hand so a change in
 * facts or code that flips a cell fails this test.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { KubernetesCluster, Network, SovereignCloudError, type KubernetesClusterArgs } from "../../src/index";
import { recorded, resetRecorded, setConfig, settle, useMocks } from "../helpers/pulumi";

const CONFIG = { "gcp:project": "demo-project", "sovereign-cloud:ovhcloudServiceName": "0123456789abcdef0123456789abcdef" };
const POOL = { name: "workers", size: "SCS-4V-16", min: 1, max: 3 };
const ALLOW = ["203.0.113.0/24"];

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  setConfig(CONFIG);
  resetRecorded();
});

type Outcome = "created" | string[];

/** target, contract, expected: "created" or the exact distinct codes of the refusal. */
const TABLE: Array<[string, string | Record<string, unknown>, Outcome]> = [
  ["aws:eu-central-1", "eu", "created"],
  ["aws:eu-central-1", "eea", "created"],
  ["aws:eu-central-1", "gaia-x-l3", ["SC_RESIDENCY_PROVIDER_CONTROL"]],
  ["aws:eu-west-2", "eu", ["SC_RESIDENCY_DATA_LOCATION"]],
  ["gcp:europe-west3", "eu", "created"],
  ["gcp:europe-west3", "eea", "created"],
  ["gcp:europe-west3", "gaia-x-l3", ["SC_RESIDENCY_PROVIDER_CONTROL"]],
  ["gcp:europe-west10", "eu", ["SC_SERVICE_UNAVAILABLE"]],
  ["azure:germanywestcentral", "eu", ["SC_SERVICE_UNAVAILABLE"]],
  ["azure:germanywestcentral", "eea", ["SC_SERVICE_UNAVAILABLE"]],
  ["azure:germanywestcentral", "gaia-x-l3", ["SC_SERVICE_UNAVAILABLE"]],
  // Kapsule and MKS do not confirm encrypted secrets: refused while the contract asks for encryption.
  ["scaleway:fr-par", "eu", ["SC_PROVIDER_LIMITATION"]],
  ["scaleway:fr-par", "eea", ["SC_PROVIDER_LIMITATION"]],
  ["scaleway:fr-par", "gaia-x-l3", ["SC_PROVIDER_LIMITATION"]],
  ["scaleway:fr-par", { preset: "gaia-x-l3", encryption: "any" }, "created"],
  ["scaleway:nl-ams", { preset: "eu", encryption: "any" }, "created"],
  ["ovhcloud:sbg", "eu", ["SC_PROVIDER_LIMITATION"]],
  ["ovhcloud:sbg", "gaia-x-l3", ["SC_PROVIDER_LIMITATION"]],
  ["ovhcloud:sbg", { preset: "gaia-x-l3", encryption: "any" }, "created"],
  ["ovhcloud:gra", { preset: "eu", encryption: "any" }, ["SC_PROVIDER_LIMITATION"]],
  ["ovhcloud:uk", { preset: "eu", encryption: "any" }, ["SC_RESIDENCY_DATA_LOCATION"]],
  ["hetzner:fsn1", "eu", ["SC_PROVIDER_LIMITATION"]],
  ["hetzner:fsn1", "gaia-x-l3", ["SC_PROVIDER_LIMITATION"]],
  ["cleura:kna1", "eu", ["SC_PROVIDER_LIMITATION"]],
  ["otc:eu-de", "gaia-x-l3", ["SC_PROVIDER_LIMITATION"]],
];

describe("KubernetesCluster placements under EU, EEA and Gaia-X L3 contracts", () => {
  it.each(TABLE)("%s under %j: %j", async (target, residency, outcome) => {
    const provider = target.split(":")[0]!;
    // A network where one can exist under the default contract, so the cluster reaches the driver's checks.
    let net: Network | undefined;
    try {
      net = new Network("net", { target, residency: { preset: "eu", encryption: "any" } });
    } catch {
      net = undefined;
    }
    await settle();
    const before = recorded.length;
    const args = {
      target,
      residency,
      version: provider === "gcp" || provider === "aws" ? "1.34" : "1.33",
      network: net,
      nodePools: [POOL],
      ...(provider === "scaleway" || provider === "ovhcloud" ? { apiAllowedFrom: ALLOW } : {}),
    } as unknown as KubernetesClusterArgs;
    let error: unknown;
    try {
      new KubernetesCluster("apps", args);
    } catch (e) {
      error = e;
    }
    await settle();
    if (outcome === "created") {
      expect(error).toBeUndefined();
      expect(recorded.slice(before).some((r) => r.type === "sovereign-cloud:index:KubernetesCluster")).toBe(true);
    } else {
      expect(SovereignCloudError.is(error)).toBe(true);
      // Without a network the args check adds SC_INVALID_ARGUMENT for args.network; the placement codes are what this table judges.
      const codes = (error as SovereignCloudError).codes.filter((c) => c !== "SC_INVALID_ARGUMENT");
      expect(codes).toEqual(outcome);
      expect(recorded.slice(before)).toEqual([]);
    }
  });
});
