/**
 * Pre-flight checks for what only Hetzner rejects. Pure: no resources, no SDK. The features Hetzner
 * lacks (encryption at rest, TLS-only, lifecycle, ...) are refused by the component from
 * capabilities.ts; these checks cover names, ranges, limits and overrides.
 */
import { overrideAndImageProblems } from "../vm-checks";
import ipaddr from "ipaddr.js";
import { HETZNER_IMAGES } from "../../catalog/images/hetzner";
import { problems, type Problem } from "../../errors";
import { userDataProblems } from "../cloudinit";
import { objectLockNeedsVersioning } from "../s3/checks";
import { bucketNameProblems, type BucketNameRules } from "../s3/naming";
import type { BucketSpec, CheckContext, NetworkSpec, VirtualMachineSpec } from "../types";
import { overrideProblems } from "../override-schema";
import { HETZNER_BUCKET_OVERRIDES, HETZNER_NETWORK_OVERRIDES, HETZNER_VM_OVERRIDES } from "./overrides-schema";
import { NETWORK_ZONES, networkZoneOf } from "./network";

/** Bucket names as Hetzner's S3 API takes them: the shared S3-family rules (../s3/naming.ts), nothing reserved beyond them. */
const HETZNER_NAMES: BucketNameRules = { overrides: "hetzner", what: "a Hetzner Object Storage bucket", minLength: 3 };
/** hcloud Network ip_range "must be one of the private ipv4 ranges of RFC1918" (hcloud provider docs). */
const RFC1918 = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"].map((c) => ipaddr.IPv4.parseCIDR(c));
/** "Up to 500 (effective) rules per Firewall" (Hetzner Cloud Firewalls FAQ). */
export const FIREWALL_MAX_RULES = 500;
/** hcloud Server user_data "is limited to 32KiB" (hcloud provider docs). */
export const USER_DATA_MAX_BYTES = 32 * 1024;

export function checkBucket(spec: BucketSpec, ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  const o = spec.overrides.hetzner ?? {};
  out.push(...bucketNameProblems(ctx.name, o.bucketName, HETZNER_NAMES));
  out.push(...overrideProblems(HETZNER_BUCKET_OVERRIDES, spec.overrides.hetzner));
  out.push(...objectLockNeedsVersioning(spec, "object lock needs versioning, but versioning is off."));
  return out;
}

/** An IPv4 CIDR that lies wholly inside one RFC 1918 block. */
export function isPrivateIpv4Range(cidr: string): boolean {
  const [addr, bits] = cidr.split("/");
  if (!ipaddr.IPv4.isValid(addr ?? "")) return false;
  const ip = ipaddr.IPv4.parse(addr!);
  return RFC1918.some((block) => ip.match(block) && Number(bits) >= block[1]);
}

export function checkNetwork(spec: NetworkSpec, ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  const o = spec.overrides.hetzner ?? {};
  if (!isPrivateIpv4Range(spec.cidr)) {
    out.push(
      problems.invalidCidr(
        "cidr",
        spec.cidr,
        "Hetzner networks take a private IPv4 range inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (RFC 1918)",
        "an RFC 1918 IPv4 CIDR such as 10.0.0.0/16",
      ),
    );
  }
  out.push(...overrideProblems(HETZNER_NETWORK_OVERRIDES, spec.overrides.hetzner));
  if (o.networkZone === undefined && networkZoneOf(spec, ctx.placement.region.code) === undefined) {
    out.push(
      problems.providerSettingMissing(
        "overrides.hetzner.networkZone",
        "hetzner",
        `the network zone of ${ctx.placement.region.code}`,
        `the driver knows the zones of ${Object.keys(NETWORK_ZONES).join(", ")} only`,
        "set overrides.hetzner.networkZone to the zone Hetzner lists for the location.",
      ),
    );
  }
  if (spec.ingress.length > FIREWALL_MAX_RULES) {
    out.push(
      problems.invalidArgument(
        "ingress",
        `a Hetzner Cloud Firewall holds at most ${FIREWALL_MAX_RULES} rules.`,
        spec.ingress.length,
        `up to ${FIREWALL_MAX_RULES} rules`,
        "merge rules that share a port.",
      ),
    );
  }
  return out;
}

export function checkVirtualMachine(spec: VirtualMachineSpec, _ctx: CheckContext): Problem[] {
  const o = spec.overrides.hetzner ?? {};
  const out = overrideAndImageProblems(HETZNER_VM_OVERRIDES, spec.overrides.hetzner, o.image, HETZNER_IMAGES, spec.image);
  out.push(
    ...userDataProblems(spec, {
      maxBytes: USER_DATA_MAX_BYTES,
      message: "Hetzner server user data (with the SSH-key part) is limited to 32 KiB.",
    }),
  );
  return out;
}
