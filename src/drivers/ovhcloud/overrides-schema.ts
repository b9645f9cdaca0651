/**
 * The `overrides.ovhcloud` blocks as zod schemas (see ../override-schema.ts), reported at
 * `overrides.ovhcloud.<key>`. `serviceName` is resolved and checked in provider.ts, `bucketName`
 * against the S3 naming rules in checks.ts.
 */
import { oneOf, text, wholeNumber, type OverrideBlock } from "../override-schema";
import {
  OVHCLOUD_COLD_STORAGE_CLASSES,
  type OvhcloudBucketOverrides,
  type OvhcloudNetworkOverrides,
  type OvhcloudVirtualMachineOverrides,
} from "./overrides";

const PATH = "overrides.ovhcloud";

export const OVHCLOUD_BUCKET_OVERRIDES: OverrideBlock<OvhcloudBucketOverrides> = {
  path: PATH,
  fields: {
    coldStorageClass: oneOf(
      OVHCLOUD_COLD_STORAGE_CLASSES,
      "is not a storage class an OVHcloud lifecycle rule can move objects to.",
      "use one of the allowed classes.",
    ),
  },
};

export const OVHCLOUD_NETWORK_OVERRIDES: OverrideBlock<OvhcloudNetworkOverrides> = {
  path: PATH,
  fields: {
    vlanId: wholeNumber(
      0,
      4096,
      "must be a whole number between 0 and 4096.",
      "0..4096",
      "choose another VLAN id, or leave it out to let OVHcloud assign one.",
    ),
  },
};

export const OVHCLOUD_VM_OVERRIDES: OverrideBlock<OvhcloudVirtualMachineOverrides> = {
  path: PATH,
  fields: {
    flavor: text("an OVHcloud flavor name", "set {path} or leave it out."),
    image: text("an OVHcloud image name", "set {path} or leave it out."),
  },
};
