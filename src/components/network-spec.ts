/** NetworkArgs: the portable arguments, their validation, and the spec handed to the driver. */
import { DRIVER_IDS } from "../catalog/types";
import ipaddr from "ipaddr.js";
import type { IngressRuleSpec, NetworkOverrides, NetworkSpec } from "../drivers/types";
import { problems, type Problem } from "../errors";
import { labelsAndOverrides, notAList, unknownKeys } from "./checks";
import type { PlacementArgs } from "./context";

/** One inbound rule. Nothing is open unless a rule says so. */
export interface IngressRule {
  /**
   * A port or an inclusive `[from, to]` range; leave out for icmp.
   * @default - none: required for tcp and udp
   */
  readonly port?: number | readonly [number, number];
  /**
   * @default "tcp"
   */
  readonly protocol?: "tcp" | "udp" | "icmp";
  /**
   * Source CIDR (IPv4 or IPv6), e.g. `0.0.0.0/0` for a public HTTPS port or `203.0.113.0/24` for an office.
   * @default - none: required
   */
  readonly from: string;
  /**
   * Shown in the provider's console.
   * @default - "<protocol> <ports> from <from>"
   */
  readonly description?: string;
}

export interface NetworkArgs extends PlacementArgs {
  /**
   * Private IPv4 address space of the network (RFC 1918), /16 to /28.
   * @default "10.0.0.0/16"
   */
  readonly cidr?: string;
  /**
   * The one private subnet, inside `cidr`.
   * @default - the first /24 of `cidr` (or `cidr` itself when it is /24 or smaller)
   */
  readonly subnetCidr?: string;
  /**
   * Inbound rules. Administrative ports (SSH 22, RDP 3389, WinRM 5985/5986, Telnet 23, Docker 2375/2376)
   * are never accepted from the whole internet.
   * @default [] (nothing is reachable from outside)
   */
  readonly ingress?: readonly IngressRule[];
  /**
   * Provider-specific knobs, one typed block per provider; only the block of the target's provider is read.
   * @default - none
   */
  readonly overrides?: NetworkOverrides;
}

const KEYS = ["target", "residency", "labels", "cidr", "subnetCidr", "ingress", "overrides"];
const RULE_KEYS = ["port", "protocol", "from", "description"];
const PROTOCOLS = ["tcp", "udp", "icmp"] as const;
/** Ports that administer a machine; never open to the world. */
export const ADMIN_PORTS: Readonly<Record<number, string>> = {
  22: "SSH",
  23: "Telnet",
  2375: "Docker",
  2376: "Docker TLS",
  3389: "RDP",
  5985: "WinRM",
  5986: "WinRM TLS",
};
export const DEFAULT_CIDR = "10.0.0.0/16";

type Cidr = { addr: ipaddr.IPv4 | ipaddr.IPv6; prefix: number };

function parseCidr(text: unknown): Cidr | string {
  if (typeof text !== "string") return "it is not a string";
  if (!ipaddr.isValidCIDR(text)) return "it is not in a.b.c.d/n (or IPv6/n) form";
  const [addr, prefix] = ipaddr.parseCIDR(text);
  const network = addr.kind() === "ipv4" ? ipaddr.IPv4.networkAddressFromCIDR(text) : ipaddr.IPv6.networkAddressFromCIDR(text);
  if (network.toString() !== addr.toString()) return `host bits are set (the network address is ${network.toString()}/${prefix})`;
  return { addr, prefix };
}

function checkNetworkCidrs(args: NetworkArgs): { problems: Problem[]; cidr?: string; subnetCidr?: string } {
  const found: Problem[] = [];
  const cidrText = args.cidr ?? DEFAULT_CIDR;
  const cidr = parseCidr(cidrText);
  if (typeof cidr === "string") return { problems: [problems.invalidCidr("args.cidr", cidrText, cidr)] };
  if (cidr.addr.kind() !== "ipv4" || cidr.addr.range() !== "private") {
    found.push(
      problems.invalidCidr(
        "args.cidr",
        cidrText,
        "the network must use private IPv4 space (RFC 1918)",
        "10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, e.g. 10.0.0.0/16",
      ),
    );
  }
  if (cidr.prefix < 16 || cidr.prefix > 28) {
    found.push(
      problems.invalidCidr(
        "args.cidr",
        cidrText,
        `a /${cidr.prefix} network is outside /16../28, which every provider accepts`,
        "a prefix between /16 and /28",
      ),
    );
  }
  const subnetText = args.subnetCidr ?? (cidr.prefix >= 24 ? cidrText : `${cidr.addr.toString()}/24`);
  const subnet = parseCidr(subnetText);
  if (typeof subnet === "string") return { problems: [...found, problems.invalidCidr("args.subnetCidr", subnetText, subnet)] };
  if (subnet.addr.kind() !== "ipv4" || !subnet.addr.match(cidr.addr, cidr.prefix) || subnet.prefix < cidr.prefix) {
    found.push(problems.invalidCidr("args.subnetCidr", subnetText, `the subnet is not inside ${cidrText}`, `a block inside ${cidrText}`));
  } else if (subnet.prefix > 28) {
    found.push(
      problems.invalidCidr(
        "args.subnetCidr",
        subnetText,
        "a subnet smaller than /28 leaves no usable addresses on some providers",
        "a prefix up to /28",
      ),
    );
  }
  return { problems: found, cidr: cidrText, subnetCidr: subnetText };
}

