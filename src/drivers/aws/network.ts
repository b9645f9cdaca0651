/**
 * Network on AWS: a VPC, one subnet in one zone, a security group with exactly the ingress the
 * spec lists (egress open), and the VPC's default security group emptied.
 *
 * Reachability: the subnet never gives instances a public IP on its own (`mapPublicIpOnLaunch:
 * false`), but it is routed to an internet gateway, so that a VM that explicitly asks for a public
 * IP can be reached (through the security group's ingress rules only) and VMs with a public IP can
 * reach the internet. VMs without a public IP have no internet access (no NAT gateway). Set
 * `overrides.aws.internetGateway: false` for a subnet with no route to the internet at all.
 */
import type * as pulumi from "@pulumi/pulumi";
import { known } from "../../catalog/types";
import type { DriverScope, IngressRuleSpec, NetworkResult, NetworkSpec } from "../types";
import { awsContext, childTags } from "./provider";
import { sdk } from "./sdk";
import { ruleName, uniqueRules } from "../ingress";
import type { CarvedRanges, NetworkOwner } from "../database-common";

/**
 * What a VM on this network needs (the `data` of the network handle). `cidr` and `subnetCidr` are
 * the VPC's and the subnet's IPv4 blocks: database subnets are carved from the VPC range, and a
 * KubernetesCluster adds a subnet in a second zone.
 */
export interface AwsNetworkData extends NetworkOwner, CarvedRanges {
  readonly vpcId: pulumi.Output<string>;
  readonly subnetId: pulumi.Output<string>;
  readonly securityGroupId: pulumi.Output<string>;
  /** The subnet's zone, when the driver chose it (else AWS chose and it is only known after creation). */
  readonly zone?: string;
  /** The route table the subnet uses: the driver's own when it created an internet gateway, else the VPC's main one. */
  readonly routeTableId?: pulumi.Output<string>;
  /** Whether `routeTableId` is the driver's own table (a new subnet must then be associated with it). */
  readonly ownRouteTable?: boolean;
  /** The network component's labels as AWS tags, for the children created under it later (database subnets). */
  readonly tags?: Record<string, string>;
}

/** The zone for the subnet: the target's zone, else the region's first confirmed zone, else AWS decides. */
export function subnetZone(scope: Pick<DriverScope, "placement">): string | undefined {
  return scope.placement.zone ?? known(scope.placement.region.zones)?.[0];
}

export function createNetwork(spec: NetworkSpec, scope: DriverScope): NetworkResult {
  const { ec2, vpc: vpcModule } = sdk();
  const ctx = awsContext(scope);
  const { region, opts, provider } = ctx;
  const name = scope.name;
  const zone = subnetZone(scope);

  const vpc = new ec2.Vpc(
    name,
    { region, cidrBlock: spec.cidr, enableDnsSupport: true, enableDnsHostnames: true, tags: childTags(ctx, { Name: name }) },
    opts,
  );

  // Take over the VPC's default security group and leave it without any rule, so nothing that
  // lands in it by default is reachable or can reach out.
  new ec2.DefaultSecurityGroup(
    `${name}-default-sg`,
    { region, vpcId: vpc.id, ingress: [], egress: [], tags: childTags(ctx, { Name: `${name}-default-locked` }) },
    opts,
  );

  const subnet = new ec2.Subnet(
    `${name}-subnet`,
    {
      region,
      vpcId: vpc.id,
      cidrBlock: spec.subnetCidr,
      ...(zone === undefined ? {} : { availabilityZone: zone }),
      // No public IP unless a VM asks for one.
      mapPublicIpOnLaunch: false,
      tags: childTags(ctx, { Name: `${name}-subnet` }),
    },
    opts,
  );

  let routeTableId: pulumi.Output<string> = vpc.mainRouteTableId;
  const ownRouteTable = spec.overrides.aws?.internetGateway !== false;
  if (ownRouteTable) {
    const igw = new ec2.InternetGateway(`${name}-igw`, { region, vpcId: vpc.id, tags: childTags(ctx, { Name: `${name}-igw` }) }, opts);
    const routes = new ec2.RouteTable(
      `${name}-routes`,
      { region, vpcId: vpc.id, routes: [{ cidrBlock: "0.0.0.0/0", gatewayId: igw.id }], tags: childTags(ctx, { Name: `${name}-routes` }) },
      opts,
    );
    new ec2.RouteTableAssociation(`${name}-routes-subnet`, { region, subnetId: subnet.id, routeTableId: routes.id }, opts);
    routeTableId = routes.id;
  }

  const sg = new ec2.SecurityGroup(
    `${name}-sg`,
    {
      region,
      vpcId: vpc.id,
      description: `sovereign-cloud ${name}: ingress as declared, egress open`,
      tags: childTags(ctx, { Name: `${name}-sg` }),
    },
    opts,
  );
  for (const rule of uniqueRules(spec.ingress)) {
    new vpcModule.SecurityGroupIngressRule(
      ruleName(name, rule),
      { region, securityGroupId: sg.id, ...ingressInputs(rule), tags: childTags(ctx) },
      opts,
    );
  }
  new vpcModule.SecurityGroupEgressRule(
    `${name}-egress-all`,
    { region, securityGroupId: sg.id, ipProtocol: "-1", cidrIpv4: "0.0.0.0/0", description: "all egress", tags: childTags(ctx) },
    opts,
  );

  const data: AwsNetworkData = {
    vpcId: vpc.id,
    subnetId: subnet.id,
    securityGroupId: sg.id,
    ...(zone === undefined ? {} : { zone }),
    cidr: spec.cidr,
    subnetCidr: spec.subnetCidr,
    routeTableId,
    ownRouteTable,
    name,
    parent: scope.parent,
    provider,
    tags: ctx.tags,
  };
  return { networkId: vpc.id, subnetId: subnet.id, firewallId: sg.id, handle: { driver: "aws", placement: scope.placement, data } };
}

function isIpv6(cidr: string): boolean {
  return cidr.includes(":");
}

/** The inputs of one `vpc.SecurityGroupIngressRule` (icmp: all types and codes). */
export function ingressInputs(rule: IngressRuleSpec): {
  ipProtocol: string;
  fromPort: number;
  toPort: number;
  cidrIpv4?: string;
  cidrIpv6?: string;
  description: string;
} {
  const v6 = isIpv6(rule.from);
  const icmp = rule.protocol === "icmp";
  return {
    ipProtocol: icmp ? (v6 ? "icmpv6" : "icmp") : rule.protocol,
    fromPort: icmp ? -1 : rule.ports[0],
    toPort: icmp ? -1 : rule.ports[1],
    ...(v6 ? { cidrIpv6: rule.from } : { cidrIpv4: rule.from }),
    description: rule.description,
  };
}
