/**
 * Pre-flight checks for what only Scaleway rejects. Pure: no resources, no SDK. What the capability
 * table cannot deliver at all is reported by the component (`unmetNeeds`); these are the limits
 * that depend on the region, the zone or the names, each with the Scaleway page it comes from.
 */
import { overrideAndImageProblems } from "../vm-checks";
import { overrideProblems } from "../override-schema";
import { SCALEWAY_BUCKET_OVERRIDES, SCALEWAY_NETWORK_OVERRIDES, SCALEWAY_VM_OVERRIDES } from "./overrides-schema";
import ipaddr from "ipaddr.js";
import { SCALEWAY_IMAGES } from "../../catalog/images/scaleway";
import { problems, type Problem } from "../../errors";
import { userDataProblems } from "../cloudinit";
import { objectLockNeedsVersioning } from "../s3/checks";
import { bucketNameProblems, type BucketNameRules } from "../s3/naming";
import type { BucketSpec, CheckContext, NetworkSpec, VirtualMachineSpec } from "../types";
import type { ScalewayColdStorageClass } from "./overrides";
import { scalewayZone } from "./provider";

/**
 * Scaleway bucket names (Object Storage FAQ): the shared S3-family rules (../s3/naming.ts); unique
 * across the platform. Scaleway differs in one point: the driver has never required a minimum
 * length for an explicit name (kept as it was; the FAQ's own minimum is not encoded here).
 */
const SCALEWAY_NAMES: BucketNameRules = { overrides: "scaleway", what: "a Scaleway bucket", minLength: 1 };

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

export function checkBucket(spec: BucketSpec, ctx: CheckContext): Problem[] {
  const out: Problem[] = [];
  const o = spec.overrides.scaleway ?? {};
  const region = ctx.placement.region.code;
  out.push(
    ...bucketNameProblems(ctx.name, o.bucketName, SCALEWAY_NAMES),
    ...overrideProblems(SCALEWAY_BUCKET_OVERRIDES, spec.overrides.scaleway),
  );
  out.push(...objectLockNeedsVersioning(spec, "Scaleway object lock turns versioning on for good, but versioning is off."));
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
    out.push(
      problems.providerLimitation(path, "Scaleway offers no Glacier class for pl-waw buckets.", cls, `"${DEFAULT_COLD_CLASS}"`, fix),
    );
  } else if (cls === "GLACIER" && region !== "fr-par") {
    // Keeps data in its region: Glacier objects are stored in Paris whatever the bucket's region.
    out.push(
      problems.providerLimitation(
        path,
        `Scaleway stores Glacier objects in Paris (FR) whatever the bucket's region, so they would leave ${region}.`,
        cls,
        `"${DEFAULT_COLD_CLASS}", or GLACIER for a fr-par bucket`,
        fix,
      ),
    );
  }
  if (cls === "ONEZONE_IA" && spec.retentionDays !== undefined && region !== "fr-par") {
    // Object lock documentation: object lock works with Standard, One Zone - IA (fr-par) and Glacier.
    out.push(
      problems.providerLimitation(
        path,
        `Scaleway documents object lock with One Zone - IA only in fr-par, and this bucket is locked (retentionDays) in ${region}.`,
        cls,
        "a fr-par bucket, or no cold transition on a locked bucket",
        "drop lifecycle.coldAfterDays or retentionDays, or target fr-par.",
      ),
    );
  }
  const min = MINIMUM_DAYS_BEFORE[cls];
  if (MINIMUM_DAYS_REGIONS.has(region) && days < min) {
    out.push(
      problems.invalidArgument(
        path,
        `Scaleway moves objects to ${cls} in ${region} only after at least ${min} days.`,
        days,
        `${min} or more`,
        `set coldAfterDays to ${min} or more.`,
      ),
    );
  }
  return out;
}

