/**
 * @pulumi/aws (7.48): what the policy engine knows about AWS resources.
 *
 * Location: a resource's own `region` (v7 per-resource region), else its availability zone, else its
 * provider's `region` (for the default provider: stack config `aws:region`). IAM, Route 53 (public
 * and private hosted zones, records, health checks), Organizations, budgets and Cost Explorer are
 * global control-plane services that hold no customer data: "global", whatever the default region.
 *
 * Security-relevant API defaults encoded here (each with its source):
 * - Kinesis Data Streams `encryptionType`: "The default value is `NONE`" (@pulumi/aws kinesis/stream.d.ts).
 * - SNS topics: no server-side encryption unless `kmsMasterKeyId` is set ("SSE ... you can enable",
 *   https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html; sns/topic.d.ts).
 * - SQS queues: SSE-SQS is on for new queues by default since 2022-10 unless `sqsManagedSseEnabled:
 *   false` (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html).
 * - DynamoDB: "automatically encrypted at rest with an AWS-owned Customer Master Key if this
 *   argument isn't specified" (dynamodb/table.d.ts `serverSideEncryption`).
 * - ElastiCache replication groups `atRestEncryptionEnabled`: default false for redis, true for
 *   valkey (elasticache/replicationGroup.d.ts).
 * - OpenSearch/Elasticsearch `encryptAtRest`: "If the `encryptAtRest` block is not provided then this
 *   defaults to `false`" (types/input.d.ts DomainEncryptAtRest).
 * - Redshift clusters `encrypted`: "Default is `true`" (redshift/cluster.d.ts).
 * - EFS `encrypted`: no default in the SDK; the API's CreateFileSystem `Encrypted` defaults to false
 *   (https://docs.aws.amazon.com/efs/latest/ug/API_CreateFileSystem.html).
 * - ECR, Secrets Manager, CloudWatch Logs, SSM SecureString, Lambda: always encrypted at rest with
 *   AWS managed keys (ECR "AES256 by default", https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html;
 *   CloudWatch Logs "always encrypted", https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html).
 * - API Gateway REST API endpoint type: "If unspecified, defaults to `EDGE`" (types/input.d.ts
 *   RestApiEndpointConfiguration): an edge-optimized API is fronted by CloudFront's edge network.
 * - EKS `endpointPublicAccess` "Default is `true`"; `publicAccessCidrs` "EKS defaults this to a list
 *   with `0.0.0.0/0`" (types/input.d.ts ClusterVpcConfig).
 * - RDS `publiclyAccessible` "Default is `false`" (rds/instance.d.ts).
 * - Lambda function URLs with `authorizationType: NONE` are public (lambda/functionUrl.d.ts).
 */
import { awsEncryption } from "./aws-stores";
import { awsExposure } from "./aws-exposure";
import { awsKnownOutside } from "./outside";
import { at, items, str } from "../read";
import { EDGE, NO_FORCE_DESTROY_REMEDIATION, regionAndZone, regionInput } from "./shared";
import { bridgedComponent, type GlobalService, type PackageModule, type Props } from "./types";

/** The AWS partition and DNS suffix a real provider would use for a region (aws-eusc for eusc-*). */
export function awsPartition(region: unknown): { partition: string; dnsSuffix: string } {
  return typeof region === "string" && region.startsWith("eusc-")
    ? { partition: "aws-eusc", dnsSuffix: "amazonaws.eu" }
    : { partition: "aws", dnsSuffix: "amazonaws.com" };
}

/** An edge-optimized endpoint (the default when no endpoint type is given). */
function edgeEndpoint(p: Props): boolean {
  const types = at(p, "endpointConfiguration", "types");
  const list = Array.isArray(types) ? types : types === undefined ? [] : [types];
  return list.length === 0 || list.some((t) => String(t).toUpperCase() === "EDGE");
}

const GLOBAL_SERVICES: readonly GlobalService[] = [
  { type: "aws:cloudfront/distribution:Distribution", what: "a CloudFront distribution", why: `CloudFront ${EDGE}` },
  {
    type: "aws:globalaccelerator/accelerator:Accelerator",
    what: "a Global Accelerator",
    why: "Global Accelerator receives client traffic at AWS edge locations worldwide (anycast)",
  },
  {
    type: "aws:s3control/multiRegionAccessPoint:MultiRegionAccessPoint",
    what: "an S3 Multi-Region Access Point",
    why: "a Multi-Region Access Point is a global endpoint that routes requests to buckets in several Regions",
  },
  {
    type: "aws:apigateway/restApi:RestApi",
    what: "an edge-optimized API Gateway REST API",
    why: "its endpoint type is EDGE (the default when endpointConfiguration.types is not set), so requests enter through CloudFront edge locations worldwide",
    when: edgeEndpoint,
  },
  {
    type: "aws:apigateway/domainName:DomainName",
    what: "an edge-optimized API Gateway custom domain",
    why: "its endpoint type is EDGE (the default for a domain without endpointConfiguration), served through a CloudFront distribution",
    when: (p) => edgeEndpoint(p) && at(p, "regionalCertificateArn") === undefined,
  },
];

