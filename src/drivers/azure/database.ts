/**
 * Database on Azure: Azure Database for PostgreSQL flexible server with VNet integration.
 *
 * - Private: a subnet of the Network delegated to `Microsoft.DBforPostgreSQL/flexibleServers`
 *   (carved from the end of the VNet range, `../db-subnets.ts`), a private DNS zone linked to the
 *   VNet, public network access disabled. Subnet, zone and link are shared by the network's
 *   databases and created once, under the network component.
 * - TLS: server parameter `require_secure_transport = on`, set explicitly.
 * - Encryption: always at rest with service-managed keys; customer-managed through a Key Vault key
 *   and a user-assigned identity (`kms.ts`).
 * - HA: `ZoneRedundant` (a standby in another zone); backups stay in the region unless
 *   `backup.copyTo` names the region pair (geo-redundant backup), checked against the contract.
 * - Deletion: retained on destroy and a CanNotDelete lock on the server when protected.
 * - Credentials: Microsoft Entra authentication only, unless a password is given.
 * Storage is rounded up to the next size the service offers.
 */
import type * as pulumi from "@pulumi/pulumi";
import { known } from "../../catalog/types";
import { problems, type Problem } from "../../errors";
import { backupRegions, databaseNetworks, databaseSubnetRoomProblems, oncePerNetwork, postgresResult } from "../database-common";
import { databaseBlocks } from "../db-subnets";
import type { CheckContext, DatabaseResult, DatabaseSpec, DriverScope } from "../types";
import { azureContext, resourceGroup } from "./common";
import { customerKey } from "./kms";
import type { AzureNetworkData } from "./network";
import { sdk } from "./sdk";

/** Storage sizes a flexible server takes, in GiB (azure-postgresql-compute, storage options). */
export const STORAGE_SIZES = [32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768];
const SERVER_NAME = /^[a-z0-9][a-z0-9-]{1,53}$/;

const tierOf = (sku: string) =>
  sku.startsWith("Standard_B") ? "Burstable" : sku.startsWith("Standard_E") ? "MemoryOptimized" : "GeneralPurpose";

export function checkDatabase(spec: DatabaseSpec, ctx: CheckContext): Problem[] {
  const found: Problem[] = [];
  if (!SERVER_NAME.test(ctx.name)) {
    found.push(
      problems.invalidArgument(
        "name",
        `"${ctx.name}" cannot prefix a flexible server name (lowercase letters, digits and hyphens, with room for a random suffix).`,
        ctx.name,
        "2-54 lowercase letters, digits and hyphens",
        "rename the component.",
      ),
    );
  }
  if (spec.storageGiB > STORAGE_SIZES[STORAGE_SIZES.length - 1]!) {
    found.push(
      problems.invalidArgument(
        "storageGiB",
        "a flexible server takes at most 32768 GiB.",
        spec.storageGiB,
        STORAGE_SIZES.join(", "),
        "ask for less storage.",
      ),
    );
  }
  const zones = known(ctx.placement.region.zones) ?? [];
  if (spec.highAvailability && zones.length < 2) {
    found.push(
      problems.providerLimitation(
        "highAvailability",
        `a zone-redundant standby needs a region with zones, and the catalog confirms none for ${ctx.placement.region.code}.`,
        ctx.placement.region.code,
        "a region with availability zones",
        "set highAvailability: false, or choose a region with zones.",
      ),
    );
  }
  if (spec.highAvailability && tierOf(spec.instanceClass) === "Burstable") {
    found.push(
      problems.conflictingArguments(
        "overrides.azure.skuName",
        "Burstable servers cannot have a zone-redundant standby.",
        spec.instanceClass,
        "choose a General Purpose or Memory Optimized SKU, or turn high availability off.",
      ),
    );
  }
  const copyTo = spec.backup.copyTo;
  if (copyTo !== undefined) {
    const pair = ctx.placement.region.pairedRegion;
    if (!pair?.confirmed || pair.value !== copyTo) {
      found.push(
        problems.providerLimitation(
          "backup.copyTo",
          `geo-redundant backups of ${ctx.placement.region.code} go to its region pair only (${pair?.confirmed ? (pair.value ?? "none") : "not confirmed"}), not to ${copyTo}.`,
          copyTo,
          pair?.confirmed && pair.value ? pair.value : "none",
          "name the region pair, or drop copyTo.",
        ),
      );
    }
    if (spec.encryption === "customer-managed") {
      found.push(
        problems.providerLimitation(
          "backup.copyTo",
          "geo-redundant backups with customer-managed keys need a second key and identity in the paired region, which this driver does not create.",
          copyTo,
          "copyTo with provider-managed keys",
          "drop copyTo, or use provider-managed keys.",
        ),
      );
    }
  }
  for (const { path, network } of databaseNetworks(spec)) {
    found.push(
      ...databaseSubnetRoomProblems(
        path,
        network.data as AzureNetworkData,
        1,
        "a database subnet",
        "a network cidr of /24 or larger whose subnet leaves the last quarter free",
      ),
    );
  }
  return found;
}

/**
 * The network's delegated subnet and private DNS zone (one per network, shared by its databases),
 * created on first use under the network component.
 */
