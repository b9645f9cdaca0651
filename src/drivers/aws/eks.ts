/**
 * KubernetesCluster on AWS: an EKS cluster whose control plane AWS operates in the placement's
 * Region, with managed node groups in the network's private subnets.
 *
 * - IAM (global, no data location): one role for the cluster (trusted by eks.amazonaws.com, with
 *   AmazonEKSClusterPolicy) and one for the nodes (trusted by ec2.amazonaws.com, with
 *   AmazonEKSWorkerNodePolicy, AmazonEKS_CNI_Policy and AmazonEC2ContainerRegistryReadOnly), the
 *   managed policies the EKS user guide names for cluster and node IAM roles. Policy ARNs take the
 *   placement's partition, so the aws-eusc partition gets `arn:aws-eusc:...`.
 * - Network: EKS needs subnets in at least two Availability Zones, and the Network has one; the
 *   driver adds a second private subnet (next block of the same size inside the VPC) in another
 *   catalog zone. Nodes get no public IP; they reach EC2, ECR, STS and S3 through VPC endpoints
 *   created here, so a node group can join a private cluster without a NAT gateway.
 * - API: private endpoint only (`endpointPublicAccess: false`) unless `privateApi: false`, then a
 *   public endpoint limited to `publicAccessCidrs` (the EKS default would be 0.0.0.0/0) while the
 *   private endpoint stays on for the nodes.
 * - Secrets: envelope encryption (`encryptionConfig`, resources `secrets`) with a KMS key in the
 *   Region, created with yearly rotation or given as `overrides.aws.kmsKeyArn`.
 * - Access: EKS access entries (`authenticationMode: API`); the identity that creates the cluster
 *   gets cluster-admin through the bootstrap entry.
 */
import * as pulumi from "@pulumi/pulumi";
import { known } from "../../catalog/types";
import { problems, type Problem } from "../../errors";
import type { CheckContext, DriverScope, KubernetesClusterResult, KubernetesClusterSpec } from "../types";
import type { AwsNetworkData } from "./network";
import { awsContext, childTags } from "./provider";
import { sdk } from "./sdk";
import ipaddr from "ipaddr.js";

export const CLUSTER_POLICIES = ["AmazonEKSClusterPolicy"] as const;
export const NODE_POLICIES = ["AmazonEKSWorkerNodePolicy", "AmazonEKS_CNI_Policy", "AmazonEC2ContainerRegistryReadOnly"] as const;
/** Interface endpoints a node in a private subnet needs to join (EKS user guide, private clusters). */
export const INTERFACE_ENDPOINTS = ["ec2", "ecr.api", "ecr.dkr", "sts"] as const;

/** Second subnets already handed to clusters, per network (two clusters on one network must not collide). */
const RESERVED = new WeakMap<AwsNetworkData, Set<string>>();

/** The next free block of the same size as `subnet` inside `vpc`, or undefined when there is none. */
export function secondSubnetCidr(vpc: string, subnet: string, taken: ReadonlySet<string> = new Set()): string | undefined {
  const [vAddr, vLen] = ipaddr.IPv4.parseCIDR(vpc);
  const [sAddr, sLen] = ipaddr.IPv4.parseCIDR(subnet);
  const toInt = (a: ipaddr.IPv4) => a.octets.reduce((n, o) => n * 256 + o, 0);
  const size = 2 ** (32 - sLen);
  const vStart = toInt(vAddr);
  const vEnd = vStart + 2 ** (32 - vLen);
  for (let start = vStart; start + size <= vEnd; start += size) {
    if (start === toInt(sAddr)) continue;
    const octets = [24, 16, 8, 0].map((shift) => Math.floor(start / 2 ** shift) % 256);
    const cidr = `${octets.join(".")}/${sLen}`;
    if (!taken.has(cidr)) return cidr;
  }
  return undefined;
}

function secondZone(placement: CheckContext["placement"], first: string | undefined): string | undefined {
  return known(placement.region.zones)?.find((z) => z !== first);
}

function arnRegion(arn: string): string | undefined {
  const parts = arn.split(":");
  return parts.length >= 6 && parts[0] === "arn" && parts[2] === "kms" ? parts[3] : undefined;
}

