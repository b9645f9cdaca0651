/**
 * Pre-flight checks for what only AWS rejects. Pure: no resources, no SDK. Each rule names the AWS
 * document it comes from.
 */
import { AWS_IMAGES } from "../../catalog/images/aws";
import { known } from "../../catalog/types";
import { problems, type Problem } from "../../errors";
import type { BucketSpec, CheckContext, NetworkSpec, VirtualMachineSpec } from "../types";
import { renderUserData, userDataPartType } from "../cloudinit";

/**
 * S3 bucket naming rules (Amazon S3 User Guide, "General purpose bucket naming rules"): 3-63
 * characters; lowercase letters, digits, dots and hyphens; begin and end with a letter or digit;
 * reserved prefixes and suffixes. Dots are refused here too: they break TLS for virtual-hosted
 * requests.
 */
const S3_RESERVED_PREFIXES = ["xn--", "sthree-", "amzn-s3-demo-"];
const S3_RESERVED_SUFFIXES = ["-s3alias", "--ol-s3", "--x-s3", "--table-s3"];
/** Pulumi auto-names a bucket `<name>-<7 random characters>`, so the name may use 63 - 8. */
const AUTONAME_SUFFIX = 8;

/** Infrequent-access classes with a minimum age before a lifecycle transition (S3 User Guide, lifecycle transition considerations). */
const IA_CLASSES = new Set(["STANDARD_IA", "ONEZONE_IA"]);
/** Minimum age (days) before S3 accepts a transition to an infrequent-access class. */
export const IA_MINIMUM_DAYS = 30;

/** EBS gp3 volume size range in GiB (Amazon EBS User Guide, General Purpose SSD volumes). */
const GP3_MIN_GIB = 1;
const GP3_MAX_GIB = 16_384;
/** EC2 user data limit before base64 encoding (Amazon EC2 User Guide, instance user data). */
const USER_DATA_MAX_BYTES = 16 * 1024;
/** Key types EC2 ImportKeyPair accepts (Amazon EC2 User Guide, key pairs). */
const EC2_KEY_TYPES = ["ssh-rsa", "ssh-ed25519"];

function nameShapeProblem(name: string): string | undefined {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) return "S3 bucket names take only lowercase letters, digits and hyphens, starting with a letter or digit";
  const prefix = S3_RESERVED_PREFIXES.find((p) => name.startsWith(p));
  if (prefix !== undefined) return `S3 reserves the prefix "${prefix}"`;
  return undefined;
}

/** Region of a KMS key ARN (`arn:<partition>:kms:<region>:<account>:key/<id>`), if it is one. */
function arnRegion(arn: string): string | undefined {
  const parts = arn.split(":");
  return parts.length >= 6 && parts[0] === "arn" && parts[2] === "kms" ? parts[3] : undefined;
}

function kmsKeyProblems(path: string, arn: string | undefined, encryption: string, ctx: CheckContext): Problem[] {
  if (arn === undefined) return [];
  if (encryption !== "customer-managed") {
    return [problems.conflictingArguments(path, "a KMS key is given but the encryption is provider-managed, so it would not be used.", arn, "remove the key, or ask for customer-managed encryption in the contract or the component.")];
  }
  const keyRegion = arnRegion(arn);
  if (keyRegion === undefined) {
    return [problems.invalidArgument(path, "this is not a KMS key ARN.", arn, "arn:<partition>:kms:<region>:<account>:key/<key-id>", "give the key's full ARN.")];
  }
  if (keyRegion !== ctx.placement.region.code) {
    return [problems.placementMismatch(path, `the KMS key is in ${keyRegion}, not in ${ctx.placement.region.code}: keys must stay in the data's Region.`, keyRegion, ctx.placement.region.code)];
  }
  return [];
}

