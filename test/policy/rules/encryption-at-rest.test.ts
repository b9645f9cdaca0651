import { describe, expect, it } from "vitest";
import { stackValidationArgs, type ResourceInput } from "../../../src/policy/args";
import { encryptionAtRestRule as rule } from "../../../src/policy/rules/encryption-at-rest";
import { contract, messages, mutated, provider, res, sdkProxy, UNKNOWN } from "./harness";

const CMK = contract({ preset: "eu", encryption: "customer-managed" });
const PROVIDER = contract("eu");
const ANY = contract({ preset: "eu", encryption: "any" });
const tail = (mode: string) => ` Contract encryption: ${mode}.`;
const aws = provider("pulumi:providers:aws", "eu", { region: "eu-central-1" });
const KEY = "arn:aws:kms:eu-central-1:123456789012:key/k";

/** Every covered type, encrypted with customer-managed keys. */
const compliant: ResourceInput[] = [
  res("aws:s3/bucket:Bucket", "docs", { bucket: "docs-abc", arn: "arn:aws:s3:::docs-abc" }, { provider: aws }),
  res("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", "docs-enc", {
    bucket: "docs-abc",
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: KEY }, bucketKeyEnabled: true }],
  }),
  res("aws:ebs/volume:Volume", "data", { availabilityZone: "eu-central-1a", encrypted: true, kmsKeyId: KEY }, { provider: aws }),
  res(
    "aws:ec2/instance:Instance",
    "vm",
    { rootBlockDevice: { encrypted: true, kmsKeyId: KEY }, ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true, kmsKeyId: KEY }] },
    { provider: aws },
  ),
  res("aws:rds/instance:Instance", "db", { storageEncrypted: true, kmsKeyId: KEY }),
  res("aws:rds/cluster:Cluster", "aurora", { storageEncrypted: true, kmsKeyId: KEY }),
  res("azure-native:storage:StorageAccount", "sa", {
    kind: "StorageV2",
    encryption: { keySource: "Microsoft.Keyvault", keyVaultProperties: { keyName: "k" } },
  }),
  res("azure-native:compute:Disk", "disk", { encryption: { type: "EncryptionAtRestWithCustomerKey", diskEncryptionSetId: "/des" } }),
  res("azure-native:compute:VirtualMachine", "avm", {
    storageProfile: {
      osDisk: { createOption: "FromImage", managedDisk: { diskEncryptionSet: { id: "/des" } } },
      dataDisks: [{ lun: 0, createOption: "Empty", managedDisk: { diskEncryptionSet: { id: "/des" } } }],
    },
  }),
  res("gcp:storage/bucket:Bucket", "gcs", {
    location: "EUROPE-WEST4",
    encryption: { defaultKmsKeyName: "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k" },
  }),
  res("gcp:compute/disk:Disk", "pd", { zone: "europe-west4-b", diskEncryptionKey: { kmsKeySelfLink: "projects/p/.../cryptoKeys/k" } }),
  res("gcp:compute/instance:Instance", "gvm", { zone: "europe-west4-b", bootDisk: { kmsKeySelfLink: "projects/p/.../cryptoKeys/k" } }),
];

/** A Scaleway bucket with SSE-ONE (Scaleway-managed keys), as the Scaleway driver creates it. */
const scaleway: ResourceInput[] = [
  res("scaleway:object/bucket:Bucket", "scw", { name: "scw-docs", region: "fr-par" }),
  res("scaleway:object/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", "scw-enc", {
    bucket: "fr-par/scw-docs",
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
  }),
];

/** The fixture with the resource named `name` changed. */
function change(name: string, mutate: (props: Record<string, any>) => void, base: ResourceInput[] = compliant): ResourceInput[] {
  return base.map((r) => (r.name === name ? { ...r, props: mutated(r.props, mutate) } : r));
}
const without = (...names: string[]) => compliant.filter((r) => !names.includes(r.name));

