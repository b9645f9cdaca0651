/**
 * Pre-flight checks for what only Scaleway rejects. Pure: no resources, no SDK. What the capability
 * table cannot deliver at all is reported by the component (`unmetNeeds`); these are the limits
 * that depend on the region, the zone or the names, each with the Scaleway page it comes from.
 */
import ipaddr from "ipaddr.js";
import { SCALEWAY_IMAGES } from "../../catalog/images/scaleway";
import { known } from "../../catalog/types";
import { problems, type Problem } from "../../errors";
import { userDataPartType } from "../cloudinit";
import type { BucketSpec, CheckContext, NetworkSpec, VirtualMachineSpec } from "../types";
import type { ScalewayColdStorageClass } from "./overrides";
import { scalewayZone } from "./provider";

/** Pulumi auto-names `<name>-<7 random characters>`; a bucket name is one DNS label (at most 63 characters). */
const BUCKET_NAME_MAX = 63;
const AUTONAME_SUFFIX = 8;

/** The default cold class: it keeps the objects in the bucket's region. */
export const DEFAULT_COLD_CLASS: ScalewayColdStorageClass = "ONEZONE_IA";

/**
 * Minimal age before a lifecycle transition, enforced in Paris and Warsaw (not Amsterdam) for rules
 * created after February 2026 (Object Storage lifecycle documentation, "minimal durations").
 */
export const MINIMUM_DAYS_BEFORE: Readonly<Record<ScalewayColdStorageClass, number>> = { ONEZONE_IA: 30, GLACIER: 90 };
const MINIMUM_DAYS_REGIONS = new Set(["fr-par", "pl-waw"]);

/** Block Storage volumes hold at most 10 TB (Block Storage FAQ) and at least 5 GB (volume creation guide). */
const SBS_MIN_GB = 5;
const SBS_MAX_GB = 10_000;

/** Families the Instances datasheet lists as not offered in PAR3 (fr-par-3). */
const NOT_IN_PAR3 = ["PLAY2-", "DEV1-"];

/** Private Network IPv4 subnets (Private Networks guide): custom prefixes /20 to /28, from the RFC 1918 blocks. */
const PN_PREFIX_MIN = 20;
const PN_PREFIX_MAX = 28;
const RFC1918 = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"].map((c) => ipaddr.IPv4.parseCIDR(c));

/**
 * Scaleway bucket names (Object Storage FAQ): lowercase letters, digits and hyphens, unique across
 * the platform, not an IP address. Dots are refused too: the `*.s3.<region>.scw.cloud` certificate
 * does not match dotted names, so HTTPS to the bucket would fail.
 */
function bucketNameProblem(name: string, prefix: boolean): string | undefined {
  // A prefix may end with a hyphen: the random suffix follows it.
  const shape = prefix ? /^[a-z0-9][a-z0-9-]*$/ : /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
  if (!shape.test(name)) return "Scaleway bucket names take only lowercase letters, digits and hyphens, and start and end with a letter or digit";
  return undefined;
}

export function checkBucket(spec: BucketSpec, ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  const o = spec.overrides.scaleway ?? {};
  const region = ctx.placement.region.code;
  if (o.bucketName === undefined) {
    const prefixMax = BUCKET_NAME_MAX - AUTONAME_SUFFIX;
    const why = bucketNameProblem(ctx.name, true) ?? (ctx.name.length > prefixMax ? `the name is ${ctx.name.length} characters; with the random suffix the bucket name would exceed ${BUCKET_NAME_MAX}` : undefined);
    if (why !== undefined) {
      out.push(problems.invalidArgument("name", `"${ctx.name}" cannot prefix a Scaleway bucket name: ${why}.`, ctx.name, `1-${prefixMax} lowercase letters, digits and hyphens`, "rename the component, or set overrides.scaleway.bucketName."));
    }
  } else {
    const n = o.bucketName;
    const why = bucketNameProblem(n, false) ?? (n.length > BUCKET_NAME_MAX ? `Scaleway bucket names are at most ${BUCKET_NAME_MAX} characters (one DNS label)` : undefined);
    if (why !== undefined) {
      out.push(problems.invalidArgument("overrides.scaleway.bucketName", `"${n}" is not a valid Scaleway bucket name: ${why}.`, n, `1-${BUCKET_NAME_MAX} lowercase letters, digits and hyphens`, "choose another bucket name."));
    }
  }
  if (spec.retentionDays !== undefined && !spec.versioning) {
    out.push(problems.conflictingArguments("retentionDays", "Scaleway object lock turns versioning on for good, but versioning is off.", { versioning: false, retentionDays: spec.retentionDays }, "turn versioning on, or drop retentionDays."));
  }
  out.push(...coldTierProblems(spec, region));
  return out;
}

