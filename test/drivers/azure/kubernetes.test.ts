import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { azureDriver } from "../../../src/drivers/azure/index";
import { customTypes, ofType, onDefaultProvider, one, resetRecorded, settle, useMocks } from "../../helpers/pulumi";
import { clusterSpec } from "../../helpers/cluster-spec";
import { fakeHandle, placement, scope } from "./fixtures";

beforeAll(async () => {
  await useMocks();
});
beforeEach(() => resetRecorded());

describe("azure KubernetesCluster (AKS)", () => {
  const pools = [
    { name: "system", instanceType: "Standard_D2s_v5", vcpus: 2, memoryGiB: 8, min: 1, max: 3 },
    { name: "apps", instanceType: "Standard_D4s_v5", vcpus: 4, memoryGiB: 16, min: 0, max: 5 },
  ];

  it("creates a private cluster with a system pool inline and user pools, Azure CNI in the network's subnet, encryption at host", async () => {
    azureDriver.kubernetesCluster!(clusterSpec(fakeHandle(), "x", { nodePools: pools, encryption: "any" }), scope("apps"));
    await settle();
    expect(customTypes()).toEqual(
      ["pulumi:providers:azure-native", "azure-native:containerservice:ManagedCluster", "azure-native:containerservice:AgentPool"].sort(),
    );
    expect(onDefaultProvider()).toEqual([]);
    const c = one("azure-native:containerservice:ManagedCluster").inputs;
    expect(c.kubernetesVersion).toBe("1.34");
    expect(c.apiServerAccessProfile).toEqual({ enablePrivateCluster: true });
    expect(c.networkProfile).toMatchObject({ networkPlugin: "azure", serviceCidr: "172.20.0.0/16" });
    expect(c.agentPoolProfiles[0]).toMatchObject({
      name: "system",
      mode: "System",
      vmSize: "Standard_D2s_v5",
      enableEncryptionAtHost: true,
      enableAutoScaling: true,
      minCount: 1,
      maxCount: 3,
      vnetSubnetID: expect.stringContaining("/subnets/"),
    });
    const user = one("azure-native:containerservice:AgentPool").inputs;
    expect(user).toMatchObject({ agentPoolName: "apps", mode: "User", enableEncryptionAtHost: true, minCount: 0, maxCount: 5 });
  });

  it("puts the component's labels as tags on the cluster and on every node pool's scale set", async () => {
    azureDriver.kubernetesCluster!(clusterSpec(fakeHandle(), "x", { nodePools: pools, encryption: "any" }), scope("apps"));
    await settle();
    const tags = { App: "Docs", cost_centre: "R&D 42" };
    const c = one("azure-native:containerservice:ManagedCluster").inputs;
    expect(c.tags).toEqual(tags);
    expect(c.agentPoolProfiles[0].tags).toEqual(tags);
    expect(one("azure-native:containerservice:AgentPool").inputs.tags).toEqual(tags);
  });

  it("uses authorized IP ranges for a public API", async () => {
    azureDriver.kubernetesCluster!(
      clusterSpec(fakeHandle(), "x", { nodePools: [pools[0]!], encryption: "any", privateApi: false, apiAllowedFrom: ["203.0.113.0/24"] }),
      scope("apps"),
    );
    await settle();
    expect(one("azure-native:containerservice:ManagedCluster").inputs.apiServerAccessProfile).toEqual({
      enablePrivateCluster: false,
      authorizedIPRanges: ["203.0.113.0/24"],
    });
    expect(ofType("azure-native:containerservice:AgentPool")).toEqual([]);
  });

  it("refuses a system pool below 2 vCPUs / 4 GiB and pool names AKS rejects", () => {
    const spec = clusterSpec(fakeHandle(), "x", {
      nodePools: [{ name: "system-pool-one", instanceType: "Standard_B1s", vcpus: 1, memoryGiB: 1, min: 1, max: 2 }],
    });
    expect(azureDriver.checkKubernetesCluster!(spec, { name: "apps", placement: placement() }).map((p) => p.path)).toEqual([
      "nodePools[0].name",
      "nodePools[0].size",
    ]);
  });
});