export function checkBucket(spec: BucketSpec, ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  const o = spec.overrides.aws ?? {};
  if (o.bucketName === undefined) {
    const why = nameShapeProblem(ctx.name) ?? (ctx.name.length > 63 - AUTONAME_SUFFIX ? `the name is ${ctx.name.length} characters; with the random suffix the bucket name would exceed 63` : undefined);
    if (why !== undefined) {
      out.push(problems.invalidArgument("name", `"${ctx.name}" cannot prefix an S3 bucket name: ${why}.`, ctx.name, `1-${63 - AUTONAME_SUFFIX} lowercase letters, digits and hyphens`, "rename the component, or set overrides.aws.bucketName."));
    }
  } else {
    const n = o.bucketName;
    const why =
      nameShapeProblem(n) ??
      (n.length < 3 || n.length > 63 ? "S3 bucket names are 3-63 characters" : undefined) ??
      (n.endsWith("-") ? "S3 bucket names end with a letter or digit" : undefined) ??
      S3_RESERVED_SUFFIXES.filter((s) => n.endsWith(s)).map((s) => `S3 reserves the suffix "${s}"`)[0];
    if (why !== undefined) {
      out.push(problems.invalidArgument("overrides.aws.bucketName", `"${n}" is not a valid S3 bucket name: ${why}.`, n, "3-63 lowercase letters, digits and hyphens", "choose another bucket name."));
    }
  }
  const cold = spec.lifecycle.coldAfterDays;
  const coldClass = o.coldStorageClass ?? "STANDARD_IA";
  if (cold !== undefined && IA_CLASSES.has(coldClass) && cold < IA_MINIMUM_DAYS) {
    out.push(problems.invalidArgument("lifecycle.coldAfterDays", `S3 moves objects to ${coldClass} only after at least ${IA_MINIMUM_DAYS} days.`, cold, `${IA_MINIMUM_DAYS} or more`, `set coldAfterDays to ${IA_MINIMUM_DAYS} or more, or choose overrides.aws.coldStorageClass "GLACIER_IR".`));
  }
  if (spec.retentionDays !== undefined && !spec.versioning) {
    out.push(problems.conflictingArguments("retentionDays", "S3 object lock needs versioning, but versioning is off.", { versioning: false, retentionDays: spec.retentionDays }, "turn versioning on, or drop retentionDays."));
  }
  out.push(...kmsKeyProblems("overrides.aws.kmsKeyArn", o.kmsKeyArn, spec.encryption, ctx));
  return out;
}

export function checkNetwork(spec: NetworkSpec, _ctx: CheckContext): Problem[] {
  // VPC and subnet IPv4 blocks must be between /16 and /28 (Amazon VPC User Guide, VPC CIDR blocks).
  const out: Problem[] = [];
  for (const [path, cidr] of [["cidr", spec.cidr], ["subnetCidr", spec.subnetCidr]] as const) {
    const prefix = Number(cidr.split("/")[1]);
    if (!Number.isInteger(prefix) || prefix < 16 || prefix > 28) {
      out.push(problems.invalidCidr(path, cidr, "AWS VPCs and subnets take IPv4 blocks from /16 to /28", "an IPv4 CIDR from /16 to /28, such as 10.0.0.0/16"));
    }
  }
  return out;
}

export function checkVirtualMachine(spec: VirtualMachineSpec, ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  const o = spec.overrides.aws ?? {};
  if (o.ami === undefined && known(AWS_IMAGES[spec.image]) === undefined) {
    out.push(problems.unknownImage("image", spec.image, Object.keys(AWS_IMAGES), []));
  }
  if (!Number.isInteger(spec.diskGiB) || spec.diskGiB < GP3_MIN_GIB || spec.diskGiB > GP3_MAX_GIB) {
    out.push(problems.invalidArgument("diskGiB", "an EBS gp3 root volume is 1 to 16384 GiB.", spec.diskGiB, `${GP3_MIN_GIB}-${GP3_MAX_GIB}`, "choose a disk size in range."));
  }
  const first = spec.sshKeys[0];
  if (first !== undefined && !EC2_KEY_TYPES.some((t) => first.trim().startsWith(`${t} `))) {
    out.push(problems.invalidArgument("sshKeys[0]", "EC2 key pairs accept only RSA and ED25519 public keys.", first.split(" ")[0], EC2_KEY_TYPES.join(", "), "put an RSA or ED25519 key first."));
  }
  if (spec.userData !== undefined && spec.sshKeys.length > 0 && spec.userData.trim() !== "" && userDataPartType(spec.userData) === undefined) {
    out.push(problems.invalidArgument("userData", "this user data cannot be combined with the SSH-key part: cloud-init needs to know its type from its first line.", spec.userData.slice(0, 40), "user data starting with #cloud-config, #!, #cloud-boothook or #include", "start the user data with one of those lines."));
  }
  const rendered = renderUserData(spec.adminUsername, spec.sshKeys, spec.userData);
  if (rendered !== undefined && Buffer.byteLength(rendered, "utf8") > USER_DATA_MAX_BYTES) {
    out.push(problems.invalidArgument("userData", "EC2 user data (with the SSH-key part) is limited to 16 KB.", `${Buffer.byteLength(rendered, "utf8")} bytes`, `at most ${USER_DATA_MAX_BYTES} bytes`, "shorten the user data, e.g. fetch a script instead of inlining it."));
  }
  out.push(...kmsKeyProblems("overrides.aws.kmsKeyArn", o.kmsKeyArn, spec.encryption, ctx));
  return out;
}
