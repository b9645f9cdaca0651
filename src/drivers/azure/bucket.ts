/**
 * Bucket on Azure: a resource group, a StorageV2 account locked down to Entra ID over HTTPS/TLS 1.2,
 * blob service settings (versioning, blob and container soft delete), one private container, a
 * lifecycle management policy and, for `retentionDays`, version-level immutability.
 *
 * Immutability: the account is created with version-level immutability support and an
 * account-level default time-based retention policy (`immutableStorageWithVersioning`), so every
 * blob version written to any container is protected for `retentionDays` from its creation, like
 * an S3 object-lock default retention. That support can only be switched on when the account is
 * created. Azure creates such a policy only `Unlocked`; `Locked` (irreversible: the period can then
 * only grow) is a later update, which is why `retentionLocked` needs
 * `overrides.azure.lockExistingRetentionPolicy` (see checks.ts). The container-level
 * BlobContainerImmutabilityPolicy resource is not used: azure-native cannot lock it (locking is a
 * separate POST action that the provider does not expose).
 *
 * Redundancy stays in the region (ZRS across zones, LRS without zones) unless the component set
 * `geoRedundantTo`, which it does only when the contract allows the region's pair.
 */
import * as pulumi from "@pulumi/pulumi";
import type * as azure from "@pulumi/azure-native";
import { known } from "../../catalog/types";
import type { BucketResult, BucketSpec, DriverScope } from "../types";
import { azureContext, azureTags, containerName, MAX_STORAGE_ACCOUNT_TAGS, resourceGroup, storageAccountName } from "./common";
import { customerKey, KEY_NAME } from "./kms";
import { sdk } from "./sdk";

export const DEFAULT_SOFT_DELETE_DAYS = 7;

/** Storage redundancy: zone-redundant where the region has zones; geo-redundant only to an allowed pair. */
export function storageSku(
  regionHasZones: boolean,
  geoRedundant: boolean,
): "Standard_ZRS" | "Standard_LRS" | "Standard_GZRS" | "Standard_GRS" {
  if (geoRedundant) return regionHasZones ? "Standard_GZRS" : "Standard_GRS";
  return regionHasZones ? "Standard_ZRS" : "Standard_LRS";
}

