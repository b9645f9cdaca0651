import { describe, expect, it } from "vitest";
import { resourceValidationArgs, type ResourceInput } from "../../../src/policy/args";
import { adminPortsRule as rule, isAnywhere } from "../../../src/policy/rules/admin-ports";
import { contract, messages, mutated, res, sdkProxy, UNKNOWN } from "./harness";

const ADMIN = "198.51.100.0/24";

/** HTTPS from anywhere, SSH from the admin range (the reference program's Network) on every provider. */
const compliant: ResourceInput[] = [
  res("aws:ec2/securityGroup:SecurityGroup", "sg", {
    ingress: [
      { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], ipv6CidrBlocks: ["::/0"] },
      { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: [ADMIN] },
      { protocol: "-1", fromPort: 0, toPort: 0, self: true },
    ],
  }),
  res("aws:ec2/securityGroupRule:SecurityGroupRule", "sgr", {
    type: "ingress",
    protocol: "tcp",
    fromPort: 22,
    toPort: 22,
    cidrBlocks: [ADMIN],
    securityGroupId: "sg-1",
  }),
  res("aws:ec2/securityGroupRule:SecurityGroupRule", "egress", {
    type: "egress",
    protocol: "-1",
    fromPort: 0,
    toPort: 0,
    cidrBlocks: ["0.0.0.0/0"],
    securityGroupId: "sg-1",
  }),
  res("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "vpcr", {
    ipProtocol: "tcp",
    fromPort: 443,
    toPort: 443,
    cidrIpv4: "0.0.0.0/0",
    securityGroupId: "sg-1",
  }),
  res("azure-native:network:NetworkSecurityGroup", "nsg", {
    securityRules: [
      {
        name: "https",
        direction: "Inbound",
        access: "Allow",
        priority: 100,
        protocol: "Tcp",
        sourceAddressPrefix: "0.0.0.0/0",
        sourcePortRange: "*",
        destinationAddressPrefix: "*",
        destinationPortRange: "443",
      },
      {
        name: "ssh",
        direction: "Inbound",
        access: "Allow",
        priority: 110,
        protocol: "Tcp",
        sourceAddressPrefix: ADMIN,
        sourcePortRange: "*",
        destinationAddressPrefix: "*",
        destinationPortRange: "22",
      },
      {
        name: "out",
        direction: "Outbound",
        access: "Allow",
        priority: 100,
        protocol: "*",
        sourceAddressPrefix: "*",
        destinationAddressPrefix: "*",
        destinationPortRange: "*",
      },
    ],
  }),
  res("azure-native:network:SecurityRule", "rule", {
    direction: "Inbound",
    access: "Allow",
    priority: 120,
    protocol: "Tcp",
    sourceAddressPrefix: "Internet",
    destinationPortRanges: ["80", "443"],
  }),
  res("gcp:compute/firewall:Firewall", "fw-https", {
    network: "n",
    direction: "INGRESS",
    sourceRanges: ["0.0.0.0/0"],
    allows: [{ protocol: "tcp", ports: ["443"] }],
  }),
  res("gcp:compute/firewall:Firewall", "fw-ssh", { network: "n", sourceRanges: [ADMIN], allows: [{ protocol: "tcp", ports: ["22"] }] }),
  res("gcp:compute/firewall:Firewall", "fw-egress", {
    network: "n",
    direction: "EGRESS",
    destinationRanges: ["0.0.0.0/0"],
    allows: [{ protocol: "all" }],
  }),
  res("scaleway:instance/securityGroup:SecurityGroup", "scw", {
    inboundDefaultPolicy: "drop",
    inboundRules: [
      { action: "accept", protocol: "TCP", port: 443, ipRange: "0.0.0.0/0" },
      { action: "accept", protocol: "TCP", port: 22, ipRange: ADMIN },
    ],
  }),
  res("ovh:index/cloudSecurityGroup:CloudSecurityGroup", "ovh", {
    serviceName: "p",
    region: "GRA11",
    rules: [
      { direction: "INGRESS", ethernetType: "IPV4", protocol: "TCP", portRangeMin: 443, portRangeMax: 443, remoteIpPrefix: "0.0.0.0/0" },
      { direction: "INGRESS", ethernetType: "IPV4", protocol: "TCP", portRangeMin: 22, portRangeMax: 22, remoteIpPrefix: ADMIN },
      { direction: "EGRESS", ethernetType: "IPV4" },
    ],
  }),
  res("openstack:networking/secGroupRule:SecGroupRule", "os", {
    direction: "ingress",
    ethertype: "IPv4",
    protocol: "tcp",
    portRangeMin: 22,
    portRangeMax: 22,
    remoteIpPrefix: ADMIN,
    securityGroupId: "g",
  }),
  res("hcloud:index/firewall:Firewall", "hfw", {
    rules: [
      { direction: "in", protocol: "tcp", port: "443", sourceIps: ["0.0.0.0/0", "::/0"] },
      { direction: "in", protocol: "tcp", port: "22", sourceIps: [ADMIN] },
      { direction: "in", protocol: "icmp", sourceIps: ["0.0.0.0/0"] },
    ],
  }),
];

