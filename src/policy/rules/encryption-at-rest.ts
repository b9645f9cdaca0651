/**
 * encryption-at-rest: data-bearing storage is encrypted at rest, with a customer-managed key when
 * the contract says `encryption: customer-managed`; `encryption: any` demands nothing.
 *
 * A stack rule: whether an S3 or Scaleway bucket uses a customer key is set on a separate
 * server-side-encryption resource, and EBS volumes can be covered by a region-wide default.
 *
 * Facts behind the judgements (read 2026-11-28):
 * - S3 encrypts every new object with SSE-S3 since 2023-01-05
 *   (https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingServerSideEncryption.html).
 *   `aws:kms` without `kmsMasterKeyId` uses the AWS managed key `aws/s3`, not a customer key.
 * - An `aws` bucket whose provider sends S3 requests to another service (custom `endpoints.s3`)
 *   gets none of AWS's defaults: without an encryption configuration it is "cannot tell".
 * - RDS `storageEncrypted` defaults to false (false for provisioned clusters, true for
 *   `serverless`): @pulumi/aws 7.48 rds/instance.d.ts, rds/cluster.d.ts.
 * - Azure Storage and managed disks are always encrypted at rest with platform keys; customer keys
 *   via `encryption.keySource: Microsoft.Keyvault` / a DiskEncryptionSet
 *   (https://learn.microsoft.com/azure/storage/common/storage-service-encryption,
 *   https://learn.microsoft.com/azure/virtual-machines/disk-encryption).
 * - Google Cloud encrypts all data at rest by default; CMEK = a Cloud KMS key
 *   (https://cloud.google.com/docs/security/encryption/default-encryption). A customer-supplied key
 *   (CSEK) is not a KMS key, so it does not meet `customer-managed` as the contract defines it.
 * - Hetzner Cloud: @pulumi/hcloud 1.41 has no encryption input for volumes or servers.
 * - OVHcloud Object Storage: SSE-S3 with OVHcloud-managed keys, or SSE-C keys sent with each
 *   request (https://support.us.ovhcloud.com/hc/en-us/articles/10694235769747).
 * - Scaleway: `object.BucketServerSideEncryptionConfiguration` with `AES256` (SSE-ONE), or `aws:kms`
 *   with a Key Manager key (@pulumiverse/scaleway 1.54 docs; the catalog keeps Scaleway customer
 *   keys unconfirmed, so that is "cannot tell"). No default bucket encryption confirmed. Instance
 *   and Block Storage volumes have no encryption setting; Scaleway documents disk encryption only
 *   under its HDS offer (https://www.scaleway.com/en/docs/block-storage/how-to/host-healthcare-data/).
 * - OVHcloud instances and Block Storage volume types, OpenStack instances: not confirmed (see the
 *   drivers' capability tables), so "cannot tell".
 * - OpenStack: a volume is encrypted when its volume type has an encryption spec, which the
 *   program does not show.
 */
import type { PolicyResource } from "@pulumi/policy";
import type { ResidencyContract } from "../../contract/schema";
import { encryptionCheck } from "../packages/index";
import type { EncryptionJudgement } from "../packages/types";
import { cannotRead, type CannotTell, type StackRule } from "../rule";
import { companionsIn, customS3Endpoint } from "../companions";
import { at, bool, items, peek, str, UnknownGuard } from "../read";

/** What one piece of storage looks like: encrypted at rest? with a customer key? and why. */
type Judgement = EncryptionJudgement;

const S3_BUCKETS = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];
const S3_SSE = [
  "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
];
const SCW_BUCKETS = ["scaleway:object/bucket:Bucket", "scaleway:index/objectBucket:ObjectBucket"];
const SCW_SSE = ["scaleway:object/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration"];
const EBS_DEFAULT = "aws:ebs/encryptionByDefault:EncryptionByDefault";
const EBS_DEFAULT_KEY = "aws:ebs/defaultKmsKey:DefaultKmsKey";

