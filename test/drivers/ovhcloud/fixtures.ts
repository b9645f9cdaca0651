/** Hand-written specs and scopes for the ovhcloud driver tests (no component code involved). */
import * as pulumi from "@pulumi/pulumi";
import type { Placement } from "../../../src/contract/placement";
import type { OvhcloudNetworkData } from "../../../src/drivers/ovhcloud/network";
import type { DriverScope, NetworkHandle, NetworkSpec, VirtualMachineSpec } from "../../../src/drivers/types";
import { HTTPS_AND_SSH, placementAt, scopeAt, networkSpec as baseNetworkSpec, vmSpec as baseVmSpec } from "../../helpers/specs";
export { bucketSpec, KEYS } from "../../helpers/specs";

export const PROJECT = "0123456789abcdef0123456789abcdef";
export const CONFIG = { "sovereign-cloud:ovhcloudServiceName": PROJECT };

/** Resource types the ovhcloud driver creates. */
export const T = {
  provider: "pulumi:providers:ovh",
  storage: "ovh:CloudProject/storage:Storage",
  lifecycle: "ovh:index/cloudProjectStorageObjectBucketLifecycleConfiguration:CloudProjectStorageObjectBucketLifecycleConfiguration",
  network: "ovh:index/cloudNetworkPrivateVrack:CloudNetworkPrivateVrack",
  subnet: "ovh:index/cloudNetworkPrivateVrackSubnet:CloudNetworkPrivateVrackSubnet",
  securityGroup: "ovh:index/cloudSecurityGroup:CloudSecurityGroup",
  sshKey: "ovh:index/cloudSSHKey:CloudSSHKey",
  instance: "ovh:index/cloudInstance:CloudInstance",
} as const;

export const INVOKES = {
  flavors: "ovh:index/getCloudInstanceFlavors:getCloudInstanceFlavors",
  images: "ovh:index/getCloudInstanceImages:getCloudInstanceImages",
} as const;

export function placement(region = "gra"): Placement {
  return placementAt("ovhcloud", region);
}

export function scope(name: string, p: Placement = placement()): DriverScope {
  return scopeAt(name, p, { app: "docs" });
}

export function networkSpec(over: Partial<NetworkSpec> = {}): NetworkSpec {
  return baseNetworkSpec({
    ingress: [...HTTPS_AND_SSH, { protocol: "icmp", ports: [0, 0], from: "2001:db8::/32", description: "ping over IPv6" }],
    ...over,
  });
}

/** A d2-4 VM for the image's own user with one key. */
export function vmSpec(network: NetworkHandle, over: Partial<VirtualMachineSpec> = {}): VirtualMachineSpec {
  return baseVmSpec("d2-4", network, { sshKeys: [KEY], adminUsername: "debian", ...over });
}

export const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOne alice@example";

/** A network handle as the ovhcloud network driver returns it, without creating resources. */
export function fakeHandle(p: Placement = placement(), serviceName = PROJECT): NetworkHandle {
  const data: OvhcloudNetworkData = {
    serviceName,
    region: "GRA11",
    networkId: pulumi.output("net-1"),
    subnetId: pulumi.output("subnet-1"),
    securityGroupId: pulumi.output("sg-1"),
  };
  return { driver: "ovhcloud", placement: p, data };
}