export function checkNetwork(spec: NetworkSpec, ctx: CheckContext): Problem[] {
  const out: Problem[] = overrideProblems(SCALEWAY_NETWORK_OVERRIDES, spec.overrides.scaleway);
  const [addr, prefix] = spec.subnetCidr.split("/");
  const bits = Number(prefix);
  if (!ipaddr.IPv4.isValid(addr ?? "") || !Number.isInteger(bits) || bits < PN_PREFIX_MIN || bits > PN_PREFIX_MAX) {
    out.push(
      problems.invalidCidr(
        "subnetCidr",
        spec.subnetCidr,
        `Scaleway Private Networks take IPv4 subnets from /${PN_PREFIX_MIN} to /${PN_PREFIX_MAX}`,
        "an IPv4 CIDR from /20 to /28, such as 10.0.1.0/24",
      ),
    );
  } else if (!RFC1918.some((block) => ipaddr.IPv4.parse(addr!).match(block))) {
    out.push(
      problems.invalidCidr(
        "subnetCidr",
        spec.subnetCidr,
        "Scaleway Private Networks take subnets from the RFC 1918 private blocks",
        "a block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16",
      ),
    );
  }
  out.push(...zoneProblems(ctx));
  return out;
}

function zoneProblems(ctx: CheckContext): Problem[] {
  if (scalewayZone(ctx.placement) !== undefined) return [];
  return [
    problems.providerLimitation(
      "target",
      `Scaleway security groups and Instances live in a zone, and the catalog confirms none for ${ctx.placement.region.code}.`,
      ctx.placement.region.code,
      "a target with a zone, such as scaleway:fr-par:fr-par-1",
      "add the zone to the target.",
    ),
  ];
}

/** The zone a VM on this network runs in: the network's (its security group is zonal). */
export function networkZone(spec: VirtualMachineSpec): string | undefined {
  const data = spec.network.data as { zone?: unknown } | undefined;
  return typeof data?.zone === "string" ? data.zone : undefined;
}

export function checkVirtualMachine(spec: VirtualMachineSpec, ctx: CheckContext): Problem[] {
  const o = spec.overrides.scaleway ?? {};
  const out = overrideAndImageProblems(SCALEWAY_VM_OVERRIDES, spec.overrides.scaleway, o.imageId, SCALEWAY_IMAGES, spec.image);
  const volumeType = o.rootVolumeType ?? "sbs_volume";
  if (!Number.isInteger(spec.diskGiB) || (volumeType === "sbs_volume" && (spec.diskGiB < SBS_MIN_GB || spec.diskGiB > SBS_MAX_GB))) {
    out.push(
      problems.invalidArgument(
        "diskGiB",
        `a Scaleway Block Storage root volume is ${SBS_MIN_GB} to ${SBS_MAX_GB} GB.`,
        spec.diskGiB,
        `${SBS_MIN_GB}-${SBS_MAX_GB}`,
        "choose a disk size in range.",
      ),
    );
  }
  const netZone = networkZone(spec);
  const zone = ctx.placement.zone ?? netZone ?? scalewayZone(ctx.placement);
  if (netZone !== undefined && ctx.placement.zone !== undefined && ctx.placement.zone !== netZone) {
    out.push(
      problems.placementMismatch(
        "target",
        `the network's security group is in zone ${netZone}, and Scaleway attaches security groups only to Instances of the same zone.`,
        ctx.placement.zone,
        netZone,
      ),
    );
  }
  if (zone === undefined) out.push(...zoneProblems(ctx));
  const type = o.commercialType ?? spec.instanceType;
  const family = NOT_IN_PAR3.find((p) => type.startsWith(p));
  if (zone === "fr-par-3" && family !== undefined) {
    out.push(
      problems.providerLimitation(
        "size",
        `the Instances datasheet lists no ${family.slice(0, -1)} types in PAR3 (fr-par-3).`,
        type,
        "PRO2 or POP2 types in fr-par-3",
        "set overrides.scaleway.commercialType (e.g. a PRO2 type), or use another zone.",
      ),
    );
  }
  // No user-data size limit is checked on Scaleway: the driver encodes none.
  out.push(...userDataProblems(spec));
  return out;
}
