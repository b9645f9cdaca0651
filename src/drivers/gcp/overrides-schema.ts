/**
 * The `overrides.gcp` blocks as zod schemas (see ../override-schema.ts), reported at
 * `overrides.gcp.<key>`. The project, the zone, the component name and the KMS key are checked
 * against the placement in provider.ts, naming.ts, vm.ts and bucket.ts.
 */
import { z } from "zod";
import { flag, text, type OverrideBlock } from "../override-schema";
import type { GcpNetworkOverrides, GcpVirtualMachineOverrides } from "./overrides";

const PATH = "overrides.gcp";

export const GCP_NETWORK_OVERRIDES: OverrideBlock<GcpNetworkOverrides> = {
  path: PATH,
  fields: {
    flowLogs: flag("set a boolean."),
    flowLogSampling: {
      schema: z.number().gt(0).lte(1),
      message: "must be a fraction greater than 0 and at most 1.",
      allowed: "0 < x <= 1",
      fix: "set e.g. 0.5.",
    },
  },
};

const computeValue = (key: string) => text("a Compute Engine value", `set overrides.gcp.${key} or leave it out.`);

export const GCP_VM_OVERRIDES: OverrideBlock<GcpVirtualMachineOverrides> = {
  path: PATH,
  fields: { machineType: computeValue("machineType"), image: computeValue("image"), diskType: computeValue("diskType") },
};
