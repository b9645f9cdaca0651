/** OpenStack-specific knobs, one block per component. Every field is optional and documented with @default. */

/** Read only when a Bucket targets OpenStack. */
export interface OpenStackBucketOverrides {}

/** Read only when a Network targets OpenStack. */
export interface OpenStackNetworkOverrides {}

/** Read only when a VirtualMachine targets OpenStack. */
export interface OpenStackVirtualMachineOverrides {}
