/** Hand-written specs and scopes for the Scaleway driver tests (no component code involved). */
import * as pulumi from "@pulumi/pulumi";
import type { Placement } from "../../../src/contract/placement";
import type { DriverScope, NetworkHandle, VirtualMachineSpec } from "../../../src/drivers/types";
import { placementAt, scopeAt, vmSpec as baseVmSpec } from "../../helpers/specs";
export { bucketSpec, networkSpec, KEYS } from "../../helpers/specs";

export function placement(region = "fr-par", zone?: string): Placement {
  return placementAt("scaleway", region, zone);
}

export function scope(name: string, p: Placement = placement(), labels: Record<string, string> = { app: "docs" }): DriverScope {
  return scopeAt(name, p, labels);
}

export function vmSpec(network: NetworkHandle, over: Partial<VirtualMachineSpec> = {}): VirtualMachineSpec {
  return baseVmSpec("PLAY2-NANO", network, { encryption: "any", ...over });
}

/** A network handle as the Scaleway network driver returns it, without creating resources. */
export function fakeHandle(p: Placement = placement(), zone = "fr-par-1"): NetworkHandle {
  return {
    driver: "scaleway",
    placement: p,
    data: { vpcId: pulumi.output("vpc-1"), privateNetworkId: pulumi.output("pn-1"), securityGroupId: pulumi.output("sg-1"), zone },
  };
}
