/** Hand-written driver specs and scopes shared by the driver tests (no component code involved). */
import * as pulumi from "@pulumi/pulumi";
import { PROVIDERS } from "../../src/catalog/providers";
import { findRegion } from "../../src/catalog/regions/index";
import type { ProviderId } from "../../src/catalog/types";
import type { Placement } from "../../src/contract/placement";
import type { BucketSpec, DriverScope, IngressRuleSpec, NetworkHandle, NetworkSpec, VirtualMachineSpec } from "../../src/drivers/types";

export const KEYS = [
  "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOne alice@example",
  "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyTwo bob@example",
];

export function placementAt(provider: ProviderId, region: string, zone?: string): Placement {
  const r = findRegion(provider, region);
  if (r === undefined) throw new Error(`no catalog region ${provider}:${region}`);
  return zone === undefined ? { provider: PROVIDERS[provider], region: r } : { provider: PROVIDERS[provider], region: r, zone };
}

/** A scope whose parent is a plain component, so the driver is tested on its own. */
export function scopeAt(name: string, placement: Placement, labels: Record<string, string>): DriverScope {
  return { name, parent: new pulumi.ComponentResource("test:index:Parent", "p"), placement, labels };
}

export function bucketSpec(over: Partial<BucketSpec> = {}): BucketSpec {
  return {
    versioning: true,
    retentionLocked: false,
    lifecycle: {},
    encryption: "provider-managed",
    tlsOnly: true,
    retainOnDelete: true,
    emptyOnDelete: false,
    overrides: {},
    ...over,
  };
}

export const HTTPS_AND_SSH: readonly IngressRuleSpec[] = [
  { protocol: "tcp", ports: [443, 443], from: "0.0.0.0/0", description: "https" },
  { protocol: "tcp", ports: [22, 22], from: "198.51.100.0/24", description: "ssh from office" },
];

export function networkSpec(over: Partial<NetworkSpec> = {}): NetworkSpec {
  return { cidr: "10.0.0.0/16", subnetCidr: "10.0.1.0/24", ingress: HTTPS_AND_SSH, overrides: {}, ...over };
}

export function vmSpec(instanceType: string, network: NetworkHandle, over: Partial<VirtualMachineSpec> = {}): VirtualMachineSpec {
  return {
    instanceType,
    vcpus: 2,
    memoryGiB: 8,
    image: "debian-12",
    diskGiB: 20,
    publicIp: false,
    sshKeys: KEYS,
    adminUsername: "operator",
    encryption: "provider-managed",
    network,
    overrides: {},
    ...over,
  };
}