export const awsPackage: PackageModule = {
  name: "aws",
  provider: "aws",
  configHint: "set `region` on the resource or its provider (stack config aws:region)",
  global: [
    ["aws:iam/", "IAM roles, policies, users, groups and their attachments are global identities and permissions, not customer data"],
    ["aws:route53/zone:Zone", "a Route 53 hosted zone is global DNS configuration"],
    ["aws:route53/record:Record", "a Route 53 record is global DNS configuration"],
    ["aws:route53/zoneAssociation:ZoneAssociation", "it associates a private hosted zone with a VPC"],
    ["aws:route53/vpcAssociationAuthorization:VpcAssociationAuthorization", "it authorises a zone association"],
    ["aws:route53/healthCheck:HealthCheck", "a Route 53 health check is global monitoring configuration"],
    ["aws:route53/delegationSet:DelegationSet", "a delegation set is a set of name servers"],
    ["aws:route53/hostedZoneDnsSec:HostedZoneDnsSec", "DNSSEC signing is DNS configuration"],
    ["aws:route53/keySigningKey:KeySigningKey", "a key-signing key is DNS configuration (its KMS key is located)"],
    ["aws:organizations/", "Organizations accounts, units and policies are account management, not customer data"],
    ["aws:budgets/", "budgets are billing configuration"],
    ["aws:costexplorer/", "Cost Explorer settings are billing configuration"],
    ["aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock", "an account-wide S3 setting, not data"],
  ],
  dataBearing: [
    "aws:s3/bucket:Bucket",
    "aws:s3/bucketV2:BucketV2",
    "aws:s3/bucketObject:BucketObject",
    "aws:s3/bucketObjectv2:BucketObjectv2",
    "aws:dynamodb/table:Table",
    "aws:dynamodb/tableReplica:TableReplica",
    "aws:rds/instance:Instance",
    "aws:rds/cluster:Cluster",
    "aws:rds/clusterInstance:ClusterInstance",
    "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
    "aws:rds/snapshotCopy:SnapshotCopy",
    "aws:ebs/volume:Volume",
    "aws:ebs/snapshot:Snapshot",
    "aws:ebs/snapshotCopy:SnapshotCopy",
    "aws:ec2/instance:Instance",
    "aws:efs/fileSystem:FileSystem",
    "aws:elasticache/",
    "aws:opensearch/domain:Domain",
    "aws:elasticsearch/domain:Domain",
    "aws:redshift/cluster:Cluster",
    "aws:kinesis/stream:Stream",
    "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream",
    "aws:sqs/queue:Queue",
    "aws:sns/topic:Topic",
    "aws:secretsmanager/secret:Secret",
    "aws:secretsmanager/secretVersion:SecretVersion",
    "aws:ssm/parameter:Parameter",
    "aws:cloudwatch/logGroup:LogGroup",
    "aws:ecr/repository:Repository",
    "aws:eks/cluster:Cluster",
    "aws:lambda/function:Function",
    "aws:backup/vault:Vault",
    "aws:docdb/cluster:Cluster",
    "aws:neptune/cluster:Cluster",
    "aws:msk/cluster:Cluster",
    "aws:glue/catalogDatabase:CatalogDatabase",
    "aws:athena/workgroup:Workgroup",
    "aws:kms/key:Key",
    "aws:sfn/stateMachine:StateMachine",
  ],
  parents: [],
  own: (_type, props) => regionAndZone(props, str(props.region), "availabilityZone", (zone) => zone.replace(/[a-z]$/, "")),
  fromProvider: regionInput("region"),
  isComponent: bridgedComponent,
  knownOutside: awsKnownOutside,
  replicas: {
    "aws:dynamodb/table:Table": (p) =>
      items(p, "replicas").map((r) => {
        const region = str(at(r, "regionName"));
        return region
          ? { what: "a DynamoDB global-table replica", region }
          : { what: "a DynamoDB global-table replica", unreadable: "replicas[].regionName" };
      }),
  },
  globalServices: GLOBAL_SERVICES,
  globalServiceParts: ["aws:cloudfront/", "aws:globalaccelerator/", "aws:s3control/multiRegionAccessPoint:MultiRegionAccessPoint"],
  encryption: awsEncryption,
  exposure: awsExposure,
  mockOutputs: awsMockOutputs,
  invokeResult(token, inputs) {
    switch (token) {
      case "aws:index/getCallerIdentity:getCallerIdentity":
        return { accountId: "123456789012", arn: "arn:aws:iam::123456789012:user/offline", userId: "offline", id: "123456789012" };
      case "aws:ssm/getParameter:getParameter":
        return {
          name: inputs.name,
          value: "ami-0123456789abcdef0",
          type: "String",
          insecureValue: "ami-0123456789abcdef0",
          version: 1,
          id: inputs.name,
          arn: `arn:${awsPartition(inputs.region).partition}:ssm:${inputs.region}::parameter${inputs.name}`,
          withDecryption: true,
        };
      default:
        return undefined;
    }
  },
  remediation: {
    "data-location":
      "Set `region` on the resource or on its aws.Provider (stack config aws:region) to a Region the contract allows; sovereign-cloud's components take a target instead.",
    "inherited-location": "Give the resource its own `region`, or create what it takes its location from in the same program.",
    replication:
      "Replicate only to Regions the contract allows: S3 replication to a bucket in this program in an allowed Region, DynamoDB replicas (replicas[].regionName) and read replicas in allowed Regions.",
    "global-services":
      'Serve from the Region: an ALB/NLB instead of CloudFront or Global Accelerator; for API Gateway set endpointConfiguration.types to ["REGIONAL"] (or PRIVATE).',
    "encryption-at-rest":
      "Encrypt at rest: RDS storageEncrypted: true, EBS encrypted: true (or aws.ebs.EncryptionByDefault), Kinesis encryptionType KMS, SNS kmsMasterKeyId, ElastiCache atRestEncryptionEnabled, OpenSearch encryptAtRest.enabled, EFS encrypted. For encryption: customer-managed, name a KMS key you control in the same Region (kmsKeyId / kmsMasterKeyId / kmsKeyArn, S3 sseAlgorithm aws:kms with kmsMasterKeyId).",
    "no-public-access":
      'Set all four settings of the BucketPublicAccessBlock to true, drop public ACLs, and grant resource policies (S3, ECR, SQS, SNS) to named principals, never Principal "*" without a narrowing condition; keep RDS publiclyAccessible false and restrict EKS publicAccessCidrs (or endpointPublicAccess false).',
    "tls-only":
      'Add a BucketPolicy statement {Effect: Deny, Principal: "*", Action: "s3:*", Resource: [bucket ARN, bucket ARN/*], Condition: {Bool: {"aws:SecureTransport": "false"}}}.',
    "instance-metadata": 'Set metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 } (or httpEndpoint: "disabled").',
    "admin-ports": "Allow admin ports in security groups only from your admin CIDR, or use SSM Session Manager instead of SSH.",
    "no-force-destroy": NO_FORCE_DESTROY_REMEDIATION,
  },
};

