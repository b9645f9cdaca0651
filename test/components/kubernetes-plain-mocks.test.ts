/**
 * Under Pulumi's documented plain mocks (state = inputs, invokes return their arguments), the way
 * users unit-test their programs, a KubernetesCluster builds its children on every driver that
 * creates one, and its outputs resolve (outputs the provider would compute are empty, not errors).
 */
import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";

const types: string[] = [];

beforeAll(async () => {
  await pulumi.runtime.setMocks(
    {
      newResource: (args) => {
        types.push(args.type);
        return { id: `${args.name}_id`, state: args.inputs };
      },
      call: (args) => args.inputs,
    },
    "plain",
    "dev",
    false,
  );
  pulumi.runtime.setAllConfig({ "gcp:project": "demo-project", "sovereign-cloud:ovhcloudServiceName": "proj" });
});
beforeEach(() => {
  types.length = 0;
});

async function settle(): Promise<void> {
  const rt = pulumi.runtime as unknown as { waitForRPCs?: () => Promise<void> };
  await (rt.waitForRPCs ? rt.waitForRPCs() : pulumi.runtime.disconnect());
}

function value<T>(o: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) =>
    o.apply((v) => {
      resolve(v);
      return v;
    }),
  );
}

const CASES: Array<[string, Record<string, unknown>, string]> = [
  ["aws:eu-central-1", {}, "aws:eks/cluster:Cluster"],
  ["gcp:europe-west3", {}, "gcp:container/cluster:Cluster"],
  [
    "scaleway:fr-par",
    { apiAllowedFrom: ["203.0.113.0/24"], residency: { preset: "eu", encryption: "any" } },
    "scaleway:kubernetes/cluster:Cluster",
  ],
  ["ovhcloud:sbg", { apiAllowedFrom: ["203.0.113.0/24"], residency: { preset: "eu", encryption: "any" } }, "ovh:CloudProject/kube:Kube"],
];

describe("KubernetesCluster under plain mocks", () => {
  it.each(CASES)("builds the cluster at %s and resolves its outputs", async (target, extra, clusterType) => {
    const { KubernetesCluster, Network } = await import("../../src/index");
    const residency = (extra.residency as object | undefined) ?? "eu";
    const net = new Network("net", { target, residency });
    const k8s = new KubernetesCluster("apps", {
      target,
      version: target.startsWith("aws") || target.startsWith("gcp") ? "1.34" : "1.33",
      network: net,
      nodePools: [{ name: "workers", size: "SCS-4V-16", min: 1, max: 3 }],
      ...extra,
    });
    const [kubeconfig, residencyRecord] = await Promise.all([value(k8s.kubeconfig), value(k8s.residency)]);
    await settle();
    expect(types).toContain(clusterType);
    expect(typeof kubeconfig === "string" || kubeconfig === undefined).toBe(true);
    expect(residencyRecord.kubernetesCluster?.controlPlane.region).toBe(target.split(":")[1]);
  });
});
