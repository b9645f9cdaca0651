/**
 * sovereign-cloud: portable Pulumi components (Bucket, Network, VirtualMachine) with a typed
 * residency contract checked before anything is created.
 */
export * from "./components/index";
export * from "./contract/index";
export { SovereignCloudError, ErrorCode, type Problem } from "./errors";
export * as catalog from "./catalog/index";
export * from "./evidence/index";
