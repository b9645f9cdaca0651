/** Hand-written specs and scopes for the gcp driver tests (no component code involved). */
import * as pulumi from "@pulumi/pulumi";
import { PROVIDERS } from "../../../src/catalog/providers";
import { findRegion } from "../../../src/catalog/regions/index";
import type { Placement } from "../../../src/contract/placement";
import type { GcpNetworkData } from "../../../src/drivers/gcp/network";
import type { BucketSpec, DriverScope, NetworkHandle, NetworkSpec, VirtualMachineSpec } from "../../../src/drivers/types";

export const PROJECT = "sovereign-test-project";

/** Resource types the gcp driver creates. */
export const T = {
  provider: "pulumi:providers:gcp",
  bucket: "gcp:storage/bucket:Bucket",
  keyRing: "gcp:kms/keyRing:KeyRing",
  key: "gcp:kms/cryptoKey:CryptoKey",
  keyUser: "gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember",
  network: "gcp:compute/network:Network",
  subnet: "gcp:compute/subnetwork:Subnetwork",
  firewall: "gcp:compute/firewall:Firewall",
  instance: "gcp:compute/instance:Instance",
} as const;

export function placement(region = "europe-west3", zone?: string): Placement {
  const r = findRegion("gcp", region);
  if (r === undefined) throw new Error(`no catalog region gcp:${region}`);
  return zone === undefined ? { provider: PROVIDERS.gcp, region: r } : { provider: PROVIDERS.gcp, region: r, zone };
}

export function scope(name: string, p: Placement = placement(), labels: Record<string, string> = { App: "Docs", "cost.centre": "R&D 42" }): DriverScope {
  return { name, parent: new pulumi.ComponentResource("test:index:Parent", "p"), placement: p, labels };
}

export function bucketSpec(over: Partial<BucketSpec> = {}): BucketSpec {
  return {
    versioning: true,
    retentionLocked: false,
    lifecycle: {},
    encryption: "provider-managed",
    retainOnDelete: true,
    emptyOnDelete: false,
    overrides: {},
    ...over,
  };
}

export function networkSpec(over: Partial<NetworkSpec> = {}): NetworkSpec {
  return {
    cidr: "10.0.0.0/16",
    subnetCidr: "10.0.1.0/24",
    ingress: [
      { protocol: "tcp", ports: [443, 443], from: "0.0.0.0/0", description: "https" },
      { protocol: "tcp", ports: [22, 22], from: "198.51.100.0/24", description: "ssh from office" },
      { protocol: "udp", ports: [60000, 61000], from: "198.51.100.0/24", description: "mosh" },
      { protocol: "icmp", ports: [0, 0], from: "10.0.0.0/8", description: "ping" },
    ],
    overrides: {},
    ...over,
  };
}

export const KEYS = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOne alice@example", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyTwo bob@example"];

export function vmSpec(network: NetworkHandle, over: Partial<VirtualMachineSpec> = {}): VirtualMachineSpec {
  return {
    instanceType: "e2-standard-2",
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

/** A network handle as the gcp network driver returns it, without creating resources. */
export function fakeHandle(p: Placement = placement()): NetworkHandle {
  const data: GcpNetworkData = {
    project: PROJECT,
    region: p.region.code,
    networkId: pulumi.output(`projects/${PROJECT}/global/networks/net`),
    subnetworkId: pulumi.output(`projects/${PROJECT}/regions/${p.region.code}/subnetworks/net-subnet`),
    networkSelfLink: pulumi.output("https://www.googleapis.com/compute/v1/projects/p/global/networks/net"),
    subnetworkSelfLink: pulumi.output("https://www.googleapis.com/compute/v1/projects/p/regions/r/subnetworks/net-subnet"),
    targetTag: "sc-net",
  };
  return { driver: "gcp", placement: p, data };
}
