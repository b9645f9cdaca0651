/**
 * The AWS driver: S3 buckets, VPC networks and EC2 virtual machines, each with its own explicit
 * `aws.Provider` pinned to the placement's Region (which also works in the aws-eusc partition).
 * `@pulumi/aws` is loaded only when a resource is created (see `sdk.ts`).
 */
import type { Driver } from "../types";
import { AWS_CAPABILITIES } from "./capabilities";
import { createBucket } from "./bucket";
import { checkBucket, checkNetwork, checkVirtualMachine } from "./checks";
import { createNetwork } from "./network";
import { createVirtualMachine } from "./vm";
import { checkDatabase, createDatabase } from "./database";

export type { AwsBucketOverrides, AwsDatabaseOverrides, AwsNetworkOverrides, AwsVirtualMachineOverrides } from "./overrides";

export const awsDriver: Driver = {
  id: "aws",
  capabilities: AWS_CAPABILITIES,
  checkBucket,
  checkNetwork,
  checkVirtualMachine,
  bucket: createBucket,
  network: createNetwork,
  virtualMachine: createVirtualMachine,
  overriddenInstanceType: (o) => o.aws?.instanceType,
  overriddenImage: (o) => o.aws?.ami,
  checkDatabase,
  database: createDatabase,
  overriddenDatabaseClass: (o) => o.aws?.instanceClass,
};
