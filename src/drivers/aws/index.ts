/**
 * The AWS driver: S3 buckets, VPC networks and EC2 virtual machines, every child on an explicit
 * `aws.Provider` (the user's own, or one shared per Region: `aws-eu-central-1`, see provider.ts)
 * and carrying the placement's Region itself (which also works in the aws-eusc partition).
 * `@pulumi/aws` is loaded only when a resource is created (see `sdk.ts`).
 */
import { defineDriver } from "../define";
import type { Driver } from "../types";
import { checkDatabase, createDatabase } from "./database";
import { checkKubernetesCluster, createKubernetesCluster } from "./eks";
import * as bucket from "./bucket";
import { AWS_CAPABILITIES } from "./capabilities";
import * as checks from "./checks";
import * as network from "./network";
import * as vm from "./vm";

export type {
  AwsBucketOverrides,
  AwsDatabaseOverrides,
  AwsKubernetesClusterOverrides,
  AwsNetworkOverrides,
  AwsVirtualMachineOverrides,
} from "./overrides";

export const awsDriver: Driver = defineDriver(
  "aws",
  AWS_CAPABILITIES,
  { checks, bucket, network, vm },
  {
    instanceType: (o) => o.aws?.instanceType,
    image: (o) => o.aws?.ami,
  },
  {
    checkDatabase,
    database: createDatabase,
    overriddenDatabaseClass: (o) => o.aws?.instanceClass,
    checkKubernetesCluster,
    kubernetesCluster: createKubernetesCluster,
  },
);
