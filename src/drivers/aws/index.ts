/**
 * The AWS driver: S3 buckets, VPC networks and EC2 virtual machines, every child on an explicit
 * `aws.Provider` (the user's own, or one shared per Region: `aws-eu-central-1`, see provider.ts)
 * and carrying the placement's Region itself (which also works in the aws-eusc partition).
 * `@pulumi/aws` is loaded only when a resource is created (see `sdk.ts`).
 */
import type { Driver } from "../types";
import { AWS_CAPABILITIES } from "./capabilities";
import { createBucket } from "./bucket";
import { checkBucket, checkNetwork, checkVirtualMachine } from "./checks";
import { createNetwork } from "./network";
import { createVirtualMachine } from "./vm";

export type { AwsBucketOverrides, AwsNetworkOverrides, AwsVirtualMachineOverrides } from "./overrides";

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
};
