/**
 * The `overrides.aws` blocks as zod schemas (see ../override-schema.ts), reported at
 * `overrides.aws.<key>`. `bucketName` is checked against the S3 naming rules and `kmsKeyArn`
 * against the placement in checks.ts.
 */
import { flag, oneOf, text, type OverrideBlock } from "../override-schema";
import type { AwsBucketOverrides, AwsColdStorageClass, AwsNetworkOverrides, AwsVirtualMachineOverrides } from "./overrides";

const PATH = "overrides.aws";
const COLD_CLASSES: readonly AwsColdStorageClass[] = [
  "STANDARD_IA",
  "ONEZONE_IA",
  "INTELLIGENT_TIERING",
  "GLACIER_IR",
  "GLACIER",
  "DEEP_ARCHIVE",
];

export const AWS_BUCKET_OVERRIDES: OverrideBlock<AwsBucketOverrides> = {
  path: PATH,
  fields: {
    coldStorageClass: oneOf(
      COLD_CLASSES,
      "is not a storage class an S3 lifecycle rule can move objects to.",
      "use one of the allowed classes.",
    ),
  },
};

export const AWS_NETWORK_OVERRIDES: OverrideBlock<AwsNetworkOverrides> = { path: PATH, fields: { internetGateway: flag() } };

export const AWS_VM_OVERRIDES: OverrideBlock<AwsVirtualMachineOverrides> = {
  path: PATH,
  fields: { instanceType: text("an EC2 instance type such as t3.medium"), ami: text("an AMI id such as ami-0123456789abcdef0") },
};
