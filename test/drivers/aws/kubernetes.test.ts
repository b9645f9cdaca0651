import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { awsDriver } from "../../../src/drivers/aws/index";
import { secondSubnetCidr } from "../../../src/drivers/aws/eks";
import { customTypes, ofType, onDefaultProvider, one, resetRecorded, settle, useMocks } from "../../helpers/pulumi";
import { clusterSpec } from "../../helpers/cluster-spec";
import { placement, scope } from "./fixtures";

beforeAll(async () => {
  await useMocks();
});
beforeEach(() => resetRecorded());

const handle = (p = placement()) => ({
  driver: "aws" as const,
  placement: p,
  data: {
    vpcId: pulumi.output("vpc-1"),
    subnetId: pulumi.output("subnet-1"),
    securityGroupId: pulumi.output("sg-1"),
    zone: "eu-central-1a",
    cidr: "10.0.0.0/16",
    subnetCidr: "10.0.1.0/24",
    routeTableId: pulumi.output("rtb-1"),
    ownRouteTable: true,
  },
});

describe("aws KubernetesCluster (EKS)", () => {
  it("creates exactly the roles, a second subnet, VPC endpoints, a KMS key, the cluster and one node group per pool", async () => {
    awsDriver.kubernetesCluster!(clusterSpec(handle(), "t3.xlarge"), scope("apps"));
    await settle();
    expect(customTypes()).toEqual(
      [
        "pulumi:providers:aws",
        "aws:iam/role:Role",
        "aws:iam/role:Role",
        "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
        "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
        "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
        "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
        "aws:ec2/subnet:Subnet",
        "aws:ec2/routeTableAssociation:RouteTableAssociation",
        "aws:ec2/securityGroup:SecurityGroup",
        "aws:ec2/vpcEndpoint:VpcEndpoint",
        "aws:ec2/vpcEndpoint:VpcEndpoint",
        "aws:ec2/vpcEndpoint:VpcEndpoint",
        "aws:ec2/vpcEndpoint:VpcEndpoint",
        "aws:ec2/vpcEndpoint:VpcEndpoint",
        "aws:kms/key:Key",
        "aws:eks/cluster:Cluster",
        "aws:eks/nodeGroup:NodeGroup",
      ].sort(),
    );
    expect(onDefaultProvider()).toEqual([]);
  });

  it("attaches only the minimum managed policies, with ARNs in the placement's partition", async () => {
    awsDriver.kubernetesCluster!(clusterSpec(handle(), "t3.xlarge"), scope("apps"));
    await settle();
    const arns = ofType("aws:iam/rolePolicyAttachment:RolePolicyAttachment")
      .map((r) => r.inputs.policyArn)
      .sort();
    expect(arns).toEqual([
      "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
      "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy",
      "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
      "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
    ]);
    const trust = ofType("aws:iam/role:Role")
      .map((r) => JSON.parse(r.inputs.assumeRolePolicy).Statement[0].Principal.Service)
      .sort();
    expect(trust).toEqual(["ec2.amazonaws.com", "eks.amazonaws.com"]);
    for (const r of ofType("aws:iam/role:Role")) expect(r.inputs.region).toBeUndefined();
  });

  it("keeps the API private, encrypts secrets with the KMS key and puts nodes in both subnets", async () => {
    awsDriver.kubernetesCluster!(clusterSpec(handle(), "t3.xlarge"), scope("apps"));
    await settle();
    const c = one("aws:eks/cluster:Cluster").inputs;
    expect(c.region).toBe("eu-central-1");
    expect(c.version).toBe("1.34");
    expect(c.vpcConfig).toMatchObject({
      endpointPrivateAccess: true,
      endpointPublicAccess: false,
      subnetIds: ["subnet-1", expect.any(String)],
    });
    expect(c.vpcConfig.publicAccessCidrs).toBeUndefined();
    expect(c.encryptionConfig.resources).toEqual(["secrets"]);
    expect(c.accessConfig.authenticationMode).toBe("API");
    expect(one("aws:kms/key:Key").inputs.enableKeyRotation).toBe(true);
    const subnet2 = one("aws:ec2/subnet:Subnet").inputs;
    expect([subnet2.cidrBlock, subnet2.availabilityZone, subnet2.mapPublicIpOnLaunch]).toEqual(["10.0.0.0/24", "eu-central-1b", false]);
    const ng = one("aws:eks/nodeGroup:NodeGroup").inputs;
    expect(ng.scalingConfig).toEqual({ minSize: 1, maxSize: 3, desiredSize: 1 });
    expect(ng.instanceTypes).toEqual(["t3.xlarge"]);
  });

  it("opens a public endpoint only to the allow-list and skips the key when the contract allows plain secrets", async () => {
    awsDriver.kubernetesCluster!(
      clusterSpec(handle(), "t3.xlarge", { privateApi: false, apiAllowedFrom: ["203.0.113.0/24"], encryption: "any" }),
      scope("apps"),
    );
    await settle();
    const c = one("aws:eks/cluster:Cluster").inputs;
    expect(c.vpcConfig).toMatchObject({ endpointPrivateAccess: true, endpointPublicAccess: true, publicAccessCidrs: ["203.0.113.0/24"] });
    expect(c.encryptionConfig).toBeUndefined();
    expect(ofType("aws:kms/key:Key")).toEqual([]);
  });

  it("gives a second cluster on the same network its own second subnet", async () => {
    const h = handle();
    awsDriver.kubernetesCluster!(clusterSpec(h, "t3.xlarge"), scope("one"));
    awsDriver.kubernetesCluster!(clusterSpec(h, "t3.xlarge"), scope("two"));
    await settle();
    expect(
      ofType("aws:ec2/subnet:Subnet")
        .map((r) => r.inputs.cidrBlock)
        .sort(),
    ).toEqual(["10.0.0.0/24", "10.0.2.0/24"]);
  });

  it("finds the next free block for the second subnet, or none when the subnet fills the VPC", () => {
    expect(secondSubnetCidr("10.0.0.0/16", "10.0.1.0/24", new Set(["10.0.0.0/24"]))).toBe("10.0.2.0/24");
    expect(secondSubnetCidr("10.0.0.0/16", "10.0.1.0/24")).toBe("10.0.0.0/24");
    expect(secondSubnetCidr("10.0.0.0/16", "10.0.0.0/24")).toBe("10.0.1.0/24");
    expect(secondSubnetCidr("10.0.0.0/24", "10.0.0.0/24")).toBeUndefined();
  });

  it("refuses a network without room for a second subnet and a KMS key in another Region", () => {
    const h = handle();
    const spec = clusterSpec({ ...h, data: { ...h.data, cidr: "10.0.0.0/24", subnetCidr: "10.0.0.0/24" } }, "t3.xlarge", {
      overrides: { aws: { kmsKeyArn: "arn:aws:kms:eu-west-1:1:key/k" } },
    });
    const found = awsDriver.checkKubernetesCluster!(spec, { name: "apps", placement: placement() });
    expect(found.map((p) => [p.code, p.path])).toEqual([
      ["SC_PROVIDER_LIMITATION", "network"],
      ["SC_PLACEMENT_MISMATCH", "overrides.aws.kmsKeyArn"],
    ]);
  });

  it("refuses pool zones outside the two subnets' zones", () => {
    const spec = clusterSpec(handle(), "t3.xlarge", {
      nodePools: [{ name: "w", instanceType: "t3.xlarge", vcpus: 4, memoryGiB: 16, min: 1, max: 2, zones: ["eu-central-1c"] }],
    });
    expect(awsDriver.checkKubernetesCluster!(spec, { name: "apps", placement: placement() }).map((p) => [p.code, p.path])).toEqual([
      ["SC_PROVIDER_LIMITATION", "nodePools.w.zones"],
    ]);
  });
});
