/** Ovhcloud-specific knobs, one block per component. Every field is optional and documented with @default. */

/** Read only when a Bucket targets Ovhcloud. */
export interface OvhcloudBucketOverrides {}

/** Read only when a Network targets Ovhcloud. */
export interface OvhcloudNetworkOverrides {}

/** Read only when a VirtualMachine targets Ovhcloud. */
export interface OvhcloudVirtualMachineOverrides {}
