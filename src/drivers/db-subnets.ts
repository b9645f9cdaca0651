/**
 * Address space for database subnets carved from a network's own range (AWS DB subnet groups need
 * subnets in two zones; Azure needs a subnet delegated to the database service). The blocks are the
 * last ones of the VPC range, so they never move when the network's main subnet stays put; they
 * are shared by every database of the network (created once per network).
 */
import ipaddr from "ipaddr.js";

const toInt = (a: ipaddr.IPv4) => a.octets.reduce((n, o) => n * 256 + o, 0);
const toAddr = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join(".");

/**
 * `count` blocks of `/p` at the end of `vpcCidr` (p = /26 in a /24 or larger network, at most /28),
 * none overlapping `subnetCidr`; `undefined` when the range has no room.
 */
export function databaseBlocks(vpcCidr: string, subnetCidr: string, count: number): string[] | undefined {
  if (!ipaddr.IPv4.isValidCIDR(vpcCidr) || !ipaddr.IPv4.isValidCIDR(subnetCidr)) return undefined;
  const [vpc, vpcPrefix] = ipaddr.IPv4.parseCIDR(vpcCidr);
  const [sub, subPrefix] = ipaddr.IPv4.parseCIDR(subnetCidr);
  const p = Math.min(28, Math.max(vpcPrefix + 2, 26));
  if (p > 28 || 2 ** (p - vpcPrefix) < count + 1) return undefined;
  const size = 2 ** (32 - p);
  const end = toInt(vpc) + 2 ** (32 - vpcPrefix);
  const subStart = toInt(sub);
  const subEnd = subStart + 2 ** (32 - subPrefix);
  const blocks: string[] = [];
  for (let i = 1; i <= count; i++) {
    const start = end - i * size;
    if (start < subEnd && start + size > subStart) return undefined;
    blocks.push(`${toAddr(start)}/${p}`);
  }
  return blocks;
}
