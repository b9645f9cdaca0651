/**
 * KubernetesCluster as users write it: every bad argument and impossible combination is one exact
 * coded error with nothing registered, and a valid cluster registers the driver's children, a
 * secret kubeconfig and a residency record naming where the control plane runs and who runs it.
 */
import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { KubernetesCluster, Network, SovereignCloudError, type KubernetesClusterArgs } from "../../src/index";
import { ofType, one, recorded, resetRecorded, setConfig, settle, useMocks, valueOf } from "../helpers/pulumi";

const CONFIG = { "sovereign-cloud:target": "aws:eu-central-1", "sovereign-cloud:residency": "eu" };
const POOL = { name: "workers", size: "SCS-4V-16", min: 1, max: 3 };

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  setConfig(CONFIG);
  resetRecorded();
});

function network(target = "aws:eu-central-1", name = "net"): Network {
  return new Network(name, { target });
}

/** Build a cluster that must fail; returns the codes and the resources registered by the cluster attempt. */
async function rejected(args: (net: Network) => unknown, netTarget = "aws:eu-central-1"): Promise<{ codes: string[]; paths: string[] }> {
  const net = network(netTarget);
  await settle();
  const before = recorded.length;
  let error: unknown;
  try {
    new KubernetesCluster("apps", args(net) as KubernetesClusterArgs);
  } catch (e) {
    error = e;
  }
  await settle();
  expect(recorded.slice(before)).toEqual([]);
  expect(SovereignCloudError.is(error)).toBe(true);
  const problems = (error as SovereignCloudError).problems;
  return { codes: problems.map((p) => p.code), paths: problems.map((p) => p.path) };
}

const base = (net: Network): KubernetesClusterArgs => ({ version: "1.34", network: net, nodePools: [POOL] });

