/**
 * Every stack file in stacks/, evaluated with the reference program under the SDK's mocks through
 * the offline engine: the expected resources, every one in the stack's region, none on a default
 * provider, data-bearing ones retained.
 */
import { resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { inventory } from "../../src/offline/inventory";
import { listStacks, readProject } from "../../src/offline/project";
import { runOffline } from "../../src/offline/engine";

const TEST_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx3bq6sBmOd0LPXl3Zs1Nvdeu2Q8e5kfjy4bq4Hpj3o test@example";
const project = readProject(resolve(__dirname, "../../Pulumi.yaml"));
const stacks = listStacks(project);

/** Resource types each provider's stack must contain (the security-relevant ones at least). */
const EXPECTED: Record<string, string[]> = {
  aws: [
    "pulumi:providers:aws",
    "aws:s3/bucket:Bucket",
    "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
    "aws:s3/bucketPolicy:BucketPolicy",
    "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration",
    "aws:ec2/vpc:Vpc",
    "aws:ec2/subnet:Subnet",
    "aws:ec2/securityGroup:SecurityGroup",
    "aws:ec2/instance:Instance",
  ],
  azure: [
    "pulumi:providers:azure-native",
    "azure-native:resources:ResourceGroup",
    "azure-native:storage:StorageAccount",
    "azure-native:storage:BlobContainer",
    "azure-native:network:VirtualNetwork",
    "azure-native:network:Subnet",
    "azure-native:network:NetworkSecurityGroup",
    "azure-native:network:NetworkInterface",
    "azure-native:network:PublicIPAddress",
    "azure-native:compute:VirtualMachine",
  ],
  gcp: [
    "pulumi:providers:gcp",
    "gcp:storage/bucket:Bucket",
    "gcp:kms/cryptoKey:CryptoKey",
    "gcp:compute/network:Network",
    "gcp:compute/subnetwork:Subnetwork",
    "gcp:compute/firewall:Firewall",
    "gcp:compute/instance:Instance",
  ],
};

const DATA_BEARING = ["aws:s3/bucket:Bucket", "azure-native:storage:StorageAccount", "azure-native:storage:BlobContainer", "gcp:storage/bucket:Bucket"];

describe("reference program per stack", () => {
  it("has a stack file for each of AWS, Azure and GCP", () => {
    const targets = stacks.map((s) => s.split("-")[0]);
    expect(new Set(targets)).toEqual(new Set(["aws", "azure", "gcp"]));
  });

  it.each(stacks)("stack %s creates the expected resources, all in its region, none on a default provider", async (stack) => {
    vi.resetModules();
    // Azure refuses a Linux VM without an SSH key; users set theirs with `pulumi config set sshPublicKey`.
    const run = await runOffline(project, stack, () => import("../../stacks/index"), { sshPublicKey: TEST_KEY });
    expect(run.error).toBeUndefined();
    const target = run.config["sovereign-cloud:target"]!;
    const [provider, region, zone] = target.split(":") as [string, string, string | undefined];
    const items = inventory(run.resources);

    const types = new Set(items.map((i) => i.type));
    for (const t of EXPECTED[provider]!) expect(types, t).toContain(t);

    // The three components, each once.
    const components = run.resources.filter((r) => !r.custom).map((r) => r.type).sort();
    expect(components).toEqual(["sovereign-cloud:index:Bucket", "sovereign-cloud:index:Network", "sovereign-cloud:index:VirtualMachine"]);

    for (const item of items) {
      expect(item.location.from, `${item.type} ${item.name} has no readable location`).not.toBe("unknown");
      expect(item.location.region?.toLowerCase(), `${item.type} ${item.name}`).toBe(region.toLowerCase());
      if (!item.type.startsWith("pulumi:providers:")) expect(item.providerName, `${item.type} ${item.name} is on a default provider`).toBeDefined();
    }
    if (zone) {
      const vm = items.find((i) => i.type.endsWith(":Instance") || i.type.endsWith(":VirtualMachine"))!;
      expect(vm.location.zone ?? JSON.stringify(run.resources.find((r) => r.name === vm.name)?.inputs.zones)).toContain(zone.replace(`${region}-`, ""));
    }
    for (const item of items.filter((i) => DATA_BEARING.includes(i.type))) {
      expect(item.retainOnDelete, `${item.type} ${item.name} must be retained`).toBe(true);
    }
  });
});
