/** Hand-written specs and scopes for the gcp driver tests (no component code involved). */
import * as pulumi from "@pulumi/pulumi";
import type { Placement } from "../../../src/contract/placement";
import type { GcpNetworkData } from "../../../src/drivers/gcp/network";
import { placementAt, scopeAt, networkSpec as baseNetworkSpec, HTTPS_AND_SSH, vmSpec as baseVmSpec } from "../../helpers/specs";
export { bucketSpec, KEYS } from "../../helpers/specs";
import type { DriverScope, NetworkHandle, NetworkSpec, VirtualMachineSpec } from "../../../src/drivers/types";

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
  return placementAt("gcp", region, zone);
}

export function scope(
  name: string,
  p: Placement = placement(),
  labels: Record<string, string> = { App: "Docs", "cost.centre": "R&D 42" },
): DriverScope {
  return scopeAt(name, p, labels);
}

export function networkSpec(over: Partial<NetworkSpec> = {}): NetworkSpec {
  return baseNetworkSpec({
    ingress: [
      ...HTTPS_AND_SSH,
      { protocol: "udp", ports: [60000, 61000], from: "198.51.100.0/24", description: "mosh" },
      { protocol: "icmp", ports: [0, 0], from: "10.0.0.0/8", description: "ping" },
    ],
    ...over,
  });
}

export function vmSpec(network: NetworkHandle, over: Partial<VirtualMachineSpec> = {}): VirtualMachineSpec {
  return baseVmSpec("e2-standard-2", network, over);
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
