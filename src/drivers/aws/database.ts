/**
 * Database on AWS: Amazon RDS for PostgreSQL in the Network's VPC.
 *
 * - Private: a DB subnet group of two database subnets in two zones of the Region, carved from the
 *   end of the VPC range (`../db-subnets.ts`) and shared by every database of the network (created
 *   once, under the network component); `publiclyAccessible: false`; a security group that admits
 *   PostgreSQL from the VPC range only.
 * - TLS: a parameter group with `rds.force_ssl = 1` (RDS for PostgreSQL, SSL/TLS).
 * - Encryption: `storageEncrypted` always (covers backups, snapshots and replicas), with a KMS key
 *   in the same Region when customer-managed (created with yearly rotation, or overrides.aws.kmsKeyArn).
 * - Backups: automated backups in the Region (aws-rds-backups) for `retentionDays`; a copy in a
 *   second Region only through `rds.InstanceAutomatedBackupsReplication` when `backup.copyTo` is
 *   set (the component has checked it against the contract).
 * - Deletion: `deletionProtection` and Pulumi `retainOnDelete`; a final snapshot unless turned off.
 * - Credentials: `manageMasterUserPassword` (a secret RDS keeps in Secrets Manager of the same
 *   Region) unless a password is given; IAM database authentication on.
 */
import * as pulumi from "@pulumi/pulumi";
import { known } from "../../catalog/types";
import { problems, type Problem } from "../../errors";
import { backupRegions, databaseNetworks, databaseSubnetRoomProblems, oncePerNetwork } from "../database-common";
import { databaseBlocks } from "../db-subnets";
import type { CheckContext, DatabaseResult, DatabaseSpec, DriverScope } from "../types";
import type { AwsNetworkData } from "./network";
import { awsContext, childTags, type AwsContext } from "./provider";
import { sdk } from "./sdk";
import type * as aws from "@pulumi/aws";

/** gp3 storage range for RDS (Amazon RDS User Guide, DB instance storage). */
const GP3_MIN_GIB = 20;
const GP3_MAX_GIB = 65_536;

/** The two zones database subnets go to: the Region's first two confirmed zones. */
function dbZones(data: Pick<CheckContext, "placement">): string[] | undefined {
  const zones = known(data.placement.region.zones);
  return zones !== undefined && zones.length >= 2 ? zones.slice(0, 2) : undefined;
}

export function checkDatabase(spec: DatabaseSpec, ctx: CheckContext): Problem[] {
  const found: Problem[] = [];
  if (spec.storageGiB < GP3_MIN_GIB || spec.storageGiB > GP3_MAX_GIB) {
    found.push(
      problems.invalidArgument(
        "storageGiB",
        "RDS gp3 storage is 20 to 65536 GiB.",
        spec.storageGiB,
        `${GP3_MIN_GIB}-${GP3_MAX_GIB}`,
        "choose a storage size in range.",
      ),
    );
  }
  for (const { path, network: net } of databaseNetworks(spec)) {
    if (!dbZones({ placement: net.placement })) {
      found.push(
        problems.providerLimitation(
          path,
          `RDS needs subnets in two Availability Zones, and the catalog confirms fewer than two zones for ${net.placement.region.code}.`,
          net.placement.region.code,
          "a Region with two confirmed zones",
          "choose another Region.",
        ),
      );
    }
    found.push(
      ...databaseSubnetRoomProblems(
        path,
        net.data as AwsNetworkData,
        2,
        "two database subnets",
        "a network cidr of /24 or larger whose subnet leaves the last quarter free (the default 10.0.0.0/16 does)",
      ),
    );
  }
  const arn = spec.overrides.aws?.kmsKeyArn;
  if (arn !== undefined) {
    const keyRegion = arn.split(":")[3];
    if (spec.encryption !== "customer-managed") {
      found.push(
        problems.conflictingArguments(
          "overrides.aws.kmsKeyArn",
          "a KMS key is given but the encryption is provider-managed, so it would not be used.",
          arn,
          "remove the key, or ask for customer-managed encryption.",
        ),
      );
    } else if (!arn.startsWith("arn:") || keyRegion !== ctx.placement.region.code) {
      found.push(
        problems.placementMismatch(
          "overrides.aws.kmsKeyArn",
          `the KMS key must be a key ARN in ${ctx.placement.region.code}, the database's Region.`,
          arn,
          ctx.placement.region.code,
        ),
      );
    }
  }
  return found;
}

