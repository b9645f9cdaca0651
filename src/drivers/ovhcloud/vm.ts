/**
 * VirtualMachine on OVHcloud: one `ovh.CloudInstance` in the placement's compute region (`GRA11`),
 * on the network's private subnet, in the network's security group only, with a public interface
 * only when `publicIp` is asked for, and one SSH key (`CloudSSHKey`).
 *
 * Why CloudInstance and not `cloudproject.Instance`: only CloudInstance takes security groups
 * (`securityGroupIds`). Without them OVHcloud puts the instance in the project's "default" group,
 * which allows all traffic in both directions (`ovh-security-groups`), so the Network's firewall
 * would not apply. The price: CloudInstance in SDK 2.19.1 takes no user data (the capability table
 * says so and the component refuses `userData`), and the SSH key goes to the user the image creates.
 * CloudInstance has no billing period: instances are billed hourly. The root disk is the flavor's
 * local disk.
 *
 * CloudInstance takes flavor and image ids, which differ per region; they are looked up by name in
 * the target region at deploy time (a name the region lacks fails the deployment with a message).
 */
import * as pulumi from "@pulumi/pulumi";
import type * as ovh from "@ovhcloud/pulumi-ovh";
import { OVHCLOUD_IMAGES } from "../../catalog/images/ovhcloud";
import { problems, SovereignCloudError } from "../../errors";
import type { DriverScope, VirtualMachineResult, VirtualMachineSpec } from "../types";
import type { OvhcloudNetworkData } from "./network";
import { ovhcloudContext } from "./context";
import { childOptions } from "./provider";
import { sdk } from "./sdk";

type Flavor = ovh.types.output.GetCloudInstanceFlavorsFlavor;
type Image = ovh.types.output.GetCloudInstanceImagesImage;
type InstanceState = ovh.types.output.CloudInstanceCurrentState;

/**
 * The id of the flavor named `name` in `region`. A flavor list without it is a coded error
 * (SC_LOOKUP_NOT_FOUND) when the program runs. No list at all (only Pulumi's plain mocks return
 * none: the real lookup always returns one, possibly empty) gives the name itself, so programs
 * unit-tested under those mocks build the same resources.
 */
export function pickFlavorId(flavors: readonly Flavor[] | undefined, name: string, region: string, serviceName: string): string {
  if (flavors === undefined) return name;
  const found = flavors.find((f) => f.name === name && (!f.location?.region || f.location.region === region));
  if (found === undefined) throw lookupError("flavor", name, region, serviceName, "overrides.ovhcloud.flavor");
  return found.id;
}

function lookupError(what: "flavor" | "image", name: string, region: string, serviceName: string, override: string): SovereignCloudError {
  const active = what === "image" ? "active image" : what;
  return new SovereignCloudError(
    `VirtualMachine ${what} "${name}"`,
    [
      problems.lookupNotFound(
        override,
        `${active} named "${name}"`,
        `${region} for Public Cloud project ${serviceName}`,
        `pin another with ${override}.`,
      ),
    ],
    "the instance was not created",
  );
}

/** The id of the newest active image named `name` in `region`; missing list and missing image as for {@link pickFlavorId}. */
export function pickImageId(images: readonly Image[] | undefined, name: string, region: string, serviceName: string): string {
  if (images === undefined) return name;
  const named = images
    .filter((i) => i.name === name && (!i.location?.region || i.location.region === region) && (i.status ?? "").toLowerCase() === "active")
    .sort((a, b) => (b.createdAt ?? "").localeCompare(a.createdAt ?? ""));
  const found = named[0];
  if (found === undefined) throw lookupError("image", name, region, serviceName, "overrides.ovhcloud.image");
  return found.id;
}

/** The first fixed IPv4 address on the interfaces `pick` selects. */
export function fixedIpv4(state: InstanceState | undefined, pick: (networkId: string) => boolean): string | undefined {
  for (const n of state?.networks ?? []) {
    if (!pick(n.id)) continue;
    const a = (n.addresses ?? []).find((x) => x.type === "FIXED" && x.version === 4);
    if (a !== undefined) return a.ip;
  }
  return undefined;
}

export function createVirtualMachine(spec: VirtualMachineSpec, scope: DriverScope): VirtualMachineResult {
  const ovhSdk = sdk();
  const o = spec.overrides.ovhcloud ?? {};
  const { serviceName, region, provider } = ovhcloudContext(scope, o.serviceName, "virtualMachine");
  const net = spec.network.data as OvhcloudNetworkData;
  const opts = childOptions(scope, provider);
  const invokeOpts = { provider, parent: scope.parent };

  const flavorName = spec.instanceType;
  const mapped = OVHCLOUD_IMAGES[spec.image];
  const imageName = o.image ?? (mapped.confirmed ? mapped.value : spec.image);
  const flavorId = ovhSdk
    .getCloudInstanceFlavorsOutput({ serviceName, region }, invokeOpts)
    .apply((r) => pickFlavorId(r.flavors, flavorName, region, serviceName));
  const imageId = ovhSdk
    .getCloudInstanceImagesOutput({ serviceName, region }, invokeOpts)
    .apply((r) => pickImageId(r.images, imageName, region, serviceName));

  const key = spec.sshKeys[0];
  // Identity: the key that opens the machine; replaced (never edited) when it changes.
  const sshKey = key === undefined ? undefined : new ovhSdk.CloudSSHKey(`${scope.name}-ssh-key`, { serviceName, publicKey: key }, opts);

  const networks: ovh.types.input.CloudInstanceNetwork[] = [
    // A public interface only when asked for; otherwise the VM is on the private network only.
    ...(spec.publicIp ? [{ autoAssignPublicIp: true }] : []),
    { networkId: net.networkId, subnetId: net.subnetId },
  ];
  const instance = new ovhSdk.CloudInstance(
    scope.name,
    {
      serviceName,
      region,
      flavorId,
      imageId,
      networks,
      // Only the network's group: without it OVHcloud applies the allow-all "default" group.
      securityGroupIds: [net.securityGroupId],
      ...(sshKey === undefined ? {} : { sshKeyName: sshKey.name }),
    },
    opts,
  );

  const addresses = pulumi.all([instance.currentState, net.networkId]);
  return {
    bootDiskGiB: null, // the flavor's own disk
    instanceId: instance.id,
    privateIp: addresses.apply(([s, id]) => fixedIpv4(s, (n) => n === id) ?? ""),
    publicIp: spec.publicIp ? addresses.apply(([s, id]) => fixedIpv4(s, (n) => n !== id)) : pulumi.output<string | undefined>(undefined),
    zone: instance.availabilityZone.apply((z) => (z === "" ? undefined : z)),
  };
}