/** Stack-wide context: companions and region defaults. */
interface Context {
  readonly resources: readonly PolicyResource[];
  /** Regions with `aws.ebs.EncryptionByDefault` enabled / with `aws.ebs.DefaultKmsKey` set. */
  readonly ebsDefault: ReadonlySet<string>;
  readonly ebsDefaultKey: ReadonlySet<string>;
}

/** An AWS resource's region: its own `region`, its provider's, or its availability zone's. Unknown = none. */
function regionOf(r: PolicyResource): string | undefined {
  const zone = str(peek(r.props, "availabilityZone"));
  return str(peek(r.props, "region")) ?? str(peek(r.provider?.props, "region")) ?? zone?.replace(/[a-z]$/, "");
}

function regionsWith(resources: readonly PolicyResource[], type: string, on: (r: PolicyResource) => boolean): Set<string> {
  const out = new Set<string>();
  for (const r of resources) {
    if (r.type !== type || !on(r)) continue;
    const region = regionOf(r);
    if (region) out.add(region);
  }
  return out;
}

const KMS_ALGORITHMS = ["aws:kms", "aws:kms:dsse"];

/** Customer key from S3-style SSE rules (`applyServerSideEncryptionByDefault`). */
function s3StyleKey(rules: unknown[], provider: "S3" | "Scaleway"): Pick<Judgement, "cmk" | "cmkWhy"> {
  const managed = provider === "S3" ? "S3-managed keys" : "Scaleway-managed keys";
  if (rules.length === 0)
    return {
      cmk: "no",
      cmkWhy: `no server-side encryption configuration, so ${provider === "S3" ? "SSE-S3 (S3-managed keys)" : "no customer key"} applies`,
    };
  for (const rule of rules) {
    const algorithm = str(at(rule, "applyServerSideEncryptionByDefault", "sseAlgorithm"));
    const key = str(at(rule, "applyServerSideEncryptionByDefault", "kmsMasterKeyId"));
    if (algorithm && KMS_ALGORITHMS.includes(algorithm) && key) return { cmk: "yes" };
  }
  const algorithm = str(at(rules[0], "applyServerSideEncryptionByDefault", "sseAlgorithm")) ?? "not set";
  return KMS_ALGORITHMS.includes(algorithm)
    ? { cmk: "no", cmkWhy: `sseAlgorithm ${algorithm} without kmsMasterKeyId uses the AWS managed key aws/s3` }
    : { cmk: "no", cmkWhy: `sseAlgorithm is ${algorithm} (${managed})` };
}

function s3Bucket(r: PolicyResource, ctx: Context): Judgement {
  const rules = companionsIn(ctx.resources, S3_SSE, S3_BUCKETS)(r).flatMap((c) => items(c.props, "rules"));
  const inline = at(r.props, "serverSideEncryptionConfiguration", "rule");
  if (inline !== undefined) rules.push(inline);
  const endpoint = customS3Endpoint(r);
  if (endpoint !== undefined) {
    // Another S3-compatible service: AWS's defaults and KMS do not apply there.
    const what = `S3-compatible bucket at ${endpoint}`;
    return rules.length === 0
      ? {
          what,
          atRest: "unknown",
          atRestWhy:
            "no server-side encryption configuration, and the service behind a non-AWS endpoint has no confirmed default encryption",
          cmk: "unknown",
        }
      : {
          what,
          atRest: "yes",
          cmk: "unknown",
          cmkWhy: "the key named in its encryption configuration is not in AWS KMS, and what it is cannot be read from the program",
        };
  }
  // Never unencrypted: S3 applies SSE-S3 to every new object since 2023-01-05.
  return { what: "S3 bucket", atRest: "yes", ...s3StyleKey(rules, "S3") };
}