/** The network's DB subnet group (one per network, shared by its databases), created on first use under the network component. */
const subnetGroup = oncePerNetwork(
  (data: AwsNetworkData, base, opts, region: string, zones: string[], fallbackTags: Record<string, string>) => {
    const { ec2, rds } = sdk();
    const blocks = databaseBlocks(data.cidr!, data.subnetCidr!, 2)!;
    // The network's labels (they belong to the network, not to the database that came first).
    const tags = data.tags ?? fallbackTags;
    const subnets = zones.map(
      (zone, i) =>
        new ec2.Subnet(
          `${base}-db-${String.fromCharCode(97 + i)}`,
          {
            region,
            vpcId: data.vpcId,
            cidrBlock: blocks[i]!,
            availabilityZone: zone,
            mapPublicIpOnLaunch: false,
            tags: { ...tags, Name: `${base}-db-${zone}` },
          },
          opts,
        ),
    );
    const group = new rds.SubnetGroup(
      `${base}-db`,
      {
        region,
        subnetIds: subnets.map((s) => s.id),
        description: `sovereign-cloud ${base}: database subnets (no route to the internet)`,
        tags: { ...tags },
      },
      opts,
    );
    return { groupName: group.name };
  },
);

/**
 * What an instance needs in its Region besides subnets and key: a security group admitting
 * PostgreSQL from the VPC range only (`<name>-sg`) and a parameter group (`<name>-params`) that
 * requires TLS when asked; as the instance's inputs.
 */
function regionalInputs(
  name: string,
  region: string,
  data: AwsNetworkData,
  spec: DatabaseSpec,
  ctx: Pick<AwsContext, "tags">,
  opts: pulumi.CustomResourceOptions,
): Pick<aws.rds.InstanceArgs, "vpcSecurityGroupIds" | "parameterGroupName"> {
  const { ec2, vpc, rds } = sdk();
  const sgName = `${name}-sg`;
  const sg = new ec2.SecurityGroup(
    sgName,
    {
      region,
      vpcId: data.vpcId,
      description: `sovereign-cloud ${sgName}: PostgreSQL from the network only`,
      tags: childTags(ctx, { Name: sgName }),
    },
    opts,
  );
  new vpc.SecurityGroupIngressRule(
    `${sgName}-postgres`,
    {
      region,
      securityGroupId: sg.id,
      ipProtocol: "tcp",
      fromPort: 5432,
      toPort: 5432,
      cidrIpv4: data.cidr ?? "10.0.0.0/8",
      description: "PostgreSQL from the network",
      tags: childTags(ctx),
    },
    opts,
  );
  const params = new rds.ParameterGroup(
    `${name}-params`,
    {
      region,
      family: `postgres${spec.version}`,
      description: `sovereign-cloud: PostgreSQL ${spec.version}${spec.tlsOnly ? ", TLS required" : ""}`,
      parameters: spec.tlsOnly ? [{ name: "rds.force_ssl", value: "1", applyMethod: "pending-reboot" }] : [],
      tags: childTags(ctx),
    },
    opts,
  );
  return { vpcSecurityGroupIds: [sg.id], parameterGroupName: params.name };
}

function kmsKey(
  name: string,
  region: string,
  what: string,
  ctx: Pick<AwsContext, "tags">,
  opts: pulumi.CustomResourceOptions,
): pulumi.Output<string> {
  // The longest waiting period, so a deleted key can still be recovered for snapshots.
  return new (sdk().kms.Key)(
    name,
    { region, description: `sovereign-cloud ${what}`, enableKeyRotation: true, deletionWindowInDays: 30, tags: childTags(ctx) },
    opts,
  ).arn;
}