export function checkKubernetesCluster(spec: KubernetesClusterSpec, ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  const net = spec.network.data as AwsNetworkData;
  if (
    net.cidr === undefined ||
    net.subnetCidr === undefined ||
    secondSubnetCidr(net.cidr, net.subnetCidr, RESERVED.get(net)) === undefined
  ) {
    out.push(
      problems.providerLimitation(
        "network",
        "EKS needs subnets in two Availability Zones, and the network's address space has no room for a second subnet of the same size.",
        net.subnetCidr ?? "unknown",
        "a Network whose cidr is larger than its subnetCidr (e.g. 10.0.0.0/16 with 10.0.1.0/24)",
        "give the Network a larger cidr.",
      ),
    );
  }
  if (secondZone(ctx.placement, net.zone) === undefined) {
    out.push(
      problems.providerLimitation(
        "target",
        `EKS needs subnets in two Availability Zones, and the catalog does not confirm a second zone of ${ctx.placement.region.code}.`,
        ctx.placement.region.code,
        "a Region whose zones the catalog knows",
        "choose another Region.",
      ),
    );
  }
  const key = spec.overrides.aws?.kmsKeyArn;
  if (key !== undefined) {
    if (spec.encryption === "any")
      out.push(
        problems.conflictingArguments(
          "overrides.aws.kmsKeyArn",
          "a KMS key is given but the contract does not ask for encrypted secrets, so it would not be used.",
          key,
          "remove the key, or ask for encryption in the contract or the component.",
        ),
      );
    else if (arnRegion(key) === undefined)
      out.push(
        problems.invalidArgument(
          "overrides.aws.kmsKeyArn",
          "this is not a KMS key ARN.",
          key,
          "arn:<partition>:kms:<region>:<account>:key/<key-id>",
          "give the key's full ARN.",
        ),
      );
    else if (arnRegion(key) !== ctx.placement.region.code)
      out.push(
        problems.placementMismatch(
          "overrides.aws.kmsKeyArn",
          `the KMS key is in ${arnRegion(key)}, not in ${ctx.placement.region.code}: keys must stay in the cluster's Region.`,
          arnRegion(key)!,
          ctx.placement.region.code,
        ),
      );
  }
  for (const pool of spec.nodePools) {
    if (
      pool.zones !== undefined &&
      net.zone !== undefined &&
      pool.zones.some((z) => z !== net.zone && z !== secondZone(ctx.placement, net.zone))
    ) {
      out.push(
        problems.providerLimitation(
          `nodePools.${pool.name}.zones`,
          `node groups run in the network's subnets, which are in ${net.zone} and ${secondZone(ctx.placement, net.zone)}.`,
          pool.zones,
          `${net.zone}, ${secondZone(ctx.placement, net.zone)}`,
          "use those zones or leave zones out.",
        ),
      );
    }
  }
  return out;
}

function rolePolicy(service: string): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" }],
  });
}