export function createBucket(spec: BucketSpec, scope: DriverScope): BucketResult {
  const { storage } = sdk();
  const ctx = azureContext(scope);
  const o = spec.overrides.azure ?? {};
  const name = scope.name;
  // Data-bearing children outlive `pulumi destroy` unless the user opted out.
  const keep: pulumi.CustomResourceOptions = { ...ctx.opts, retainOnDelete: spec.retainOnDelete };
  // Deleting a resource group deletes everything in it, retained or not: the bucket's group must be
  // kept exactly like the storage account, or a destroy would take the retained data with it.
  const rg = resourceGroup(scope, ctx, o.resourceGroupName, keep);
  const zones = known(scope.placement.region.zones) ?? [];
  const accountName = o.storageAccountName ?? ctx.client().subscriptionId.apply((sub) => storageAccountName(sub, name));
  const container = o.containerName ?? containerName(name);
  const softDeleteDays = o.softDeleteDays ?? DEFAULT_SOFT_DELETE_DAYS;

  const cmk =
    spec.encryption === "customer-managed"
      ? customerKey(scope, ctx, {
          resourceGroupName: rg.name,
          vaultName: o.keyVaultName,
          kind: "bucket",
          retainOnDelete: spec.retainOnDelete,
        })
      : undefined;

  const encryption: pulumi.Input<azure.types.input.storage.EncryptionArgs> = {
    // A second, infrastructure-level layer of encryption (can only be chosen at creation).
    requireInfrastructureEncryption: true,
    services: { blob: { enabled: true, keyType: "Account" }, file: { enabled: true, keyType: "Account" } },
    keySource: cmk ? "Microsoft.Keyvault" : "Microsoft.Storage",
    ...(cmk
      ? {
          // No key version: the account follows the key's rotation automatically.
          keyVaultProperties: { keyName: cmk.key.id.apply(() => KEY_NAME), keyVaultUri: cmk.vault.properties.apply((p) => p.vaultUri) },
          encryptionIdentity: { encryptionUserAssignedIdentity: cmk.identity.id },
        }
      : {}),
  };

  const account = new storage.StorageAccount(
    name,
    {
      location: ctx.location,
      resourceGroupName: rg.name,
      accountName,
      kind: "StorageV2",
      sku: { name: storageSku(zones.length > 0, spec.geoRedundantTo !== undefined) },
      accessTier: "Hot",
      // Private, Entra ID only, HTTPS with TLS 1.2+, no replication to other tenants.
      allowBlobPublicAccess: false,
      enableHttpsTrafficOnly: true,
      minimumTlsVersion: "TLS1_2",
      allowSharedKeyAccess: false,
      defaultToOAuthAuthentication: true,
      allowCrossTenantReplication: false,
      encryption,
      ...(cmk ? { identity: { type: "UserAssigned", userAssignedIdentities: [cmk.identity.id] } } : {}),
      ...(spec.retentionDays === undefined
        ? {}
        : {
            immutableStorageWithVersioning: {
              enabled: true,
              immutabilityPolicy: {
                immutabilityPeriodSinceCreationInDays: spec.retentionDays,
                allowProtectedAppendWrites: false,
                state: spec.retentionLocked ? "Locked" : "Unlocked",
              },
            },
          }),
      tags: azureTags(scope.labels, MAX_STORAGE_ACCOUNT_TAGS),
    },
    {
      ...keep,
      // The identity may use the key only once its role assignment exists.
      ...(cmk ? { dependsOn: [cmk.access] } : {}),
      // A derived name is identity once created: a later project or stack rename must not replace the account.
      ...(o.storageAccountName === undefined ? { ignoreChanges: ["accountName"] } : {}),
    },
  );

  const blobService = new storage.BlobServiceProperties(
    `${name}-blob-service`,
    {
      resourceGroupName: rg.name,
      accountName: account.name,
      blobServicesName: "default",
      isVersioningEnabled: spec.versioning,
      // Deleted blobs and containers stay recoverable for a while.
      deleteRetentionPolicy: { enabled: true, days: softDeleteDays },
      containerDeleteRetentionPolicy: { enabled: true, days: softDeleteDays },
    },
    ctx.opts,
  );

  const blobContainer = new storage.BlobContainer(
    `${name}-container`,
    { resourceGroupName: rg.name, accountName: account.name, containerName: container, publicAccess: "None" },
    { ...keep, dependsOn: [blobService] },
  );

  const policy = lifecyclePolicy(spec, o.coldTier ?? "Cool");
  if (policy !== undefined) {
    new storage.ManagementPolicy(
      `${name}-lifecycle`,
      { resourceGroupName: rg.name, accountName: account.name, managementPolicyName: "default", policy },
      { ...ctx.opts, dependsOn: [blobService] },
    );
  }

  return {
    bucketName: blobContainer.id.apply(() => container),
    bucketId: blobContainer.id,
    endpoint: pulumi
      .all([account.primaryEndpoints, account.name, blobContainer.id])
      .apply(([e, accountName]) => blobEndpoint(e?.blob, accountName, container)),
    // Azure Storage's own encryption (no algorithm set by us), or the Key Vault key above.
    encryption: { sseAlgorithm: null, keyManagement: spec.encryption === "customer-managed" ? "customer" : null },
  };
}

/**
 * The container's URL: the account's blob endpoint as Azure reports it, or, when the account shows
 * none (Pulumi's plain mocks return no computed outputs), the public cloud's documented form
 * `https://<account>.blob.core.windows.net/` (Azure Storage docs, "Storage account endpoints").
 */
export function blobEndpoint(reported: string | undefined, accountName: string, container: string): string {
  const base = reported !== undefined && reported !== "" ? reported : `https://${accountName}.blob.core.windows.net/`;
  return `${base.replace(/\/?$/, "/")}${container}`;
}

/** The lifecycle rules, or `undefined` when there are none. */
export function lifecyclePolicy(
  spec: BucketSpec,
  coldTier: "Cool" | "Cold",
): azure.types.input.storage.ManagementPolicySchemaArgs | undefined {
  const { expireAfterDays, noncurrentExpireAfterDays, coldAfterDays } = spec.lifecycle;
  if (expireAfterDays === undefined && noncurrentExpireAfterDays === undefined && coldAfterDays === undefined) return undefined;
  const baseBlob: azure.types.input.storage.ManagementPolicyBaseBlobArgs = {
    ...(coldAfterDays === undefined
      ? {}
      : { [coldTier === "Cold" ? "tierToCold" : "tierToCool"]: { daysAfterCreationGreaterThan: coldAfterDays } }),
    ...(expireAfterDays === undefined ? {} : { delete: { daysAfterCreationGreaterThan: expireAfterDays } }),
  };
  return {
    rules: [
      {
        name: "sovereign-cloud-lifecycle",
        enabled: true,
        type: "Lifecycle",
        definition: {
          filters: { blobTypes: ["blockBlob"] },
          actions: {
            ...(Object.keys(baseBlob).length > 0 ? { baseBlob } : {}),
            // A previous version is created when the current one is overwritten or deleted, so its
            // creation time is when it became noncurrent.
            ...(noncurrentExpireAfterDays === undefined
              ? {}
              : { version: { delete: { daysAfterCreationGreaterThan: noncurrentExpireAfterDays } } }),
          },
        },
      },
    ],
  };
}
