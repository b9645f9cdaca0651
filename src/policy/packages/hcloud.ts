/**
 * @pulumi/hcloud (1.41): what the policy engine knows about Hetzner Cloud resources.
 *
 * Location: own `location`/`homeLocation`, else the location of its `datacenter` (`fsn1-dc14`);
 * the provider takes no location (Hetzner picks one otherwise). A volume attached at creation
 * (`serverId`) lives where its server is. Firewalls, SSH keys, networks, DNS and attachments hold
 * no data: global.
 * Security defaults: @pulumi/hcloud 1.41 has no encryption input for volumes or servers (see
 * `encryption`).
 */
import { str } from "../read";
import { regionAndZone, unknownAtRest } from "./shared";
import { bridgedComponent, type EncryptionCheck, type PackageModule, type ParentSpec } from "./types";

/** Snapshots and subaccounts of a storage box live where it does. */
const IN_STORAGE_BOX: ParentSpec = { type: "hcloud:index/storageBox:StorageBox", via: "storageBoxId", what: "storage box" };

/** Storage that @pulumi/hcloud gives no encryption input: its encryption at rest cannot be shown. */
const noEncryptionInput =
  (what: string): EncryptionCheck =>
  () =>
    unknownAtRest(what, "Hetzner Cloud offers no setting to encrypt it at rest (none in @pulumi/hcloud)");

export const hcloudPackage: PackageModule = {
  name: "hcloud",
  provider: "hetzner",
  configHint: "set `location` on the resource (Hetzner picks a location itself otherwise)",
  global: [
    ["hcloud:index/firewall:Firewall", "a Hetzner firewall is a project-wide set of rules"],
    ["hcloud:index/firewallAttachment:FirewallAttachment", "it attaches a firewall"],
    ["hcloud:index/sshKey:SshKey", "a Hetzner SSH key is a project-wide public key"],
    ["hcloud:index/network:Network", "a Hetzner network is project-wide; its subnets name a network zone"],
    ["hcloud:index/networkSubnet:NetworkSubnet", "a subnet is address space in a network zone"],
    ["hcloud:index/networkRoute:NetworkRoute", "a route is network configuration"],
    ["hcloud:index/serverNetwork:ServerNetwork", "it attaches a server to a network"],
    ["hcloud:index/volumeAttachment:VolumeAttachment", "it attaches a volume (the volume is located itself)"],
    ["hcloud:index/floatingIpAssignment:FloatingIpAssignment", "it assigns an IP address"],
    ["hcloud:index/placementGroup:PlacementGroup", "a placement group is a scheduling hint"],
    ["hcloud:index/rdns:Rdns", "a reverse-DNS entry is public by design"],
    ["hcloud:index/loadBalancerTarget:LoadBalancerTarget", "it points a load balancer at a target"],
    ["hcloud:index/zone:Zone", "a DNS zone is public by design"],
    ["hcloud:index/zoneRecord:ZoneRecord", "a DNS record is public by design"],
    ["hcloud:index/zoneRrset:ZoneRrset", "a DNS record set is public by design"],
  ],
  dataBearing: [
    "hcloud:index/server:Server",
    "hcloud:index/volume:Volume",
    "hcloud:index/storageBox:StorageBox",
    "hcloud:index/storageBoxSnapshot:StorageBoxSnapshot",
    "hcloud:index/snapshot:Snapshot",
  ],
  parents: [
    ["hcloud:index/volume:Volume", { type: "hcloud:index/server:Server", via: "serverId", what: "server" }],
    ["hcloud:index/storageBoxSnapshot:StorageBoxSnapshot", IN_STORAGE_BOX],
    ["hcloud:index/storageBoxSubaccount:StorageBoxSubaccount", IN_STORAGE_BOX],
  ],
  own: (_type, props) =>
    regionAndZone(props, str(props.location) ?? str(props.homeLocation), "datacenter", (dc) => dc.replace(/-dc\d+$/, "")),
  fromProvider: () => ({}),
  isComponent: bridgedComponent,
  encryption: {
    "hcloud:index/volume:Volume": noEncryptionInput("Hetzner Cloud volume"),
    "hcloud:index/server:Server": noEncryptionInput("Hetzner Cloud server disk"),
  },
  remediation: {
    "data-location":
      "Set `location` on the server, volume or load balancer to a Hetzner location the contract allows (fsn1, nbg1, hel1; not ash, hil or sin).",
    "inherited-location": "Create the server a volume is attached to in the same program, or give the volume its own `location`.",
    "encryption-at-rest":
      "Hetzner Cloud offers no encryption setting for volumes or server disks: encrypt inside the server (e.g. LUKS), or choose another target.",
    "admin-ports": "Allow admin ports in the Hetzner firewall only from your admin range (sourceIps).",
  },
};
