/**
 * Encryption at rest of AWS data stores judged from their own inputs (the AWS package module's
 * `encryption`). Defaults and their sources are listed in ./aws.ts. S3 buckets, EBS volumes and EC2
 * instances are judged in the encryption-at-rest rule itself (they need the rest of the stack).
 */
import { at, bool, str, type Path } from "../read";
import { alwaysEncrypted, keyAt } from "./shared";
import type { EncryptionCheck, EncryptionJudgement, Level, Props } from "./types";

/** A customer key when `keyPath` names one; otherwise the service's AWS managed or owned key. */
function key(p: Props, keyPath: Path, managed: string): Pick<EncryptionJudgement, "cmk" | "cmkWhy"> {
  return keyAt(p, keyPath, `${managed} applies`);
}

/** Always encrypted at rest by the service; a customer key when `keyPath` is set. */
const always = (what: string, keyPath: Path, managed: string): EncryptionCheck => alwaysEncrypted(what, keyPath, `${managed} applies`);

/**
 * RDS instances and clusters: `storageEncrypted` defaults to false (true for `serverless`
 * clusters); a replica or restore inherits its source's encryption.
 */
function rds(cluster: boolean): EncryptionCheck {
  const what = cluster ? "RDS cluster" : "RDS instance";
  return (p) => {
    const encrypted = bool(at(p, "storageEncrypted"));
    const cmk = keyAt(p, ["kmsKeyId"], "RDS uses the AWS managed key aws/rds");
    if (encrypted === true) return [{ what, atRest: "yes", ...cmk }];
    if (encrypted === false) return [{ what, atRest: "no", atRestWhy: "storageEncrypted is false", ...cmk }];
    if (cluster && String(at(p, "engineMode") ?? "").toLowerCase() === "serverless") return [{ what, atRest: "yes", ...cmk }];
    const source = ["replicateSourceDb", "snapshotIdentifier", "replicationSourceIdentifier"].find((k) => at(p, k) !== undefined);
    if (source)
      return [
        {
          what,
          atRest: "unknown",
          atRestWhy: `storageEncrypted is not set and ${source} makes it inherit its source's encryption`,
          ...cmk,
        },
      ];
    return [{ what, atRest: "no", atRestWhy: "storageEncrypted is not set (RDS defaults to unencrypted)", ...cmk }];
  };
}

/** Encrypted when a boolean input is true; `dflt` when it is not set. */
function flag(what: string, path: Path, dflt: Level, dfltWhy: string, keyPath: Path, managed: string): EncryptionCheck {
  return (p) => {
    const on = bool(at(p, ...path));
    const k = key(p, keyPath, managed);
    if (on === true || (on === undefined && dflt === "yes")) return [{ what, atRest: "yes", ...k }];
    if (on === false) return [{ what, atRest: "no", atRestWhy: `${path.join(".")} is false`, ...k }];
    return [{ what, atRest: dflt, atRestWhy: dfltWhy, ...k }];
  };
}