function coldTierProblems(spec: BucketSpec, region: string): Problem[] {
  const days = spec.lifecycle.coldAfterDays;
  if (days === undefined) return [];
  const cls = spec.overrides.scaleway?.coldStorageClass ?? DEFAULT_COLD_CLASS;
  const path = "lifecycle.coldAfterDays";
  const fix = `set overrides.scaleway.coldStorageClass to "${DEFAULT_COLD_CLASS}", or drop lifecycle.coldAfterDays.`;
  const out: Problem[] = [];
  if (cls === "GLACIER" && region === "pl-waw") {
    // Object Storage FAQ: "It is not yet possible to transfer files to Glacier in Warsaw".
    out.push(problems.providerLimitation(path, "Scaleway offers no Glacier class for pl-waw buckets.", cls, `"${DEFAULT_COLD_CLASS}"`, fix));
  } else if (cls === "GLACIER" && region !== "fr-par") {
    // Keeps data in its region: Glacier objects are stored in Paris whatever the bucket's region.
    out.push(problems.providerLimitation(path, `Scaleway stores Glacier objects in Paris (FR) whatever the bucket's region, so they would leave ${region}.`, cls, `"${DEFAULT_COLD_CLASS}", or GLACIER for a fr-par bucket`, fix));
  }
  if (cls === "ONEZONE_IA" && spec.retentionDays !== undefined && region !== "fr-par") {
    // Object lock documentation: object lock works with Standard, One Zone - IA (fr-par) and Glacier.
    out.push(problems.providerLimitation(path, `Scaleway documents object lock with One Zone - IA only in fr-par, and this bucket is locked (retentionDays) in ${region}.`, cls, "a fr-par bucket, or no cold transition on a locked bucket", "drop lifecycle.coldAfterDays or retentionDays, or target fr-par."));
  }
  const min = MINIMUM_DAYS_BEFORE[cls];
  if (MINIMUM_DAYS_REGIONS.has(region) && days < min) {
    out.push(problems.invalidArgument(path, `Scaleway moves objects to ${cls} in ${region} only after at least ${min} days.`, days, `${min} or more`, `set coldAfterDays to ${min} or more.`));
  }
  return out;
}

export function checkNetwork(spec: NetworkSpec, ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  const [addr, prefix] = spec.subnetCidr.split("/");
  const bits = Number(prefix);
  if (!ipaddr.IPv4.isValid(addr ?? "") || !Number.isInteger(bits) || bits < PN_PREFIX_MIN || bits > PN_PREFIX_MAX) {
    out.push(problems.invalidCidr("subnetCidr", spec.subnetCidr, `Scaleway Private Networks take IPv4 subnets from /${PN_PREFIX_MIN} to /${PN_PREFIX_MAX}`, "an IPv4 CIDR from /20 to /28, such as 10.0.1.0/24"));
  } else if (!RFC1918.some((block) => ipaddr.IPv4.parse(addr!).match(block))) {
    out.push(problems.invalidCidr("subnetCidr", spec.subnetCidr, "Scaleway Private Networks take subnets from the RFC 1918 private blocks", "a block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16"));
  }
  out.push(...zoneProblems(ctx));
  return out;
}

function zoneProblems(ctx: CheckContext): Problem[] {
  if (scalewayZone(ctx.placement) !== undefined) return [];
  return [problems.providerLimitation("target", `Scaleway security groups and Instances live in a zone, and the catalog confirms none for ${ctx.placement.region.code}.`, ctx.placement.region.code, "a target with a zone, such as scaleway:fr-par:fr-par-1", "add the zone to the target.")];
}

/** The zone a VM on this network runs in: the network's (its security group is zonal). */
export function networkZone(spec: VirtualMachineSpec): string | undefined {
  const data = spec.network.data as { zone?: unknown } | undefined;
  return typeof data?.zone === "string" ? data.zone : undefined;
}

export function checkVirtualMachine(spec: VirtualMachineSpec, ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  const o = spec.overrides.scaleway ?? {};
  if (o.imageId === undefined && known(SCALEWAY_IMAGES[spec.image]) === undefined) {
    out.push(problems.unknownImage("image", spec.image, Object.keys(SCALEWAY_IMAGES), []));
  }
  const volumeType = o.rootVolumeType ?? "sbs_volume";
  if (!Number.isInteger(spec.diskGiB) || (volumeType === "sbs_volume" && (spec.diskGiB < SBS_MIN_GB || spec.diskGiB > SBS_MAX_GB))) {
    out.push(problems.invalidArgument("diskGiB", `a Scaleway Block Storage root volume is ${SBS_MIN_GB} to ${SBS_MAX_GB} GB.`, spec.diskGiB, `${SBS_MIN_GB}-${SBS_MAX_GB}`, "choose a disk size in range."));
  }
  const netZone = networkZone(spec);
  const zone = ctx.placement.zone ?? netZone ?? scalewayZone(ctx.placement);
  if (netZone !== undefined && ctx.placement.zone !== undefined && ctx.placement.zone !== netZone) {
    out.push(problems.placementMismatch("target", `the network's security group is in zone ${netZone}, and Scaleway attaches security groups only to Instances of the same zone.`, ctx.placement.zone, netZone));
  }
  if (zone === undefined) out.push(...zoneProblems(ctx));
  const type = o.commercialType ?? spec.instanceType;
  const family = NOT_IN_PAR3.find((p) => type.startsWith(p));
  if (zone === "fr-par-3" && family !== undefined) {
    out.push(problems.providerLimitation("size", `the Instances datasheet lists no ${family.slice(0, -1)} types in PAR3 (fr-par-3).`, type, "PRO2 or POP2 types in fr-par-3", "set overrides.scaleway.commercialType (e.g. a PRO2 type), or use another zone."));
  }
  if (spec.userData !== undefined && spec.sshKeys.length > 0 && spec.userData.trim() !== "" && userDataPartType(spec.userData) === undefined) {
    out.push(problems.invalidArgument("userData", "this user data cannot be combined with the SSH-key part: cloud-init needs to know its type from its first line.", spec.userData.slice(0, 40), "user data starting with #cloud-config, #!, #cloud-boothook or #include", "start the user data with one of those lines."));
  }
  return out;
}
