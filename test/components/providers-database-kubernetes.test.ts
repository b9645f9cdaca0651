/**
 * Database and KubernetesCluster behave like Bucket, Network and VirtualMachine towards providers
 * and labels: a user's own provider (`{ provider }`, `{ providers }`) is used for their children, a
 * provider that contradicts the target is refused with SC_PROVIDER_MISMATCH before any resource
 * (synchronously for another package; at deploy time, in a program run of its own, for another
 * Region), and the component's labels are on every child that takes tags or labels.
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import * as aws from "@pulumi/aws";
import * as gcp from "@pulumi/gcp";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Database, KubernetesCluster, Network, SovereignCloudError } from "../../src/index";
import { custom, ofType, one, recorded, resetRecorded, setConfig, settle, useMocks, type Recorded } from "../helpers/pulumi";

const CONFIG = { "sovereign-cloud:target": "aws:eu-central-1", "sovereign-cloud:residency": "eu", "gcp:project": "demo-project" };
const POOL = { name: "workers", size: "SCS-4V-16", min: 1, max: 3 };

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  setConfig(CONFIG);
  resetRecorded();
});

/** The labels every child of a component carries on AWS (contract preset `eu` from the stack config). */
const labels = (component: string, name: string, extra: Record<string, string> = {}) => ({
  "managed-by": "sovereign-cloud",
  "sovereign-cloud-component": component,
  "sovereign-cloud-name": name,
  "sovereign-cloud-contract": "eu",
  ...extra,
});
const named = (type: string, name: string): Recorded => {
  const found = ofType(type).find((r) => r.name === name);
  if (!found)
    throw new Error(
      `no ${type} named ${name}; recorded: ${ofType(type)
        .map((r) => r.name)
        .join(", ")}`,
    );
  return found;
};
/** Children of the component named `name` (their names start with it). */
const childrenOf = (name: string) =>
  custom().filter((r) => !r.type.startsWith("pulumi:providers:") && (r.name === name || r.name.startsWith(`${name}-`)));

describe("the user's own provider on a Database", () => {
  it("is used for every child of the database; the network's shared DB subnets keep the network's provider", async () => {
    const network = new Network("net");
    const deployer = new aws.Provider("deployer", { region: "eu-central-1" });
    new Database("db", { network }, { provider: deployer });
    await settle();
    expect(
      ofType("pulumi:providers:aws")
        .map((p) => p.name)
        .sort(),
    ).toEqual(["aws-eu-central-1", "deployer"]);
    expect(
      childrenOf("db")
        .map((r) => r.type)
        .sort(),
    ).toEqual(
      [
        "aws:ec2/securityGroup:SecurityGroup",
        "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
        "aws:rds/parameterGroup:ParameterGroup",
        "aws:rds/instance:Instance",
      ].sort(),
    );
    for (const c of childrenOf("db")) expect(c.provider, c.type).toMatch(/::pulumi:providers:aws::deployer::/);
    for (const n of ["net-db-a", "net-db-b"])
      expect(named("aws:ec2/subnet:Subnet", n).provider).toMatch(/::pulumi:providers:aws::aws-eu-central-1::/);
    expect(named("aws:rds/subnetGroup:SubnetGroup", "net-db").provider).toMatch(/::pulumi:providers:aws::aws-eu-central-1::/);
    // The component waits for the provider check, so it depends on the provider.
    expect(one("sovereign-cloud:index:Database").options.dependencies.some((u) => u.endsWith("pulumi:providers:aws::deployer"))).toBe(true);
  });

  it("passed as { providers: { aws } } to the network and the database is the only aws provider of the stack", async () => {
    const deployer = new aws.Provider("deployer", { region: "eu-central-1" });
    const network = new Network("net", {}, { providers: { aws: deployer } });
    new Database("db", { network }, { providers: { aws: deployer } });
    await settle();
    expect(ofType("pulumi:providers:aws").map((p) => p.name)).toEqual(["deployer"]);
    const all = custom().filter((r) => !r.type.startsWith("pulumi:providers:"));
    expect(all.length).toBeGreaterThan(10);
    for (const c of all) expect(c.provider, `${c.type} ${c.name}`).toMatch(/::pulumi:providers:aws::deployer::/);
  });

  it("of another package than the target's driver uses is refused with SC_PROVIDER_MISMATCH, and nothing of the database is registered", async () => {
    const network = new Network("net");
    await settle();
    const before = recorded.length;
    const google = new gcp.Provider("google", { project: "p", region: "europe-west3" });
    let error: unknown;
    try {
      new Database("db", { network }, { provider: google });
    } catch (e) {
      error = e;
    }
    await settle();
    expect(SovereignCloudError.is(error)).toBe(true);
    const problem = (error as SovereignCloudError).problems.find((p) => p.code === "SC_PROVIDER_MISMATCH")!;
    expect(problem.path).toBe("opts.provider");
    expect(problem.received).toBe('"gcp"');
    expect(problem.message).toContain("aws:eu-central-1");
    expect(recorded.slice(before).map((r) => r.type)).toEqual(["pulumi:providers:gcp"]);
  });
});

