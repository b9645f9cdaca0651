/**
 * admin-ports: no administration, control-plane or database port is open to the whole internet
 * (a source of `0.0.0.0/0`, `::/0`, any other `/0`, or Azure's `*` / `Internet` / `Any`).
 * A rule whose port range or protocol ("all") includes an admin port counts.
 *
 * Semantics per provider:
 * - AWS security groups, OpenStack / OVHcloud security group rules, Hetzner firewalls, GCP
 *   firewalls: allow-lists, so one rule that opens a port to the internet is enough. (A GCP deny
 *   firewall of higher priority lives in another resource, which a resource rule does not see.)
 *   OpenStack/OVHcloud: a rule without `remoteIpPrefix` and `remoteGroupId` matches every source.
 * - Azure network security groups: among the inbound rules that match the whole internet, the one
 *   with the lowest priority number decides (Allow opens, Deny closes). A standalone SecurityRule
 *   is judged alone.
 * - Scaleway security groups: `inboundDefaultPolicy` defaults to accept (Scaleway API
 *   CreateSecurityGroupRequest, scaleway_api_rs docs), so a group that does not drop by default
 *   opens every port no rule drops. Rules are taken in order, the first one matching the whole
 *   internet decides; a rule without `ip`/`ipRange` applies to every address, one without a
 *   protocol is taken as covering TCP.
 * Not seen: a Hetzner server or an OpenStack instance with no firewall at all (all ports open);
 * attachments live in other resources.
 */
import { inputRule, type Finding, type ResourceRule } from "../rule";
import { at, bool, items, num, str, strings, type Props } from "../read";

/** The ports this rule protects, with the service usually behind them. */
export const ADMIN_PORTS: readonly { readonly port: number; readonly service: string }[] = [
  { port: 22, service: "SSH" },
  { port: 23, service: "Telnet" },
  { port: 445, service: "SMB" },
  { port: 1433, service: "SQL Server" },
  { port: 1521, service: "Oracle" },
  { port: 2375, service: "Docker API" },
  { port: 2376, service: "Docker API (TLS)" },
  { port: 2379, service: "etcd" },
  { port: 2380, service: "etcd peers" },
  { port: 3306, service: "MySQL" },
  { port: 3389, service: "RDP" },
  { port: 5432, service: "PostgreSQL" },
  { port: 5900, service: "VNC" },
  { port: 5985, service: "WinRM" },
  { port: 5986, service: "WinRM (HTTPS)" },
  { port: 6379, service: "Redis" },
  { port: 6443, service: "Kubernetes API" },
  { port: 9200, service: "Elasticsearch" },
  { port: 10250, service: "kubelet API" },
  { port: 27017, service: "MongoDB" },
];

/** One rule entry that lets traffic in. */
interface Opening {
  /** Where it is, e.g. `ingress[0]`. */
  readonly where: string;
  /** As written; `undefined` = any protocol. */
  readonly protocol: string | undefined;
  readonly low: number;
  readonly high: number;
  readonly sources: readonly string[];
  /** false = this entry closes the ports (Azure Deny, Scaleway drop). */
  readonly allow: boolean;
  /** Azure priority (lower decides first); undefined = in list order. */
  readonly priority?: number;
  /** How to name the source in messages when it is implicit. */
  readonly label?: string;
}

const ALL_PORTS = { low: 0, high: 65535 };

/** The whole internet: any `/0` prefix, or an "any" keyword. */
export function isAnywhere(source: string): boolean {
  const s = source.trim().toLowerCase();
  return s === "*" || s === "any" || s === "internet" || /\/0+$/.test(s);
}

function carriesTcp(protocol: string | undefined): boolean {
  const p = (protocol ?? "").trim().toLowerCase();
  return ["", "tcp", "6", "-1", "all", "any", "*"].includes(p);
}

/** `"22"`, `"20-25"`, `"any"`/`"*"`; `undefined` when unreadable. */
function portRange(spec: string): { low: number; high: number } | undefined {
  const s = spec.trim().toLowerCase();
  if (s === "*" || s === "any" || s === "all") return ALL_PORTS;
  const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(s);
  if (!m) return undefined;
  const low = Number(m[1]);
  return { low, high: m[2] === undefined ? low : Number(m[2]) };
}

function describe(o: Opening): string {
  const proto =
    carriesTcp(o.protocol) && !["tcp", "6"].includes((o.protocol ?? "").toLowerCase()) ? "all protocols" : String(o.protocol).toLowerCase();
  const ports = o.low <= 0 && o.high >= 65535 ? "all ports" : o.low === o.high ? `port ${o.low}` : `ports ${o.low}-${o.high}`;
  return `${o.where}: ${proto}, ${ports}`;
}

const named = (ports: readonly { port: number; service: string }[]) => ports.map((p) => `${p.service} (${p.port})`).join(", ");

