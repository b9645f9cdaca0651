import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ovhcloudDriver } from "../../../src/drivers/ovhcloud/index";
import { customTypes, onDefaultProvider, one, resetRecorded, settle, useMocks } from "../../helpers/pulumi";
import { clusterSpec } from "../../helpers/cluster-spec";
import { placement, scope } from "./fixtures";

beforeAll(async () => {
  await useMocks();
});
beforeEach(() => resetRecorded());

const handle = (region: string, site: string) => ({
  driver: "ovhcloud" as const,
  placement: placement(site),
  data: {
    serviceName: "proj",
    region,
    networkId: pulumi.output("net-1"),
    subnetId: pulumi.output("subnet-1"),
    securityGroupId: pulumi.output("sg-1"),
  },
});

describe("ovhcloud KubernetesCluster (Managed Kubernetes Service)", () => {
  it("creates an MKS cluster on the vRack network, IP restrictions of exactly the allow-list, and node pools", async () => {
    ovhcloudDriver.kubernetesCluster!(
      clusterSpec(handle("SBG5", "sbg"), "b3-16", { privateApi: false, apiAllowedFrom: ["203.0.113.0/24"], encryption: "any" }),
      scope("apps", placement("sbg")),
    );
    await settle();
    expect(customTypes()).toEqual(
      [
        "pulumi:providers:ovh",
        "ovh:CloudProject/kube:Kube",
        "ovh:CloudProject/kubeIpRestrictions:KubeIpRestrictions",
        "ovh:CloudProject/kubeNodePool:KubeNodePool",
      ].sort(),
    );
    expect(onDefaultProvider()).toEqual([]);
    const k = one("ovh:CloudProject/kube:Kube").inputs;
    expect([k.serviceName, k.region, k.version, k.privateNetworkId, k.nodesSubnetId]).toEqual([
      "proj",
      "SBG5",
      "1.34",
      "net-1",
      "subnet-1",
    ]);
    expect(one("ovh:CloudProject/kubeIpRestrictions:KubeIpRestrictions").inputs.ips).toEqual(["203.0.113.0/24"]);
    const pool = one("ovh:CloudProject/kubeNodePool:KubeNodePool").inputs;
    expect([pool.flavorName, pool.minNodes, pool.maxNodes, pool.autoscale]).toEqual(["b3-16", 1, 3, true]);
  });

  it("refuses a network in a compute region without Managed Kubernetes", () => {
    const spec = clusterSpec(handle("GRA11", "gra"), "b3-16");
    expect(
      ovhcloudDriver.checkKubernetesCluster!(spec, { name: "apps", placement: placement("gra") }).map((p) => [p.code, p.path]),
    ).toEqual([["SC_PROVIDER_LIMITATION", "network"]]);
  });
});
