/**
 * VirtualMachine on OpenStack: a Nova server with one Neutron port on the network's subnet (the
 * port carries the security group, so the project's `default` group is never attached), booted
 * from a Cinder volume of `diskGiB` created from the image and deleted with the server (diskless
 * flavors such as the SCS ones need a boot volume), a keypair for the first SSH key, cloud-init
 * user data, and a floating IP only when `publicIp` is asked for.
 *
 * Flavor: the name resolved from the size (SCS names as-is on clouds that offer them) or
 * `overrides.openstack.flavor`. Image: looked up by name (`images.getImageOutput`, most recent)
 * through the same provider; the looked-up id only matters at creation (`ignoreChanges` on it), so
 * a newer `_latest` build published later never replaces a running VM and its disk. SSH keys and
 * user data are rendered as for AWS (`../cloudinit.ts`, plain functions, no SDK).
 */
import * as pulumi from "@pulumi/pulumi";
import { IMAGES } from "../../catalog/images/index";
import { known } from "../../catalog/types";
import { renderUserData } from "../cloudinit";
import type { DriverScope, VirtualMachineResult, VirtualMachineSpec } from "../types";
import type { OpenStackNetworkData } from "./network";
import { openstackContext } from "./provider";
import { sdk } from "./sdk";

/** The Glance image name: the override, else the catalog's name for the portable image on this cloud. */
export function imageName(spec: VirtualMachineSpec, scope: Pick<DriverScope, "placement">): string | undefined {
  return spec.overrides.openstack?.image ?? known(IMAGES[scope.placement.provider.id]?.[spec.image]);
}

export function createVirtualMachine(spec: VirtualMachineSpec, scope: DriverScope): VirtualMachineResult {
  const { compute, images, networking } = sdk();
  const { region, opts, tags, provider } = openstackContext(scope);
  const o = spec.overrides.openstack ?? {};
  const name = scope.name;
  const net = spec.network.data as OpenStackNetworkData;
  const zone = scope.placement.zone;

  const image = imageName(spec, scope);
  if (image === undefined)
    throw new Error(
      `openstack: image ${spec.image} has no confirmed name on ${scope.placement.provider.id} (checkVirtualMachine should have reported this)`,
    );
  const imageId = images.getImageOutput({ name: image, mostRecent: true, region }, { provider, parent: scope.parent }).id;

  const port = new networking.Port(
    `${name}-port`,
    {
      region,
      name: `${name}-port`,
      networkId: net.networkId,
      fixedIps: [{ subnetId: net.subnetId }],
      // Only the network's security group; never the project's default group.
      securityGroupIds: [net.securityGroupId],
      adminStateUp: true,
      tags,
    },
    opts,
  );

  const firstKey = spec.sshKeys[0];
  const keypair =
    firstKey === undefined
      ? undefined
      : new compute.Keypair(`${name}-ssh-key`, { region, name: `${name}-${pulumi.getStack()}`, publicKey: firstKey.trim() }, opts);
  const userData = renderUserData(spec.adminUsername, spec.sshKeys, spec.userData);
  const volumeType = o.volumeType;

  const instance = new compute.Instance(
    name,
    {
      region,
      name,
      flavorName: o.flavor ?? spec.instanceType,
      ...(zone === undefined ? {} : { availabilityZone: zone }),
      networks: [{ port: port.id }],
      blockDevices: [
        {
          sourceType: "image",
          uuid: imageId,
          destinationType: "volume",
          volumeSize: spec.diskGiB,
          bootIndex: 0,
          // The root volume goes with the VM (like the other drivers' root disks).
          deleteOnTermination: true,
          ...(volumeType === undefined ? {} : { volumeType }),
        },
      ],
      ...(keypair === undefined ? {} : { keyPair: keypair.name }),
      ...(userData === undefined ? {} : { userData }),
      tags,
    },
    // A newer image behind the same name must not replace the VM (identity, root disk).
    { ...opts, ignoreChanges: ["blockDevices[0].uuid"] },
  );

  let publicIp: pulumi.Output<string | undefined> = pulumi.output<string | undefined>(undefined);
  if (spec.publicIp) {
    if (!net.external || net.floatingIpPool === undefined)
      throw new Error("openstack: publicIp on a network without an external network (checkVirtualMachine should have reported this)");
    const fip = new networking.FloatingIp(
      `${name}-ip`,
      { region, pool: net.floatingIpPool, description: `sovereign-cloud VM ${name}`, tags },
      opts,
    );
    new networking.FloatingIpAssociate(
      `${name}-ip-association`,
      { region, floatingIp: fip.address, portId: port.id },
      // Neutron associates a floating IP only once the subnet is attached to the router.
      { ...opts, dependsOn: net.gateway === undefined ? [instance] : [instance, net.gateway] },
    );
    publicIp = fip.address;
  }

  return {
    bootDiskGiB: spec.diskGiB, // the boot volume
    instanceId: instance.id,
    privateIp: instance.accessIpV4,
    publicIp,
    zone: instance.availabilityZone.apply((z) => (z === undefined || z === "" ? zone : z)),
  };
}
