/** Hand-written specs and scopes for the openstack driver tests (no component code involved). */
import * as pulumi from "@pulumi/pulumi";
import { PROVIDERS } from "../../../src/catalog/providers";
import { findRegion } from "../../../src/catalog/regions/index";
import type { ProviderId } from "../../../src/catalog/types";
import type { Placement } from "../../../src/contract/placement";
import type { DriverScope, NetworkHandle, VirtualMachineSpec } from "../../../src/drivers/types";
import { placementAt, scopeAt, vmSpec as baseVmSpec } from "../../helpers/specs";
export { bucketSpec, networkSpec, KEYS } from "../../helpers/specs";

/** A placement deployed with the openstack driver (OVHcloud's own driver is `ovhcloud`, so it is asked for). */
export function placement(provider: ProviderId = "cleura", region = "Kna1", zone?: string): Placement {
  if (provider === "ovhcloud") {
    const r = findRegion("ovhcloud", region);
    if (r === undefined) throw new Error(`no catalog region ovhcloud:${region}`);
    return { provider: PROVIDERS.ovhcloud, region: r, driver: "openstack", ...(zone === undefined ? {} : { zone }) };
  }
  return placementAt(provider, region, zone);
}

export function scope(name: string, p: Placement = placement(), labels: Record<string, string> = { app: "docs" }): DriverScope {
  return scopeAt(name, p, labels);
}

export function vmSpec(network: NetworkHandle, over: Partial<VirtualMachineSpec> = {}): VirtualMachineSpec {
  return baseVmSpec("b.2c8gb", network, { encryption: "any", ...over });
}

/** A network handle as the openstack network driver returns it, without creating resources. */
export function fakeHandle(p: Placement = placement(), external = true): NetworkHandle {
  return {
    driver: "openstack",
    placement: p,
    data: {
      networkId: pulumi.output("net-1"),
      subnetId: pulumi.output("subnet-1"),
      securityGroupId: pulumi.output("sg-1"),
      external,
      ...(external ? { floatingIpPool: pulumi.output("ext-net") } : {}),
    },
  };
}

export const T = {
  provider: "pulumi:providers:openstack",
  network: "openstack:networking/network:Network",
  subnet: "openstack:networking/subnet:Subnet",
  router: "openstack:networking/router:Router",
  routerInterface: "openstack:networking/routerInterface:RouterInterface",
  secGroup: "openstack:networking/secGroup:SecGroup",
  rule: "openstack:networking/secGroupRule:SecGroupRule",
  port: "openstack:networking/port:Port",
  keypair: "openstack:compute/keypair:Keypair",
  instance: "openstack:compute/instance:Instance",
  floatingIp: "openstack:networking/floatingIp:FloatingIp",
  floatingIpAssociate: "openstack:networking/floatingIpAssociate:FloatingIpAssociate",
  container: "openstack:objectstorage/container:Container",
} as const;