function scalewayBucket(r: PolicyResource, ctx: Context): Judgement {
  const rules = companionsIn(ctx.resources, SCW_SSE, SCW_BUCKETS)(r).flatMap((c) => items(c.props, "rules"));
  if (rules.length === 0) {
    return {
      what: "Scaleway bucket",
      atRest: "unknown",
      atRestWhy:
        "no server-side encryption configuration names this bucket, and no default encryption is confirmed for Scaleway Object Storage",
      cmk: "unknown",
    };
  }
  const key = s3StyleKey(rules, "Scaleway");
  // The provider documents SSE-KMS with a Key Manager key, but the catalog keeps Scaleway's
  // customer-managed keys unconfirmed (src/catalog/providers.ts): not enough to pass.
  return key.cmk === "yes"
    ? {
        what: "Scaleway bucket",
        atRest: "yes",
        cmk: "unknown",
        cmkWhy:
          "SSE-KMS with a Scaleway Key Manager key is documented by the provider, but customer-managed keys on Scaleway are not confirmed in the catalog",
      }
    : { what: "Scaleway bucket", atRest: "yes", ...key };
}

/** An EBS volume or block device: `encrypted`, `kmsKeyId`, and the region-wide defaults. */
function ebs(what: string, device: unknown, region: string | undefined, ctx: Context, unset: string): Judgement {
  const encrypted = bool(at(device, "encrypted"));
  const byDefault = region !== undefined && ctx.ebsDefault.has(region);
  const key = str(at(device, "kmsKeyId"));
  const cmk: Pick<Judgement, "cmk" | "cmkWhy"> = key
    ? { cmk: "yes" }
    : region !== undefined && ctx.ebsDefaultKey.has(region)
      ? { cmk: "yes" }
      : {
          cmk: "unknown",
          cmkWhy: "no kmsKeyId, so it gets the account's default EBS key (the AWS managed aws/ebs unless changed outside this stack)",
        };
  if (encrypted === true || byDefault) return { what, atRest: "yes", ...cmk };
  if (encrypted === false) return { what, atRest: "no", atRestWhy: "encrypted is false", ...cmk };
  return { what, atRest: "unknown", atRestWhy: unset, ...cmk };
}

function ec2Instance(r: PolicyResource, ctx: Context): Judgement[] {
  const region = regionOf(r);
  const root = at(r.props, "rootBlockDevice");
  const out = [
    root === undefined
      ? {
          what: "EC2 instance root volume",
          atRest: "unknown" as const,
          atRestWhy: "rootBlockDevice is not set, so the AMI's snapshot and the account's EBS default decide",
          cmk: "unknown" as const,
        }
      : ebs(
          "EC2 instance root volume",
          root,
          region,
          ctx,
          "rootBlockDevice.encrypted is not set, so the AMI's snapshot and the account's EBS default decide",
        ),
  ];
  for (const d of items(r.props, "ebsBlockDevices")) {
    const name = str(at(d, "deviceName")) ?? "?";
    out.push(
      ebs(`EC2 instance volume ${name}`, d, region, ctx, "encrypted is not set, so the snapshot and the account's EBS default decide"),
    );
  }
  return out;
}

function rds(r: PolicyResource, cluster: boolean): Judgement {
  const what = cluster ? "RDS cluster" : "RDS instance";
  const encrypted = bool(at(r.props, "storageEncrypted"));
  const cmk: Pick<Judgement, "cmk" | "cmkWhy"> = str(at(r.props, "kmsKeyId"))
    ? { cmk: "yes" }
    : { cmk: "no", cmkWhy: "no kmsKeyId, so RDS uses the AWS managed key aws/rds" };
  if (encrypted === true) return { what, atRest: "yes", ...cmk };
  if (encrypted === false) return { what, atRest: "no", atRestWhy: "storageEncrypted is false", ...cmk };
  if (cluster && String(at(r.props, "engineMode") ?? "").toLowerCase() === "serverless") return { what, atRest: "yes", ...cmk };
  const source = ["replicateSourceDb", "snapshotIdentifier", "replicationSourceIdentifier"].find((k) => at(r.props, k) !== undefined);
  if (source)
    return {
      what,
      atRest: "unknown",
      atRestWhy: `storageEncrypted is not set and ${source} makes it inherit its source's encryption`,
      ...cmk,
    };
  return { what, atRest: "no", atRestWhy: "storageEncrypted is not set (RDS defaults to unencrypted)", ...cmk };
}