const sharedNetworking = oncePerNetwork((d: AzureNetworkData, base, opts, fallbackTags: Record<string, string>) => {
  const { network, privatedns } = sdk();
  // The network's tags (they belong to the network, not to the database that came first); subnets take none.
  const tags = d.tags ?? fallbackTags;
  const subnet = new network.Subnet(
    `${base}-db-subnet`,
    {
      resourceGroupName: d.resourceGroupName,
      virtualNetworkName: d.virtualNetworkName!,
      addressPrefix: databaseBlocks(d.cidr!, d.subnetCidr!, 1)![0]!,
      delegations: [{ name: "postgresql-flexible", serviceName: "Microsoft.DBforPostgreSQL/flexibleServers" }],
      defaultOutboundAccess: false,
    },
    opts,
  );
  // Private DNS zones are global by Azure's design (location "global"); they hold names, not data.
  const zone = new privatedns.PrivateZone(
    `${base}-db-dns`,
    { resourceGroupName: d.resourceGroupName, privateZoneName: `${base}.private.postgres.database.azure.com`, location: "global", tags },
    opts,
  );
  new privatedns.VirtualNetworkLink(
    `${base}-db-dns-link`,
    {
      resourceGroupName: d.resourceGroupName,
      privateZoneName: zone.name,
      virtualNetwork: { id: d.virtualNetworkId! },
      registrationEnabled: false,
      location: "global",
      tags,
    },
    opts,
  );
  return { subnetId: subnet.id, zoneId: zone.id };
});

export function createDatabase(spec: DatabaseSpec, scope: DriverScope): DatabaseResult {
  const { dbforpostgresql, authorization } = sdk();
  const ctx = azureContext(scope);
  const o = spec.overrides.azure ?? {};
  const name = scope.name;
  const keep: pulumi.CustomResourceOptions = { ...ctx.opts, retainOnDelete: spec.deletionProtection };
  const rg = resourceGroup(scope, ctx, o.resourceGroupName, keep);
  const net = sharedNetworking(spec.network.data as AzureNetworkData, ctx.opts, scope.ready, ctx.tags);
  const cmk =
    spec.encryption === "customer-managed"
      ? customerKey(scope, ctx, {
          resourceGroupName: rg.name,
          vaultName: undefined,
          kind: "database",
          retainOnDelete: spec.deletionProtection,
        })
      : undefined;
  const storageSizeGB = STORAGE_SIZES.find((s) => s >= spec.storageGiB) ?? STORAGE_SIZES[STORAGE_SIZES.length - 1]!;
  const zones = known(scope.placement.region.zones) ?? [];
  const auth =
    spec.adminPassword === undefined
      ? { authConfig: { activeDirectoryAuth: "Enabled", passwordAuth: "Disabled", tenantId: ctx.client().tenantId } }
      : {
          authConfig: { activeDirectoryAuth: "Enabled", passwordAuth: "Enabled", tenantId: ctx.client().tenantId },
          administratorLogin: spec.adminUsername,
          administratorLoginPassword: spec.adminPassword,
        };
  const networkArgs = { delegatedSubnetResourceId: net.subnetId, privateDnsZoneArmResourceId: net.zoneId, publicNetworkAccess: "Disabled" };

  const server = new dbforpostgresql.Server(
    name,
    {
      resourceGroupName: rg.name,
      location: ctx.location,
      version: String(spec.version),
      sku: { name: spec.instanceClass, tier: tierOf(spec.instanceClass) },
      storage: { storageSizeGB, autoGrow: "Enabled" },
      backup: {
        backupRetentionDays: spec.backup.retentionDays,
        geoRedundantBackup: spec.backup.copyTo === undefined ? "Disabled" : "Enabled",
      },
      highAvailability: spec.highAvailability
        ? { mode: "ZoneRedundant", ...(zones[1] === undefined ? {} : { standbyAvailabilityZone: zones[1].replace(/^.*-/, "") }) }
        : { mode: "Disabled" },
      network: networkArgs,
      ...auth,
      ...(cmk === undefined
        ? {}
        : {
            identity: { type: "UserAssigned", userAssignedIdentities: cmk.identity.id.apply((id) => ({ [id]: {} })) },
            dataEncryption: {
              type: "AzureKeyVault",
              primaryKeyURI: cmk.key.keyUriWithVersion,
              primaryUserAssignedIdentityId: cmk.identity.id,
            },
          }),
      tags: ctx.tags,
    },
    { ...keep, ...(cmk === undefined ? {} : { dependsOn: [cmk.access] }) },
  );

  if (spec.tlsOnly) {
    new dbforpostgresql.Configuration(
      `${name}-require-tls`,
      {
        resourceGroupName: rg.name,
        serverName: server.name,
        configurationName: "require_secure_transport",
        value: "on",
        source: "user-override",
      },
      ctx.opts,
    );
  }
  if (spec.deletionProtection) {
    new authorization.ManagementLockByScope(
      `${name}-lock`,
      { scope: server.id, level: "CanNotDelete", notes: "sovereign-cloud: deletion protection of the database" },
      keep,
    );
  }

  const replicaIds = spec.readReplicas.map(
    (_r, i) =>
      new dbforpostgresql.Server(
        `${name}-replica-${i}`,
        {
          resourceGroupName: rg.name,
          location: ctx.location,
          createMode: "Replica",
          sourceServerResourceId: server.id,
          sku: { name: spec.instanceClass, tier: tierOf(spec.instanceClass) },
          storage: { storageSizeGB, autoGrow: "Enabled" },
          network: networkArgs,
          tags: ctx.tags,
        },
        keep,
      ).id,
  );

  return postgresResult(server.id, server.fullyQualifiedDomainName, replicaIds, {
    keyManagement: cmk ? "customer" : "provider",
    backupRegions: backupRegions(scope.placement.region.code, spec.backup.copyTo),
    tlsEnforcement: spec.tlsOnly ? "server parameter require_secure_transport = on" : null,
  });
}
