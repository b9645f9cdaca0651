/** Hand-written specs and scopes for the azure driver tests (no component code involved). */
import * as pulumi from "@pulumi/pulumi";
import type { Placement } from "../../../src/contract/placement";
import type { AzureNetworkData } from "../../../src/drivers/azure/network";
import { placementAt, scopeAt, networkSpec as baseNetworkSpec, HTTPS_AND_SSH, vmSpec as baseVmSpec } from "../../helpers/specs";
export { bucketSpec, KEYS } from "../../helpers/specs";
import type { DriverScope, NetworkHandle, NetworkSpec, VirtualMachineSpec } from "../../../src/drivers/types";
import { custom } from "../../helpers/pulumi";
export { custom } from "../../helpers/pulumi";

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
export const LOCATED: readonly string[] = [
  T.rg,
  T.account,
  T.vault,
  T.identity,
  T.vnet,
  T.nsg,
  T.nic,
  T.publicIp,
  T.vm,
  T.diskEncryptionSet,
];

export const WEST_CENTRAL = "germanywestcentral";

export function placement(region = WEST_CENTRAL, zone?: string): Placement {
  return placementAt("azure", region, zone);
}

export function scope(
  name: string,
  p: Placement = placement(),
  labels: Record<string, string> = { App: "Docs", "cost/centre": "R&D 42" },
): DriverScope {
  return scopeAt(name, p, labels);
}

export function networkSpec(over: Partial<NetworkSpec> = {}): NetworkSpec {
  return baseNetworkSpec({
    ingress: [
      ...HTTPS_AND_SSH,
      { protocol: "udp", ports: [60000, 61000], from: "198.51.100.0/24", description: "mosh" },
      { protocol: "icmp", ports: [0, 0], from: "2001:db8::/32", description: "ping" },
    ],
    ...over,
  });
}

export function vmSpec(network: NetworkHandle, over: Partial<VirtualMachineSpec> = {}): VirtualMachineSpec {
  return baseVmSpec("Standard_B2s_v2", network, { diskGiB: 64, ...over });
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

/** Sorted types of the recorded custom resources. */
export function customTypes(): string[] {
  return custom()
    .map((r) => r.type)
    .sort();
}
