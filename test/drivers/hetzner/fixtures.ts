/** Hand-written specs and scopes for the Hetzner driver tests (no component code involved). */
import * as pulumi from "@pulumi/pulumi";
import type { Placement } from "../../../src/contract/placement";
import type { DriverScope, NetworkHandle, VirtualMachineSpec } from "../../../src/drivers/types";
import type { HetznerNetworkData } from "../../../src/drivers/hetzner/network";
import { placementAt, scopeAt, vmSpec as baseVmSpec } from "../../helpers/specs";
export { bucketSpec, networkSpec, KEYS } from "../../helpers/specs";

export const T = {
  provider: "pulumi:providers:hcloud",
  network: "hcloud:index/network:Network",
  subnet: "hcloud:index/networkSubnet:NetworkSubnet",
  firewall: "hcloud:index/firewall:Firewall",
  server: "hcloud:index/server:Server",
  sshKey: "hcloud:index/sshKey:SshKey",
  volume: "hcloud:index/volume:Volume",
  volumeAttachment: "hcloud:index/volumeAttachment:VolumeAttachment",
  s3Provider: "pulumi:providers:aws",
  bucket: "aws:s3/bucket:Bucket",
  versioning: "aws:s3/bucketVersioning:BucketVersioning",
  objectLock: "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration",
} as const;

export function placement(region = "fsn1"): Placement {
  return placementAt("hetzner", region);
}

export function scope(name: string, p: Placement = placement(), labels: Record<string, string> = { app: "docs" }): DriverScope {
  return scopeAt(name, p, labels);
}

export function vmSpec(network: NetworkHandle, over: Partial<VirtualMachineSpec> = {}): VirtualMachineSpec {
  return baseVmSpec("cx23", network, { encryption: "any", ...over });
}

/** A network handle as the Hetzner network driver returns it, without creating resources. */
export function fakeHandle(p: Placement = placement()): NetworkHandle {
  const data: HetznerNetworkData = {
    networkId: pulumi.output(11),
    subnetId: pulumi.output("11-10.0.1.0/24"),
    firewallId: pulumi.output(22),
    networkZone: "eu-central",
  };
  return { driver: "hetzner", placement: p, data };
}
