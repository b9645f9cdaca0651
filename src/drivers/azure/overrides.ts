/**
 * Azure-specific knobs, one block per component kind, read only when the target is on Azure.
 * The driver validates them (`checks.ts`) before anything is created.
 */
import type { PinnedFields } from "../define";

/** Azure knobs for a Bucket (a storage account with one private blob container). */
export interface AzureBucketOverrides {
  /**
   * Put the bucket's resources into this existing resource group instead of creating one. The
   * group is then not managed (nor deleted) by the stack.
   * @default - a new resource group `<name>-rg`, kept on destroy like the data
   */
  readonly resourceGroupName?: string;
  /**
   * Storage account name: globally unique, 3-24 lowercase letters and digits. Set it to adopt a
   * naming scheme or to keep the name stable across a project or stack rename.
   * @default - up to 14 characters of the component name plus a 10-character hash of subscription, project, stack and name
   */
  readonly storageAccountName?: string;
  /**
   * Blob container name: 3-63 lowercase letters, digits and single hyphens.
   * @default - the component name in lowercase, other characters replaced by hyphens
   */
  readonly containerName?: string;
  /**
   * Days a deleted blob or container stays recoverable (blob and container soft delete), 1-365.
   * @default 7
   */
  readonly softDeleteDays?: number;
  /**
   * Access tier that `lifecycle.coldAfterDays` moves blobs to.
   * @default "Cool"
   */
  readonly coldTier?: "Cool" | "Cold";
  /**
   * Azure creates an immutability policy only unlocked and locks it in a later update. Set this to
   * `true` together with `retentionLocked: true` once the bucket exists with its (unlocked)
   * retention; the next `pulumi up` then locks it, irreversibly.
   * @default false
   */
  readonly lockExistingRetentionPolicy?: boolean;
  /**
   * Key Vault name for customer-managed keys: globally unique, 3-24 letters, digits and hyphens,
   * starting with a letter. A deleted vault keeps its name for 90 days (purge protection), so a
   * bucket re-created after `retainOnDelete: false` and a destroy needs a new name here.
   * @default - `kv` plus up to 12 characters of the component name plus a 10-character hash
   */
  readonly keyVaultName?: string;
}

/** Azure knobs for a Network (a virtual network with one subnet and a network security group). */
export interface AzureNetworkOverrides {
  /**
   * Put the network into this existing resource group instead of creating one.
   * @default - a new resource group `<name>-rg`
   */
  readonly resourceGroupName?: string;
  /**
   * Let VMs without a public IP reach the internet through Azure's implicit default outbound
   * access. Off by default: such VMs then have no outbound internet access unless you add a NAT
   * gateway (package installs at boot need one, or a public IP).
   * @default false
   */
  readonly defaultOutboundAccess?: boolean;
}

/** Azure knobs for a VirtualMachine. */
export interface AzureVirtualMachineOverrides {
  /**
   * VM size to use instead of the one resolved from the portable size (e.g. `Standard_D2as_v5`).
   * @default - the smallest catalog size that meets the portable size
   */
  readonly vmSize?: string;
  /**
   * Marketplace image URN `publisher:offer:sku:version` instead of the portable image. Use a
   * Generation 2 image while `trustedLaunch` is on.
   * @default - the catalog URN of the portable image
   */
  readonly imageUrn?: string;
  /**
   * Put the VM's resources into this existing resource group instead of creating one.
   * @default - a new resource group `<name>-rg`
   */
  readonly resourceGroupName?: string;
  /**
   * Encrypt temp disk and disk caches on the host. The subscription must have the feature
   * registered once: `az feature register --namespace Microsoft.Compute --name EncryptionAtHost`
   * (then `az provider register -n Microsoft.Compute`), and the size must support it.
   * @default true
   */
  readonly encryptionAtHost?: boolean;
  /**
   * Trusted Launch: UEFI secure boot and a virtual TPM. Needs a Generation 2 image and size.
   * @default true
   */
  readonly trustedLaunch?: boolean;
  /**
   * Managed disk type of the OS disk.
   * @default "Premium_LRS"
   */
  readonly osDiskType?: "Premium_LRS" | "StandardSSD_LRS" | "Premium_ZRS" | "StandardSSD_ZRS";
  /**
   * Key Vault name for the disk encryption key when the VM uses customer-managed keys. A deleted
   * vault keeps its name for 90 days (purge protection): a VM re-created within that time after a
   * destroy needs a new name here.
   * @default - `kv` plus up to 12 characters of the component name plus a 10-character hash
   */
  readonly keyVaultName?: string;
}

/** Azure knobs for a Database (PostgreSQL flexible server). */
export interface AzureDatabaseOverrides {
  /**
   * Compute SKU (`Standard_D2ds_v5`, ...) instead of the one resolved from the portable size.
   * @default - the smallest catalog SKU that meets the size (never Burstable with high availability)
   */
  readonly skuName?: string;
  /**
   * An existing resource group for the server (and its key vault when customer-managed).
   * @default - a new resource group `<name>-rg`
   */
  readonly resourceGroupName?: string;
}

/** The fields above that pin the instance type, image and database class (instead of the catalog's tables; see defineDriver). */
export const PINNED: PinnedFields<"azure"> = { instanceType: "vmSize", image: "imageUrn", databaseClass: "skuName" };
