/** Hand-written specs and scopes for the AWS driver tests (no component code involved). */
import * as pulumi from "@pulumi/pulumi";
import { PROVIDERS } from "../../../src/catalog/providers";
import { findRegion } from "../../../src/catalog/regions/index";
import type { Placement } from "../../../src/contract/placement";
import type { BucketSpec, DriverScope, NetworkHandle, NetworkSpec, VirtualMachineSpec } from "../../../src/drivers/types";

export function placement(region = "eu-central-1", zone?: string): Placement {
  const r = findRegion("aws", region);
  if (r === undefined) throw new Error(`no catalog region aws:${region}`);
  return zone === undefined ? { provider: PROVIDERS.aws, region: r } : { provider: PROVIDERS.aws, region: r, zone };
}

export function scope(name: string, p: Placement = placement(), labels: Record<string, string> = { app: "docs" }): DriverScope {
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
    ],
    overrides: {},
    ...over,
  };
}

export function vmSpec(network: NetworkHandle, over: Partial<VirtualMachineSpec> = {}): VirtualMachineSpec {
  return {
    instanceType: "t3.large",
    vcpus: 2,
    memoryGiB: 8,
    image: "debian-12",
    diskGiB: 20,
    publicIp: false,
    sshKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOne alice@example", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyTwo bob@example"],
    adminUsername: "operator",
    encryption: "provider-managed",
    network,
    overrides: {},
    ...over,
  };
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
