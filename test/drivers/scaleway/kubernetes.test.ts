import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { scalewayDriver } from "../../../src/drivers/scaleway/index";
import { customTypes, onDefaultProvider, one, resetRecorded, settle, useMocks } from "../../helpers/pulumi";
import { clusterSpec } from "../../helpers/cluster-spec";
import { fakeHandle, placement, scope } from "./fixtures";

beforeAll(async () => {
  await useMocks();
});
beforeEach(() => resetRecorded());

describe("scaleway KubernetesCluster (Kapsule)", () => {
  it("creates a Kapsule cluster on the Private Network, an API ACL of exactly the allow-list, and typed pools", async () => {
    scalewayDriver.kubernetesCluster!(
      clusterSpec(fakeHandle(), "POP2-4C-16G", { privateApi: false, apiAllowedFrom: ["203.0.113.0/24"], encryption: "any" }),
      scope("apps"),
    );
    await settle();
    expect(customTypes()).toEqual(
      [
        "pulumi:providers:scaleway",
        "scaleway:kubernetes/cluster:Cluster",
        "scaleway:kubernetes/acl:Acl",
        "scaleway:kubernetes/pool:Pool",
      ].sort(),
    );
    expect(onDefaultProvider()).toEqual([]);
    const c = one("scaleway:kubernetes/cluster:Cluster").inputs;
    expect([c.region, c.type, c.version, c.privateNetworkId, c.deleteAdditionalResources]).toEqual([
      "fr-par",
      "kapsule",
      "1.34",
      "pn-1",
      false,
    ]);
    expect(one("scaleway:kubernetes/acl:Acl").inputs.aclRules).toEqual([{ ip: "203.0.113.0/24", description: "allowed 203.0.113.0/24" }]);
    const pool = one("scaleway:kubernetes/pool:Pool").inputs;
    expect([pool.nodeType, pool.minSize, pool.maxSize, pool.autoscaling, pool.autohealing, pool.zone]).toEqual([
      "POP2-4C-16G",
      1,
      3,
      true,
      true,
      "fr-par-1",
    ]);
  });

  it("refuses a pool over several zones", () => {
    const spec = clusterSpec(fakeHandle(), "x", {
      nodePools: [{ name: "w", instanceType: "x", vcpus: 2, memoryGiB: 4, min: 1, max: 2, zones: ["fr-par-1", "fr-par-2"] }],
    });
    expect(scalewayDriver.checkKubernetesCluster!(spec, { name: "apps", placement: placement() }).map((p) => p.code)).toEqual([
      "SC_PROVIDER_LIMITATION",
    ]);
  });
});