export function createDatabase(spec: DatabaseSpec, scope: DriverScope): DatabaseResult {
  const { rds, kms } = sdk();
  const ctx = awsContext(scope);
  const { region, opts } = ctx;
  const name = scope.name;
  const keep: pulumi.CustomResourceOptions = { ...opts, retainOnDelete: spec.deletionProtection };
  const net = spec.network.data as AwsNetworkData;
  const cmk = spec.encryption === "customer-managed";

  const group = subnetGroup(net, opts, scope.ready, region, dbZones(scope)!, ctx.tags);
  const regional = regionalInputs(name, region, net, spec, ctx, opts);
  const keyArn = cmk
    ? (spec.overrides.aws?.kmsKeyArn ?? kmsKey(`${name}-key`, region, `database ${name}: storage and backups`, ctx, keep))
    : undefined;
  const sourceKey = keyArn === undefined ? {} : { kmsKeyId: keyArn };

  const instance = new rds.Instance(
    name,
    {
      region,
      engine: "postgres",
      engineVersion: String(spec.version),
      instanceClass: spec.instanceClass,
      allocatedStorage: spec.storageGiB,
      storageType: "gp3",
      // Always encrypted at rest; with the customer's key when customer-managed.
      storageEncrypted: true,
      ...sourceKey,
      dbSubnetGroupName: group.groupName,
      ...regional,
      publiclyAccessible: false,
      multiAz: spec.highAvailability,
      backupRetentionPeriod: spec.backup.retentionDays,
      copyTagsToSnapshot: true,
      deletionProtection: spec.deletionProtection,
      skipFinalSnapshot: !spec.finalSnapshot,
      ...(spec.finalSnapshot ? { finalSnapshotIdentifier: `${name}-final` } : {}),
      username: spec.adminUsername,
      ...(spec.adminPassword === undefined ? { manageMasterUserPassword: true } : { password: spec.adminPassword }),
      iamDatabaseAuthenticationEnabled: true,
      autoMinorVersionUpgrade: true,
      // copyTagsToSnapshot carries these to the snapshots.
      tags: childTags(ctx),
    },
    keep,
  );

  const copyTo = spec.backup.copyTo;
  if (copyTo !== undefined) {
    const copyKey = cmk ? kmsKey(`${name}-backup-copy-key`, copyTo, `database ${name}: backup copies in ${copyTo}`, ctx, keep) : undefined;
    new rds.InstanceAutomatedBackupsReplication(
      `${name}-backup-copy`,
      {
        region: copyTo,
        sourceDbInstanceArn: instance.arn,
        retentionPeriod: spec.backup.retentionDays,
        ...(copyKey === undefined ? {} : { kmsKeyId: copyKey }),
      },
      keep,
    );
  }

  // Read replicas: encrypted like the source, never public, no final snapshot of their own.
  const replica = (rName: string, where: Omit<aws.rds.InstanceArgs, "instanceClass">) =>
    new rds.Instance(
      rName,
      {
        ...where,
        instanceClass: spec.instanceClass,
        storageEncrypted: true,
        publiclyAccessible: false,
        deletionProtection: spec.deletionProtection,
        skipFinalSnapshot: true,
        tags: childTags(ctx),
      },
      keep,
    ).id;
  const replicaIds = spec.readReplicas.map((r, i) => {
    const rRegion = r.placement.region.code;
    const rName = `${name}-replica-${i}`;
    if (r.sameRegion) {
      return replica(rName, {
        region,
        replicateSourceDb: instance.identifier,
        ...sourceKey,
        ...regional,
      });
    }
    // Another Region: its own subnet group, key, security group and parameter group there.
    const rNet = r.network.data as AwsNetworkData;
    const rGroup = subnetGroup(rNet, opts, scope.ready, rRegion, dbZones({ placement: r.network.placement })!, ctx.tags);
    const rKey = cmk
      ? kmsKey(`${rName}-key`, rRegion, `database ${name}: replica in ${rRegion}`, ctx, keep)
      : kms.getAliasOutput({ name: "alias/aws/rds", region: rRegion }, { parent: scope.parent, provider: opts.provider }).targetKeyArn;
    return replica(rName, {
      region: rRegion,
      replicateSourceDb: instance.arn,
      kmsKeyId: rKey,
      dbSubnetGroupName: rGroup.groupName,
      ...regionalInputs(rName, rRegion, rNet, spec, ctx, opts),
    });
  });

  return {
    instanceId: instance.id,
    host: instance.address,
    port: instance.port,
    replicaIds,
    deployment: {
      keyManagement: cmk ? "customer" : "provider",
      backupRegions: backupRegions(region, copyTo),
      tlsEnforcement: spec.tlsOnly ? "parameter group rds.force_ssl = 1" : null,
    },
  };
}
