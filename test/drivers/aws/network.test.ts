import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { awsDriver } from "../../../src/drivers/aws/index";
import type { AwsNetworkData } from "../../../src/drivers/aws/network";
import { custom, customTypes, ofType, onDefaultProvider, one, resetRecorded, settle, useMocks, valueOf } from "../../helpers/pulumi";
import { networkSpec, placement, scope } from "./fixtures";

const T = {
  provider: "pulumi:providers:aws",
  vpc: "aws:ec2/vpc:Vpc",
  defaultSg: "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup",
  subnet: "aws:ec2/subnet:Subnet",
  igw: "aws:ec2/internetGateway:InternetGateway",
  routes: "aws:ec2/routeTable:RouteTable",
  assoc: "aws:ec2/routeTableAssociation:RouteTableAssociation",
  sg: "aws:ec2/securityGroup:SecurityGroup",
  ingress: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
  egress: "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule",
};

beforeAll(async () => {
  await useMocks();
});
beforeEach(() => resetRecorded());

describe("aws network", () => {
  it("creates exactly a VPC, a locked default security group, one subnet, routing, a security group and its rules", async () => {
    awsDriver.network(networkSpec(), scope("net"));
    await settle();
    expect(customTypes()).toEqual(
      [T.provider, T.vpc, T.defaultSg, T.subnet, T.igw, T.routes, T.assoc, T.sg, T.ingress, T.ingress, T.egress].sort(),
    );
    expect(one(T.provider).inputs.region).toBe("eu-central-1");
    for (const r of custom().filter((r) => r.type !== T.provider)) {
      expect(r.inputs.region, r.type).toBe("eu-central-1");
      expect(r.provider, r.type).toContain("aws-eu-central-1");
    }
    expect(onDefaultProvider()).toEqual([]);
  });

  it("puts the subnet in the region's first catalog zone, with no public IPs on launch", async () => {
    awsDriver.network(networkSpec(), scope("net"));
    await settle();
    const subnet = one(T.subnet).inputs;
    expect(subnet.availabilityZone).toBe("eu-central-1a");
    expect(subnet.mapPublicIpOnLaunch).toBe(false);
    expect(subnet.cidrBlock).toBe("10.0.1.0/24");
    const vpc = one(T.vpc).inputs;
    expect(vpc.cidrBlock).toBe("10.0.0.0/16");
    expect([vpc.enableDnsSupport, vpc.enableDnsHostnames]).toEqual([true, true]);
  });

  it("uses the target's zone when one is given", async () => {
    awsDriver.network(networkSpec(), scope("net", placement("eu-central-1", "eu-central-1c")));
    await settle();
    expect(one(T.subnet).inputs.availabilityZone).toBe("eu-central-1c");
  });

  it("lets AWS choose the zone where the catalog does not know the zones", async () => {
    const result = awsDriver.network(networkSpec(), scope("net", placement("eusc-de-east-1")));
    await settle();
    expect(one(T.subnet).inputs.availabilityZone).toBeUndefined();
    expect((result.handle.data as AwsNetworkData).zone).toBeUndefined();
  });

  it("empties the VPC's default security group", async () => {
    awsDriver.network(networkSpec(), scope("net"));
    await settle();
    const d = one(T.defaultSg).inputs;
    expect(d.ingress ?? []).toEqual([]);
    expect(d.egress ?? []).toEqual([]);
  });

  it("opens exactly the declared ingress and allows all egress", async () => {
    awsDriver.network(networkSpec(), scope("net"));
    await settle();
    const rules = ofType(T.ingress).map((r) => r.inputs);
    expect(rules).toHaveLength(2);
    expect(rules).toContainEqual(expect.objectContaining({ ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0" }));
    expect(rules).toContainEqual(expect.objectContaining({ ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: "198.51.100.0/24" }));
    expect(one(T.egress).inputs).toMatchObject({ ipProtocol: "-1", cidrIpv4: "0.0.0.0/0" });
    expect(one(T.sg).inputs.ingress).toBeUndefined();
  });

  it("maps icmp to all types and IPv6 sources to cidrIpv6", async () => {
    awsDriver.network(
      networkSpec({ ingress: [{ protocol: "icmp", ports: [0, 0], from: "2001:db8::/32", description: "ping" }] }),
      scope("net"),
    );
    await settle();
    expect(one(T.ingress).inputs).toMatchObject({ ipProtocol: "icmpv6", fromPort: -1, toPort: -1, cidrIpv6: "2001:db8::/32" });
  });

  it("names rules from their content, so reordering them keeps their names", async () => {
    const spec = networkSpec();
    awsDriver.network(spec, scope("net"));
    await settle();
    const first = ofType(T.ingress)
      .map((r) => r.name)
      .sort();
    resetRecorded();
    awsDriver.network(networkSpec({ ingress: [...spec.ingress].reverse() }), scope("net"));
    await settle();
    expect(
      ofType(T.ingress)
        .map((r) => r.name)
        .sort(),
    ).toEqual(first);
  });

  it("routes the subnet to an internet gateway so that VMs that ask for a public IP are reachable", async () => {
    awsDriver.network(networkSpec(), scope("net"));
    await settle();
    expect(one(T.routes).inputs.routes).toEqual([{ cidrBlock: "0.0.0.0/0", gatewayId: "net-igw-id" }]);
    expect(one(T.assoc).inputs).toMatchObject({ subnetId: "net-subnet-id", routeTableId: "net-routes-id" });
  });

  it("has no route to the internet when overrides.aws.internetGateway is false", async () => {
    awsDriver.network(networkSpec({ overrides: { aws: { internetGateway: false } } }), scope("net"));
    await settle();
    expect([...ofType(T.igw), ...ofType(T.routes), ...ofType(T.assoc)]).toEqual([]);
  });

  it("hands VMs the subnet, security group and zone", async () => {
    const result = awsDriver.network(networkSpec(), scope("net"));
    const data = result.handle.data as AwsNetworkData;
    expect(result.handle.driver).toBe("aws");
    expect(await valueOf(data.subnetId)).toBe("net-subnet-id");
    expect(await valueOf(data.securityGroupId)).toBe("net-sg-id");
    expect(data.zone).toBe("eu-central-1a");
    expect(await valueOf(result.networkId)).toBe("net-id");
    expect(await valueOf(result.firewallId)).toBe("net-sg-id");
    await settle();
  });
});
