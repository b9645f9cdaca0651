/**
 * Pre-flight checks for what only OVHcloud (or this driver) rejects. Pure: no resources, no SDK;
 * they read the stack config for the project id. Features in the capability table are checked by
 * the components; these are the rest.
 */
import { overrideProblems } from "../override-schema";
import { OVHCLOUD_BUCKET_OVERRIDES, OVHCLOUD_NETWORK_OVERRIDES, OVHCLOUD_VM_OVERRIDES } from "./overrides-schema";
import { OVHCLOUD_IMAGE_USERS } from "../../catalog/images/ovhcloud";
import { OVHCLOUD_FLAVOR_DISK_GB } from "../../catalog/sizes/ovhcloud";
import { problems, type Problem } from "../../errors";
import { networkDriverProblems, networkProjectProblems } from "../network-checks";
import { objectLockNeedsVersioning } from "../s3/checks";
import { bucketNameProblems, type BucketNameRules } from "../s3/naming";
import type { BucketSpec, CheckContext, NetworkSpec, VirtualMachineSpec } from "../types";
import type { OvhcloudNetworkData } from "./network";
import { checkContext, SERVICE_NAME_PATH } from "./context";
import { resolveServiceName } from "./provider";

/** S3 container names: the shared S3-family rules (../s3/naming.ts); global across OVHcloud regions. */
const CONTAINER_NAMES: BucketNameRules = {
  overrides: "ovhcloud",
  what: "an OVHcloud container (names are global across regions)",
  minLength: 3,
};
const GIB_IN_GB = 1.073741824;

export function checkBucket(spec: BucketSpec, ctx: CheckContext): Problem[] {
  const o = spec.overrides.ovhcloud ?? {};
  const found = checkContext(o.serviceName, ctx, "bucket");
  found.push(...bucketNameProblems(ctx.name, o.bucketName, CONTAINER_NAMES));
  found.push(...overrideProblems(OVHCLOUD_BUCKET_OVERRIDES, spec.overrides.ovhcloud));
  found.push(...objectLockNeedsVersioning(spec, "S3 object lock (retentionDays) works only on a versioned container.", "versioning"));
  if (!spec.retainOnDelete && !spec.emptyOnDelete) {
    found.push(
      problems.providerLimitation(
        "retainOnDelete",
        "the OVHcloud provider removes every object of a container before deleting it, so destroying the stack would delete the data although emptyOnDelete is false.",
        false,
        "retainOnDelete: true, or retainOnDelete: false with emptyOnDelete: true",
        "keep retainOnDelete (the default), or set emptyOnDelete: true to accept that a destroy deletes the objects.",
      ),
    );
  }
  return found;
}

export function checkNetwork(spec: NetworkSpec, ctx: CheckContext): Problem[] {
  return [
    ...checkContext(spec.overrides.ovhcloud?.serviceName, ctx, "network"),
    ...overrideProblems(OVHCLOUD_NETWORK_OVERRIDES, spec.overrides.ovhcloud),
  ];
}

export function checkVirtualMachine(spec: VirtualMachineSpec, ctx: CheckContext): Problem[] {
  const o = spec.overrides.ovhcloud ?? {};
  const found = checkContext(o.serviceName, ctx, "virtualMachine");
  found.push(
    ...networkDriverProblems(
      spec.network,
      "ovhcloud",
      "a Network deployed with the ovhcloud driver",
      (other) => `the VM is deployed with the ovhcloud driver but its network with the ${other} driver.`,
    ),
  );
  if (spec.network.driver === "ovhcloud") {
    const project = (spec.network.data as OvhcloudNetworkData).serviceName;
    const mine = resolveServiceName(o.serviceName);
    const message = `the VM would be in Public Cloud project ${mine} but its network is in ${project}; instances can only join networks of their own project.`;
    found.push(...networkProjectProblems(SERVICE_NAME_PATH, mine, project, message));
  }
  found.push(...overrideProblems(OVHCLOUD_VM_OVERRIDES, spec.overrides.ovhcloud));
  found.push(...checkLogin(spec), ...checkDisk(spec));
  return found;
}

/** One key, for the user the image creates: CloudInstance takes a key name and no user data. */
function checkLogin(spec: VirtualMachineSpec): Problem[] {
  const found: Problem[] = [];
  if (spec.sshKeys.length > 1) {
    found.push(
      problems.providerLimitation(
        "sshKeys",
        "an OVHcloud instance (ovh.CloudInstance) takes one SSH key; installing more would need user data, which it does not take.",
        spec.sshKeys.length,
        "one key",
        "give one key (add the others on the machine), or deploy this target with driver: openstack.",
      ),
    );
  }
  const imageUser = OVHCLOUD_IMAGE_USERS[spec.image];
  const user = imageUser.confirmed ? imageUser.value : undefined;
  if (spec.sshKeys.length > 0 && spec.overrides.ovhcloud?.image === undefined && user !== undefined && spec.adminUsername !== user) {
    found.push(
      problems.providerLimitation(
        "adminUsername",
        `on OVHcloud the SSH key goes to the sudo user the ${spec.image} image creates ("${user}"); ovh.CloudInstance takes no user data, so no user "${spec.adminUsername}" can be created.`,
        spec.adminUsername,
        `"${user}"`,
        `set adminUsername: "${user}", or deploy this target with driver: openstack.`,
      ),
    );
  }
  return found;
}

/** The root disk is the flavor's local disk: a VM cannot ask for more than its flavor has. */
function checkDisk(spec: VirtualMachineSpec): Problem[] {
  const disk = OVHCLOUD_FLAVOR_DISK_GB[spec.instanceType];
  if (disk === undefined || spec.diskGiB * GIB_IN_GB <= disk + 0.5) return [];
  return [
    problems.providerLimitation(
      "diskGiB",
      `the ovhcloud driver boots from the flavor's local disk, and ${spec.instanceType} has ${disk} GB; it attaches no larger boot volume.`,
      spec.diskGiB,
      `at most ${Math.floor(disk / GIB_IN_GB)} GiB for ${spec.instanceType}`,
      "lower diskGiB, or ask for a larger size (or pin overrides.ovhcloud.flavor) whose flavor has a bigger disk.",
    ),
  ];
}
