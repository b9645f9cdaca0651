/**
 * The `overrides.openstack` network block as a zod schema (see ../override-schema.ts), reported at
 * `overrides.openstack.<key>`. Container names, name servers and the external network are checked
 * against the cloud in checks.ts.
 */
import { text, type OverrideBlock } from "../override-schema";
import type { OpenStackNetworkOverrides } from "./overrides";

export const OPENSTACK_NETWORK_OVERRIDES: OverrideBlock<OpenStackNetworkOverrides> = {
  path: "overrides.openstack",
  fields: {
    externalNetworkId: text("a network UUID", "set it or leave it out."),
    externalNetworkName: text("a network name such as ext-net", "set it or leave it out."),
  },
};
