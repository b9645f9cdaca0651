/** Scaleway-specific knobs, one block per component. Every field is optional and documented with @default. */

/** Read only when a Bucket targets Scaleway. */
export interface ScalewayBucketOverrides {}

/** Read only when a Network targets Scaleway. */
export interface ScalewayNetworkOverrides {}

/** Read only when a VirtualMachine targets Scaleway. */
export interface ScalewayVirtualMachineOverrides {}
