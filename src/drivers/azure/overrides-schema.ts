/**
 * The `overrides.azure` blocks as zod schemas (see ../override-schema.ts): names Azure would refuse,
 * booleans, allowed values and ranges, and keys the driver does not know. Reported at
 * `args.overrides.azure.<key>`.
 */
import { flag, matching, oneOf, wholeNumber, type OverrideBlock, type OverrideField } from "../override-schema";
import { CONTAINER_NAME, KEY_VAULT_NAME, RESOURCE_GROUP_NAME, STORAGE_ACCOUNT_NAME } from "./common";
import type { AzureBucketOverrides, AzureNetworkOverrides, AzureVirtualMachineOverrides } from "./overrides";

const PATH = "args.overrides.azure";
const strict = { message: "is not an Azure override of this component." };
export const OS_DISK_TYPES = ["Premium_LRS", "StandardSSD_LRS", "Premium_ZRS", "StandardSSD_ZRS"];

/** A name Azure accepts, by its pattern. */
function azureName(key: string, what: string, pattern: RegExp, allowed: string): OverrideField {
  return matching(pattern, `is not a valid Azure ${what}.`, allowed, `fix it, or leave ${key} out to use the driver's default.`);
}
const bool = (key: string) => flag(`set ${key} to a boolean.`);

const RG_ALLOWED = "1-90 letters, digits, underscores, hyphens, periods and parentheses, not ending with a period";
const KV_ALLOWED = "3-24 letters, digits and single hyphens, starting with a letter and ending with a letter or digit (globally unique)";
const resourceGroupName = azureName("resourceGroupName", "resource group name", RESOURCE_GROUP_NAME, RG_ALLOWED);
const keyVaultName = azureName("keyVaultName", "Key Vault name", KEY_VAULT_NAME, KV_ALLOWED);

export const AZURE_BUCKET_OVERRIDES: OverrideBlock<AzureBucketOverrides> = {
  path: PATH,
  strict,
  fields: {
    resourceGroupName,
    storageAccountName: azureName(
      "storageAccountName",
      "storage account name",
      STORAGE_ACCOUNT_NAME,
      "3-24 lowercase letters and digits (globally unique)",
    ),
    containerName: azureName(
      "containerName",
      "blob container name",
      CONTAINER_NAME,
      "3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit",
    ),
    softDeleteDays: wholeNumber(
      1,
      365,
      "Azure keeps soft-deleted blobs and containers for 1 to 365 days.",
      "an integer 1..365",
      "give a number of days between 1 and 365.",
    ),
    coldTier: oneOf(["Cool", "Cold"]),
    lockExistingRetentionPolicy: bool("lockExistingRetentionPolicy"),
    keyVaultName,
  },
};

export const AZURE_NETWORK_OVERRIDES: OverrideBlock<AzureNetworkOverrides> = {
  path: PATH,
  strict,
  fields: { resourceGroupName, defaultOutboundAccess: bool("defaultOutboundAccess") },
};

export const AZURE_VM_OVERRIDES: OverrideBlock<AzureVirtualMachineOverrides> = {
  path: PATH,
  strict,
  fields: {
    vmSize: azureName("vmSize", "VM size", /^[A-Za-z0-9_]+$/, "an Azure VM size name such as Standard_D2s_v5"),
    imageUrn: azureName(
      "imageUrn",
      "image URN",
      /^[^:\s]+:[^:\s]+:[^:\s]+:[^:\s]+$/,
      "publisher:offer:sku:version, e.g. Debian:debian-12:12-gen2:latest",
    ),
    resourceGroupName,
    encryptionAtHost: bool("encryptionAtHost"),
    trustedLaunch: bool("trustedLaunch"),
    osDiskType: oneOf(OS_DISK_TYPES),
    keyVaultName,
  },
};
