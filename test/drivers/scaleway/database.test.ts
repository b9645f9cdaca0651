/** Database on Scaleway under the SDK's mocks: RDB on the Private Network, backups kept in the region, encrypted at rest. */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Database, Network } from "../../../src/index";
import { SovereignCloudError } from "../../../src/errors";
import { custom, ofType, onDefaultProvider, one, resetRecorded, setConfig, settle, useMocks, valueOf } from "../../helpers/pulumi";

const CONFIG = { "sovereign-cloud:target": "scaleway:fr-par", "sovereign-cloud:residency": "eu" };
const T = { instance: "scaleway:databases/instance:Instance", replica: "scaleway:databases/readReplica:ReadReplica" };
/** What Scaleway cannot confirm (TLS enforcement, point-in-time restore), turned off explicitly. */
const HONEST = { tlsOnly: false, backup: { pointInTime: false }, adminPassword: "a-long-enough-password" };

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  setConfig(CONFIG);
  resetRecorded();
});

describe("scaleway database", () => {
  it("attaches the instance to the Private Network only, keeps backups in the region and encrypts at rest", async () => {
    const net = new Network("app");
    const db = new Database("meta", { network: net, ...HONEST });
    await settle();
    const r = one(T.instance);
    expect(r.inputs).toMatchObject({
      region: "fr-par",
      nodeType: "DB-DEV-M",
      engine: "PostgreSQL-16",
      isHaCluster: false,
      volumeSizeInGb: 20,
      encryptionAtRest: true,
      disableBackup: false,
      backupScheduleRetention: 7,
      backupSameRegion: true,
      privateNetwork: { enableIpam: true },
      userName: "sovereign",
    });
    expect(r.inputs.privateNetwork.pnId).toBeDefined();
    expect(r.inputs.loadBalancer).toBeUndefined();
    expect(r.options.retainOnDelete).toBe(true);
    expect(onDefaultProvider()).toEqual([]);
    expect((await valueOf(db.residency))?.database).toMatchObject({ backupRegions: ["fr-par"], tlsEnforcement: null });
  });

  it("makes an HA cluster and same-region read replicas on the same Private Network", async () => {
    const net = new Network("app");
    new Database("meta", { network: net, ...HONEST, highAvailability: true, readReplicas: [{}] });
    await settle();
    expect(one(T.instance).inputs.isHaCluster).toBe(true);
    expect(one(T.replica).inputs).toMatchObject({ region: "fr-par", privateNetwork: { enableIpam: true } });
  });

  it("generates the first user's password as a secret at creation and never sends a later draw", async () => {
    const net = new Network("app");
    const { adminPassword: _given, ...withoutPassword } = HONEST;
    new Database("meta", { network: net, ...withoutPassword });
    await settle();
    const r = one(T.instance);
    expect(JSON.stringify(r.inputs.password)).toMatch(/Aa1!/);
    expect(r.options.ignoreChanges).toEqual(["password"]);
  });

  it("refuses TLS-only and point-in-time restore it cannot confirm, creating nothing", () => {
    const net = new Network("app");
    const before = custom().length;
    let error: unknown;
    try {
      new Database("meta", { network: net });
    } catch (e) {
      error = e;
    }
    expect(SovereignCloudError.is(error) && error.problems.map((p) => [p.code, p.path])).toEqual([
      ["SC_PROVIDER_LIMITATION", "tlsOnly"],
      ["SC_PROVIDER_LIMITATION", "backup.pointInTime"],
    ]);
    expect(custom().length).toBe(before);
    expect(ofType(T.instance)).toEqual([]);
  });
});
