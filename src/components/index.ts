export { Bucket, type BucketArgs, type BucketLifecycleArgs } from "./bucket";
export { Network, type IngressRule, type NetworkArgs } from "./network";
export { VirtualMachine, type SizeSpec, type VirtualMachineArgs } from "./virtual-machine";
export { KubernetesCluster, type KubernetesClusterArgs, type NodePoolArgs } from "./kubernetes-cluster";
export type { PlacementArgs } from "./context";
export type { ResidencyRecord } from "./residency";
export { Database, type DatabaseArgs, type DatabaseBackupArgs, type DatabasePublicAccessArgs, type DatabaseReplicaArgs } from "./database";