/**
 * The messages for a set of openings. `ordered`: the first entry (by priority, then list order)
 * that matches the whole internet decides each port, and `defaultAllow` applies when none does.
 */
function judge(what: string, openings: readonly Opening[], ordered: boolean, defaultAllow?: string): string[] {
  const anywhere = openings.filter((o) => carriesTcp(o.protocol) && o.sources.some(isAnywhere));
  const sorted = ordered ? [...anywhere].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0)) : anywhere;
  const byOpening = new Map<Opening | "default", { port: number; service: string }[]>();
  for (const admin of ADMIN_PORTS) {
    const covering = sorted.filter((o) => o.low <= admin.port && admin.port <= o.high);
    const decider: Opening | "default" | undefined = ordered
      ? (covering[0] ?? (defaultAllow ? "default" : undefined))
      : covering.find((o) => o.allow);
    if (decider === undefined || (decider !== "default" && !decider.allow)) continue;
    byOpening.set(decider, [...(byOpening.get(decider) ?? []), admin]);
  }
  return [...byOpening].map(([o, ports]) =>
    o === "default"
      ? `${what} opens ${named(ports)} to the internet (${defaultAllow}).`
      : `${what} opens ${named(ports)} to ${o.label ?? o.sources.filter(isAnywhere).join(", ")} (${describe(o)}).`,
  );
}

/** AWS `ingress` entries and rules (`protocol` -1/all means every port). */
function awsOpening(e: unknown, where: string, protocolKey: string, sources: string[]): Opening | undefined {
  const protocol = str(at(e, protocolKey));
  const all = ["-1", "all"].includes((protocol ?? "").toLowerCase());
  const low = num(at(e, "fromPort"));
  const high = num(at(e, "toPort"));
  if (!all && (low === undefined || high === undefined)) return undefined;
  return { where, protocol, ...(all ? ALL_PORTS : { low: low!, high: high! }), sources, allow: true };
}

const awsSources = (e: unknown): string[] => [...strings(at(e, "cidrBlocks")), ...strings(at(e, "ipv6CidrBlocks"))];

/** Neutron-style rules (OpenStack, OVHcloud): no remote prefix and no remote group = every source. */
function neutronOpening(e: unknown, where: string): Opening | undefined {
  if (String(at(e, "direction") ?? "").toLowerCase() !== "ingress") return undefined;
  const prefix = str(at(e, "remoteIpPrefix"));
  const group = str(at(e, "remoteGroupId"));
  const low = num(at(e, "portRangeMin"));
  const high = num(at(e, "portRangeMax"));
  return {
    where,
    protocol: str(at(e, "protocol")),
    low: low ?? 0,
    high: high ?? low ?? 65535,
    sources: prefix ? [prefix] : group ? [] : ["*"],
    ...(prefix || group ? {} : { label: "every source (no remoteIpPrefix)" }),
    allow: true,
  };
}

/** Azure inbound rules: one opening per destination port range. */
function azureOpenings(e: unknown, where: string): Opening[] {
  if (String(at(e, "direction") ?? "").toLowerCase() !== "inbound") return [];
  const sources = [...strings(at(e, "sourceAddressPrefix")), ...strings(at(e, "sourceAddressPrefixes"))];
  const specs = [...strings(at(e, "destinationPortRange")), ...strings(at(e, "destinationPortRanges"))];
  const allow = String(at(e, "access") ?? "").toLowerCase() === "allow";
  const priority = num(at(e, "priority"));
  const name = str(at(e, "name"));
  return specs
    .map(portRange)
    .filter((r): r is { low: number; high: number } => r !== undefined)
    .map((r) => ({
      where: name ? `${where} "${name}"` : where,
      protocol: str(at(e, "protocol")),
      ...r,
      sources,
      allow,
      ...(priority === undefined ? {} : { priority }),
    }));
}

function scalewayOpening(e: unknown, where: string): Opening | undefined {
  const range = str(at(e, "portRange"));
  const port = num(at(e, "port"));
  const ports = range ? portRange(range) : port !== undefined ? { low: port, high: port } : ALL_PORTS;
  if (!ports) return undefined;
  const source = str(at(e, "ipRange")) ?? str(at(e, "ip")) ?? "0.0.0.0/0";
  return {
    where,
    protocol: str(at(e, "protocol")),
    ...ports,
    sources: [source],
    allow: String(at(e, "action") ?? "").toLowerCase() === "accept",
  };
}

type Check = (p: Props) => Finding[];

const aws =
  (what: string): Check =>
  (p) =>
    judge(
      what,
      items(p, "ingress").flatMap((e, i) => awsOpening(e, `ingress[${i}]`, "protocol", awsSources(e)) ?? []),
      false,
    );

