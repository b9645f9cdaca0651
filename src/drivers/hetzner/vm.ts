/**
 * VirtualMachine on Hetzner Cloud: an `hcloud.Server` in the placement's location, on the network's
 * subnet, behind the network's firewall from the moment it is created.
 *
 * - Public IPs: Hetzner gives a server a public IPv4 and IPv6 unless told otherwise; the driver
 *   turns both off unless `publicIp` is true. A server without a public IP has no internet access
 *   of its own (package installs in user data fail) unless the network routes through a NAT server
 *   you run.
 * - SSH keys: Hetzner installs the server's project SSH keys for root (without one it falls back to
 *   a root password). The first key is registered as an `hcloud.SshKey` (or the keys named in
 *   overrides.hetzner.sshKeyNames are used); every key reaches `adminUsername` (passwordless sudo)
 *   through cloud-init, combined with the user's own user data as on AWS (see ../cloudinit.ts).
 * - Disks: the root disk's size comes with the server type (`diskGiB` cannot change it), and
 *   Hetzner offers no encryption at rest for server disks or volumes (see capabilities.ts); a contract
 *   without `encryption: any` is refused before this runs. overrides.hetzner.volumeGiB adds a
 *   volume in the same location, kept when the stack is destroyed.
 */
import * as pulumi from "@pulumi/pulumi";
import { HETZNER_IMAGES } from "../../catalog/images/hetzner";
import { known } from "../../catalog/types";
import { renderUserData } from "../cloudinit";
import type { DriverScope, VirtualMachineResult, VirtualMachineSpec } from "../types";
import { numericId, type HetznerNetworkData } from "./network";
import { hcloudContext } from "./provider";
import { sdk } from "./sdk";

/** The image name the server is created from: the override, else the catalog's. */
export function imageOf(spec: VirtualMachineSpec): string | undefined {
  return spec.overrides.hetzner?.image ?? known(HETZNER_IMAGES[spec.image]);
}

export function createVirtualMachine(spec: VirtualMachineSpec, scope: DriverScope): VirtualMachineResult {
  const h = sdk();
  const { opts, labels } = hcloudContext(scope);
  const o = spec.overrides.hetzner ?? {};
  const name = scope.name;
  const location = scope.placement.region.code;
  const net = spec.network.data as HetznerNetworkData;
  const image = imageOf(spec);
  if (image === undefined)
    throw new Error(`hetzner: image ${spec.image} has no confirmed name (checkVirtualMachine should have reported this)`);

  const firstKey = spec.sshKeys[0];
  let rootKeys: pulumi.Input<string>[] = [];
  if (o.sshKeyNames !== undefined) {
    rootKeys = [...o.sshKeyNames];
  } else if (firstKey !== undefined) {
    rootKeys = [new h.SshKey(`${name}-ssh-key`, { publicKey: firstKey.trim(), labels }, opts).id];
  }
  const userData = renderUserData(spec.adminUsername, spec.sshKeys, spec.userData);
  const protection = o.protection === true;

  const server = new h.Server(
    name,
    {
      serverType: o.serverType ?? spec.instanceType,
      image,
      location,
      // Behind the network's firewall from creation on: nothing inbound but the declared rules.
      firewallIds: [net.firewallId],
      networks: [{ subnetId: net.subnetId }],
      // No public address unless asked for.
      publicNets: [{ ipv4Enabled: spec.publicIp, ipv6Enabled: spec.publicIp }],
      ...(rootKeys.length > 0 ? { sshKeys: rootKeys } : {}),
      ...(userData === undefined ? {} : { userData }),
      // Both must be equal (hcloud provider docs).
      deleteProtection: protection,
      rebuildProtection: protection,
      labels,
    },
    // Hetzner applies keys and user data only at creation: a change to them replaces the server (shown in the preview).
    opts,
  );

  if (o.volumeGiB !== undefined) {
    const volume = new h.Volume(
      `${name}-volume`,
      { size: o.volumeGiB, location, format: "ext4", labels, deleteProtection: true },
      // Data: kept (and protected against deletion in Hetzner) when the stack is destroyed.
      { ...opts, retainOnDelete: true },
    );
    new h.VolumeAttachment(
      `${name}-volume-attachment`,
      { serverId: numericId(server.id), volumeId: numericId(volume.id), automount: true },
      opts,
    );
  }

  const privateIp = server.networks.apply((ns) => ns?.find((n) => n.ip !== undefined && n.ip !== "")?.ip ?? "");
  return {
    bootDiskGiB: null, // the server type's own disk
    instanceId: server.id,
    privateIp,
    publicIp: spec.publicIp
      ? server.ipv4Address.apply((ip) => (ip === undefined || ip === "" ? undefined : ip))
      : pulumi.output<string | undefined>(undefined),
    // Hetzner locations have no zones.
    zone: pulumi.output<string | undefined>(undefined),
  };
}
