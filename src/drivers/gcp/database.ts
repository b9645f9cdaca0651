/**
 * Database on Google Cloud: Cloud SQL for PostgreSQL with a private IP in the Network.
 *
 * - Private: private services access on the Network (a reserved internal range and a
 *   `servicenetworking` connection, shared by the network's databases and created once under the
 *   network component); `ipv4Enabled` only with `publicAccess`, then limited to its sources.
 * - TLS: `sslMode: ENCRYPTED_ONLY`.
 * - Backups: pinned to the instance's region with `backupConfiguration.location` (Cloud SQL's
 *   default is the nearest multi-region, gcp-cloudsql-backups); point-in-time recovery; a final
 *   backup on delete.
 * - Encryption: Google-managed keys, or CMEK (a Cloud KMS key in the region granted to the Cloud
 *   SQL service agent, `kms.ts`).
 * - HA: `availabilityType: REGIONAL`. Deletion protection in Pulumi and in the API, and retained on destroy.
 * - Credentials: IAM database authentication; a built-in user only when a password is given.
 */
import * as pulumi from "@pulumi/pulumi";
import { problems, type Problem } from "../../errors";
import { oncePerNetwork, postgresResult } from "../database-common";
import { networkProjectProblems } from "../network-checks";
import type { CheckContext, DatabaseResult, DatabaseSpec, DriverScope } from "../types";
import { customerKey, DEFAULT_KEY_ROTATION_DAYS } from "./kms";
import { sanitizeLabels } from "./naming";
import type { GcpNetworkData } from "./network";
import { childOptions, createProvider } from "./provider";
import { sdk } from "./sdk";

/** Cloud SQL storage range in GB (Cloud SQL instance settings). */
const MAX_STORAGE_GB = 65_536;

export function checkDatabase(spec: DatabaseSpec, _ctx: CheckContext): Problem[] {
  const o = spec.overrides.gcp ?? {};
  const project = (spec.network.data as GcpNetworkData).project;
  const message = `the database must be in its network's project (${project}) to get a private IP there.`;
  const found = networkProjectProblems("overrides.gcp.project", o.project, project, message);
  if (spec.storageGiB > MAX_STORAGE_GB) {
    found.push(
      problems.invalidArgument(
        "storageGiB",
        "Cloud SQL storage is at most 65536 GB.",
        spec.storageGiB,
        `10-${MAX_STORAGE_GB}`,
        "ask for less storage.",
      ),
    );
  }
  if (o.kmsKeyName !== undefined && spec.encryption !== "customer-managed") {
    found.push(
      problems.conflictingArguments(
        "overrides.gcp.kmsKeyName",
        "a KMS key is given but the encryption is provider-managed, so it would not be used.",
        o.kmsKeyName,
        "remove the key, or ask for customer-managed encryption.",
      ),
    );
  }
  return found;
}

/** Private services access on the network (one per network, shared by its databases), created on first use under the network component. */
const privateServicesAccess = oncePerNetwork((net: GcpNetworkData, base, opts, fallbackLabels: Record<string, string>) => {
  const g = sdk();
  const range = new g.compute.GlobalAddress(
    `${base}-db-range`,
    {
      network: net.networkId,
      purpose: "VPC_PEERING",
      addressType: "INTERNAL",
      prefixLength: 20,
      description: `sovereign-cloud ${base}: private services access`,
      labels: net.labels ?? fallbackLabels,
    },
    opts,
  );
  const connection = new g.servicenetworking.Connection(
    `${base}-db-peering`,
    { network: net.networkId, service: "servicenetworking.googleapis.com", reservedPeeringRanges: [range.name] },
    opts,
  );
  return { connection };
});

