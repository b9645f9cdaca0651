/**
 * PENDING (not picked up by vitest: the include is test/**\/*.test.ts). Enable after merging i10's
 * per-package policy modules by renaming to raw-kubernetes.test.ts.
 *
 * The same placements as test/components/kubernetes-placements.test.ts, written by hand with raw
 * provider resources (the way a user who does not use our component would write them), judged by
 * the offline `sovereign-cloud plan`. A compliant cluster gets no mandatory finding; each leak
 * (API open to everyone, plain secrets under a customer-managed contract, a node pool or the control
 * plane in another region, a control plane whose operator the contract refuses) exits 1 and names
 * the resource. The integrator fills in the rule names i10 gives these checks (RULE_* below).
 */
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PlanReport } from "../../src/offline/report";
import { cli, REPO } from "../cli/run-cli";

/** Rule names as the policy modules register them (fill in after merging i10). */
const RULE_DATA_LOCATION = "data-location";
const RULE_PROVIDER_CONTROL = "provider-control";
const RULE_PUBLIC_API = "no-public-access";
const RULE_ENCRYPTION = "encryption-at-rest";

interface Program {
  readonly residency: string;
  readonly config: Record<string, string>;
  readonly code: string;
  /** `ok`, or the findings that must be there: [rule, resource]. */
  readonly expect: "ok" | ReadonlyArray<readonly [string, string]>;
}

const EKS_ROLE = `const role = new aws.iam.Role("cluster-role", { assumeRolePolicy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "eks.amazonaws.com" }, Action: "sts:AssumeRole" }] }) });`;

