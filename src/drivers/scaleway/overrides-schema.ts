/**
 * The `overrides.scaleway` blocks as zod schemas (see ../override-schema.ts), reported at
 * `overrides.scaleway.<key>`. `bucketName` is checked against the S3 naming rules and the cold
 * class against the region in checks.ts.
 */
import { oneOf, text, type OverrideBlock } from "../override-schema";
import type {
  ScalewayBucketOverrides,
  ScalewayColdStorageClass,
  ScalewayNetworkOverrides,
  ScalewayRootVolumeType,
  ScalewayVirtualMachineOverrides,
} from "./overrides";

const PATH = "overrides.scaleway";
const COLD_CLASSES: readonly ScalewayColdStorageClass[] = ["ONEZONE_IA", "GLACIER"];
const ROOT_VOLUME_TYPES: readonly ScalewayRootVolumeType[] = ["sbs_volume", "l_ssd"];

export const SCALEWAY_BUCKET_OVERRIDES: OverrideBlock<ScalewayBucketOverrides> = {
  path: PATH,
  fields: {
    coldStorageClass: oneOf(
      COLD_CLASSES,
      "is not a storage class a Scaleway lifecycle rule can move objects to.",
      "use one of the allowed classes.",
    ),
  },
};

export const SCALEWAY_NETWORK_OVERRIDES: OverrideBlock<ScalewayNetworkOverrides> = {
  path: PATH,
  fields: { vpcId: text("a Scaleway VPC id") },
};

export const SCALEWAY_VM_OVERRIDES: OverrideBlock<ScalewayVirtualMachineOverrides> = {
  path: PATH,
  fields: {
    commercialType: text("a Scaleway commercial type such as PRO2-XS"),
    imageId: text("a Scaleway image id"),
    rootVolumeType: oneOf(ROOT_VOLUME_TYPES),
  },
};
