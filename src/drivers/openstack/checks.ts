/**
 * Pre-flight checks for the openstack driver. Pure: no resources, no SDK. They read the stack
 * config and environment only to find the Keystone URL (provider.ts). What the capability table
 * cannot deliver at all (retention, lifecycle, TLS-only, unconfirmed encryption, ...) is reported by
 * the component (`unmetNeeds`); these are the limits only this driver knows: Keystone URL, Swift
 * regions and names, external networks for floating IPs, images, boot volume and user data.
 */
import { overrideProblems } from "../override-schema";
import { OPENSTACK_NETWORK_OVERRIDES } from "./overrides-schema";
import { IMAGES } from "../../catalog/images/index";
import { known } from "../../catalog/types";
import { placementLabel } from "../../contract/placement";
import { problems, type Problem } from "../../errors";
import { userDataProblems } from "../cloudinit";
import { missingCapability, type Feature } from "../capabilities";
import type { BucketSpec, CheckContext, NetworkSpec, VirtualMachineSpec } from "../types";
import { OPENSTACK_CAPABILITIES } from "./capabilities";
import { cloudOf, openstackRegion } from "./clouds";
import { externalNetwork, type OpenStackNetworkData } from "./network";
import { authProblems } from "./provider";

/** Swift container names are at most 256 bytes and contain no `/` (Object Storage API, containers). */
const CONTAINER_MAX_BYTES = 256;
/** "-versions" is appended for the archive container. */
const ARCHIVE_SUFFIX = "-versions";
/** Nova user data is base64 encoded and restricted to 65535 bytes (Compute API, create server). */
const USER_DATA_MAX_BASE64_BYTES = 65_535;

function lacking(feature: Feature, path: string, ctx: CheckContext, received: unknown, fix: string): Problem[] {
  return missingCapability(OPENSTACK_CAPABILITIES, feature, {
    path,
    provider: `${ctx.placement.provider.name} (openstack driver)`,
    received,
    fix,
  });
}

export function checkBucket(spec: BucketSpec, ctx: CheckContext): Problem[] {
  const out: Problem[] = [...authProblems(ctx)];
  const o = spec.overrides.openstack ?? {};
  if (o.containerName !== undefined) {
    const n = o.containerName;
    const bytes = Buffer.byteLength(`${n}${ARCHIVE_SUFFIX}`, "utf8");
    if (n.trim() === "" || n.includes("/") || bytes > CONTAINER_MAX_BYTES) {
      out.push(
        problems.invalidArgument(
          "overrides.openstack.containerName",
          'Swift container names are 1-256 bytes without `/` (and the driver appends "-versions" for the archive container).',
          n,
          `1-${CONTAINER_MAX_BYTES - ARCHIVE_SUFFIX.length} bytes, no "/"`,
          "choose another container name.",
        ),
      );
    }
  }
  const swift = cloudOf(ctx.placement).swiftRegions;
  if (swift !== undefined && !swift.value.includes(ctx.placement.region.code)) {
    out.push(
      problems.providerLimitation(
        "target",
        `${ctx.placement.provider.name} lists a Swift endpoint only in ${swift.value.join(", ")} (${swift.source}), so the openstack driver cannot create a container at ${placementLabel(ctx.placement)}.`,
        placementLabel(ctx.placement),
        swift.value.map((r) => `${ctx.placement.provider.id}:${r}`).join(", "),
        `put the bucket in ${swift.value.map((r) => `${ctx.placement.provider.id}:${r}`).join(" or ")}.`,
      ),
    );
  }
  if (spec.geoRedundantTo !== undefined)
    out.push(...lacking("bucket.geoRedundancy", "replication", ctx, spec.geoRedundantTo, "keep the data in one region."));
  return out;
}

export function checkNetwork(spec: NetworkSpec, ctx: CheckContext): Problem[] {
  const out: Problem[] = [...authProblems(ctx)];
  const o = spec.overrides.openstack ?? {};
  out.push(...overrideProblems(OPENSTACK_NETWORK_OVERRIDES, spec.overrides.openstack));
  if (o.router === true && externalNetwork(spec, ctx) === undefined) {
    out.push(
      problems.providerSettingMissing(
        "overrides.openstack.externalNetworkName",
        "openstack",
        `an external network for the router of ${ctx.name}`,
        `the catalog has no sourced external network for ${ctx.placement.provider.name}`,
        "set overrides.openstack.externalNetworkName (or externalNetworkId) to the cloud's public network (`openstack network list --external`).",
      ),
    );
  }
  for (const ip of o.dnsNameservers ?? []) {
    if (!/^(\d{1,3}\.){3}\d{1,3}$/.test(ip) && !/^[0-9a-fA-F:]+$/.test(ip)) {
      out.push(
        problems.invalidArgument(
          "overrides.openstack.dnsNameservers",
          "each name server must be an IP address.",
          ip,
          "an IPv4 or IPv6 address such as 100.125.4.25",
          "give IP addresses.",
        ),
      );
    }
  }
  return out;
}

export function checkVirtualMachine(spec: VirtualMachineSpec, ctx: CheckContext): Problem[] {
  const out: Problem[] = [...authProblems(ctx)];
  const o = spec.overrides.openstack ?? {};
  const provider = ctx.placement.provider.id;
  if (o.image === undefined && known(IMAGES[provider]?.[spec.image]) === undefined) {
    const mapped = IMAGES[provider]?.[spec.image];
    out.push(
      problems.imageUnavailable(
        "image",
        spec.image,
        provider,
        mapped === undefined || mapped.confirmed ? "the catalog has no image table for this cloud" : mapped.note,
      ),
    );
  }
  if (typeof spec.instanceType !== "string" || spec.instanceType.trim() === "") {
    out.push(
      problems.invalidArgument(
        "overrides.openstack.flavor",
        "no flavor name for this cloud.",
        spec.instanceType,
        "a Nova flavor name",
        "set overrides.openstack.flavor.",
      ),
    );
  }
  if (!Number.isInteger(spec.diskGiB) || spec.diskGiB < 1) {
    out.push(
      problems.invalidArgument(
        "diskGiB",
        "the boot volume size is a whole number of GiB, at least 1.",
        spec.diskGiB,
        "1 or more",
        "choose a disk size in range.",
      ),
    );
  }
  out.push(
    ...userDataProblems(spec, {
      maxBytes: USER_DATA_MAX_BASE64_BYTES,
      encoding: "base64",
      message: "Nova user data (with the SSH-key part, base64 encoded) is limited to 65535 bytes.",
    }),
  );
  const net = spec.network.data as Partial<OpenStackNetworkData> | undefined;
  if (spec.publicIp && net?.external !== true) {
    out.push(
      problems.providerSettingMissing(
        "publicIp",
        "openstack",
        `an external network to take a floating IP for ${ctx.name} from`,
        `the VM's network has no router to an external network (none is sourced for ${ctx.placement.provider.name} in ${openstackRegion(ctx.placement)}, or the network set router: false)`,
        "set overrides.openstack.externalNetworkName (or externalNetworkId) on the Network, or set publicIp: false.",
      ),
    );
  }
  return out;
}