function checkRule(rule: unknown, i: number): { problems: Problem[]; spec?: IngressRuleSpec } {
  const path = `args.ingress[${i}]`;
  if (typeof rule !== "object" || rule === null) {
    return {
      problems: [
        problems.invalidArgument(
          path,
          "an ingress rule must be an object.",
          rule,
          "{ port, protocol?, from }",
          'write the rule as { port: 443, from: "0.0.0.0/0" }.',
        ),
      ],
    };
  }
  const r = rule as IngressRule;
  const found = unknownKeys(r, RULE_KEYS, path);
  const protocol = r.protocol ?? "tcp";
  if (!(PROTOCOLS as readonly string[]).includes(protocol)) {
    found.push(problems.invalidArgument(`${path}.protocol`, "unknown protocol.", protocol, PROTOCOLS.join(", "), "use tcp, udp or icmp."));
  }
  let ports: [number, number] = [0, 0];
  const validPort = (p: unknown) => typeof p === "number" && Number.isInteger(p) && p >= 1 && p <= 65535;
  if (protocol === "icmp") {
    if (r.port !== undefined)
      found.push(
        problems.invalidArgument(`${path}.port`, "icmp has no ports.", r.port, "no port for icmp", "remove port from the icmp rule."),
      );
  } else if (validPort(r.port)) {
    ports = [r.port as number, r.port as number];
  } else if (Array.isArray(r.port) && r.port.length === 2 && validPort(r.port[0]) && validPort(r.port[1]) && r.port[0] <= r.port[1]) {
    ports = [r.port[0], r.port[1]];
  } else {
    found.push(
      problems.invalidArgument(
        `${path}.port`,
        "a port must be 1..65535, or a [from, to] range with from <= to.",
        r.port,
        "1..65535 or [from, to]",
        "give the port the service listens on.",
      ),
    );
  }
  const from = parseCidr(r.from);
  if (typeof from === "string")
    found.push(problems.invalidCidr(`${path}.from`, r.from, from, "an IPv4 or IPv6 CIDR such as 203.0.113.0/24 or 0.0.0.0/0"));
  else if (from.prefix === 0 && protocol !== "icmp") {
    for (const [port, label] of Object.entries(ADMIN_PORTS)) {
      if (Number(port) >= ports[0] && Number(port) <= ports[1])
        found.push(problems.adminPortOpenToWorld(`${path}.from`, `${port} (${label})`, String(r.from)));
    }
  }
  if (r.description !== undefined && (typeof r.description !== "string" || r.description.length > 200)) {
    found.push(
      problems.invalidArgument(
        `${path}.description`,
        "must be a string of at most 200 characters.",
        r.description,
        "short text",
        "shorten the description.",
      ),
    );
  }
  if (found.length > 0) return { problems: found };
  const portText = protocol === "icmp" ? "" : ports[0] === ports[1] ? ` ${ports[0]}` : ` ${ports[0]}-${ports[1]}`;
  return {
    problems: [],
    spec: { protocol, ports, from: r.from, description: r.description ?? `${protocol}${portText} from ${r.from}` },
  };
}

/** Validate the args; returns the driver spec when there are no problems. */
export function checkNetworkArgs(args: NetworkArgs): { problems: Problem[]; spec?: NetworkSpec } {
  const found: Problem[] = [...unknownKeys(args, KEYS)];
  found.push(...labelsAndOverrides(args, DRIVER_IDS));
  const cidrs = checkNetworkCidrs(args);
  found.push(...cidrs.problems);
  const rules: IngressRuleSpec[] = [];
  if (args.ingress !== undefined && !Array.isArray(args.ingress)) {
    found.push(notAList("args.ingress", args.ingress, "rules", "[{ port, protocol?, from }]", "wrap the rule in a list."));
  } else {
    (args.ingress ?? []).forEach((rule, i) => {
      const checked = checkRule(rule, i);
      found.push(...checked.problems);
      if (checked.spec) rules.push(checked.spec);
    });
  }
  const seen = new Map<string, number>();
  rules.forEach((r, i) => {
    const key = `${r.protocol}:${r.ports[0]}-${r.ports[1]}:${r.from}`;
    const first = seen.get(key);
    if (first !== undefined) {
      found.push(
        problems.conflictingArguments(
          `args.ingress[${i}]`,
          `this rule repeats args.ingress[${first}] (same protocol, ports and source).`,
          { protocol: r.protocol, ports: r.ports, from: r.from },
          "remove the duplicate rule.",
        ),
      );
    } else seen.set(key, i);
  });
  if (found.length > 0 || cidrs.cidr === undefined || cidrs.subnetCidr === undefined) return { problems: found };
  return { problems: [], spec: { cidr: cidrs.cidr, subnetCidr: cidrs.subnetCidr, ingress: rules, overrides: args.overrides ?? {} } };
}
