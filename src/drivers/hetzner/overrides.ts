/** Hetzner-specific knobs, one block per component. Every field is optional and documented with @default. */

/** Read only when a Bucket targets Hetzner. */
export interface HetznerBucketOverrides {}

/** Read only when a Network targets Hetzner. */
export interface HetznerNetworkOverrides {}

/** Read only when a VirtualMachine targets Hetzner. */
export interface HetznerVirtualMachineOverrides {}
