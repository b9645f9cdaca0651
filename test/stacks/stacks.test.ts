/**
 * Every stack file in stacks/, evaluated with the unchanged reference program (stacks/index.ts)
 * under the SDK's mocks through the offline engine and the policies, as `sovereign-cloud plan`
 * does: no error, no mandatory finding, the expected resources, every located one in the stack's
 * catalog region, none on a default provider, data-bearing ones retained.
 */
import { resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { runOffline } from "../../src/offline/engine";
import { evaluateRun } from "../../src/offline/evaluate";
import { listStacks, readProject } from "../../src/offline/project";
import type { ResourceReport, StackReport } from "../../src/offline/report";
import { known } from "../../src/catalog/types";
import { placementOf } from "../../src/contract/target";

const TEST_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx3bq6sBmOd0LPXl3Zs1Nvdeu2Q8e5kfjy4bq4Hpj3o test@example";
const project = readProject(resolve(__dirname, "../../Pulumi.yaml"));
const stacks = listStacks(project);

/** Resource types each stack must contain (the security-relevant ones at least). */
const OPENSTACK = [
  "pulumi:providers:openstack",
  "openstack:objectstorage/container:Container",
  "openstack:networking/network:Network",
  "openstack:networking/subnet:Subnet",
  "openstack:networking/router:Router",
  "openstack:networking/secGroup:SecGroup",
  "openstack:networking/secGroupRule:SecGroupRule",
  "openstack:networking/port:Port",
  "openstack:compute/keypair:Keypair",
  "openstack:compute/instance:Instance",
  "openstack:networking/floatingIp:FloatingIp",
];
const EXPECTED: Record<string, string[]> = {
  "aws-frankfurt": [
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
  "azure-paris": [
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
  "gcp-netherlands": [
    "pulumi:providers:gcp",
    "gcp:storage/bucket:Bucket",
    "gcp:kms/cryptoKey:CryptoKey",
    "gcp:compute/network:Network",
    "gcp:compute/subnetwork:Subnetwork",
    "gcp:compute/firewall:Firewall",
    "gcp:compute/instance:Instance",
  ],
  "scaleway-paris": [
    "pulumi:providers:scaleway",
    "scaleway:object/bucket:Bucket",
    "scaleway:object/bucketAcl:BucketAcl",
    "scaleway:object/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
    "scaleway:object/bucketLockConfiguration:BucketLockConfiguration",
    "scaleway:network/vpc:Vpc",
    "scaleway:network/privateNetwork:PrivateNetwork",
    "scaleway:instance/securityGroup:SecurityGroup",
    "scaleway:instance/ip:Ip",
    "scaleway:instance/server:Server",
  ],
  "ovhcloud-gravelines": [
    "pulumi:providers:ovh",
    "ovh:CloudProject/storage:Storage",
    "ovh:index/cloudProjectStorageObjectBucketLifecycleConfiguration:CloudProjectStorageObjectBucketLifecycleConfiguration",
    "ovh:index/cloudNetworkPrivateVrack:CloudNetworkPrivateVrack",
    "ovh:index/cloudNetworkPrivateVrackSubnet:CloudNetworkPrivateVrackSubnet",
    "ovh:index/cloudSecurityGroup:CloudSecurityGroup",
    "ovh:index/cloudSSHKey:CloudSSHKey",
    "ovh:index/cloudInstance:CloudInstance",
  ],
  "hetzner-falkenstein": [
    "pulumi:providers:hcloud",
    // Hetzner Object Storage through its S3 API: an aws provider pointed at fsn1.your-objectstorage.com.
    "pulumi:providers:aws",
    "aws:s3/bucket:Bucket",
    "aws:s3/bucketVersioning:BucketVersioning",
    "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration",
    "hcloud:index/network:Network",
    "hcloud:index/networkSubnet:NetworkSubnet",
    "hcloud:index/firewall:Firewall",
    "hcloud:index/sshKey:SshKey",
    "hcloud:index/server:Server",
  ],
  "openstack-cleura": OPENSTACK,
  "openstack-otc": OPENSTACK,
};

/** Stacks whose provider has no managed PostgreSQL (the stack file turns the database off and says why). */
const NO_DATABASE = ["hetzner-falkenstein", "openstack-cleura", "openstack-otc"];
/** The database each other stack must contain. */
const DATABASE: Record<string, string> = {
  "aws-frankfurt": "aws:rds/instance:Instance",
  "azure-paris": "azure-native:dbforpostgresql:Server",
  "gcp-netherlands": "gcp:sql/databaseInstance:DatabaseInstance",
  "scaleway-paris": "scaleway:databases/instance:Instance",
  "ovhcloud-gravelines": "ovh:CloudProject/database:Database",
};

/** Data-bearing resource types: kept when the stack is destroyed. */
const DATA_BEARING = [
  "aws:s3/bucket:Bucket",
  "azure-native:storage:StorageAccount",
  "azure-native:storage:BlobContainer",
  "gcp:storage/bucket:Bucket",
  "scaleway:object/bucket:Bucket",
  "ovh:CloudProject/storage:Storage",
  "openstack:objectstorage/container:Container",
  ...Object.values(DATABASE),
];

/** The input each stack's VM carries its size in, and the value SCS-2V-4 must resolve to. */
const VM_SIZE: Record<string, [string, string, unknown]> = {
  "aws-frankfurt": ["aws:ec2/instance:Instance", "instanceType", "t3.medium"],
  "scaleway-paris": ["scaleway:instance/server:Server", "type", "PLAY2-NANO"],
  "ovhcloud-gravelines": ["ovh:index/cloudInstance:CloudInstance", "flavorId", "flavor-d2-4"],
  "openstack-otc": ["openstack:compute/instance:Instance", "flavorName", "s3.large.2"],
  "openstack-cleura": ["openstack:compute/instance:Instance", "flavorName", "b.2c4gb"],
};

async function plan(stack: string): Promise<{ report: StackReport; inputs: (type: string) => Record<string, unknown> }> {
  vi.resetModules();
  const run = await runOffline(project, stack, () => import("../../stacks/index"), { sshPublicKey: TEST_KEY });
  const report = await evaluateRun(project, run);
  const inputs = (type: string) => run.resources.find((r) => r.type === type)!.inputs as Record<string, unknown>;
  return { report, inputs };
}

describe("reference program per stack", () => {
  it("has a stack file for each of the seven providers (OpenStack on two clouds)", () => {
    expect(stacks.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(stacks)(
    "stack %s evaluates cleanly: expected resources, all in its region, none on a default provider, data retained",
    async (stack) => {
      const { report, inputs } = await plan(stack);
      expect(report.error).toBeUndefined();
      expect(report.diagnostics.filter((d) => d.enforcementLevel === "mandatory")).toEqual([]);

      const placement = placementOf(report.target, "test").value!;
      const custom = report.resources.filter((r) => r.custom);
      const types = new Set(custom.map((r) => r.type));
      for (const t of EXPECTED[stack]!) expect(types, t).toContain(t);
      if (DATABASE[stack]) expect(types, DATABASE[stack]).toContain(DATABASE[stack]);

      // The components, each once (the metadata store only where the provider has a managed PostgreSQL).
      const components = report.resources
        .filter((r) => !r.custom)
        .map((r) => r.type)
        .sort();
      const database = NO_DATABASE.includes(stack) ? [] : ["sovereign-cloud:index:Database"];
      expect(components).toEqual([
        "sovereign-cloud:index:Bucket",
        ...database,
        "sovereign-cloud:index:Network",
        "sovereign-cloud:index:VirtualMachine",
      ]);

      const where = (r: ResourceReport) => `${r.type} ${r.name} (${JSON.stringify(r.location)})`;
      for (const r of custom) {
        if (r.type.startsWith("pulumi:providers:")) continue;
        expect(r.provider?.default, `${r.type} ${r.name} is on a default provider`).toBe(false);
        // Global objects (firewall rule sets, VPC networks, SSH keys, IAM bindings) hold no data.
        if (r.location!.from === "global") continue;
        expect(r.location!.from, where(r)).not.toBe("unknown");
        expect(r.location!.provider, where(r)).toBe(placement.provider.id);
        // "cannot tell" is allowed only from advisory rules (tls-only on stores that show no TLS setting).
        expect(r.verdict, where(r)).not.toBe("violation");
      }
      // Located against the catalog: the report's country is the target region's.
      const countries = new Set(custom.filter((r) => r.location?.country).map((r) => r.location!.country));
      expect([...countries]).toEqual([known(placement.region.country)]);

      for (const r of custom.filter((x) => DATA_BEARING.includes(x.type))) {
        expect(r.retainOnDelete, `${r.type} ${r.name} must be retained`).toBe(true);
      }
      const size = VM_SIZE[stack];
      if (size) expect(inputs(size[0])[size[1]], `SCS-2V-4 on ${stack}`).toBe(size[2]);
    },
  );
});