describe("the user's own provider on a KubernetesCluster", () => {
  it("is used for every child of the cluster, and no shared provider is created for it", async () => {
    const deployer = new aws.Provider("deployer", { region: "eu-central-1" });
    const network = new Network("net", {}, { provider: deployer });
    new KubernetesCluster("apps", { version: "1.34", network, nodePools: [POOL] }, { provider: deployer });
    await settle();
    expect(ofType("pulumi:providers:aws").map((p) => p.name)).toEqual(["deployer"]);
    expect(childrenOf("apps").length).toBe(17);
    for (const c of childrenOf("apps")) expect(c.provider, `${c.type} ${c.name}`).toMatch(/::pulumi:providers:aws::deployer::/);
    expect(
      one("sovereign-cloud:index:KubernetesCluster").options.dependencies.some((u) => u.endsWith("pulumi:providers:aws::deployer")),
    ).toBe(true);
  });

  it("of another package than the target's driver uses is refused with SC_PROVIDER_MISMATCH, and nothing of the cluster is registered", async () => {
    const network = new Network("net");
    await settle();
    const before = recorded.length;
    const google = new gcp.Provider("google", { project: "p", region: "europe-west3" });
    let error: unknown;
    try {
      new KubernetesCluster("apps", { version: "1.34", network, nodePools: [POOL] }, { provider: google });
    } catch (e) {
      error = e;
    }
    await settle();
    expect(SovereignCloudError.is(error)).toBe(true);
    expect((error as SovereignCloudError).problems.map((p) => [p.code, p.path])).toEqual([["SC_PROVIDER_MISMATCH", "opts.provider"]]);
    expect(recorded.slice(before).map((r) => r.type)).toEqual(["pulumi:providers:gcp"]);
  });
});