const PROGRAMS: Record<string, Program> = {
  "ok-aws-eks-private": {
    residency: "eu",
    config: { "aws:region": "eu-central-1" },
    code: `import * as aws from "@pulumi/aws";
${EKS_ROLE}
const key = new aws.kms.Key("secrets", { enableKeyRotation: true });
new aws.eks.Cluster("apps", { roleArn: role.arn, version: "1.34", vpcConfig: { subnetIds: ["subnet-a", "subnet-b"], endpointPrivateAccess: true, endpointPublicAccess: false }, encryptionConfig: { resources: ["secrets"], provider: { keyArn: key.arn } } });`,
    expect: "ok",
  },
  "leak-aws-eks-public-world": {
    residency: "eu",
    config: { "aws:region": "eu-central-1" },
    code: `import * as aws from "@pulumi/aws";
${EKS_ROLE}
new aws.eks.Cluster("apps", { roleArn: role.arn, vpcConfig: { subnetIds: ["subnet-a", "subnet-b"], endpointPublicAccess: true } });`,
    expect: [[RULE_PUBLIC_API, "apps"]],
  },
  "leak-aws-eks-us": {
    residency: "eu",
    config: { "aws:region": "eu-central-1" },
    code: `import * as aws from "@pulumi/aws";
${EKS_ROLE}
new aws.eks.Cluster("apps", { region: "us-east-1", roleArn: role.arn, vpcConfig: { subnetIds: ["subnet-a", "subnet-b"], endpointPublicAccess: false, endpointPrivateAccess: true } });`,
    expect: [[RULE_DATA_LOCATION, "apps"]],
  },
  "leak-aws-eks-gaia-x-l3": {
    residency: "gaia-x-l3",
    config: { "aws:region": "eu-central-1" },
    code: `import * as aws from "@pulumi/aws";
${EKS_ROLE}
new aws.eks.Cluster("apps", { roleArn: role.arn, vpcConfig: { subnetIds: ["subnet-a", "subnet-b"], endpointPublicAccess: false, endpointPrivateAccess: true } });`,
    expect: [[RULE_PROVIDER_CONTROL, "apps"]],
  },
  "leak-aws-eks-plain-secrets-cmk": {
    residency: "eu-sovereign",
    config: { "aws:region": "eu-central-1" },
    code: `import * as aws from "@pulumi/aws";
${EKS_ROLE}
new aws.eks.Cluster("apps", { roleArn: role.arn, vpcConfig: { subnetIds: ["subnet-a", "subnet-b"], endpointPublicAccess: false, endpointPrivateAccess: true } });`,
    expect: [
      [RULE_PROVIDER_CONTROL, "apps"],
      [RULE_ENCRYPTION, "apps"],
    ],
  },
  "ok-gcp-gke-private": {
    residency: "eu",
    config: { "gcp:project": "demo", "gcp:region": "europe-west3" },
    code: `import * as gcp from "@pulumi/gcp";
const c = new gcp.container.Cluster("apps", { location: "europe-west3", removeDefaultNodePool: true, initialNodeCount: 1, privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: true, masterIpv4CidrBlock: "172.16.0.0/28" }, masterAuthorizedNetworksConfig: { cidrBlocks: [] } });
new gcp.container.NodePool("workers", { location: "europe-west3", cluster: c.name, nodeConfig: { machineType: "e2-standard-4", shieldedInstanceConfig: { enableSecureBoot: true } } });`,
    expect: "ok",
  },
  "leak-gcp-gke-pool-us": {
    residency: "eu",
    config: { "gcp:project": "demo", "gcp:region": "europe-west3" },
    code: `import * as gcp from "@pulumi/gcp";
const c = new gcp.container.Cluster("apps", { location: "europe-west3", removeDefaultNodePool: true, initialNodeCount: 1, privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: true, masterIpv4CidrBlock: "172.16.0.0/28" } });
new gcp.container.NodePool("workers", { location: "us-central1", cluster: c.name, nodeConfig: { machineType: "e2-standard-4" } });`,
    expect: [[RULE_DATA_LOCATION, "workers"]],
  },
  "leak-azure-aks-public-world": {
    residency: "eea",
    config: { "azure-native:location": "westeurope" },
    code: `import * as azure from "@pulumi/azure-native";
const rg = new azure.resources.ResourceGroup("rg", { location: "westeurope" });
new azure.containerservice.ManagedCluster("apps", { resourceGroupName: rg.name, location: "westeurope", dnsPrefix: "apps", identity: { type: "SystemAssigned" }, agentPoolProfiles: [{ name: "system", mode: "System", vmSize: "Standard_D2s_v5", count: 1 }], apiServerAccessProfile: { enablePrivateCluster: false } });`,
    expect: [[RULE_PUBLIC_API, "apps"]],
  },
  "ok-scaleway-kapsule-acl": {
    residency: "gaia-x-l3",
    config: { "scaleway:region": "fr-par", "scaleway:zone": "fr-par-1" },
    code: `import * as scw from "@pulumiverse/scaleway";
const c = new scw.kubernetes.Cluster("apps", { region: "fr-par", version: "1.34", cni: "cilium", deleteAdditionalResources: false });
new scw.kubernetes.Acl("apps-acl", { region: "fr-par", clusterId: c.id, aclRules: [{ ip: "203.0.113.0/24" }] });
new scw.kubernetes.Pool("workers", { region: "fr-par", clusterId: c.id, nodeType: "POP2-4C-16G", size: 1 });`,
    expect: "ok",
  },
  // Today's locator says "cannot tell" for the node pool and the IP restrictions (no region of their
  // own): they must inherit the Kube's region through kubeId in i10's ovh package module.
  "ok-ovh-mks-sbg": {
    residency: "gaia-x-l3",
    config: { "ovh:endpoint": "ovh-eu" },
    code: `import * as ovh from "@ovhcloud/pulumi-ovh";
const kube = new ovh.cloudproject.Kube("apps", { serviceName: "proj", region: "SBG5", version: "1.33" });
new ovh.cloudproject.KubeIpRestrictions("apps-api-ips", { serviceName: "proj", kubeId: kube.id, ips: ["203.0.113.0/24"] });
new ovh.cloudproject.KubeNodePool("workers", { serviceName: "proj", kubeId: kube.id, flavorName: "b3-16", minNodes: 1, maxNodes: 3 });`,
    expect: "ok",
  },
  "leak-ovh-mks-api-world": {
    residency: "eu",
    config: { "ovh:endpoint": "ovh-eu" },
    code: `import * as ovh from "@ovhcloud/pulumi-ovh";
const kube = new ovh.cloudproject.Kube("apps", { serviceName: "proj", region: "GRA11", version: "1.33" });
new ovh.cloudproject.KubeIpRestrictions("apps-api-ips", { serviceName: "proj", kubeId: kube.id, ips: ["0.0.0.0/0"] });`,
    expect: [[RULE_PUBLIC_API, "apps-api-ips"]],
  },
  "ok-azure-aks-private-eea": {
    residency: "eea",
    config: { "azure-native:location": "westeurope" },
    code: `import * as azure from "@pulumi/azure-native";
const rg = new azure.resources.ResourceGroup("rg", { location: "westeurope" });
const c = new azure.containerservice.ManagedCluster("apps", { resourceGroupName: rg.name, dnsPrefix: "apps", identity: { type: "SystemAssigned" }, agentPoolProfiles: [{ name: "system", mode: "System", vmSize: "Standard_D2s_v5", count: 1 }], apiServerAccessProfile: { enablePrivateCluster: true } });
new azure.containerservice.AgentPool("user", { resourceGroupName: rg.name, resourceName: c.name, vmSize: "Standard_D2s_v5", count: 1, mode: "User" });`,
    expect: "ok",
  },
  "leak-azure-aks-rg-eastus": {
    residency: "eu",
    config: { "azure-native:location": "westeurope" },
    code: `import * as azure from "@pulumi/azure-native";
const rg = new azure.resources.ResourceGroup("rg", { location: "eastus" });
const c = new azure.containerservice.ManagedCluster("apps", { resourceGroupName: rg.name, dnsPrefix: "apps", identity: { type: "SystemAssigned" }, agentPoolProfiles: [{ name: "system", mode: "System", vmSize: "Standard_D2s_v5", count: 1 }], apiServerAccessProfile: { enablePrivateCluster: true } });
new azure.containerservice.AgentPool("user", { resourceGroupName: rg.name, resourceName: c.name, vmSize: "Standard_D2s_v5", count: 1, mode: "User" });`,
    expect: [
      [RULE_DATA_LOCATION, "rg"],
      ["inherited-location", "apps"],
      ["inherited-location", "user"],
    ],
  },
  "leak-azure-aks-gaia-x-l3": {
    residency: "gaia-x-l3",
    config: { "azure-native:location": "westeurope" },
    code: `import * as azure from "@pulumi/azure-native";
const rg = new azure.resources.ResourceGroup("rg", { location: "westeurope" });
new azure.containerservice.ManagedCluster("apps", { resourceGroupName: rg.name, location: "westeurope", dnsPrefix: "apps", identity: { type: "SystemAssigned" }, agentPoolProfiles: [{ name: "system", mode: "System", vmSize: "Standard_D2s_v5", count: 1 }], apiServerAccessProfile: { enablePrivateCluster: true } });`,
    expect: [[RULE_PROVIDER_CONTROL, "apps"]],
  },
  "leak-gcp-gke-public-eea": {
    residency: "eea",
    config: { "gcp:project": "demo", "gcp:region": "europe-west3" },
    code: `import * as gcp from "@pulumi/gcp";
new gcp.container.Cluster("apps", { location: "europe-west3", initialNodeCount: 1 });`,
    expect: [[RULE_PUBLIC_API, "apps"]],
  },
  "leak-gcp-gke-plain-secrets-cmk": {
    residency: "eu-sovereign",
    config: { "gcp:project": "demo", "gcp:region": "europe-west3" },
    code: `import * as gcp from "@pulumi/gcp";
new gcp.container.Cluster("apps", { location: "europe-west3", initialNodeCount: 1, privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: true, masterIpv4CidrBlock: "172.16.0.0/28" } });`,
    expect: [[RULE_ENCRYPTION, "apps"]],
  },
  "ok-scaleway-kapsule-eu": {
    residency: "eu",
    config: { "scaleway:region": "nl-ams", "scaleway:zone": "nl-ams-1" },
    code: `import * as scw from "@pulumiverse/scaleway";
const c = new scw.kubernetes.Cluster("apps", { version: "1.34", cni: "cilium", deleteAdditionalResources: false });
new scw.kubernetes.Acl("apps-acl", { clusterId: c.id, aclRules: [{ ip: "203.0.113.0/24" }] });
new scw.kubernetes.Pool("workers", { clusterId: c.id, nodeType: "POP2-4C-16G", size: 1 });`,
    expect: "ok",
  },
  "leak-scaleway-kapsule-acl-world": {
    residency: "eea",
    config: { "scaleway:region": "fr-par", "scaleway:zone": "fr-par-1" },
    code: `import * as scw from "@pulumiverse/scaleway";
const c = new scw.kubernetes.Cluster("apps", { region: "fr-par", version: "1.34", cni: "cilium", deleteAdditionalResources: false });
new scw.kubernetes.Acl("apps-acl", { region: "fr-par", clusterId: c.id, aclRules: [{ ip: "0.0.0.0/0" }] });`,
    expect: [[RULE_PUBLIC_API, "apps-acl"]],
  },
  "leak-ovh-mks-bhs": {
    residency: "eu",
    config: { "ovh:endpoint": "ovh-eu" },
    code: `import * as ovh from "@ovhcloud/pulumi-ovh";
new ovh.cloudproject.Kube("apps", { serviceName: "proj", region: "BHS5", version: "1.33" });`,
    expect: [[RULE_DATA_LOCATION, "apps"]],
  },
};

