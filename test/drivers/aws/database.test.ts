/** Database on AWS under the SDK's mocks: RDS in the Network's VPC, private, encrypted, TLS forced, backups in the Region. */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Database, Network } from "../../../src/index";
import { custom, ofType, onDefaultProvider, one, resetRecorded, setConfig, settle, useMocks, valueOf } from "../../helpers/pulumi";

const CONFIG = { "sovereign-cloud:target": "aws:eu-central-1", "sovereign-cloud:residency": "eu" };
const T = {
  instance: "aws:rds/instance:Instance",
  subnetGroup: "aws:rds/subnetGroup:SubnetGroup",
  params: "aws:rds/parameterGroup:ParameterGroup",
  subnet: "aws:ec2/subnet:Subnet",
  sg: "aws:ec2/securityGroup:SecurityGroup",
  ingress: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
  key: "aws:kms/key:Key",
  backupCopy: "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
};

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  setConfig(CONFIG);
  resetRecorded();
});

describe("aws database", () => {
  it("creates a private, encrypted, TLS-only RDS PostgreSQL in two database subnets of the network's VPC", async () => {
    const net = new Network("app", { cidr: "10.20.0.0/16" });
    const db = new Database("meta", { network: net });
    await settle();
    const rds = one(T.instance).inputs;
    expect(rds).toMatchObject({
      region: "eu-central-1",
      engine: "postgres",
      engineVersion: "16",
      instanceClass: "db.t4g.medium",
      allocatedStorage: 20,
      storageType: "gp3",
      storageEncrypted: true,
      publiclyAccessible: false,
      multiAz: false,
      backupRetentionPeriod: 7,
      deletionProtection: true,
      skipFinalSnapshot: false,
      finalSnapshotIdentifier: "meta-final",
      username: "sovereign",
      manageMasterUserPassword: true,
      iamDatabaseAuthenticationEnabled: true,
    });
    expect(rds.kmsKeyId).toBeUndefined();
    expect(one(T.instance).options.retainOnDelete).toBe(true);
    const params = one(T.params).inputs;
    expect(params.family).toBe("postgres16");
    expect(params.parameters).toEqual([{ name: "rds.force_ssl", value: "1", applyMethod: "pending-reboot" }]);
    // Two database subnets in two zones, at the end of the VPC range, under the network component.
    const dbSubnets = ofType(T.subnet).filter((s) => s.name.startsWith("app-db-"));
    expect(dbSubnets.map((s) => [s.inputs.cidrBlock, s.inputs.availabilityZone])).toEqual([
      ["10.20.255.192/26", "eu-central-1a"],
      ["10.20.255.128/26", "eu-central-1b"],
    ]);
    expect(dbSubnets.every((s) => s.inputs.mapPublicIpOnLaunch === false && s.options.parent?.includes("Network"))).toBe(true);
    expect(one(T.subnetGroup).inputs.subnetIds).toHaveLength(2);
    const dbIngress = ofType(T.ingress).filter((r) => r.name === "meta-sg-postgres");
    expect(dbIngress.map((r) => [r.inputs.fromPort, r.inputs.cidrIpv4])).toEqual([[5432, "10.20.0.0/16"]]);
    expect(ofType(T.backupCopy)).toEqual([]);
    expect(onDefaultProvider()).toEqual([]);
    expect((await valueOf(db.residency))?.database).toMatchObject({
      engine: "postgresql",
      version: 16,
      keyManagement: "provider",
      backupRegions: ["eu-central-1"],
      tlsEnforcement: "parameter group rds.force_ssl = 1",
    });
  });

  it("shares one DB subnet group between the databases of a network", async () => {
    const net = new Network("app");
    new Database("a", { network: net });
    new Database("b", { network: net });
    await settle();
    expect(ofType(T.subnetGroup)).toHaveLength(1);
    expect(
      ofType(T.instance)
        .map((r) => r.name)
        .sort(),
    ).toEqual(["a", "b"]);
  });

  it("uses a KMS key in the Region for customer-managed encryption, Multi-AZ for high availability", async () => {
    const net = new Network("app");
    new Database("meta", { network: net, encryption: "customer-managed", highAvailability: true, size: "SCS-4V-16", storageGiB: 100 });
    await settle();
    const key = one(T.key);
    expect(key.inputs).toMatchObject({ region: "eu-central-1", enableKeyRotation: true, deletionWindowInDays: 30 });
    expect(key.options.retainOnDelete).toBe(true);
    const rds = one(T.instance).inputs;
    expect(rds.kmsKeyId).toBeDefined();
    expect(rds).toMatchObject({ multiAz: true, instanceClass: "db.t4g.xlarge", allocatedStorage: 100 });
  });

  it("copies backups to a second Region only when the contract allows it, with a key there", async () => {
    const net = new Network("app");
    const db = new Database("meta", {
      network: net,
      residency: { preset: "gaia-x-l2", encryption: "customer-managed" },
      backup: { copyTo: "eu-west-1" },
    });
    await settle();
    const copy = one(T.backupCopy);
    expect(copy.inputs).toMatchObject({ region: "eu-west-1", retentionPeriod: 7 });
    expect(
      ofType(T.key)
        .map((k) => k.inputs.region)
        .sort(),
    ).toEqual(["eu-central-1", "eu-west-1"]);
    expect((await valueOf(db.residency))?.database?.backupRegions).toEqual(["eu-central-1", "eu-west-1"]);
  });

  it("creates a cross-Region replica with its own subnet group in the replica's network", async () => {
    const net = new Network("app");
    const netIe = new Network("app-ie", { target: "aws:eu-west-1", residency: "gaia-x-l2" });
    new Database("meta", { network: net, residency: "gaia-x-l2", readReplicas: [{}, { target: "aws:eu-west-1", network: netIe }] });
    await settle();
    const replicas = ofType(T.instance).filter((r) => r.name.startsWith("meta-replica-"));
    expect(replicas.map((r) => [r.name, r.inputs.region, r.inputs.storageEncrypted])).toEqual([
      ["meta-replica-0", "eu-central-1", true],
      ["meta-replica-1", "eu-west-1", true],
    ]);
    expect(
      ofType(T.subnetGroup)
        .map((g) => g.inputs.region)
        .sort(),
    ).toEqual(["eu-central-1", "eu-west-1"]);
  });

  it("deletes without snapshot or retention only when both are turned off explicitly", async () => {
    const net = new Network("app");
    new Database("scratch", { network: net, deletionProtection: false, finalSnapshot: false, adminPassword: "correct-horse-battery" });
    await settle();
    const r = one(T.instance);
    expect(r.inputs).toMatchObject({ deletionProtection: false, skipFinalSnapshot: true });
    expect(JSON.stringify(r.inputs.password)).toContain("correct-horse-battery");
    expect(r.inputs.manageMasterUserPassword).toBeUndefined();
    expect(r.options.retainOnDelete).toBe(false);
    expect(custom().some((c) => c.type === T.instance)).toBe(true);
  });
});
