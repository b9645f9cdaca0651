/**
 * Database on Scaleway: Managed Database for PostgreSQL (RDB) on the Network's Private Network.
 *
 * - Private: one Private Network endpoint with IPAM, no public load-balancer endpoint.
 * - Backups: daily, kept `retentionDays`, and `backupSameRegion: true`: Scaleway stores backups in
 *   a different region by default (scaleway-rdb-backups), which it does not name, so that copy could
 *   never be checked against a contract.
 * - Encryption: `encryptionAtRest` (volume encryption, keys managed by Scaleway).
 * - HA: `isHaCluster`. Scaleway has no deletion-protection setting: the instance is retained on
 *   destroy when protected.
 * - The first user needs a password (Scaleway has no managed credential): the given one, else one
 *   generated at creation and kept only in the encrypted Pulumi state (`../generated-password.ts`).
 */
import { problems, type Problem } from "../../errors";
import type { CheckContext, DatabaseResult, DatabaseSpec, DriverScope } from "../types";
import { generatedPassword } from "../generated-password";
import type { ScalewayNetworkData } from "./network";
import { scalewayContext, scalewayTags } from "./provider";
import { sdk } from "./sdk";

export function checkDatabase(spec: DatabaseSpec, _ctx: CheckContext): Problem[] {
  const found: Problem[] = [];
  if (spec.storageGiB < 5 || spec.storageGiB > 10_000) {
    found.push(
      problems.invalidArgument(
        "storageGiB",
        "Scaleway Block Storage volumes for databases are 5 to 10000 GB.",
        spec.storageGiB,
        "5-10000",
        "choose a storage size in range.",
      ),
    );
  }
  return found;
}

export function createDatabase(spec: DatabaseSpec, scope: DriverScope): DatabaseResult {
  const { databases } = sdk();
  const net = spec.network.data as ScalewayNetworkData;
  const { region, opts } = scalewayContext(scope, net.zone);
  const keep = { ...opts, retainOnDelete: spec.deletionProtection };
  const tags = scalewayTags(scope.labels);

  const instance = new databases.Instance(
    scope.name,
    {
      region,
      nodeType: spec.instanceClass,
      engine: `PostgreSQL-${spec.version}`,
      isHaCluster: spec.highAvailability,
      volumeType: "sbs_5k",
      volumeSizeInGb: spec.storageGiB,
      encryptionAtRest: true,
      disableBackup: false,
      backupScheduleFrequency: 24,
      backupScheduleRetention: spec.backup.retentionDays,
      // Scaleway's default is an unnamed other region.
      backupSameRegion: true,
      privateNetwork: { pnId: net.privateNetworkId, enableIpam: true },
      userName: spec.adminUsername,
      password: spec.adminPassword ?? generatedPassword(),
      tags,
    },
    // A generated password is drawn anew on every run: only the one drawn at creation is used.
    { ...keep, ...(spec.adminPassword === undefined ? { ignoreChanges: ["password"] } : {}) },
  );

  const replicaIds = spec.readReplicas.map(
    (_r, i) =>
      new databases.ReadReplica(
        `${scope.name}-replica-${i}`,
        { region, instanceId: instance.id, privateNetwork: { privateNetworkId: net.privateNetworkId, enableIpam: true } },
        keep,
      ).id,
  );

  return {
    instanceId: instance.id,
    host: instance.privateNetwork.apply((pn) => pn?.ip ?? pn?.hostname ?? ""),
    port: instance.privateNetwork.apply((pn) => pn?.port ?? 5432),
    replicaIds,
    deployment: { keyManagement: "provider", backupRegions: [region], tlsEnforcement: null },
  };
}