const scalewayGroup: Check = (p) => {
  const policy = String(at(p, "inboundDefaultPolicy") ?? "accept").toLowerCase();
  const rules = items(p, "inboundRules").flatMap((e, i) => scalewayOpening(e, `inboundRules[${i}]`) ?? []);
  const defaultAllow =
    policy === "accept"
      ? `inboundDefaultPolicy is ${str(at(p, "inboundDefaultPolicy")) ?? "not set (accept)"} and no rule drops them`
      : undefined;
  const found = judge("Scaleway security group", rules, true, defaultAllow);
  if (found.length > 0 && defaultAllow && bool(at(p, "externalRules")) === true) {
    return [
      {
        message: `cannot tell whether Scaleway security group opens admin ports: inboundDefaultPolicy is accept and its rules are kept in a separate SecurityGroupRules resource.`,
        unreadable: "the rules of a separate SecurityGroupRules resource (externalRules is true)",
      },
    ];
  }
  return found;
};

const CHECKS: Readonly<Record<string, Check>> = {
  "aws:ec2/securityGroup:SecurityGroup": aws("AWS security group"),
  "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup": aws("AWS default security group"),
  "aws:ec2/securityGroupRule:SecurityGroupRule": (p) =>
    String(at(p, "type") ?? "").toLowerCase() === "ingress"
      ? judge(
          "AWS security group rule",
          [awsOpening(p, "rule", "protocol", awsSources(p))].flatMap((o) => o ?? []),
          false,
        )
      : [],
  "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule": (p) =>
    judge(
      "AWS security group ingress rule",
      [awsOpening(p, "rule", "ipProtocol", [...strings(at(p, "cidrIpv4")), ...strings(at(p, "cidrIpv6"))])].flatMap((o) => o ?? []),
      false,
    ),
  "azure-native:network:NetworkSecurityGroup": (p) =>
    judge(
      "Azure network security group",
      items(p, "securityRules").flatMap((e, i) => azureOpenings(e, `securityRules[${i}]`)),
      true,
    ),
  "azure-native:network:SecurityRule": (p) =>
    judge(
      "Azure security rule",
      azureOpenings(p, "rule").filter((o) => o.allow),
      false,
    ),
  "gcp:compute/firewall:Firewall": (p) => {
    if (String(at(p, "direction") ?? "INGRESS").toUpperCase() !== "INGRESS" || bool(at(p, "disabled")) === true) return [];
    const sources = strings(at(p, "sourceRanges"));
    const openings = items(p, "allows").flatMap((a, i) => {
      const specs = strings(at(a, "ports"));
      const ranges =
        specs.length === 0 ? [ALL_PORTS] : specs.map(portRange).filter((r): r is { low: number; high: number } => r !== undefined);
      return ranges.map((r) => ({ where: `allows[${i}]`, protocol: str(at(a, "protocol")), ...r, sources, allow: true }));
    });
    return judge("GCP firewall", openings, false);
  },
  "scaleway:instance/securityGroup:SecurityGroup": scalewayGroup,
  "scaleway:instance/securityGroupRules:SecurityGroupRules": (p) =>
    judge(
      "Scaleway security group rules",
      items(p, "inboundRules").flatMap((e, i) => scalewayOpening(e, `inboundRules[${i}]`) ?? []),
      true,
    ),
  "ovh:index/cloudSecurityGroup:CloudSecurityGroup": (p) =>
    judge(
      "OVHcloud security group",
      items(p, "rules").flatMap((e, i) => neutronOpening(e, `rules[${i}]`) ?? []),
      false,
    ),
  "openstack:networking/secGroupRule:SecGroupRule": (p) =>
    judge(
      "OpenStack security group rule",
      [neutronOpening(p, "rule")].flatMap((o) => o ?? []),
      false,
    ),
  "hcloud:index/firewall:Firewall": (p) =>
    judge(
      "Hetzner Cloud firewall",
      items(p, "rules").flatMap((e, i) => {
        if (String(at(e, "direction") ?? "").toLowerCase() !== "in") return [];
        const ports = portRange(str(at(e, "port")) ?? "any");
        return ports
          ? [{ where: `rules[${i}]`, protocol: str(at(e, "protocol")), ...ports, sources: strings(at(e, "sourceIps")), allow: true }]
          : [];
      }),
      false,
    ),
};

export const adminPortsRule: ResourceRule = inputRule(
  {
    name: "admin-ports",
    description: `No administration, control-plane or database port is open to the whole internet (0.0.0.0/0, ::/0): ${named(ADMIN_PORTS)}. Port ranges and all-protocol rules that include one count.`,
    severity: "critical",
    enforcementLevel: "mandatory",
    remediationSteps:
      "Allow admin ports only from your admin range (e.g. a VPN or office CIDR), or reach the machines through a bastion, VPN or the provider's session manager; keep databases on private networks. With sovereign-cloud's Network, give the ingress rule a narrower `from`. On Scaleway set inboundDefaultPolicy: drop.",
  },
  (type) => CHECKS[type],
);