export function createDatabase(spec: DatabaseSpec, scope: DriverScope): DatabaseResult {
  const g = sdk();
  const net = spec.network.data as GcpNetworkData;
  const o = spec.overrides.gcp ?? {};
  const region = scope.placement.region.code;
  const provider = createProvider(scope, net.project);
  const opts = childOptions(scope, provider);
  const keep = childOptions(scope, provider, { retainOnDelete: spec.deletionProtection });
  const userLabels = sanitizeLabels(scope.labels);
  const access = privateServicesAccess(net, opts, scope.ready, userLabels);

  const dependsOn: pulumi.Resource[] = [access.connection];
  let keyName: pulumi.Output<string> | undefined;
  if (spec.encryption === "customer-managed") {
    const project = g.organizations.getProjectOutput({ projectId: net.project }, { provider, parent: scope.parent });
    const key = customerKey(scope, provider, {
      location: region,
      ...(o.kmsKeyName === undefined ? {} : { existingKeyName: o.kmsKeyName }),
      rotationDays: DEFAULT_KEY_ROTATION_DAYS,
      // The Cloud SQL service agent encrypts the instance's disks and backups.
      member: pulumi.interpolate`serviceAccount:service-${project.number}@gcp-sa-cloud-sql.iam.gserviceaccount.com`,
      retainOnDelete: spec.deletionProtection,
    });
    keyName = key.keyName;
    dependsOn.push(key.grant);
  }

  const ipConfiguration = {
    ipv4Enabled: spec.publicAccess.length > 0,
    privateNetwork: net.networkId,
    sslMode: spec.tlsOnly ? "ENCRYPTED_ONLY" : "ALLOW_UNENCRYPTED_AND_ENCRYPTED",
    authorizedNetworks: spec.publicAccess.map((cidr, i) => ({ name: `allowed-${i}`, value: cidr })),
  };
  const tier = o.tier ?? spec.instanceClass;
  const instance = new g.sql.DatabaseInstance(
    scope.name,
    {
      region,
      databaseVersion: `POSTGRES_${spec.version}`,
      deletionProtection: spec.deletionProtection,
      ...(keyName === undefined ? {} : { encryptionKeyName: keyName }),
      settings: {
        tier,
        edition: "ENTERPRISE",
        availabilityType: spec.highAvailability ? "REGIONAL" : "ZONAL",
        diskSize: spec.storageGiB,
        diskType: "PD_SSD",
        diskAutoresize: true,
        deletionProtectionEnabled: spec.deletionProtection,
        backupConfiguration: {
          enabled: true,
          // Cloud SQL otherwise keeps backups in the nearest multi-region.
          location: region,
          pointInTimeRecoveryEnabled: spec.backup.pointInTime,
          transactionLogRetentionDays: Math.min(7, spec.backup.retentionDays),
          backupRetentionSettings: { retainedBackups: spec.backup.retentionDays, retentionUnit: "COUNT" },
        },
        finalBackupConfig: { enabled: spec.finalSnapshot, retentionDays: spec.backup.retentionDays },
        ipConfiguration,
        databaseFlags: [{ name: "cloudsql.iam_authentication", value: "on" }],
        userLabels,
      },
    },
    { ...keep, dependsOn },
  );

  if (spec.adminPassword !== undefined) {
    new g.sql.User(
      `${scope.name}-admin`,
      { instance: instance.name, name: spec.adminUsername, password: spec.adminPassword, type: "BUILT_IN" },
      keep,
    );
  }

  const replicaIds = spec.readReplicas.map(
    (_r, i) =>
      new g.sql.DatabaseInstance(
        `${scope.name}-replica-${i}`,
        {
          region,
          databaseVersion: `POSTGRES_${spec.version}`,
          masterInstanceName: instance.name,
          deletionProtection: spec.deletionProtection,
          ...(keyName === undefined ? {} : { encryptionKeyName: keyName }),
          settings: {
            tier,
            edition: "ENTERPRISE",
            availabilityType: "ZONAL",
            diskSize: spec.storageGiB,
            diskType: "PD_SSD",
            diskAutoresize: true,
            ipConfiguration,
            userLabels,
          },
        },
        { ...keep, dependsOn },
      ).id,
  );

  return postgresResult(instance.id, instance.privateIpAddress, replicaIds, {
    keyManagement: keyName ? "customer" : "provider",
    backupRegions: [region],
    tlsEnforcement: spec.tlsOnly ? "ipConfiguration.sslMode = ENCRYPTED_ONLY" : null,
  });
}