describe("labels on the children of a Database and a KubernetesCluster on AWS", () => {
  it("tags every taggable child of the network they join (only the route table association takes no tags)", async () => {
    new Network("net", { labels: { team: "platform" } });
    await settle();
    const net = labels("Network", "net", { team: "platform" });
    const all = custom().filter((r) => r.type.startsWith("aws:"));
    expect(all.map((r) => r.name).sort()).toEqual([
      "net",
      "net-default-sg",
      "net-egress-all",
      "net-igw",
      "net-routes",
      "net-routes-subnet",
      "net-sg",
      "net-subnet",
    ]);
    for (const r of all.filter((x) => x.type !== "aws:ec2/routeTableAssociation:RouteTableAssociation")) {
      const { Name: _name, ...rest } = (r.inputs.tags ?? {}) as Record<string, string>;
      expect(rest, r.name).toEqual(net);
    }
    expect(named("aws:ec2/subnet:Subnet", "net-subnet").inputs.tags).toEqual({ ...net, Name: "net-subnet" });
  });

  it("tags every taggable child of the database with its labels, and the network's DB subnets with the network's", async () => {
    const network = new Network("net", { labels: { team: "platform" } });
    new Database("db", { network, labels: { team: "data" } });
    await settle();
    const db = labels("Database", "db", { team: "data" });
    const net = labels("Network", "net", { team: "platform" });
    expect(named("aws:ec2/securityGroup:SecurityGroup", "db-sg").inputs.tags).toEqual({ ...db, Name: "db-sg" });
    expect(named("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "db-sg-postgres").inputs.tags).toEqual(db);
    expect(named("aws:rds/parameterGroup:ParameterGroup", "db-params").inputs.tags).toEqual(db);
    expect(named("aws:rds/instance:Instance", "db").inputs.tags).toEqual(db);
    expect(named("aws:rds/instance:Instance", "db").inputs.copyTagsToSnapshot).toBe(true);
    expect(named("aws:ec2/subnet:Subnet", "net-db-a").inputs.tags).toEqual({ ...net, Name: "net-db-eu-central-1a" });
    expect(named("aws:ec2/subnet:Subnet", "net-db-b").inputs.tags).toEqual({ ...net, Name: "net-db-eu-central-1b" });
    expect(named("aws:rds/subnetGroup:SubnetGroup", "net-db").inputs.tags).toEqual(net);
  });

  it("tags the customer-managed key and the read replica of the database", async () => {
    const network = new Network("net");
    new Database("db", { network, encryption: "customer-managed", readReplicas: [{}], labels: { team: "data" } });
    await settle();
    const db = labels("Database", "db", { team: "data" });
    expect(named("aws:kms/key:Key", "db-key").inputs.tags).toEqual(db);
    expect(named("aws:rds/instance:Instance", "db-replica-0").inputs.tags).toEqual(db);
  });

  it("tags every taggable child of the cluster (roles, subnet, endpoints, key, cluster, node groups); attachments take no tags", async () => {
    const network = new Network("net");
    new KubernetesCluster("apps", { version: "1.34", network, nodePools: [POOL], labels: { team: "k8s" } });
    await settle();
    const k = labels("KubernetesCluster", "apps", { team: "k8s" });
    expect(named("aws:iam/role:Role", "apps-cluster-role").inputs.tags).toEqual(k);
    expect(named("aws:iam/role:Role", "apps-node-role").inputs.tags).toEqual(k);
    expect(named("aws:ec2/subnet:Subnet", "apps-subnet-2").inputs.tags).toEqual({ ...k, Name: "apps-subnet-2" });
    expect(named("aws:ec2/securityGroup:SecurityGroup", "apps-endpoints").inputs.tags).toEqual({ ...k, Name: "apps-endpoints" });
    const endpoints = ofType("aws:ec2/vpcEndpoint:VpcEndpoint");
    expect(endpoints.map((e) => e.name).sort()).toEqual(["apps-ec2", "apps-ecr-api", "apps-ecr-dkr", "apps-s3", "apps-sts"]);
    for (const e of endpoints) expect(e.inputs.tags, e.name).toEqual(k);
    expect(named("aws:kms/key:Key", "apps-secrets-key").inputs.tags).toEqual(k);
    expect(named("aws:eks/cluster:Cluster", "apps").inputs.tags).toEqual({ ...k, Name: "apps" });
    expect(named("aws:eks/nodeGroup:NodeGroup", "apps-workers").inputs.tags).toEqual({ ...k, Name: "apps-workers" });
    for (const a of ofType("aws:iam/rolePolicyAttachment:RolePolicyAttachment")) expect(a.inputs.tags, a.name).toBeUndefined();
  });
});

describe("a Database on Google Cloud", () => {
  it("uses the user's gcp provider for its children and labels the Cloud SQL instance and its replica", async () => {
    const network = new Network("net", { target: "gcp:europe-west4" });
    const google = new gcp.Provider("google", { project: "demo-project", region: "europe-west4" });
    new Database("db", { network, target: "gcp:europe-west4", readReplicas: [{}], labels: { team: "data" } }, { provider: google });
    await settle();
    const sql = ofType("gcp:sql/databaseInstance:DatabaseInstance");
    expect(sql.map((r) => r.name).sort()).toEqual(["db", "db-replica-0"]);
    for (const r of sql) {
      expect(r.provider, r.name).toMatch(/::pulumi:providers:gcp::google::/);
      // GCP label values are lowercase (sanitizeLabels).
      expect(r.inputs.settings.userLabels, r.name).toEqual({
        "managed-by": "sovereign-cloud",
        "sovereign-cloud-component": "database",
        "sovereign-cloud-name": "db",
        "sovereign-cloud-contract": "eu",
        team: "data",
      });
    }
    // The reserved range for private services access is the network's: its labels, its provider.
    const range = named("gcp:compute/globalAddress:GlobalAddress", "net-db-range");
    expect(range.inputs.labels).toEqual({
      "managed-by": "sovereign-cloud",
      "sovereign-cloud-component": "network",
      "sovereign-cloud-name": "net",
      "sovereign-cloud-contract": "eu",
    });
    expect(range.provider).toMatch(/::pulumi:providers:gcp::gcp-europe-west4::/);
  });
});

/** Run the fixture program in its own process, as `pulumi up` runs a program. */
function runProgram(region: string, kind: "database" | "kubernetes"): { codes: string[]; messages: string[]; registered: string[] } {
  const tsx = resolve(__dirname, "../../node_modules/tsx/dist/cli.mjs");
  const run = spawnSync(process.execPath, [tsx, join(__dirname, "fixtures/contradicting-provider.ts"), region, kind], {
    encoding: "utf8",
    timeout: 60_000,
  });
  const line = run.stdout.split("\n").find((l) => l.startsWith("{"));
  if (!line) throw new Error(`the program printed no report (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  return JSON.parse(line);
}

/** The network's registrations (type and name), the same in every run of the fixture. */
const NETWORK = [
  "sovereign-cloud:index:Network net",
  "aws:ec2/vpc:Vpc net",
  "aws:ec2/internetGateway:InternetGateway net-igw",
  "aws:ec2/securityGroup:SecurityGroup net-sg",
  "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup net-default-sg",
  "aws:ec2/subnet:Subnet net-subnet",
  "aws:ec2/routeTable:RouteTable net-routes",
  "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule net-egress-all",
  "aws:ec2/routeTableAssociation:RouteTableAssociation net-routes-subnet",
];

describe("a user provider whose Region contradicts the target of a Database or KubernetesCluster", () => {
  it.each([
    ["database", 'Database "db"'],
    ["kubernetes", 'KubernetesCluster "apps"'],
  ] as const)("fails the run of a %s with SC_PROVIDER_MISMATCH; only the network and the providers are registered", (kind, subject) => {
    const r = runProgram("us-east-1", kind);
    expect(r.codes.length).toBeGreaterThan(0);
    expect(new Set(r.codes)).toEqual(new Set(["SC_PROVIDER_MISMATCH"]));
    expect(r.messages[0]).toContain(subject);
    expect(r.messages[0]).toContain('received: "us-east-1"');
    expect(r.messages[0]).toContain("allowed:  eu-central-1");
    // Nothing of the component, not even the DB subnets it would add under the network.
    expect(r.registered.sort()).toEqual([...NETWORK, "pulumi:providers:aws us-deployer", "pulumi:providers:aws aws-eu-central-1"].sort());
  });

  it.each([
    ["database", "aws:rds/instance:Instance db"],
    ["kubernetes", "aws:eks/cluster:Cluster apps"],
  ] as const)("registers the %s and its children when the provider agrees", (kind, child) => {
    const r = runProgram("eu-central-1", kind);
    expect(r.codes).toEqual([]);
    expect(r.registered).toContain(child);
  });
});