function writeProgram(name: string, p: Program): string {
  const dir = join(mkdtempSync(join(tmpdir(), "sc-k8s-")), name);
  mkdirSync(dir);
  writeFileSync(join(dir, "Pulumi.yaml"), `name: ${name}\nruntime:\n  name: nodejs\n  options:\n    typescript: true\nmain: index.ts\n`);
  const config = Object.entries({ ...p.config, "sovereign-cloud:residency": p.residency })
    .map(([k, v]) => `  ${k}: ${v}`)
    .join("\n");
  writeFileSync(join(dir, "Pulumi.dev.yaml"), `config:\n${config}\n`);
  writeFileSync(join(dir, "index.ts"), `${p.code}\n`);
  // The program lives outside the repository: resolve its packages through a node_modules link (as
  // test/cli/fixture-copy.ts does), or every plan ends with SC_PROGRAM_FAILED "Cannot find module".
  symlinkSync(join(REPO, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

describe("raw managed-Kubernetes resources written by hand, judged by plan", () => {
  it.each(Object.entries(PROGRAMS))("%s", async (name, program) => {
    const dir = writeProgram(name, program);
    const result = await cli(["plan", "--program", dir, "--stack", "dev", "--format", "json"]);
    const report = JSON.parse(result.stdout) as PlanReport;
    // Resource name = the last URN segment.
    const findings = report.stacks.flatMap((s) =>
      s.diagnostics
        .filter((d) => d.enforcementLevel === "mandatory")
        .map((d) => [d.policyName, (d.urn ?? "").split("::").pop() ?? ""] as const),
    );
    if (program.expect === "ok") {
      expect(findings).toEqual([]);
      expect(result.code).toBe(0);
    } else {
      for (const want of program.expect) expect(findings).toContainEqual(want);
      expect(result.code).toBe(1);
    }
  });
});
