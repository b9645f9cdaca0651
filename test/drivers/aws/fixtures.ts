/** Hand-written specs and scopes for the AWS driver tests (no component code involved). */
import * as pulumi from "@pulumi/pulumi";
import type { Placement } from "../../../src/contract/placement";
import { placementAt, scopeAt, vmSpec as baseVmSpec } from "../../helpers/specs";
export { bucketSpec, networkSpec, KEYS } from "../../helpers/specs";
import type { DriverScope, NetworkHandle, VirtualMachineSpec } from "../../../src/drivers/types";

export function placement(region = "eu-central-1", zone?: string): Placement {
  return placementAt("aws", region, zone);
}

export function scope(name: string, p: Placement = placement(), labels: Record<string, string> = { app: "docs" }): DriverScope {
  return scopeAt(name, p, labels);
}

export function vmSpec(network: NetworkHandle, over: Partial<VirtualMachineSpec> = {}): VirtualMachineSpec {
  return baseVmSpec("t3.large", network, over);
}

/** A network handle as the AWS network driver returns it, without creating resources. */
export function fakeHandle(p: Placement = placement(), zone: string | undefined = "eu-central-1a"): NetworkHandle {
  return {
    driver: "aws",
    placement: p,
    data: {
      vpcId: pulumi.output("vpc-1"),
      subnetId: pulumi.output("subnet-1"),
      securityGroupId: pulumi.output("sg-1"),
      ...(zone === undefined ? {} : { zone }),
    },
  };
}