describe("encryption-at-rest", () => {
  it("is a mandatory stack rule named after its file", () => {
    expect([rule.kind, rule.name, rule.enforcementLevel, rule.severity]).toEqual(["stack", "encryption-at-rest", "mandatory", "high"]);
  });

  it("passes every covered type encrypted with customer-managed keys, and with provider-managed keys", async () => {
    expect(await messages(rule, compliant, CMK)).toEqual([]);
    expect(await messages(rule, compliant, PROVIDER)).toEqual([]);
  });

  it("demands nothing when the contract's encryption is any", async () => {
    const bad = [...change("data", (p) => (p.encrypted = false)), res("hcloud:index/volume:Volume", "hv", { size: 10 })];
    expect(await messages(rule, bad, ANY)).toEqual([]);
  });

  describe("S3", () => {
    it("accepts a bucket without encryption configuration under provider-managed: S3 encrypts new objects by default", async () => {
      expect(await messages(rule, without("docs-enc"), PROVIDER)).toEqual([]);
    });
    it("reports a bucket without a KMS configuration under customer-managed", async () => {
      expect(await messages(rule, without("docs-enc"), CMK)).toEqual([
        "S3 bucket is not encrypted with a customer-managed key: no server-side encryption configuration, so SSE-S3 (S3-managed keys) applies." +
          tail("customer-managed"),
      ]);
    });
    it("reports SSE-S3 (AES256) under customer-managed", async () => {
      const bad = change("docs-enc", (p) => (p.rules = [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }]));
      expect(await messages(rule, bad, CMK)).toEqual([
        "S3 bucket is not encrypted with a customer-managed key: sseAlgorithm is AES256 (S3-managed keys)." + tail("customer-managed"),
      ]);
    });
    it("reports aws:kms without a key id: that is the AWS managed key", async () => {
      const bad = change("docs-enc", (p) => delete p.rules[0].applyServerSideEncryptionByDefault.kmsMasterKeyId);
      expect(await messages(rule, bad, CMK)).toEqual([
        "S3 bucket is not encrypted with a customer-managed key: sseAlgorithm aws:kms without kmsMasterKeyId uses the AWS managed key aws/s3." +
          tail("customer-managed"),
      ]);
    });
    it("accepts the deprecated inline configuration on the bucket", async () => {
      const inline = change(
        "docs",
        (p) =>
          (p.serverSideEncryptionConfiguration = {
            rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: KEY } },
          }),
        without("docs-enc"),
      );
      expect(await messages(rule, inline, CMK)).toEqual([]);
    });
    it("does not count one bucket's configuration for another bucket", async () => {
      const other = [...compliant, res("aws:s3/bucket:Bucket", "logs", { bucket: "logs-abc" })];
      expect(await messages(rule, other, CMK)).toEqual([
        "S3 bucket is not encrypted with a customer-managed key: no server-side encryption configuration, so SSE-S3 (S3-managed keys) applies." +
          tail("customer-managed"),
      ]);
    });
    it("links a configuration to its bucket through the dependency when the bucket's name is not among its inputs (offline inputs)", async () => {
      const bucket = res("aws:s3/bucket:Bucket", "docs", {});
      const enc = { ...compliant[1]!, props: { ...compliant[1]!.props, bucket: "docs-abc123" }, dependencies: [bucket.urn!] };
      expect(await messages(rule, [bucket, enc], CMK)).toEqual([]);
    });
  });

  describe("S3-compatible services behind a custom endpoint", () => {
    const hetzner = provider("pulumi:providers:aws", "hetzner", {
      region: "eu-central-1",
      endpoints: JSON.stringify([{ s3: "https://fsn1.your-objectstorage.com" }]),
    });
    const onHetzner = (rs: ResourceInput[]) => rs.map((r) => (r.name === "docs" ? { ...r, provider: hetzner } : r));
    it("cannot tell a bucket without encryption configuration is encrypted: AWS's default does not apply there", async () => {
      expect(await messages(rule, onHetzner(without("docs-enc")), PROVIDER)).toEqual([
        "cannot tell whether S3-compatible bucket at https://fsn1.your-objectstorage.com is encrypted at rest: no server-side encryption configuration, and the service behind a non-AWS endpoint has no confirmed default encryption." +
          tail("provider-managed"),
      ]);
    });
    it("accepts an encryption configuration as encryption at rest but cannot tell whose key it is", async () => {
      expect(await messages(rule, onHetzner(compliant), PROVIDER)).toEqual([]);
      expect(await messages(rule, onHetzner(compliant), CMK)).toEqual([
        "cannot tell whether S3-compatible bucket at https://fsn1.your-objectstorage.com uses a customer-managed key: the key named in its encryption configuration is not in AWS KMS, and what it is cannot be read from the program." +
          tail("customer-managed"),
      ]);
    });
    it("still treats AWS's own alternative endpoints as S3", async () => {
      const fips = provider("pulumi:providers:aws", "fips", {
        region: "eu-central-1",
        endpoints: [{ s3: "https://s3-fips.eu-central-1.amazonaws.com" }],
      });
      expect(
        await messages(
          rule,
          without("docs-enc").map((r) => (r.name === "docs" ? { ...r, provider: fips } : r)),
          PROVIDER,
        ),
      ).toEqual([]);
    });
  });

  describe("EBS and EC2", () => {
    it("reports a volume with encrypted: false", async () => {
      expect(
        await messages(
          rule,
          change("data", (p) => (p.encrypted = false)),
          PROVIDER,
        ),
      ).toEqual(["EBS volume is not encrypted at rest: encrypted is false." + tail("provider-managed")]);
    });
    it("cannot tell when encrypted is not set, unless EncryptionByDefault covers the volume's region", async () => {
      const unset = change("data", (p) => delete p.encrypted);
      expect(await messages(rule, unset, PROVIDER)).toEqual([
        "cannot tell whether EBS volume is encrypted at rest: encrypted is not set and no aws.ebs.EncryptionByDefault for its region is in this stack (the account default decides)." +
          tail("provider-managed"),
      ]);
      const covered = [
        ...unset,
        res("aws:ebs/encryptionByDefault:EncryptionByDefault", "ebs-default", { enabled: true }, { provider: aws }),
      ];
      expect(await messages(rule, covered, PROVIDER)).toEqual([]);
      const elsewhere = [...unset, res("aws:ebs/encryptionByDefault:EncryptionByDefault", "ebs-default", { region: "us-east-1" })];
      expect(await messages(rule, elsewhere, PROVIDER)).toHaveLength(1);
    });
    it("cannot tell the key of a volume without kmsKeyId, unless a DefaultKmsKey covers its region", async () => {
      const noKey = change("data", (p) => delete p.kmsKeyId);
      expect(await messages(rule, noKey, CMK)).toEqual([
        "cannot tell whether EBS volume uses a customer-managed key: no kmsKeyId, so it gets the account's default EBS key (the AWS managed aws/ebs unless changed outside this stack)." +
          tail("customer-managed"),
      ]);
      expect(
        await messages(rule, [...noKey, res("aws:ebs/defaultKmsKey:DefaultKmsKey", "k", { keyArn: KEY, region: "eu-central-1" })], CMK),
      ).toEqual([]);
    });
    it("cannot tell an instance's root volume without rootBlockDevice; reports an unencrypted data volume by device", async () => {
      expect(
        await messages(
          rule,
          change("vm", (p) => delete p.rootBlockDevice),
          PROVIDER,
        ),
      ).toEqual([
        "cannot tell whether EC2 instance root volume is encrypted at rest: rootBlockDevice is not set, so the AMI's snapshot and the account's EBS default decide." +
          tail("provider-managed"),
      ]);
      expect(
        await messages(
          rule,
          change("vm", (p) => (p.ebsBlockDevices[0].encrypted = false)),
          PROVIDER,
        ),
      ).toEqual(["EC2 instance volume /dev/sdf is not encrypted at rest: encrypted is false." + tail("provider-managed")]);
    });
  });

  describe("RDS", () => {
    it("reports storageEncrypted not set: RDS defaults to unencrypted", async () => {
      expect(
        await messages(
          rule,
          change("db", (p) => delete p.storageEncrypted),
          PROVIDER,
        ),
      ).toEqual([
        "RDS instance is not encrypted at rest: storageEncrypted is not set (RDS defaults to unencrypted)." + tail("provider-managed"),
      ]);
    });
    it("cannot tell a database restored from a snapshot without storageEncrypted", async () => {
      const restored = change("db", (p) => ((p.snapshotIdentifier = "snap-1"), delete p.storageEncrypted));
      expect(await messages(rule, restored, PROVIDER)).toEqual([
        "cannot tell whether RDS instance is encrypted at rest: storageEncrypted is not set and snapshotIdentifier makes it inherit its source's encryption." +
          tail("provider-managed"),
      ]);
    });
    it("accepts a serverless cluster (encrypted by default) and reports a missing key under customer-managed", async () => {
      expect(
        await messages(
          rule,
          change("aurora", (p) => ((p.engineMode = "serverless"), delete p.storageEncrypted)),
          PROVIDER,
        ),
      ).toEqual([]);
      expect(
        await messages(
          rule,
          change("aurora", (p) => delete p.kmsKeyId),
          CMK,
        ),
      ).toEqual([
        "RDS cluster is not encrypted with a customer-managed key: no kmsKeyId, so RDS uses the AWS managed key aws/rds." +
          tail("customer-managed"),
      ]);
    });
  });

  describe("Azure", () => {
    it("reports a storage account on Microsoft-managed keys under customer-managed only", async () => {
      const msKeys = change("sa", (p) => delete p.encryption);
      expect(await messages(rule, msKeys, PROVIDER)).toEqual([]);
      expect(await messages(rule, msKeys, CMK)).toEqual([
        "Azure storage account is not encrypted with a customer-managed key: encryption.keySource is not set (Microsoft-managed keys)." +
          tail("customer-managed"),
      ]);
    });
    it("reports a disk and a VM OS disk without a disk encryption set", async () => {
      expect(
        await messages(
          rule,
          change("disk", (p) => (p.encryption = { type: "EncryptionAtRestWithPlatformKey" })),
          CMK,
        ),
      ).toEqual([
        "Azure managed disk is not encrypted with a customer-managed key: no encryption.diskEncryptionSetId, so platform-managed keys apply." +
          tail("customer-managed"),
      ]);
      expect(
        await messages(
          rule,
          change("avm", (p) => delete p.storageProfile.osDisk.managedDisk),
          CMK,
        ),
      ).toEqual([
        "Azure VM OS disk is not encrypted with a customer-managed key: no managedDisk.diskEncryptionSet, so platform-managed keys apply." +
          tail("customer-managed"),
      ]);
    });
    it("leaves an attached disk to its Disk resource and cannot tell an unmanaged VHD's key", async () => {
      expect(
        await messages(
          rule,
          change("avm", (p) => (p.storageProfile.dataDisks[0] = { lun: 0, createOption: "Attach", managedDisk: { id: "/disk" } })),
          CMK,
        ),
      ).toEqual([]);
      expect(
        await messages(
          rule,
          change("avm", (p) => (p.storageProfile.dataDisks[0] = { lun: 1, createOption: "Empty", vhd: { uri: "https://x" } })),
          CMK,
        ),
      ).toEqual([
        "cannot tell whether Azure VM data disk (lun 1) uses a customer-managed key: an unmanaged VHD disk takes the encryption of its storage account." +
          tail("customer-managed"),
      ]);
    });
  });

  describe("Google Cloud", () => {
    it("reports Google-managed keys and customer-supplied keys under customer-managed", async () => {
      expect(
        await messages(
          rule,
          change("gcs", (p) => delete p.encryption),
          CMK,
        ),
      ).toEqual([
        "Cloud Storage bucket is not encrypted with a customer-managed key: no Cloud KMS key, so Google-managed keys apply." +
          tail("customer-managed"),
      ]);
      expect(
        await messages(
          rule,
          change("pd", (p) => (p.diskEncryptionKey = { rawKey: "c2VjcmV0" })),
          CMK,
        ),
      ).toEqual([
        "Compute Engine disk is not encrypted with a customer-managed key: a customer-supplied key (CSEK) is not a Cloud KMS key." +
          tail("customer-managed"),
      ]);
      expect(
        await messages(
          rule,
          change("gcs", (p) => delete p.encryption),
          PROVIDER,
        ),
      ).toEqual([]);
    });
    it("leaves a boot disk created elsewhere to its Disk resource", async () => {
      expect(
        await messages(
          rule,
          change("gvm", (p) => (p.bootDisk = { source: "projects/p/zones/z/disks/d" })),
          CMK,
        ),
      ).toEqual([]);
    });
  });

  describe("European providers", () => {
    it("cannot tell a Hetzner Cloud volume or server disk is encrypted", async () => {
      const hetzner = [
        res("hcloud:index/volume:Volume", "hv", { size: 10, location: "fsn1" }),
        res("hcloud:index/server:Server", "hs", { serverType: "cx22" }),
      ];
      expect(await messages(rule, hetzner, PROVIDER)).toEqual([
        "cannot tell whether Hetzner Cloud volume is encrypted at rest: Hetzner Cloud offers no setting to encrypt it at rest (none in @pulumi/hcloud)." +
          tail("provider-managed"),
        "cannot tell whether Hetzner Cloud server disk is encrypted at rest: Hetzner Cloud offers no setting to encrypt it at rest (none in @pulumi/hcloud)." +
          tail("provider-managed"),
      ]);
    });
    it("judges an OVHcloud container by its sseAlgorithm", async () => {
      const ovh = (encryption?: object) => [
        res("ovh:CloudProject/storage:Storage", "c", { regionName: "GRA", ...(encryption ? { encryption } : {}) }),
      ];
      expect(await messages(rule, ovh({ sseAlgorithm: "AES256" }), PROVIDER)).toEqual([]);
      expect(await messages(rule, ovh({ sseAlgorithm: "plaintext" }), PROVIDER)).toEqual([
        "OVHcloud Object Storage container is not encrypted at rest: encryption.sseAlgorithm is plaintext." + tail("provider-managed"),
      ]);
      expect(await messages(rule, ovh(), PROVIDER)).toEqual([
        "cannot tell whether OVHcloud Object Storage container is encrypted at rest: encryption.sseAlgorithm is not set and OVHcloud's default is not confirmed." +
          tail("provider-managed"),
      ]);
      expect(await messages(rule, ovh({ sseAlgorithm: "AES256" }), CMK)).toEqual([
        "OVHcloud Object Storage container is not encrypted with a customer-managed key: OVHcloud Object Storage sets only OVHcloud-managed keys on a container; customer keys (SSE-C) come with each request and are not visible here." +
          tail("customer-managed"),
      ]);
    });
    it("cannot tell a Scaleway bucket without an encryption configuration; accepts SSE-ONE; reports it under customer-managed", async () => {
      expect(await messages(rule, scaleway.slice(0, 1), PROVIDER)).toEqual([
        "cannot tell whether Scaleway bucket is encrypted at rest: no server-side encryption configuration names this bucket, and no default encryption is confirmed for Scaleway Object Storage." +
          tail("provider-managed"),
      ]);
      expect(await messages(rule, scaleway, PROVIDER)).toEqual([]);
      expect(await messages(rule, scaleway, CMK)).toEqual([
        "Scaleway bucket is not encrypted with a customer-managed key: sseAlgorithm is AES256 (Scaleway-managed keys)." +
          tail("customer-managed"),
      ]);
    });
    it("cannot tell a Scaleway Key Manager key is customer-managed: the catalog keeps it unconfirmed", async () => {
      const kms = change(
        "scw-enc",
        (p) => (p.rules = [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: "key-1" } }]),
        scaleway,
      );
      expect(await messages(rule, kms, CMK)).toEqual([
        "cannot tell whether Scaleway bucket uses a customer-managed key: SSE-KMS with a Scaleway Key Manager key is documented by the provider, but customer-managed keys on Scaleway are not confirmed in the catalog." +
          tail("customer-managed"),
      ]);
    });
    it("cannot tell VM disks, volumes and Swift containers of Scaleway, OVHcloud and OpenStack are encrypted", async () => {
      const disks = [
        res("scaleway:instance/server:Server", "s", { type: "PLAY2-NANO", rootVolume: { volumeType: "sbs_volume" } }),
        res("scaleway:block/volume:Volume", "sv", { sizeInGb: 20 }),
        res("ovh:index/cloudInstance:CloudInstance", "o", { region: "GRA11", flavorId: "f" }),
        res("ovh:CloudProject/volume:Volume", "ov", { regionName: "GRA11", size: 20, type: "classic-luks" }),
        res("openstack:compute/instance:Instance", "i", { flavorName: "b2-7" }),
        res("openstack:objectstorage/container:Container", "swift", { name: "c" }),
      ];
      expect(await messages(rule, disks, PROVIDER)).toEqual([
        "cannot tell whether Scaleway Instance volume is encrypted at rest: Scaleway offers no setting that encrypts Instance or Block Storage volumes at rest (it tells customers to encrypt them themselves, e.g. with LUKS)." +
          tail("provider-managed"),
        "cannot tell whether Scaleway volume is encrypted at rest: Scaleway offers no setting that encrypts Instance or Block Storage volumes at rest (it tells customers to encrypt them themselves, e.g. with LUKS)." +
          tail("provider-managed"),
        "cannot tell whether OVHcloud instance disk is encrypted at rest: nothing confirms that an OVHcloud instance's local disk is encrypted at rest." +
          tail("provider-managed"),
        "cannot tell whether OVHcloud Block Storage volume is encrypted at rest: encryption at rest of volume type classic-luks is not confirmed." +
          tail("provider-managed"),
        "cannot tell whether OpenStack instance disk is encrypted at rest: its disk is encrypted only if the cloud's storage backend or the boot volume's type encrypts it, which the program does not show." +
          tail("provider-managed"),
        "cannot tell whether OpenStack Swift container is encrypted at rest: Swift encryption at rest is an option of the cloud's operator, which the program does not show." +
          tail("provider-managed"),
      ]);
      expect(await messages(rule, disks, ANY)).toEqual([]);
    });
    it("cannot tell an OpenStack volume: its volume type decides", async () => {
      expect(
        await messages(rule, [res("openstack:blockstorage/volume:Volume", "v", { size: 10, volumeType: "classic" })], PROVIDER),
      ).toEqual([
        "cannot tell whether OpenStack volume is encrypted at rest: a volume is encrypted only when its volume type (classic) has an encryption spec, which the program does not show." +
          tail("provider-managed"),
      ]);
    });
  });

  describe("values unknown during preview", () => {
    it("reports what is certain, then fails with the unknown (never a pass)", async () => {
      const report: string[] = [];
      const resources = [...change("data", (p) => (p.encrypted = UNKNOWN)), res("hcloud:index/volume:Volume", "hv", { size: 10 })];
      expect(() => rule.validate(stackValidationArgs(resources), PROVIDER, (m) => report.push(m))).toThrow(
        "value at .encrypted can't be known during preview",
      );
      expect(report).toEqual([
        "cannot tell whether Hetzner Cloud volume is encrypted at rest: Hetzner Cloud offers no setting to encrypt it at rest (none in @pulumi/hcloud)." +
          tail("provider-managed"),
      ]);
    });
    it("rethrows the policy SDK's own error when the engine's proxy meets the unknown, so the SDK reports it as 'can't run during preview'", () => {
      const args = stackValidationArgs(change("data", (p) => (p.encrypted = UNKNOWN)));
      for (const r of args.resources) (r as { props: unknown }).props = sdkProxy.unknownCheckingProxy(r.props);
      expect(() => rule.validate(args, PROVIDER, () => undefined)).toThrow(sdkProxy.UnknownValueError);
    });
  });
});