describe("KubernetesCluster: bad arguments and impossible combinations (nothing created)", () => {
  const cases: Array<[string, (net: Network) => unknown, string, string]> = [
    ["an unknown argument", (n) => ({ ...base(n), replicas: 3 }), "SC_INVALID_ARGUMENT", "args.replicas"],
    ["no version", (n) => ({ ...base(n), version: undefined }), "SC_INVALID_ARGUMENT", "args.version"],
    ["a patch version", (n) => ({ ...base(n), version: "1.34.2" }), "SC_INVALID_ARGUMENT", "args.version"],
    ["a version with a v prefix", (n) => ({ ...base(n), version: "v1.34" }), "SC_INVALID_ARGUMENT", "args.version"],
    [
      "a version the provider does not offer",
      (n) => ({ ...base(n), version: "1.29" }),
      "SC_KUBERNETES_VERSION_UNAVAILABLE",
      "args.version",
    ],
    ["no network", (n) => ({ ...base(n), network: undefined, target: "aws:eu-central-1" }), "SC_INVALID_ARGUMENT", "args.network"],
    [
      "a network given as an id string",
      (n) => ({ ...base(n), network: "vpc-123", target: "aws:eu-central-1" }),
      "SC_INVALID_ARGUMENT",
      "args.network",
    ],
    ["a network in another region", (n) => ({ ...base(n), target: "aws:eu-west-3" }), "SC_PLACEMENT_MISMATCH", "args.network"],
    ["no node pools", (n) => ({ ...base(n), nodePools: [] }), "SC_INVALID_ARGUMENT", "args.nodePools"],
    ["a node pool that is not an object", (n) => ({ ...base(n), nodePools: ["workers"] }), "SC_INVALID_ARGUMENT", "args.nodePools[0]"],
    [
      "a pool name with capitals",
      (n) => ({ ...base(n), nodePools: [{ ...POOL, name: "Workers" }] }),
      "SC_INVALID_ARGUMENT",
      "args.nodePools[0].name",
    ],
    ["two pools with one name", (n) => ({ ...base(n), nodePools: [POOL, POOL] }), "SC_CONFLICTING_ARGUMENTS", "args.nodePools[1].name"],
    [
      "a pool size that is not an SCS flavor",
      (n) => ({ ...base(n), nodePools: [{ ...POOL, size: "m5.large" }] }),
      "SC_INVALID_FLAVOR_NAME",
      "args.nodePools[0].size",
    ],
    [
      "a pool size no instance type meets",
      (n) => ({ ...base(n), nodePools: [{ ...POOL, size: { vcpus: 448, memoryGiB: 12288 } }] }),
      "SC_NO_MATCHING_SIZE",
      "args.nodePools[0].size",
    ],
    ["a negative pool min", (n) => ({ ...base(n), nodePools: [{ ...POOL, min: -1 }] }), "SC_INVALID_ARGUMENT", "args.nodePools[0].min"],
    ["a pool max of zero", (n) => ({ ...base(n), nodePools: [{ ...POOL, max: 0 }] }), "SC_INVALID_ARGUMENT", "args.nodePools[0].max"],
    [
      "a pool min above its max",
      (n) => ({ ...base(n), nodePools: [{ ...POOL, min: 5, max: 3 }] }),
      "SC_CONFLICTING_ARGUMENTS",
      "args.nodePools[0].min",
    ],
    [
      "a pool zone outside the region",
      (n) => ({ ...base(n), nodePools: [{ ...POOL, zones: ["eu-west-3a"] }] }),
      "SC_UNKNOWN_ZONE",
      "args.nodePools[0].zones[0]",
    ],
    ["an unknown pool key", (n) => ({ ...base(n), nodePools: [{ ...POOL, spot: true }] }), "SC_INVALID_ARGUMENT", "args.nodePools[0].spot"],
    ["privateApi that is not a boolean", (n) => ({ ...base(n), privateApi: "yes" }), "SC_INVALID_ARGUMENT", "args.privateApi"],
    ["a public API with no allow-list", (n) => ({ ...base(n), privateApi: false }), "SC_INVALID_ARGUMENT", "args.apiAllowedFrom"],
    [
      "an API open to the whole internet",
      (n) => ({ ...base(n), privateApi: false, apiAllowedFrom: ["0.0.0.0/0"] }),
      "SC_ADMIN_PORT_OPEN_TO_WORLD",
      "args.apiAllowedFrom[0]",
    ],
    [
      "an API open to the whole IPv6 internet",
      (n) => ({ ...base(n), privateApi: false, apiAllowedFrom: ["::/0"] }),
      "SC_ADMIN_PORT_OPEN_TO_WORLD",
      "args.apiAllowedFrom[0]",
    ],
    [
      "a malformed allow-list entry",
      (n) => ({ ...base(n), privateApi: false, apiAllowedFrom: ["203.0.113.0"] }),
      "SC_INVALID_CIDR",
      "args.apiAllowedFrom[0]",
    ],
    [
      "an allow-list on a private API",
      (n) => ({ ...base(n), privateApi: true, apiAllowedFrom: ["203.0.113.0/24"] }),
      "SC_CONFLICTING_ARGUMENTS",
      "args.apiAllowedFrom",
    ],
    ["an unknown encryption mode", (n) => ({ ...base(n), encryption: "strong" }), "SC_INVALID_ARGUMENT", "args.encryption"],
    [
      "encryption weaker than the contract",
      (n) => ({ ...base(n), residency: { preset: "eu", encryption: "customer-managed" }, encryption: "provider-managed" }),
      "SC_CONFLICTING_ARGUMENTS",
      "args.encryption",
    ],
    ["labels that are not strings", (n) => ({ ...base(n), labels: { team: 7 } }), "SC_INVALID_ARGUMENT", "args.labels"],
    [
      "overrides for a provider without cluster knobs",
      (n) => ({ ...base(n), overrides: { hetzner: {} } }),
      "SC_INVALID_ARGUMENT",
      "args.overrides.hetzner",
    ],
    [
      "a KMS key in another Region",
      (n) => ({ ...base(n), overrides: { aws: { kmsKeyArn: "arn:aws:kms:eu-west-1:123456789012:key/abc" } } }),
      "SC_PLACEMENT_MISMATCH",
      "overrides.aws.kmsKeyArn",
    ],
  ];

  it.each(cases)("fails on %s", async (_what, args, code, path) => {
    const { codes, paths } = await rejected(args);
    expect(codes).toContain(code);
    expect(paths).toContain(path);
  });

  it("fails on Hetzner with SC_PROVIDER_LIMITATION", async () => {
    const { codes } = await rejected((n) => ({ ...base(n), network: undefined, target: "hetzner:fsn1" }));
    expect(codes).toContain("SC_PROVIDER_LIMITATION");
  });

  it("fails on an OpenStack cloud the catalog does not confirm Magnum for", async () => {
    const { codes } = await rejected((n) => ({ ...base(n), network: undefined, target: "cleura:kna1" }));
    expect(codes).toContain("SC_PROVIDER_LIMITATION");
  });

  it("fails where the managed service is not confirmed in the region (GKE in Berlin)", async () => {
    const { codes } = await rejected((n) => ({ ...base(n), network: undefined, target: "gcp:europe-west10" }));
    expect(codes).toContain("SC_SERVICE_UNAVAILABLE");
  });

  it("fails on Scaleway when the API would be private, since Kapsule has no confirmed private endpoint", async () => {
    const net = new Network("pn", { target: "scaleway:fr-par" });
    await settle();
    const before = recorded.length;
    expect(
      () =>
        new KubernetesCluster("apps", {
          target: "scaleway:fr-par",
          version: "1.34",
          network: net,
          nodePools: [POOL],
          privateApi: true,
          residency: { preset: "eu", encryption: "any" },
        }),
    ).toThrow(/SC_PROVIDER_LIMITATION[\s\S]*privateApi/);
    await settle();
    expect(recorded.slice(before)).toEqual([]);
  });

  it("fails on Scaleway without an allow-list, since the API is public there", async () => {
    const net = new Network("pn", { target: "scaleway:fr-par" });
    await settle();
    expect(
      () =>
        new KubernetesCluster("apps", {
          target: "scaleway:fr-par",
          version: "1.34",
          network: net,
          nodePools: [POOL],
          residency: { preset: "eu", encryption: "any" },
        }),
    ).toThrow(/SC_INVALID_ARGUMENT[\s\S]*apiAllowedFrom/);
  });

  it("fails on Scaleway when the contract asks for encrypted secrets, which Kapsule does not confirm", async () => {
    const net = new Network("pn", { target: "scaleway:fr-par" });
    await settle();
    expect(
      () =>
        new KubernetesCluster("apps", {
          target: "scaleway:fr-par",
          version: "1.34",
          network: net,
          nodePools: [POOL],
          apiAllowedFrom: ["203.0.113.0/24"],
        }),
    ).toThrow(/SC_PROVIDER_LIMITATION[\s\S]*secrets encrypted at rest/);
  });

  it("collects every problem and throws once", async () => {
    const { codes } = await rejected((n) => ({
      ...base(n),
      version: "latest",
      nodePools: [{ ...POOL, min: 4, max: 2 }],
      privateApi: false,
    }));
    expect(codes).toEqual(expect.arrayContaining(["SC_INVALID_ARGUMENT", "SC_CONFLICTING_ARGUMENTS"]));
    expect(codes.length).toBeGreaterThanOrEqual(3);
  });
});