/** Outputs a real AWS provider would compute, for the offline engine. */
function awsMockOutputs(type: string, name: string, inputs: Record<string, any>): Record<string, unknown> | undefined {
  const { partition, dnsSuffix } = awsPartition(inputs.region);
  switch (type) {
    case "aws:s3/bucket:Bucket": {
      const bucket = inputs.bucket ?? `${name}-abc123`;
      return { bucket, arn: `arn:${partition}:s3:::${bucket}`, bucketRegionalDomainName: `${bucket}.s3.${inputs.region}.${dnsSuffix}` };
    }
    case "aws:kms/key:Key":
      return { arn: `arn:${partition}:kms:${inputs.region}:123456789012:key/${name}`, keyId: `${name}-key-id` };
    case "aws:ec2/keyPair:KeyPair":
      return { keyName: inputs.keyName ?? `${name}-abc123` };
    case "aws:ec2/instance:Instance":
      return {
        privateIp: "10.0.1.10",
        publicIp: inputs.associatePublicIpAddress ? "203.0.113.10" : "",
        availabilityZone: inputs.availabilityZone,
      };
    default: {
      // Every other AWS resource: an ARN and a name, as programs wire them into policies and triggers.
      const parts = type.split(":");
      const service = parts[1]?.split("/")[0] ?? "service";
      const resourceName = inputs.name ?? `${name}-abc123`;
      return {
        arn:
          inputs.arn ??
          `arn:${partition}:${service}:${inputs.region ?? "eu-central-1"}:123456789012:${parts[2]?.toLowerCase() ?? "resource"}/${resourceName}`,
        name: resourceName,
      };
    }
  }
}
