/** Aws-specific knobs. The aws driver work fills these in; every field documented with @default. */

/** Aws knobs for a Bucket. */
export interface AwsBucketOverrides {}

/** Aws knobs for a Network. */
export interface AwsNetworkOverrides {}

/** Aws knobs for a VirtualMachine. */
export interface AwsVirtualMachineOverrides {}
