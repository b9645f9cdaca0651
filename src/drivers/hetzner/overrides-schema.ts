/**
 * The `overrides.hetzner` blocks as zod schemas (see ../override-schema.ts), reported at
 * `overrides.hetzner.<key>`. `bucketName` is checked against the S3 naming rules in checks.ts.
 */
import { z } from "zod";
import { flag, text, type OverrideBlock } from "../override-schema";
import type { HetznerBucketOverrides, HetznerNetworkOverrides, HetznerVirtualMachineOverrides } from "./overrides";

const PATH = "overrides.hetzner";

export const HETZNER_BUCKET_OVERRIDES: OverrideBlock<HetznerBucketOverrides> = { path: PATH, fields: { pathStyle: flag() } };

export const HETZNER_NETWORK_OVERRIDES: OverrideBlock<HetznerNetworkOverrides> = {
  path: PATH,
  fields: { networkZone: text('"eu-central"'), deleteProtection: flag() },
};

export const HETZNER_VM_OVERRIDES: OverrideBlock<HetznerVirtualMachineOverrides> = {
  path: PATH,
  fields: {
    serverType: text('"cx23"'),
    image: text('"debian-12"'),
    sshKeyNames: {
      schema: z.array(z.string().refine((n) => n.trim() !== "")).min(1),
      message: "must be a non-empty list of SSH key names or ids registered in the Hetzner project.",
      allowed: '["alice@laptop"]',
      fix: "list the keys, or leave it out to register the first of sshKeys.",
    },
    volumeGiB: {
      schema: z.number().int().min(1),
      message: "must be a whole number of GB.",
      allowed: "a whole number such as 100",
      fix: "set the volume size in GB, or leave it out.",
    },
    protection: flag(),
  },
};
