/** Azure-specific knobs. The azure driver work fills these in; every field documented with @default. */

/** Azure knobs for a Bucket. */
export interface AzureBucketOverrides {}

/** Azure knobs for a Network. */
export interface AzureNetworkOverrides {}

/** Azure knobs for a VirtualMachine. */
export interface AzureVirtualMachineOverrides {}
