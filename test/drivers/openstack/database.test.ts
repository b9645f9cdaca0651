/**
 * Trove on an OpenStack cloud: the driver's children when a cloud is confirmed to run Trove (called
 * directly with a hand-written spec), and the component refusing every catalog cloud today, since
 * none is confirmed.
 */
import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DATABASE_OFFERINGS } from "../../../src/catalog/databases/index";
import { openstackDriver } from "../../../src/drivers/openstack/index";
import type { DatabaseSpec, NetworkHandle } from "../../../src/drivers/types";
import { Database, Network } from "../../../src/index";
import { SovereignCloudError } from "../../../src/errors";
import { one, onDefaultProvider, recorded, resetRecorded, setConfig, settle, useMocks } from "../../helpers/pulumi";
import { placementAt, scopeAt } from "../../helpers/specs";

const CONFIG = { "openstack:authUrl": "https://keystone.example/v3" };
const placement = placementAt("cleura", "Kna1");
const handle: NetworkHandle = {
  driver: "openstack",
  placement,
  data: { networkId: pulumi.output("net-1"), subnetId: pulumi.output("sub-1"), securityGroupId: pulumi.output("sg-1"), external: false },
};

function spec(over: Partial<DatabaseSpec> = {}): DatabaseSpec {
  return {
    engine: "postgresql",
    version: 16,
    instanceClass: "b.2c4gb",
    vcpus: 2,
    memoryGiB: 4,
    storageGiB: 20,
    network: handle,
    highAvailability: false,
    backup: { retentionDays: 7, pointInTime: false },
    readReplicas: [],
    encryption: "any",
    deletionProtection: true,
    finalSnapshot: false,
    publicAccess: [],
    tlsOnly: false,
    adminUsername: "sovereign",
    adminPassword: "a-long-enough-password",
    overrides: {},
    ...over,
  };
}

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  setConfig(CONFIG);
  resetRecorded();
});

describe("openstack database (Trove)", () => {
  it("creates one Trove instance whose only port is on the network, retained on destroy", async () => {
    openstackDriver.database!(spec(), scopeAt("meta", placement, { app: "docs" }));
    await settle();
    const r = one("openstack:database/instance:Instance");
    expect(r.inputs).toMatchObject({
      region: "Kna1",
      name: "meta",
      size: 20,
      datastore: { type: "postgresql", version: "16" },
      networks: [{ uuid: "net-1" }],
      users: [{ name: "sovereign" }],
    });
    expect(r.options.retainOnDelete).toBe(true);
    expect(onDefaultProvider()).toEqual([]);
  });

  it("generates the first user's password at creation when none is given (Trove has no managed credential)", async () => {
    const { adminPassword: _none, ...rest } = spec();
    openstackDriver.database!(rest as DatabaseSpec, scopeAt("meta", placement, {}));
    await settle();
    const r = one("openstack:database/instance:Instance");
    expect(JSON.stringify(r.inputs.users)).toMatch(/Aa1!/);
    expect(r.options.ignoreChanges).toEqual(["users"]);
  });

  it("refuses a Database on every catalog OpenStack cloud because none is confirmed to run Trove", async () => {
    for (const cloud of ["otc", "cleura", "pluscloud-open"] as const) expect(DATABASE_OFFERINGS[cloud]!.offered.confirmed).toBe(false);
    const net = new Network("net", { target: "cleura:Kna1", residency: { preset: "eu", encryption: "any" } });
    await settle();
    const before = recorded.length;
    let error: unknown;
    try {
      new Database("meta", {
        network: net,
        target: "cleura:Kna1",
        residency: { preset: "eu", encryption: "any" },
        adminPassword: "a-long-enough-password",
      });
    } catch (e) {
      error = e;
    }
    expect(SovereignCloudError.is(error) && error.problems.map((p) => [p.code, p.path])).toEqual([["SC_PROVIDER_LIMITATION", "target"]]);
    await settle();
    expect(recorded.length).toBe(before);
  });
});
