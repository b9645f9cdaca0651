/**
 * Pre-flight checks for what only AWS rejects. Pure: no resources, no SDK. Each rule names the AWS
 * document it comes from.
 */
import { overrideAndImageProblems } from "../vm-checks";
import { overrideProblems } from "../override-schema";
import { AWS_BUCKET_OVERRIDES, AWS_NETWORK_OVERRIDES, AWS_VM_OVERRIDES } from "./overrides-schema";
import { AWS_IMAGES } from "../../catalog/images/aws";
import { problems, type Problem } from "../../errors";
import type { BucketSpec, CheckContext, NetworkSpec, VirtualMachineSpec } from "../types";
import { userDataProblems } from "../cloudinit";
import { objectLockNeedsVersioning } from "../s3/checks";
import { bucketNameProblems, type BucketNameRules } from "../s3/naming";

/**
 * S3 bucket naming rules (Amazon S3 User Guide, "General purpose bucket naming rules"): the shared
 * S3-family rules (../s3/naming.ts) plus the prefixes and suffixes AWS reserves.
 */
const S3_NAMES: BucketNameRules = {
  overrides: "aws",
  what: "an S3 bucket",
  minLength: 3,
  reservedPrefixes: ["xn--", "sthree-", "amzn-s3-demo-"],
  reservedSuffixes: ["-s3alias", "--ol-s3", "--x-s3", "--table-s3"],
};

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

/** Region of a KMS key ARN (`arn:<partition>:kms:<region>:<account>:key/<id>`), if it is one. */
function arnRegion(arn: string): string | undefined {
  const parts = arn.split(":");
  return parts.length >= 6 && parts[0] === "arn" && parts[2] === "kms" ? parts[3] : undefined;
}

function kmsKeyProblems(path: string, arn: string | undefined, encryption: string, ctx: CheckContext): Problem[] {
  if (arn === undefined) return [];
  if (encryption !== "customer-managed") {
    return [
      problems.conflictingArguments(
        path,
        "a KMS key is given but the encryption is provider-managed, so it would not be used.",
        arn,
        "remove the key, or ask for customer-managed encryption in the contract or the component.",
      ),
    ];
  }
  const keyRegion = arnRegion(arn);
  if (keyRegion === undefined) {
    return [
      problems.invalidArgument(
        path,
        "this is not a KMS key ARN.",
        arn,
        "arn:<partition>:kms:<region>:<account>:key/<key-id>",
        "give the key's full ARN.",
      ),
    ];
  }
  if (keyRegion !== ctx.placement.region.code) {
    return [
      problems.placementMismatch(
        path,
        `the KMS key is in ${keyRegion}, not in ${ctx.placement.region.code}: keys must stay in the data's Region.`,
        keyRegion,
        ctx.placement.region.code,
      ),
    ];
  }
  return [];
}

export function checkBucket(spec: BucketSpec, ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  const o = spec.overrides.aws ?? {};
  out.push(...bucketNameProblems(ctx.name, o.bucketName, S3_NAMES), ...overrideProblems(AWS_BUCKET_OVERRIDES, spec.overrides.aws));
  const cold = spec.lifecycle.coldAfterDays;
  const coldClass = o.coldStorageClass ?? "STANDARD_IA";
  if (cold !== undefined && IA_CLASSES.has(coldClass) && cold < IA_MINIMUM_DAYS) {
    out.push(
      problems.invalidArgument(
        "lifecycle.coldAfterDays",
        `S3 moves objects to ${coldClass} only after at least ${IA_MINIMUM_DAYS} days.`,
        cold,
        `${IA_MINIMUM_DAYS} or more`,
        `set coldAfterDays to ${IA_MINIMUM_DAYS} or more, or choose overrides.aws.coldStorageClass "GLACIER_IR".`,
      ),
    );
  }
  out.push(...objectLockNeedsVersioning(spec, "S3 object lock needs versioning, but versioning is off."));
  out.push(...kmsKeyProblems("overrides.aws.kmsKeyArn", o.kmsKeyArn, spec.encryption, ctx));
  return out;
}

export function checkNetwork(spec: NetworkSpec, _ctx: CheckContext): Problem[] {
  // VPC and subnet IPv4 blocks must be between /16 and /28 (Amazon VPC User Guide, VPC CIDR blocks).
  const out: Problem[] = overrideProblems(AWS_NETWORK_OVERRIDES, spec.overrides.aws);
  for (const [path, cidr] of [
    ["cidr", spec.cidr],
    ["subnetCidr", spec.subnetCidr],
  ] as const) {
    const prefix = Number(cidr.split("/")[1]);
    if (!Number.isInteger(prefix) || prefix < 16 || prefix > 28) {
      out.push(
        problems.invalidCidr(
          path,
          cidr,
          "AWS VPCs and subnets take IPv4 blocks from /16 to /28",
          "an IPv4 CIDR from /16 to /28, such as 10.0.0.0/16",
        ),
      );
    }
  }
  return out;
}

export function checkVirtualMachine(spec: VirtualMachineSpec, ctx: CheckContext): Problem[] {
  const o = spec.overrides.aws ?? {};
  const out = overrideAndImageProblems(AWS_VM_OVERRIDES, spec.overrides.aws, o.ami, AWS_IMAGES, spec.image);
  if (!Number.isInteger(spec.diskGiB) || spec.diskGiB < GP3_MIN_GIB || spec.diskGiB > GP3_MAX_GIB) {
    out.push(
      problems.invalidArgument(
        "diskGiB",
        "an EBS gp3 root volume is 1 to 16384 GiB.",
        spec.diskGiB,
        `${GP3_MIN_GIB}-${GP3_MAX_GIB}`,
        "choose a disk size in range.",
      ),
    );
  }
  const first = spec.sshKeys[0];
  if (first !== undefined && !EC2_KEY_TYPES.some((t) => first.trim().startsWith(`${t} `))) {
    out.push(
      problems.invalidArgument(
        "sshKeys[0]",
        "EC2 key pairs accept only RSA and ED25519 public keys.",
        first.split(" ")[0],
        EC2_KEY_TYPES.join(", "),
        "put an RSA or ED25519 key first.",
      ),
    );
  }
  out.push(
    ...userDataProblems(spec, { maxBytes: USER_DATA_MAX_BYTES, message: "EC2 user data (with the SSH-key part) is limited to 16 KB." }),
  );
  out.push(...kmsKeyProblems("overrides.aws.kmsKeyArn", o.kmsKeyArn, spec.encryption, ctx));
  return out;
}