describe("KubernetesCluster: a valid cluster", () => {
  it("creates an EKS cluster in the network's Region with a private API and a secret kubeconfig", async () => {
    const net = network();
    const k8s = new KubernetesCluster("apps", base(net));
    const [residency, region, version] = await Promise.all([valueOf(k8s.residency), valueOf(k8s.region), valueOf(k8s.version)]);
    await settle();
    expect(region).toBe("eu-central-1");
    expect(version).toBe("1.34");
    const cluster = one("aws:eks/cluster:Cluster").inputs;
    expect(cluster.region).toBe("eu-central-1");
    expect(cluster.vpcConfig.endpointPublicAccess).toBe(false);
    expect(cluster.vpcConfig.endpointPrivateAccess).toBe(true);
    expect(cluster.encryptionConfig.resources).toEqual(["secrets"]);
    expect(ofType("aws:eks/nodeGroup:NodeGroup")).toHaveLength(1);
    expect(one("aws:eks/nodeGroup:NodeGroup").inputs.instanceTypes).toEqual(["t3.xlarge"]);
    expect(pulumi.Output.isInstance(k8s.kubeconfig) && (await (k8s.kubeconfig as any).isSecret)).toBe(true);
    expect(residency!.kubernetesCluster).toMatchObject({
      service: "Amazon EKS",
      version: "1.34",
      controlPlane: { region: "eu-central-1", country: "DE", euControlled: false },
      privateApi: true,
      secretsKeyManagement: "customer",
      nodePools: [{ name: "workers", instanceType: "t3.xlarge", min: 1, max: 3, zones: null }],
    });
    expect(residency!.kubernetesCluster!.controlPlane.operator).toMatch(/Amazon/);
  });

  it("takes its placement from the network when neither args nor stack config set a target", async () => {
    setConfig({ "gcp:project": "demo-project" });
    const net = network("gcp:europe-west3");
    new KubernetesCluster("apps", base(net));
    await settle();
    expect(one("gcp:container/cluster:Cluster").inputs.location).toBe("europe-west3");
  });
});
