/** Database on OVHcloud under the SDK's mocks: Public Cloud Databases on the vRack network, backups only where the contract allows. */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Database, Network } from "../../../src/index";
import { SovereignCloudError } from "../../../src/errors";
import { onDefaultProvider, one, recorded, resetRecorded, setConfig, settle, useMocks, valueOf } from "../../helpers/pulumi";

const CONFIG = {
  "sovereign-cloud:target": "ovhcloud:gra",
  "sovereign-cloud:residency": { preset: "gaia-x-l3", encryption: "any" },
  "sovereign-cloud:ovhcloudServiceName": "project-123",
};
const T = { db: "ovh:CloudProject/database:Database" };
/** What OVHcloud cannot confirm (plain connections refused), turned off explicitly. */
const HONEST = { tlsOnly: false } as const;

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  setConfig(CONFIG);
  resetRecorded();
});

describe("ovhcloud database", () => {
  it("puts the nodes in the network's vRack subnet and keeps every backup in the service region", async () => {
    const net = new Network("app");
    const db = new Database("meta", { network: net, ...HONEST });
    await settle();
    const r = one(T.db);
    expect(r.inputs).toMatchObject({
      serviceName: "project-123",
      engine: "postgresql",
      version: "16",
      plan: "essential",
      flavor: "db1-7",
      diskSize: 20,
      backupRegions: ["GRA"],
      deletionProtection: true,
    });
    expect(r.inputs.nodes).toHaveLength(1);
    expect(r.inputs.nodes[0].region).toBe("GRA");
    expect(r.inputs.nodes[0].networkId).toBeDefined();
    expect(r.inputs.nodes[0].subnetId).toBeDefined();
    expect(r.options.retainOnDelete).toBe(true);
    expect(onDefaultProvider()).toEqual([]);
    expect((await valueOf(db.residency))?.database).toMatchObject({ backupRegions: ["gra"], keyManagement: null });
  });

  it("runs two nodes on the business plan for high availability and copies backups off-site only as asked", async () => {
    const net = new Network("app");
    new Database("meta", { network: net, ...HONEST, highAvailability: true, backup: { copyTo: "sbg" } });
    await settle();
    expect(one(T.db).inputs).toMatchObject({ plan: "business", backupRegions: ["GRA", "SBG"] });
    expect(one(T.db).inputs.nodes).toHaveLength(2);
  });

  it("refuses an off-site copy outside the contract's countries before anything exists", () => {
    const net = new Network("app");
    const before = recorded.length;
    let error: unknown;
    try {
      new Database("meta", {
        network: net,
        ...HONEST,
        residency: { preset: "gaia-x-l3", encryption: "any", countries: ["FR"] },
        backup: { copyTo: "de" },
      });
    } catch (e) {
      error = e;
    }
    expect(SovereignCloudError.is(error) && error.codes).toEqual(["SC_RESIDENCY_COUNTRIES"]);
    expect(recorded.length).toBe(before);
  });
});