function change(name: string, mutate: (props: Record<string, any>) => void): ResourceInput[] {
  return compliant.map((r) => (r.name === name ? { ...r, props: mutated(r.props, mutate) } : r));
}
const c = contract();
const ALL_ADMIN =
  "SSH (22), Telnet (23), SMB (445), SQL Server (1433), Oracle (1521), Docker API (2375), Docker API (TLS) (2376), etcd (2379), etcd peers (2380), MySQL (3306), RDP (3389), PostgreSQL (5432), VNC (5900), WinRM (5985), WinRM (HTTPS) (5986), Redis (6379), Kubernetes API (6443), Elasticsearch (9200), kubelet API (10250), MongoDB (27017)";

describe("admin-ports", () => {
  it("is a mandatory resource rule named after its file", () => {
    expect([rule.kind, rule.name, rule.enforcementLevel, rule.severity]).toEqual(["resource", "admin-ports", "mandatory", "critical"]);
  });

  it("treats any /0 and Azure's wildcards as the whole internet, and nothing narrower", () => {
    expect(["0.0.0.0/0", "::/0", "*", "Internet", "Any", "10.0.0.0/0"].map(isAnywhere)).toEqual([true, true, true, true, true, true]);
    expect(["0.0.0.0/1", ADMIN, "VirtualNetwork", "2001:db8::/32"].map(isAnywhere)).toEqual([false, false, false, false]);
  });

  it("passes HTTPS from anywhere and SSH from the admin range on every provider", async () => {
    expect(await messages(rule, compliant, c)).toEqual([]);
  });

  describe("AWS", () => {
    it("reports SSH open to 0.0.0.0/0 and ::/0 in a security group", async () => {
      expect(
        await messages(
          rule,
          change("sg", (p) => ((p.ingress[1].cidrBlocks = ["0.0.0.0/0"]), (p.ingress[1].ipv6CidrBlocks = ["::/0"]))),
          c,
        ),
      ).toEqual(["AWS security group opens SSH (22) to 0.0.0.0/0, ::/0 (ingress[1]: tcp, port 22)."]);
    });
    it("reports a port range and an all-protocol rule that include admin ports", async () => {
      expect(
        await messages(
          rule,
          change("sg", (p) => (p.ingress[0] = { protocol: "tcp", fromPort: 3000, toPort: 3400, cidrBlocks: ["0.0.0.0/0"] })),
          c,
        ),
      ).toEqual(["AWS security group opens MySQL (3306), RDP (3389) to 0.0.0.0/0 (ingress[0]: tcp, ports 3000-3400)."]);
      expect(
        await messages(
          rule,
          change("sg", (p) => (p.ingress[0] = { protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] })),
          c,
        ),
      ).toEqual([`AWS security group opens ${ALL_ADMIN} to 0.0.0.0/0 (ingress[0]: all protocols, all ports).`]);
    });
    it("ignores UDP on an admin port number", async () => {
      expect(
        await messages(
          rule,
          change("sg", (p) => (p.ingress[0] = { protocol: "udp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] })),
          c,
        ),
      ).toEqual([]);
    });
    it("reports standalone ingress rules, not egress ones", async () => {
      expect(
        await messages(
          rule,
          change("sgr", (p) => (p.cidrBlocks = ["0.0.0.0/0"])),
          c,
        ),
      ).toEqual(["AWS security group rule opens SSH (22) to 0.0.0.0/0 (rule: tcp, port 22)."]);
      expect(
        await messages(
          rule,
          change("vpcr", (p) => ((p.fromPort = 5432), (p.toPort = 5432), (p.cidrIpv4 = undefined), (p.cidrIpv6 = "::/0"))),
          c,
        ),
      ).toEqual(["AWS security group ingress rule opens PostgreSQL (5432) to ::/0 (rule: tcp, port 5432)."]);
    });
  });

  describe("Azure", () => {
    it("reports an inbound Allow from the internet, by rule name", async () => {
      expect(
        await messages(
          rule,
          change("nsg", (p) => (p.securityRules[1].sourceAddressPrefix = "*")),
          c,
        ),
      ).toEqual(['Azure network security group opens SSH (22) to * (securityRules[1] "ssh": tcp, port 22).']);
      expect(
        await messages(
          rule,
          change("rule", (p) => p.destinationPortRanges.push("3389")),
          c,
        ),
      ).toEqual(["Azure security rule opens RDP (3389) to Internet (rule: tcp, port 3389)."]);
    });
    it("lets a Deny with a lower priority number win over a later Allow", async () => {
      const denied = change("nsg", (p) => {
        p.securityRules[1].sourceAddressPrefix = "Internet";
        p.securityRules.push({
          name: "no-ssh",
          direction: "Inbound",
          access: "Deny",
          priority: 105,
          protocol: "*",
          sourceAddressPrefix: "*",
          destinationPortRange: "22",
        });
      });
      expect(await messages(rule, denied, c)).toEqual([]);
      const late = change("nsg", (p) => {
        p.securityRules[1].sourceAddressPrefix = "Internet";
        p.securityRules.push({
          name: "no-ssh",
          direction: "Inbound",
          access: "Deny",
          priority: 4000,
          protocol: "*",
          sourceAddressPrefix: "*",
          destinationPortRange: "22",
        });
      });
      expect(await messages(rule, late, c)).toHaveLength(1);
    });
  });

  describe("Google Cloud", () => {
    it("reports an ingress firewall from 0.0.0.0/0 whose ports include an admin port, or that names no ports", async () => {
      expect(
        await messages(
          rule,
          change("fw-ssh", (p) => (p.sourceRanges = ["0.0.0.0/0"])),
          c,
        ),
      ).toEqual(["GCP firewall opens SSH (22) to 0.0.0.0/0 (allows[0]: tcp, port 22)."]);
      expect(
        await messages(
          rule,
          change("fw-https", (p) => (p.allows = [{ protocol: "tcp" }])),
          c,
        ),
      ).toEqual([`GCP firewall opens ${ALL_ADMIN} to 0.0.0.0/0 (allows[0]: tcp, all ports).`]);
    });
    it("ignores a disabled firewall", async () => {
      expect(
        await messages(
          rule,
          change("fw-ssh", (p) => ((p.sourceRanges = ["0.0.0.0/0"]), (p.disabled = true))),
          c,
        ),
      ).toEqual([]);
    });
  });

  describe("Scaleway", () => {
    it("reports a group that accepts by default, naming the default policy", async () => {
      expect(
        await messages(
          rule,
          change("scw", (p) => delete p.inboundDefaultPolicy),
          c,
        ),
      ).toEqual([
        `Scaleway security group opens ${ALL_ADMIN} to the internet (inboundDefaultPolicy is not set (accept) and no rule drops them).`,
      ]);
    });
    it("honours drop rules before the default accept, in order", async () => {
      const dropped = change("scw", (p) => {
        p.inboundDefaultPolicy = "accept";
        p.inboundRules = [{ action: "drop", protocol: "ANY", portRange: "1-65535", ipRange: "0.0.0.0/0" }];
      });
      expect(await messages(rule, dropped, c)).toEqual([]);
    });
    it("reports an accept rule without ipRange (every address)", async () => {
      expect(
        await messages(
          rule,
          change("scw", (p) => delete p.inboundRules[1].ipRange),
          c,
        ),
      ).toEqual(["Scaleway security group opens SSH (22) to 0.0.0.0/0 (inboundRules[1]: tcp, port 22)."]);
    });
    it("cannot tell a default-accept group whose rules live in a SecurityGroupRules resource", async () => {
      expect(
        await messages(
          rule,
          change("scw", (p) => ((p.inboundDefaultPolicy = "accept"), delete p.inboundRules, (p.externalRules = true))),
          c,
        ),
      ).toEqual([
        "cannot tell whether Scaleway security group opens admin ports: inboundDefaultPolicy is accept and its rules are kept in a separate SecurityGroupRules resource.",
      ]);
    });
  });

  describe("OVHcloud, OpenStack, Hetzner", () => {
    it("reports a rule without remote prefix or group: it matches every source", async () => {
      expect(
        await messages(
          rule,
          change("os", (p) => delete p.remoteIpPrefix),
          c,
        ),
      ).toEqual(["OpenStack security group rule opens SSH (22) to every source (no remoteIpPrefix) (rule: tcp, port 22)."]);
      expect(
        await messages(
          rule,
          change("os", (p) => ((p.remoteIpPrefix = undefined), (p.remoteGroupId = "g2"))),
          c,
        ),
      ).toEqual([]);
    });
    it("reports an OVHcloud rule open to 0.0.0.0/0 with no port range (all ports)", async () => {
      expect(
        await messages(
          rule,
          change("ovh", (p) => (p.rules[0] = { direction: "INGRESS", ethernetType: "IPV4", protocol: "TCP", remoteIpPrefix: "0.0.0.0/0" })),
          c,
        ),
      ).toEqual([`OVHcloud security group opens ${ALL_ADMIN} to 0.0.0.0/0 (rules[0]: tcp, all ports).`]);
    });
    it("reports a Hetzner firewall rule with a range or any port from ::/0", async () => {
      expect(
        await messages(
          rule,
          change("hfw", (p) => (p.rules[1] = { direction: "in", protocol: "tcp", port: "20-25", sourceIps: ["::/0"] })),
          c,
        ),
      ).toEqual(["Hetzner Cloud firewall opens SSH (22), Telnet (23) to ::/0 (rules[1]: tcp, ports 20-25)."]);
    });
  });

  it("fails on a source not known during preview instead of passing it", () => {
    const sg = res("aws:ec2/securityGroup:SecurityGroup", "sg", {
      ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: [UNKNOWN] }],
    });
    expect(() => rule.validate(resourceValidationArgs(sg), c, () => undefined)).toThrow(
      "value at .cidrBlocks.0 can't be known during preview",
    );
    const proxied = { ...resourceValidationArgs(sg), props: sdkProxy.unknownCheckingProxy(sg.props) };
    expect(() => rule.validate(proxied, c, () => undefined)).toThrow(sdkProxy.UnknownValueError);
  });
});
