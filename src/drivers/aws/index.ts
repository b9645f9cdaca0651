/**
 * The AWS driver: S3 buckets, VPC networks and EC2 virtual machines, every child on an explicit
 * `aws.Provider` (the user's own, or one shared per Region: `aws-eu-central-1`, see provider.ts)
 * and carrying the placement's Region itself (which also works in the aws-eusc partition).
 * `@pulumi/aws` is loaded only when a resource is created (see `sdk.ts`).
 */
import { defineDriver } from "../define";
import * as bucket from "./bucket";
import { AWS_CAPABILITIES as capabilities } from "./capabilities";
import * as checks from "./checks";
import * as database from "./database";
import * as kubernetes from "./eks";
import * as network from "./network";
import * as overrides from "./overrides";
import * as vm from "./vm";

export type * from "./overrides";

export const awsDriver = defineDriver("aws", { capabilities, checks, bucket, network, vm, overrides, database, kubernetes });