function azureStorage(r: PolicyResource): Judgement {
  const source = str(at(r.props, "encryption", "keySource"));
  return source?.toLowerCase() === "microsoft.keyvault"
    ? { what: "Azure storage account", atRest: "yes", cmk: "yes" }
    : {
        what: "Azure storage account",
        atRest: "yes",
        cmk: "no",
        cmkWhy: `encryption.keySource is ${source ?? "not set"} (Microsoft-managed keys)`,
      };
}

function azureDisk(r: PolicyResource): Judgement {
  const type = str(at(r.props, "encryption", "type"));
  const set = str(at(r.props, "encryption", "diskEncryptionSetId")) ?? str(at(r.props, "securityProfile", "secureVMDiskEncryptionSetId"));
  return set && type !== "EncryptionAtRestWithPlatformKey"
    ? { what: "Azure managed disk", atRest: "yes", cmk: "yes" }
    : { what: "Azure managed disk", atRest: "yes", cmk: "no", cmkWhy: "no encryption.diskEncryptionSetId, so platform-managed keys apply" };
}

function azureVm(r: PolicyResource): Judgement[] {
  const disks: [string, unknown][] = [["Azure VM OS disk", at(r.props, "storageProfile", "osDisk")]];
  for (const d of items(r.props, "storageProfile", "dataDisks")) disks.push([`Azure VM data disk (lun ${String(at(d, "lun") ?? "?")})`, d]);
  const out: Judgement[] = [];
  for (const [what, disk] of disks) {
    if (disk === undefined) continue;
    // An attached existing disk is judged on its own Disk resource.
    if (String(at(disk, "createOption") ?? "").toLowerCase() === "attach") continue;
    if (str(at(disk, "managedDisk", "diskEncryptionSet", "id"))) out.push({ what, atRest: "yes", cmk: "yes" });
    else if (at(disk, "vhd") !== undefined)
      out.push({ what, atRest: "yes", cmk: "unknown", cmkWhy: "an unmanaged VHD disk takes the encryption of its storage account" });
    else out.push({ what, atRest: "yes", cmk: "no", cmkWhy: "no managedDisk.diskEncryptionSet, so platform-managed keys apply" });
  }
  return out;
}

function gcpKey(what: string, kms: string | undefined, csek: boolean): Judgement {
  if (kms) return { what, atRest: "yes", cmk: "yes" };
  return csek
    ? { what, atRest: "yes", cmk: "no", cmkWhy: "a customer-supplied key (CSEK) is not a Cloud KMS key" }
    : { what, atRest: "yes", cmk: "no", cmkWhy: "no Cloud KMS key, so Google-managed keys apply" };
}

function gcpInstance(r: PolicyResource): Judgement[] {
  // A boot disk created elsewhere (`source`) is judged on its own Disk resource.
  if (at(r.props, "bootDisk", "source") !== undefined) return [];
  const csek =
    at(r.props, "bootDisk", "diskEncryptionKeyRaw") !== undefined || at(r.props, "bootDisk", "diskEncryptionKeyRsa") !== undefined;
  return [gcpKey("Compute Engine boot disk", str(at(r.props, "bootDisk", "kmsKeySelfLink")), csek)];
}

function ovhStorage(r: PolicyResource): Judgement {
  const what = "OVHcloud Object Storage container";
  const algorithm = str(at(r.props, "encryption", "sseAlgorithm"));
  const cmkWhy =
    "OVHcloud Object Storage sets only OVHcloud-managed keys on a container; customer keys (SSE-C) come with each request and are not visible here";
  if (algorithm === undefined)
    return {
      what,
      atRest: "unknown",
      atRestWhy: "encryption.sseAlgorithm is not set and OVHcloud's default is not confirmed",
      cmk: "no",
      cmkWhy,
    };
  if (algorithm.toLowerCase() === "plaintext")
    return { what, atRest: "no", atRestWhy: "encryption.sseAlgorithm is plaintext", cmk: "no", cmkWhy };
  return { what, atRest: "yes", cmk: "no", cmkWhy };
}