export const awsEncryption: Readonly<Record<string, EncryptionCheck>> = {
  "aws:rds/instance:Instance": rds(false),
  "aws:rds/cluster:Cluster": rds(true),
  "aws:kinesis/stream:Stream": (p) => {
    const type = str(at(p, "encryptionType"));
    const k = key(p, ["kmsKeyId"], "the AWS managed key aws/kinesis");
    const cmk: Pick<EncryptionJudgement, "cmk" | "cmkWhy"> =
      k.cmk === "yes" && str(at(p, "kmsKeyId")) === "alias/aws/kinesis"
        ? { cmk: "no", cmkWhy: "kmsKeyId is the AWS managed key alias/aws/kinesis" }
        : k;
    return type?.toUpperCase() === "KMS"
      ? [{ what: "Kinesis data stream", atRest: "yes", ...cmk }]
      : [
          {
            what: "Kinesis data stream",
            atRest: "no",
            atRestWhy: `encryptionType is ${type ?? "not set (the API default is NONE)"}`,
            ...cmk,
          },
        ];
  },
  "aws:sns/topic:Topic": (p) =>
    str(at(p, "kmsMasterKeyId"))
      ? [
          {
            what: "SNS topic",
            atRest: "yes",
            ...(str(at(p, "kmsMasterKeyId")) === "alias/aws/sns"
              ? { cmk: "no" as const, cmkWhy: "kmsMasterKeyId is the AWS managed key alias/aws/sns" }
              : { cmk: "yes" as const }),
          },
        ]
      : [
          {
            what: "SNS topic",
            atRest: "no",
            atRestWhy: "kmsMasterKeyId is not set (SNS encrypts topics only when a KMS key is given)",
            cmk: "no",
            cmkWhy: "no kmsMasterKeyId",
          },
        ],
  "aws:sqs/queue:Queue": (p) => {
    const kms = str(at(p, "kmsMasterKeyId"));
    if (kms)
      return [
        {
          what: "SQS queue",
          atRest: "yes",
          ...(kms === "alias/aws/sqs"
            ? { cmk: "no" as const, cmkWhy: "kmsMasterKeyId is the AWS managed key alias/aws/sqs" }
            : { cmk: "yes" as const }),
        },
      ];
    if (bool(at(p, "sqsManagedSseEnabled")) === false)
      return [
        {
          what: "SQS queue",
          atRest: "no",
          atRestWhy: "sqsManagedSseEnabled is false and no kmsMasterKeyId",
          cmk: "no",
          cmkWhy: "no kmsMasterKeyId",
        },
      ];
    return [{ what: "SQS queue", atRest: "yes", cmk: "no", cmkWhy: "no kmsMasterKeyId, so SQS-owned keys (SSE-SQS, on by default) apply" }];
  },
  "aws:dynamodb/table:Table": (p) => {
    const enabled = bool(at(p, "serverSideEncryption", "enabled"));
    const arn = str(at(p, "serverSideEncryption", "kmsKeyArn"));
    if (enabled === true && arn) return [{ what: "DynamoDB table", atRest: "yes", cmk: "yes" }];
    return [
      {
        what: "DynamoDB table",
        atRest: "yes",
        cmk: "no",
        cmkWhy:
          enabled === true
            ? "serverSideEncryption without kmsKeyArn uses the AWS managed key aws/dynamodb"
            : "no serverSideEncryption, so an AWS-owned key applies",
      },
    ];
  },
  "aws:elasticache/replicationGroup:ReplicationGroup": (p) => {
    const engine = (str(at(p, "engine")) ?? "redis").toLowerCase();
    const dflt: Level = engine === "valkey" ? "yes" : "no";
    return flag(
      "ElastiCache replication group",
      ["atRestEncryptionEnabled"],
      dflt,
      `atRestEncryptionEnabled is not set (default false for engine ${engine})`,
      ["kmsKeyId"],
      "the AWS managed key",
    )(p);
  },
  "aws:elasticache/serverlessCache:ServerlessCache": always("ElastiCache serverless cache", ["kmsKeyId"], "an AWS-owned key"),
  "aws:opensearch/domain:Domain": flag(
    "OpenSearch domain",
    ["encryptAtRest", "enabled"],
    "no",
    "encryptAtRest is not set (defaults to false)",
    ["encryptAtRest", "kmsKeyId"],
    "the AWS managed key aws/es",
  ),
  "aws:elasticsearch/domain:Domain": flag(
    "Elasticsearch domain",
    ["encryptAtRest", "enabled"],
    "no",
    "encryptAtRest is not set (defaults to false)",
    ["encryptAtRest", "kmsKeyId"],
    "the AWS managed key aws/es",
  ),
  "aws:redshift/cluster:Cluster": flag("Redshift cluster", ["encrypted"], "yes", "", ["kmsKeyId"], "the AWS managed key"),
  "aws:efs/fileSystem:FileSystem": flag(
    "EFS file system",
    ["encrypted"],
    "no",
    "encrypted is not set (EFS CreateFileSystem defaults to unencrypted)",
    ["kmsKeyId"],
    "the AWS managed key aws/elasticfilesystem",
  ),
  "aws:docdb/cluster:Cluster": flag(
    "DocumentDB cluster",
    ["storageEncrypted"],
    "no",
    "storageEncrypted is not set (defaults to false)",
    ["kmsKeyId"],
    "the AWS managed key aws/rds",
  ),
  "aws:neptune/cluster:Cluster": flag(
    "Neptune cluster",
    ["storageEncrypted"],
    "no",
    "storageEncrypted is not set (defaults to false)",
    ["kmsKeyArn"],
    "the AWS managed key aws/rds",
  ),
  "aws:ecr/repository:Repository": always("ECR repository", ["encryptionConfigurations", 0, "kmsKey"], "AES256 (S3-managed keys)"),
  "aws:secretsmanager/secret:Secret": always("Secrets Manager secret", ["kmsKeyId"], "the AWS managed key aws/secretsmanager"),
  "aws:cloudwatch/logGroup:LogGroup": always("CloudWatch log group", ["kmsKeyId"], "CloudWatch Logs' service-managed keys"),
  "aws:sfn/stateMachine:StateMachine": always("Step Functions state machine", ["encryptionConfiguration", "kmsKeyId"], "an AWS-owned key"),
  "aws:backup/vault:Vault": always("AWS Backup vault", ["kmsKeyArn"], "the AWS managed key aws/backup"),
  "aws:eks/cluster:Cluster": (p) => [
    {
      what: "EKS cluster secrets",
      atRest: "yes",
      ...(str(at(p, "encryptionConfig", "provider", "keyArn"))
        ? { cmk: "yes" as const }
        : {
            cmk: "no" as const,
            cmkWhy: "no encryptionConfig.provider.keyArn, so Kubernetes secrets are not envelope-encrypted with your KMS key",
          }),
    },
  ],
};
