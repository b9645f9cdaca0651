/** Hand-written specs and scopes for the azure driver tests (no component code involved). */
import * as pulumi from "@pulumi/pulumi";
import { PROVIDERS } from "../../../src/catalog/providers";
import { findRegion } from "../../../src/catalog/regions/index";
import type { Placement } from "../../../src/contract/placement";
import type { AzureNetworkData } from "../../../src/drivers/azure/network";
import type { BucketSpec, DriverScope, NetworkHandle, NetworkSpec, VirtualMachineSpec } from "../../../src/drivers/types";
import { recorded, type Recorded } from "../../helpers/pulumi";

/** Resource types the azure driver creates. */
export const T = {
  provider: "pulumi:providers:azure-native",
  rg: "azure-native:resources:ResourceGroup",
  account: "azure-native:storage:StorageAccount",
  blobService: "azure-native:storage:BlobServiceProperties",
  container: "azure-native:storage:BlobContainer",
  lifecycle: "azure-native:storage:ManagementPolicy",
  vault: "azure-native:keyvault:Vault",
  key: "azure-native:keyvault:Key",
  identity: "azure-native:managedidentity:UserAssignedIdentity",
  role: "azure-native:authorization:RoleAssignment",
  vnet: "azure-native:network:VirtualNetwork",
  subnet: "azure-native:network:Subnet",
  nsg: "azure-native:network:NetworkSecurityGroup",
  nic: "azure-native:network:NetworkInterface",
  publicIp: "azure-native:network:PublicIPAddress",
  vm: "azure-native:compute:VirtualMachine",
  diskEncryptionSet: "azure-native:compute:DiskEncryptionSet",
} as const;

/** Child types that take a `location` input. */
export const LOCATED: readonly string[] = [T.rg, T.account, T.vault, T.identity, T.vnet, T.nsg, T.nic, T.publicIp, T.vm, T.diskEncryptionSet];

export const WEST_CENTRAL = "germanywestcentral";

export function placement(region = WEST_CENTRAL, zone?: string): Placement {
  const r = findRegion("azure", region);
  if (r === undefined) throw new Error(`no catalog region azure:${region}`);
  return zone === undefined ? { provider: PROVIDERS.azure, region: r } : { provider: PROVIDERS.azure, region: r, zone };
}

export function scope(name: string, p: Placement = placement(), labels: Record<string, string> = { App: "Docs", "cost/centre": "R&D 42" }): DriverScope {
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
      { protocol: "icmp", ports: [0, 0], from: "2001:db8::/32", description: "ping" },
    ],
    overrides: {},
    ...over,
  };
}

export const KEYS = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOne alice@example", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyTwo bob@example"];

export function vmSpec(network: NetworkHandle, over: Partial<VirtualMachineSpec> = {}): VirtualMachineSpec {
  return {
    instanceType: "Standard_B2s_v2",
    vcpus: 2,
    memoryGiB: 8,
    image: "debian-12",
    diskGiB: 64,
    publicIp: false,
    sshKeys: KEYS,
    adminUsername: "operator",
    encryption: "provider-managed",
    network,
    overrides: {},
    ...over,
  };
}

export const SUBNET_ID = "/subscriptions/s/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/net/subnets/net-subnet";

/** A network handle as the azure network driver returns it, without creating resources. */
export function fakeHandle(p: Placement = placement()): NetworkHandle {
  const data: AzureNetworkData = {
    resourceGroupName: "net-rg",
    subnetId: pulumi.output(SUBNET_ID),
    nsgId: pulumi.output("/subscriptions/s/resourceGroups/net-rg/providers/Microsoft.Network/networkSecurityGroups/net-nsg"),
    location: p.region.code,
  };
  return { driver: "azure", placement: p, data };
}

/** Custom resources recorded so far (providers included). */
export function custom(): Recorded[] {
  return recorded.filter((r) => r.custom);
}

/** Sorted types of the recorded custom resources. */
export function customTypes(): string[] {
  return custom().map((r) => r.type).sort();
}