const HCLOUD_WHY = "Hetzner Cloud offers no setting to encrypt it at rest (none in @pulumi/hcloud)";
const SCW_DISK_WHY =
  "Scaleway offers no setting that encrypts Instance or Block Storage volumes at rest (it tells customers to encrypt them themselves, e.g. with LUKS)";

/** Storage whose encryption at rest no input can show. */
const unknownDisk = (what: string, why: string): Judgement[] => [{ what, atRest: "unknown", atRestWhy: why, cmk: "unknown" }];

function judge(r: PolicyResource, ctx: Context): Judgement[] {
  const p = r.props;
  switch (r.type) {
    case "aws:s3/bucket:Bucket":
    case "aws:s3/bucketV2:BucketV2":
      return [s3Bucket(r, ctx)];
    case "aws:ebs/volume:Volume":
      return [
        ebs(
          "EBS volume",
          p,
          regionOf(r),
          ctx,
          "encrypted is not set and no aws.ebs.EncryptionByDefault for its region is in this stack (the account default decides)",
        ),
      ];
    case "aws:ec2/instance:Instance":
      return ec2Instance(r, ctx);
    case "aws:rds/instance:Instance":
      return [rds(r, false)];
    case "aws:rds/cluster:Cluster":
      return [rds(r, true)];
    case "azure-native:storage:StorageAccount":
      return [azureStorage(r)];
    case "azure-native:compute:Disk":
      return [azureDisk(r)];
    case "azure-native:compute:VirtualMachine":
      return azureVm(r);
    case "gcp:storage/bucket:Bucket":
      return [gcpKey("Cloud Storage bucket", str(at(p, "encryption", "defaultKmsKeyName")), false)];
    case "gcp:compute/disk:Disk":
    case "gcp:compute/regionDisk:RegionDisk":
      return [
        gcpKey(
          "Compute Engine disk",
          str(at(p, "diskEncryptionKey", "kmsKeySelfLink")),
          at(p, "diskEncryptionKey", "rawKey") !== undefined || at(p, "diskEncryptionKey", "rsaEncryptedKey") !== undefined,
        ),
      ];
    case "gcp:compute/instance:Instance":
      return gcpInstance(r);
    case "hcloud:index/volume:Volume":
      return [{ what: "Hetzner Cloud volume", atRest: "unknown", atRestWhy: HCLOUD_WHY, cmk: "unknown" }];
    case "hcloud:index/server:Server":
      return [{ what: "Hetzner Cloud server disk", atRest: "unknown", atRestWhy: HCLOUD_WHY, cmk: "unknown" }];
    case "ovh:CloudProject/storage:Storage":
      return [ovhStorage(r)];
    case "scaleway:object/bucket:Bucket":
    case "scaleway:index/objectBucket:ObjectBucket":
      return [scalewayBucket(r, ctx)];
    case "scaleway:instance/server:Server":
    case "scaleway:index/instanceServer:InstanceServer":
      return unknownDisk("Scaleway Instance volume", SCW_DISK_WHY);
    case "scaleway:block/volume:Volume":
    case "scaleway:index/blockVolume:BlockVolume":
    case "scaleway:instance/volume:Volume":
    case "scaleway:index/instanceVolume:InstanceVolume":
      return unknownDisk("Scaleway volume", SCW_DISK_WHY);
    case "ovh:CloudProject/instance:Instance":
    case "ovh:index/cloudInstance:CloudInstance":
      return unknownDisk("OVHcloud instance disk", "nothing confirms that an OVHcloud instance's local disk is encrypted at rest");
    case "ovh:CloudProject/volume:Volume":
      return unknownDisk(
        "OVHcloud Block Storage volume",
        `encryption at rest of volume type ${str(peek(p, "type")) ?? "(the default type)"} is not confirmed`,
      );
    case "openstack:objectstorage/container:Container":
      return unknownDisk(
        "OpenStack Swift container",
        "Swift encryption at rest is an option of the cloud's operator, which the program does not show",
      );
    case "openstack:compute/instance:Instance":
      return unknownDisk(
        "OpenStack instance disk",
        "its disk is encrypted only if the cloud's storage backend or the boot volume's type encrypts it, which the program does not show",
      );
    case "openstack:blockstorage/volume:Volume": {
      const type = str(peek(p, "volumeType"));
      return [
        {
          what: "OpenStack volume",
          atRest: "unknown",
          atRestWhy: `a volume is encrypted only when its volume type (${type ?? "the default type"}) has an encryption spec, which the program does not show`,
          cmk: "unknown",
        },
      ];
    }
    default:
      // Data stores judged from their own inputs, declared in their package module (Kinesis, SNS, SQS, DynamoDB, Cosmos DB, Cloud SQL, ...).
      return encryptionCheck(r.type)?.(p) ?? [];
  }
}

