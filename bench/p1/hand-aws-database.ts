/**
 * The AWS Database baseline for P1: what a user would write by hand with @pulumi/aws to get exactly
 * the child resources (same names, inputs and options) that one portable `Database` creates on
 * `aws:eu-central-1` in an existing network, for {@link BENCH_DATABASE_ARGS}: its provider, security
 * group and rule, parameter group forcing TLS and the RDS instance, plus (once per network) the two
 * database subnets and the DB subnet group. Written out literally; no driver code is reused. The
 * harness checks once per run that both record the same resources.
 */
import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import type { Network } from "../../src/index";

const region = "eu-central-1";

/** What the hand-written program takes from the user's network (the same network both variants use). */
interface NetworkParts {
  readonly vpcId: pulumi.Output<string>;
  readonly provider: aws.Provider;
}
let subnetGroupName: pulumi.Output<string> | undefined;

function databaseSubnets(net: NetworkParts): pulumi.Output<string> {
  if (subnetGroupName) return subnetGroupName;
  const opts = { provider: net.provider };
  // The network's labels: these are the network's children, whichever database came first.
  const tags = {
    "managed-by": "sovereign-cloud",
    "sovereign-cloud-component": "Network",
    "sovereign-cloud-name": "net",
    "sovereign-cloud-contract": "gaia-x-l2",
  };
  const subnets = [
    new aws.ec2.Subnet(
      "net-db-a",
      {
        region,
        vpcId: net.vpcId,
        cidrBlock: "10.0.255.192/26",
        availabilityZone: "eu-central-1a",
        mapPublicIpOnLaunch: false,
        tags: { ...tags, Name: "net-db-eu-central-1a" },
      },
      opts,
    ),
    new aws.ec2.Subnet(
      "net-db-b",
      {
        region,
        vpcId: net.vpcId,
        cidrBlock: "10.0.255.128/26",
        availabilityZone: "eu-central-1b",
        mapPublicIpOnLaunch: false,
        tags: { ...tags, Name: "net-db-eu-central-1b" },
      },
      opts,
    ),
  ];
  subnetGroupName = new aws.rds.SubnetGroup(
    "net-db",
    { region, subnetIds: subnets.map((s) => s.id), description: "sovereign-cloud net: database subnets (no route to the internet)", tags },
    opts,
  ).name;
  return subnetGroupName;
}

/** The instance's outputs a hand-written component would export. */
export interface HandDatabaseOutputs {
  readonly instanceId: pulumi.Output<string>;
  readonly host: pulumi.Output<string>;
  readonly port: pulumi.Output<number>;
}

/**
 * The database's own children; with `parent` (the hand-written component) they are parented to it.
 * The database subnets and subnet group stay unparented here (in the component they are the network's).
 */
export function handAwsDatabase(name: string, network: Network, parent?: pulumi.Resource): HandDatabaseOutputs {
  const data = network.handle.data as NetworkParts;
  const group = databaseSubnets(data);
  // Like the component: the one provider of the Region that the network (and the whole program) uses.
  const provider = data.provider;
  const opts = parent ? { provider, parent } : { provider };
  const tags = {
    "managed-by": "sovereign-cloud",
    "sovereign-cloud-component": "Database",
    "sovereign-cloud-name": name,
    "sovereign-cloud-contract": "gaia-x-l2",
    app: "bench",
  };
  const sg = new aws.ec2.SecurityGroup(
    `${name}-sg`,
    {
      region,
      vpcId: data.vpcId,
      description: `sovereign-cloud ${name}-sg: PostgreSQL from the network only`,
      tags: { ...tags, Name: `${name}-sg` },
    },
    opts,
  );
  new aws.vpc.SecurityGroupIngressRule(
    `${name}-sg-postgres`,
    {
      region,
      securityGroupId: sg.id,
      ipProtocol: "tcp",
      fromPort: 5432,
      toPort: 5432,
      cidrIpv4: "10.0.0.0/16",
      description: "PostgreSQL from the network",
      tags,
    },
    opts,
  );
  const params = new aws.rds.ParameterGroup(
    `${name}-params`,
    {
      region,
      family: "postgres16",
      description: "sovereign-cloud: PostgreSQL 16, TLS required",
      parameters: [{ name: "rds.force_ssl", value: "1", applyMethod: "pending-reboot" }],
      tags,
    },
    opts,
  );
  const instance = new aws.rds.Instance(
    name,
    {
      region,
      engine: "postgres",
      engineVersion: "16",
      instanceClass: "db.t4g.medium",
      allocatedStorage: 20,
      storageType: "gp3",
      storageEncrypted: true,
      dbSubnetGroupName: group,
      vpcSecurityGroupIds: [sg.id],
      publiclyAccessible: false,
      parameterGroupName: params.name,
      multiAz: false,
      backupRetentionPeriod: 7,
      copyTagsToSnapshot: true,
      deletionProtection: true,
      skipFinalSnapshot: false,
      finalSnapshotIdentifier: `${name}-final`,
      username: "sovereign",
      manageMasterUserPassword: true,
      iamDatabaseAuthenticationEnabled: true,
      autoMinorVersionUpgrade: true,
      tags,
    },
    { ...opts, retainOnDelete: true },
  );
  return { instanceId: instance.id, host: instance.address, port: instance.port };
}

/** Forget the per-network subnet group (a new run, a new network). */
export function resetHandDatabase(): void {
  subnetGroupName = undefined;
}
