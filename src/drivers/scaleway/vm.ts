/**
 * VirtualMachine on Scaleway: an Instance of the resolved commercial type, in the network's zone
 * and security group, attached to its Private Network, with a Block Storage root volume, no public
 * IP unless asked (then a flexible IP of the same zone), and cloud-init user data.
 *
 * SSH keys: Scaleway has no per-server key setting; `iam.SshKey` is project-wide (every Instance
 * of the project would accept it). So the keys go to the admin user through cloud-init, combined
 * with the user's own user data exactly as on AWS (`../cloudinit.ts`). Scaleway additionally
 * transfers the Project's IAM SSH keys to every Instance at boot; the driver cannot prevent that.
 *
 * Disks are not encrypted by the provider (see `capabilities.ts`, vm.diskEncryption), so the
 * component accepts a Scaleway VM only under a contract with `encryption: any`.
 */
import * as pulumi from "@pulumi/pulumi";
import { SCALEWAY_IMAGES } from "../../catalog/images/scaleway";
import { known } from "../../catalog/types";
import { renderUserData } from "../cloudinit";
import type { DriverScope, VirtualMachineResult, VirtualMachineSpec } from "../types";
import type { ScalewayNetworkData } from "./network";
import { scalewayContext, scalewayTags } from "./provider";
import { sdk } from "./sdk";

export function createVirtualMachine(spec: VirtualMachineSpec, scope: DriverScope): VirtualMachineResult {
  const { instance } = sdk();
  const net = spec.network.data as ScalewayNetworkData;
  // The security group is zonal: the VM runs in the network's zone (the checks refuse another).
  const { zone, opts } = scalewayContext(scope, net.zone);
  const o = spec.overrides.scaleway ?? {};
  const name = scope.name;
  const tags = scalewayTags(scope.labels);

  const image = o.imageId ?? known(SCALEWAY_IMAGES[spec.image]);
  if (image === undefined)
    throw new Error(`scaleway: image ${spec.image} has no confirmed label (checkVirtualMachine should have reported this)`);

  const ip = spec.publicIp ? new instance.Ip(`${name}-ip`, { zone, tags }, opts) : undefined;
  const userData = renderUserData(spec.adminUsername, spec.sshKeys, spec.userData);

  const server = new instance.Server(
    name,
    {
      zone,
      type: o.commercialType ?? spec.instanceType,
      image,
      securityGroupId: net.securityGroupId,
      privateNetworks: [{ pnId: net.privateNetworkId }],
      // Public IP only when asked for; never a dynamic one.
      ...(ip === undefined ? {} : { ipId: ip.id }),
      enableDynamicIp: false,
      rootVolume: { volumeType: o.rootVolumeType ?? "sbs_volume", sizeInGb: spec.diskGiB, deleteOnTermination: true },
      ...(userData === undefined ? {} : { userData: { "cloud-init": userData } }),
      tags,
    },
    opts,
  );

  return {
    bootDiskGiB: spec.diskGiB,
    instanceId: server.id,
    privateIp: server.privateIps.apply((ips) => ips?.find((i) => !i.address.includes(":"))?.address ?? ips?.[0]?.address ?? ""),
    publicIp: ip === undefined ? pulumi.output<string | undefined>(undefined) : ip.address.apply((a) => (a === "" ? undefined : a)),
    zone: pulumi.output<string | undefined>(zone),
  };
}
