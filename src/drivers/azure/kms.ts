/**
 * Customer-managed keys on Azure: a Key Vault (RBAC, soft delete, purge protection, firewall that
 * only lets trusted Azure services through), an RSA key in it, and a user-assigned identity that
 * holds "Key Vault Crypto Service Encryption User" on the vault. The storage account or disk
 * encryption set then uses the key through that identity.
 *
 * Everything here goes through Azure Resource Manager (control plane), so the deployer needs no
 * data-plane access to the vault; the vault firewall does not apply to control-plane calls.
 */
import * as pulumi from "@pulumi/pulumi";
import type * as azure from "@pulumi/azure-native";
import type { DriverScope } from "../types";
import { keyVaultName, type AzureContext } from "./common";
import { sdk } from "./sdk";

/** Built-in role "Key Vault Crypto Service Encryption User" (wrap/unwrap keys for service encryption). */
export const CRYPTO_SERVICE_ENCRYPTION_USER = "e147488a-f6f5-4113-8e2d-b22465e65bf6";

/** The key's name inside the component's own vault. */
export const KEY_NAME = "sovereign-cloud-data";

export interface CustomerKey {
  readonly vault: azure.keyvault.Vault;
  readonly key: azure.keyvault.Key;
  readonly identity: azure.managedidentity.UserAssignedIdentity;
  /** Depend on this before using the key: the identity may only use the key once the role exists. */
  readonly access: azure.authorization.RoleAssignment;
}

export interface CustomerKeyArgs {
  readonly resourceGroupName: pulumi.Input<string>;
  /** The vault name from overrides; derived from the subscription and component when absent. */
  readonly vaultName: string | undefined;
  /** Component kind, part of a derived vault name (`bucket`, `vm`). */
  readonly kind: string;
  /** Keep vault, key, identity and role assignment on destroy (the data cannot be read without them). */
  readonly retainOnDelete: boolean;
}

export function customerKey(scope: DriverScope, ctx: AzureContext, args: CustomerKeyArgs): CustomerKey {
  const { keyvault, managedidentity, authorization } = sdk();
  const name = scope.name;
  // The key decrypts the data, and the identity with its role is how the service reaches the key:
  // all four live exactly as long as the data does (a retained account whose identity was deleted
  // could no longer unwrap its key).
  const keep: pulumi.CustomResourceOptions = { ...ctx.opts, retainOnDelete: args.retainOnDelete };
  const client = ctx.client();
  const derivedName = args.vaultName === undefined;

  const vault = new keyvault.Vault(
    `${name}-vault`,
    {
      location: ctx.location,
      resourceGroupName: args.resourceGroupName,
      vaultName: args.vaultName ?? client.subscriptionId.apply((sub) => keyVaultName(sub, args.kind, name)),
      tags: ctx.tags,
      properties: {
        tenantId: client.tenantId,
        sku: { family: "A", name: "standard" },
        // Access by Azure RBAC only (no access policies), and a deleted key stays recoverable:
        // purge protection cannot be turned off again, so nobody can destroy the key for good early.
        enableRbacAuthorization: true,
        enableSoftDelete: true,
        enablePurgeProtection: true,
        softDeleteRetentionInDays: 90,
        networkAcls: { defaultAction: "Deny", bypass: "AzureServices" },
      },
    },
    // A derived name is identity once created: a later project or stack rename must not replace the vault.
    { ...keep, ...(derivedName ? { ignoreChanges: ["vaultName"] } : {}) },
  );

  const key = new keyvault.Key(
    `${name}-key`,
    {
      resourceGroupName: args.resourceGroupName,
      vaultName: vault.name,
      keyName: KEY_NAME,
      tags: ctx.tags,
      properties: {
        kty: "RSA",
        keySize: 3072,
        keyOps: ["wrapKey", "unwrapKey"],
        // A new key version every year; the consumers follow the latest version.
        rotationPolicy: { lifetimeActions: [{ trigger: { timeAfterCreate: "P365D" }, action: { type: "rotate" } }] },
      },
    },
    keep,
  );

  const identity = new managedidentity.UserAssignedIdentity(
    `${name}-identity`,
    { location: ctx.location, resourceGroupName: args.resourceGroupName, tags: ctx.tags },
    keep,
  );

  const access = new authorization.RoleAssignment(
    `${name}-key-access`,
    {
      scope: vault.id,
      principalId: identity.principalId,
      principalType: "ServicePrincipal",
      roleDefinitionId: pulumi.interpolate`/subscriptions/${client.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${CRYPTO_SERVICE_ENCRYPTION_USER}`,
    },
    keep,
  );

  return { vault, key, identity, access };
}