export function createKubernetesCluster(spec: KubernetesClusterSpec, scope: DriverScope): KubernetesClusterResult {
  const { ec2, eks, iam, kms } = sdk();
  const ctx = awsContext(scope);
  const { region, opts } = ctx;
  const name = scope.name;
  const net = spec.network.data as AwsNetworkData;
  const partition = scope.placement.region.partition ?? "aws";
  const policyArn = (p: string) => `arn:${partition}:iam::aws:policy/${p}`;

  // IAM roles are global: they carry no `region` and hold no data.
  const clusterRole = new iam.Role(
    `${name}-cluster-role`,
    { assumeRolePolicy: rolePolicy("eks.amazonaws.com"), description: `sovereign-cloud ${name}: EKS control plane`, tags: childTags(ctx) },
    opts,
  );
  const clusterAttachments = CLUSTER_POLICIES.map(
    (p) => new iam.RolePolicyAttachment(`${name}-cluster-${p}`, { role: clusterRole.name, policyArn: policyArn(p) }, opts),
  );
  const nodeRole = new iam.Role(
    `${name}-node-role`,
    { assumeRolePolicy: rolePolicy("ec2.amazonaws.com"), description: `sovereign-cloud ${name}: EKS nodes`, tags: childTags(ctx) },
    opts,
  );
  const nodeAttachments = NODE_POLICIES.map(
    (p) => new iam.RolePolicyAttachment(`${name}-node-${p}`, { role: nodeRole.name, policyArn: policyArn(p) }, opts),
  );

  const zone2 = secondZone(scope.placement, net.zone)!;
  const taken = RESERVED.get(net) ?? new Set<string>();
  const cidr2 = secondSubnetCidr(net.cidr!, net.subnetCidr!, taken)!;
  taken.add(cidr2);
  RESERVED.set(net, taken);
  const subnet2 = new ec2.Subnet(
    `${name}-subnet-2`,
    {
      region,
      vpcId: net.vpcId,
      cidrBlock: cidr2,
      availabilityZone: zone2,
      mapPublicIpOnLaunch: false,
      tags: childTags(ctx, { Name: `${name}-subnet-2` }),
    },
    opts,
  );
  if (net.ownRouteTable && net.routeTableId !== undefined) {
    new ec2.RouteTableAssociation(`${name}-subnet-2-routes`, { region, subnetId: subnet2.id, routeTableId: net.routeTableId }, opts);
  }
  const subnetIds = [net.subnetId, subnet2.id];

  const endpointSg = new ec2.SecurityGroup(
    `${name}-endpoints`,
    {
      region,
      vpcId: net.vpcId,
      description: `sovereign-cloud ${name}: HTTPS from the VPC to its endpoints`,
      ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: [net.cidr!] }],
      tags: childTags(ctx, { Name: `${name}-endpoints` }),
    },
    opts,
  );
  for (const svc of INTERFACE_ENDPOINTS) {
    new ec2.VpcEndpoint(
      `${name}-${svc.replace(".", "-")}`,
      {
        region,
        vpcId: net.vpcId,
        serviceName: `com.amazonaws.${region}.${svc}`,
        vpcEndpointType: "Interface",
        privateDnsEnabled: true,
        subnetIds,
        securityGroupIds: [endpointSg.id],
        tags: childTags(ctx),
      },
      opts,
    );
  }
  if (net.routeTableId !== undefined) {
    new ec2.VpcEndpoint(
      `${name}-s3`,
      {
        region,
        vpcId: net.vpcId,
        serviceName: `com.amazonaws.${region}.s3`,
        vpcEndpointType: "Gateway",
        routeTableIds: [net.routeTableId],
        tags: childTags(ctx),
      },
      opts,
    );
  }

  let keyArn: pulumi.Input<string> | undefined;
  if (spec.encryption !== "any") {
    keyArn =
      spec.overrides.aws?.kmsKeyArn ??
      // Kept with the cluster's secrets: without the key they cannot be decrypted.
      new kms.Key(
        `${name}-secrets-key`,
        {
          region,
          description: `sovereign-cloud cluster ${name}: envelope encryption of Kubernetes secrets`,
          enableKeyRotation: true,
          deletionWindowInDays: 30,
          tags: childTags(ctx),
        },
        opts,
      ).arn;
  }

  const cluster = new eks.Cluster(
    name,
    {
      region,
      roleArn: clusterRole.arn,
      version: spec.version,
      vpcConfig: {
        subnetIds,
        endpointPrivateAccess: true,
        endpointPublicAccess: !spec.privateApi,
        ...(spec.privateApi ? {} : { publicAccessCidrs: [...spec.apiAllowedFrom] }),
      },
      ...(keyArn === undefined ? {} : { encryptionConfig: { resources: ["secrets"], provider: { keyArn } } }),
      accessConfig: { authenticationMode: "API", bootstrapClusterCreatorAdminPermissions: true },
      enabledClusterLogTypes: ["api", "audit", "authenticator"],
      tags: childTags(ctx, { Name: name }),
    },
    { ...opts, dependsOn: clusterAttachments },
  );

  for (const pool of spec.nodePools) {
    new eks.NodeGroup(
      `${name}-${pool.name}`,
      {
        region,
        clusterName: cluster.name,
        nodeRoleArn: nodeRole.arn,
        subnetIds,
        instanceTypes: [pool.instanceType],
        scalingConfig: { minSize: pool.min, maxSize: pool.max, desiredSize: Math.max(pool.min, 1) },
        labels: { "sovereign-cloud/pool": pool.name },
        tags: childTags(ctx, { Name: `${name}-${pool.name}` }),
      },
      // The autoscaler changes the desired size; Pulumi must not reset it.
      { ...opts, dependsOn: nodeAttachments, ignoreChanges: ["scalingConfig.desiredSize"] },
    );
  }

  const kubeconfig = pulumi.all([cluster.name, cluster.endpoint, cluster.certificateAuthority]).apply(([clusterName, endpoint, ca]) =>
    JSON.stringify({
      apiVersion: "v1",
      kind: "Config",
      clusters: [{ name: clusterName, cluster: { server: endpoint, "certificate-authority-data": ca?.data ?? "" } }],
      contexts: [{ name: clusterName, context: { cluster: clusterName, user: clusterName } }],
      "current-context": clusterName,
      users: [
        {
          name: clusterName,
          user: {
            exec: {
              apiVersion: "client.authentication.k8s.io/v1beta1",
              command: "aws",
              args: ["eks", "get-token", "--cluster-name", clusterName, "--region", region],
            },
          },
        },
      ],
    }),
  );
  return {
    clusterId: cluster.arn,
    clusterName: cluster.name,
    endpoint: cluster.endpoint,
    kubeconfig: pulumi.secret(kubeconfig),
    secretsKeyManagement: keyArn === undefined ? null : "customer",
  };
}
