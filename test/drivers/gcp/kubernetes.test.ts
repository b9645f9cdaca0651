import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { gcpDriver } from "../../../src/drivers/gcp/index";
import { customTypes, ofType, onDefaultProvider, one, resetRecorded, settle, useMocks } from "../../helpers/pulumi";
import { clusterSpec } from "../../helpers/cluster-spec";
import { fakeHandle, placement, scope } from "./fixtures";

beforeAll(async () => {
  await useMocks({ "gcp:project": "demo-project" });
});
beforeEach(() => resetRecorded());

describe("gcp KubernetesCluster (GKE standard)", () => {
  it("creates a regional private cluster with Shielded node pools and Cloud KMS secrets encryption", async () => {
    gcpDriver.kubernetesCluster!(clusterSpec(fakeHandle(), "e2-standard-4"), scope("apps"));
    await settle();
    expect(customTypes()).toEqual(
      [
        "pulumi:providers:gcp",
        "gcp:kms/keyRing:KeyRing",
        "gcp:kms/cryptoKey:CryptoKey",
        "gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember",
        "gcp:container/cluster:Cluster",
        "gcp:container/nodePool:NodePool",
      ].sort(),
    );
    expect(onDefaultProvider()).toEqual([]);
    const c = one("gcp:container/cluster:Cluster").inputs;
    expect(c.location).toBe("europe-west3");
    expect(c.minMasterVersion).toBe("1.34");
    expect(c.removeDefaultNodePool).toBe(true);
    expect(c.privateClusterConfig).toMatchObject({
      enablePrivateNodes: true,
      enablePrivateEndpoint: true,
      masterIpv4CidrBlock: "172.16.0.0/28",
    });
    expect(c.masterAuthorizedNetworksConfig.cidrBlocks).toEqual([]);
    expect(c.databaseEncryption.state).toBe("ENCRYPTED");
    expect(c.masterAuth.clientCertificateConfig.issueClientCertificate).toBe(false);
    expect(one("gcp:kms/keyRing:KeyRing").inputs.location).toBe("europe-west3");
    expect(one("gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember").inputs.member).toMatch(
      /@container-engine-robot\.iam\.gserviceaccount\.com$/,
    );
    const pool = one("gcp:container/nodePool:NodePool").inputs;
    expect(pool.nodeConfig.machineType).toBe("e2-standard-4");
    expect(pool.nodeConfig.shieldedInstanceConfig).toEqual({ enableSecureBoot: true, enableIntegrityMonitoring: true });
    expect(pool.autoscaling).toMatchObject({ totalMinNodeCount: 1, totalMaxNodeCount: 3 });
  });

  it("labels the cluster, the key, and each pool's node VMs (GCE labels) besides the Kubernetes node labels", async () => {
    gcpDriver.kubernetesCluster!(clusterSpec(fakeHandle(), "e2-standard-4"), scope("apps", placement(), { App: "Docs", team: "k8s" }));
    await settle();
    const labels = { app: "docs", team: "k8s" };
    expect(one("gcp:container/cluster:Cluster").inputs.resourceLabels).toEqual(labels);
    expect(one("gcp:kms/cryptoKey:CryptoKey").inputs.labels).toEqual(labels);
    const node = one("gcp:container/nodePool:NodePool").inputs.nodeConfig;
    expect(node.resourceLabels).toEqual(labels);
    expect(node.labels).toEqual({ ...labels, "sovereign-cloud-pool": "workers" });
  });

  it("puts the allow-list in master authorized networks for a public endpoint, and no key when the contract allows plain secrets", async () => {
    gcpDriver.kubernetesCluster!(
      clusterSpec(fakeHandle(), "e2-standard-4", { privateApi: false, apiAllowedFrom: ["203.0.113.0/24"], encryption: "any" }),
      scope("apps"),
    );
    await settle();
    const c = one("gcp:container/cluster:Cluster").inputs;
    expect(c.privateClusterConfig.enablePrivateEndpoint).toBe(false);
    expect(c.masterAuthorizedNetworksConfig.cidrBlocks).toEqual([{ cidrBlock: "203.0.113.0/24", displayName: "allowed 203.0.113.0/24" }]);
    expect(c.databaseEncryption.state).toBe("DECRYPTED");
    expect(ofType("gcp:kms/cryptoKey:CryptoKey")).toEqual([]);
  });

  it("refuses a Cloud KMS key in another region", () => {
    const spec = clusterSpec(fakeHandle(), "e2-standard-4", {
      overrides: { gcp: { kmsKeyName: "projects/p/locations/us-east1/keyRings/r/cryptoKeys/k" } },
    });
    expect(gcpDriver.checkKubernetesCluster!(spec, { name: "apps", placement: placement() }).map((p) => p.code)).toEqual([
      "SC_PLACEMENT_MISMATCH",
    ]);
  });

  it("refuses a control-plane block that is not a private /28", () => {
    const spec = clusterSpec(fakeHandle(), "e2-standard-4", { overrides: { gcp: { masterIpv4CidrBlock: "8.8.8.0/28" } } });
    expect(gcpDriver.checkKubernetesCluster!(spec, { name: "apps", placement: placement() }).map((p) => [p.code, p.path])).toEqual([
      ["SC_INVALID_CIDR", "overrides.gcp.masterIpv4CidrBlock"],
    ]);
  });
});
