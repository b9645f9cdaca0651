/**
 * Public exposure of AWS resources read from their own inputs (the AWS package module's
 * `exposure`): resource policies that grant anyone (ECR, SQS, SNS, OpenSearch), Lambda function URLs
 * and permissions open to anyone, publicly accessible databases and EKS API endpoints open to the
 * internet. Defaults and sources: ./aws.ts.
 */
import { isPublicGrant, statements } from "../documents";
import { at, bool, str, strings } from "../read";
import type { ExposureCheck, Props } from "./types";

/** Resource-policy statements that allow anyone without a narrowing condition. */
function policyGrants(what: string, key = "policy"): ExposureCheck {
  return (p: Props) => {
    const policy = at(p, key);
    if (policy === undefined) return [];
    const list = statements(policy);
    if (list === undefined)
      return [
        {
          message: `cannot tell whether ${what} grants public access: its ${key} is not valid JSON.`,
          unreadable: `${key} (not valid JSON)`,
        },
      ];
    return list.flatMap((s, i) =>
      isPublicGrant(s)
        ? [
            `${what} grants public access: statement ${i + 1} allows ${s.actions.join(", ") || "actions"} to anyone (Principal "*") without a narrowing condition.`,
          ]
        : [],
    );
  };
}

const WORLD = (cidr: string): boolean => /\/0+$/.test(cidr.trim());

export const awsExposure: Readonly<Record<string, ExposureCheck>> = {
  "aws:ecr/repositoryPolicy:RepositoryPolicy": policyGrants("ECR repository policy"),
  "aws:ecr/registryPolicy:RegistryPolicy": policyGrants("ECR registry policy"),
  "aws:sqs/queuePolicy:QueuePolicy": policyGrants("SQS queue policy"),
  "aws:sqs/queue:Queue": policyGrants("SQS queue"),
  "aws:sns/topicPolicy:TopicPolicy": policyGrants("SNS topic policy"),
  "aws:sns/topic:Topic": policyGrants("SNS topic"),
  "aws:opensearch/domainPolicy:DomainPolicy": policyGrants("OpenSearch domain policy", "accessPolicies"),
  "aws:opensearch/domain:Domain": (p) => (at(p, "vpcOptions") !== undefined ? [] : policyGrants("OpenSearch domain", "accessPolicies")(p)),
  "aws:lambda/functionUrl:FunctionUrl": (p) =>
    String(at(p, "authorizationType") ?? "").toUpperCase() === "NONE"
      ? ["Lambda function URL is public: authorizationType is NONE, so anyone on the internet can invoke the function."]
      : [],
  "aws:lambda/permission:Permission": (p) => {
    const principal = str(at(p, "principal"));
    if (principal !== "*" || str(at(p, "sourceArn")) || str(at(p, "sourceAccount")) || str(at(p, "principalOrgId"))) return [];
    return [
      `Lambda permission grants ${str(at(p, "action")) ?? "invocation"} to anyone: principal is "*" without sourceArn, sourceAccount or principalOrgId.`,
    ];
  },
  "aws:rds/instance:Instance": (p) =>
    bool(at(p, "publiclyAccessible")) === true
      ? ["RDS instance is publicly accessible: publiclyAccessible is true, so it gets a public address."]
      : [],
  "aws:rds/clusterInstance:ClusterInstance": (p) =>
    bool(at(p, "publiclyAccessible")) === true
      ? ["RDS cluster instance is publicly accessible: publiclyAccessible is true, so it gets a public address."]
      : [],
  "aws:redshift/cluster:Cluster": (p) =>
    bool(at(p, "publiclyAccessible")) === true ? ["Redshift cluster is publicly accessible: publiclyAccessible is true."] : [],
  "aws:eks/cluster:Cluster": (p) => {
    if (bool(at(p, "vpcConfig", "endpointPublicAccess")) === false) return [];
    const cidrs = strings(at(p, "vpcConfig", "publicAccessCidrs"));
    if (cidrs.length > 0 && !cidrs.some(WORLD)) return [];
    return [
      `EKS cluster API endpoint is open to the internet: vpcConfig.endpointPublicAccess is ${bool(at(p, "vpcConfig", "endpointPublicAccess")) === true ? "true" : "not set (default true)"} and publicAccessCidrs ${cidrs.length === 0 ? "is not set (EKS defaults it to 0.0.0.0/0)" : `includes ${cidrs.filter(WORLD).join(", ")}`}.`,
    ];
  },
};