/** The message for one judgement under the contract (with what could not be read, for a "cannot tell"), or `undefined` when it complies. */
export function verdict(
  j: Judgement,
  encryption: ResidencyContract["encryption"],
): { message: string; cannotTell?: CannotTell } | undefined {
  if (encryption === "any") return undefined;
  const clause = ` Contract encryption: ${encryption}.`;
  if (j.atRest === "no") return { message: `${j.what} is not encrypted at rest: ${j.atRestWhy}.${clause}` };
  if (j.atRest === "unknown")
    return {
      message: `cannot tell whether ${j.what} is encrypted at rest: ${j.atRestWhy}.${clause}`,
      cannotTell: cannotRead(`whether ${j.what} is encrypted at rest (${j.atRestWhy ?? "unknown"})`),
    };
  if (encryption !== "customer-managed") return undefined;
  if (j.cmk === "no") return { message: `${j.what} is not encrypted with a customer-managed key: ${j.cmkWhy}.${clause}` };
  if (j.cmk === "unknown")
    return {
      message: `cannot tell whether ${j.what} uses a customer-managed key: ${j.cmkWhy}.${clause}`,
      cannotTell: cannotRead(`the key that encrypts ${j.what} (${j.cmkWhy ?? "unknown"})`),
    };
  return undefined;
}

export const encryptionAtRestRule: StackRule = {
  kind: "stack",
  name: "encryption-at-rest",
  description:
    "Data-bearing storage (buckets, volumes, VM disks, databases) is encrypted at rest, with a customer-managed KMS key when the contract says encryption: customer-managed; encryption: any demands nothing. Storage whose encryption the program cannot show is reported as 'cannot tell'.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Turn on the service's encryption at rest; for encryption: customer-managed, point it at a KMS key you control in the same region. Where the provider cannot show encryption at rest, encrypt inside the server (e.g. LUKS) or choose another target, and, only if the data allows it, set the contract's encryption to any.",
  validate(args, contract, report) {
    if (contract.encryption === "any") return;
    const resources = args.resources;
    const guard = new UnknownGuard();
    let ctx: Context = { resources, ebsDefault: new Set(), ebsDefaultKey: new Set() };
    guard.run(() => {
      ctx = {
        resources,
        ebsDefault: regionsWith(resources, EBS_DEFAULT, (r) => bool(at(r.props, "enabled")) !== false),
        ebsDefaultKey: regionsWith(resources, EBS_DEFAULT_KEY, (r) => str(at(r.props, "keyArn")) !== undefined),
      };
    });
    for (const r of resources) {
      guard.run(() => {
        for (const j of judge(r, ctx)) {
          const v = verdict(j, contract.encryption);
          if (v) report(v.message, r.urn, v.cannotTell);
        }
      });
    }
    guard.done();
  },
};
