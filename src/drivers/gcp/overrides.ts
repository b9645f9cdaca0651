/** Gcp-specific knobs. The gcp driver work fills these in; every field documented with @default. */

/** Gcp knobs for a Bucket. */
export interface GcpBucketOverrides {}

/** Gcp knobs for a Network. */
export interface GcpNetworkOverrides {}

/** Gcp knobs for a VirtualMachine. */
export interface GcpVirtualMachineOverrides {}
