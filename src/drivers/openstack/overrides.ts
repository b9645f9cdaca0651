/**
 * OpenStack-specific knobs, read only when a target is deployed with the openstack driver (Open
 * Telekom Cloud, Cleura, pluscloud open, or OVHcloud with `driver: openstack`). The portable fields
 * stay the source of truth; these only refine how the driver realises them on one cloud.
 */
import type { PinnedFields } from "../define";

/** OpenStack knobs for a Bucket (a Swift container). */
export interface OpenStackBucketOverrides {
  /**
   * Exact Swift container name (unique within the project, at most 256 bytes, no `/`). Changing it
   * replaces the container. The archive container for versions is named `<containerName>-versions`.
   * @default - the component name
   */
  readonly containerName?: string;
  /**
   * Swift storage policy for the container (the cloud's names, e.g. a replication or erasure-coding
   * policy). Changing it replaces the container.
   * @default - the cloud's default storage policy
   */
  readonly storagePolicy?: string;
}

/** OpenStack knobs for a Network. */
export interface OpenStackNetworkOverrides {
  /**
   * UUID of the external (provider) network the router uses as its gateway and floating IPs are
   * allocated from. Takes precedence over `externalNetworkName`.
   * @default - looked up by `externalNetworkName`
   */
  readonly externalNetworkId?: string;
  /**
   * Name of the external network, looked up among the networks with `router:external`.
   * @default - the cloud's public network where sourced: "admin_external_net" on Open Telekom Cloud, "ext-net" on Cleura; none elsewhere
   */
  readonly externalNetworkName?: string;
  /**
   * Create a router with the external network as its gateway, so VMs can reach the internet and
   * floating IPs can be attached. `false` leaves the subnet with no route out at all.
   * @default true when an external network is known (given or defaulted), else false
   */
  readonly router?: boolean;
  /**
   * DNS servers handed out by the subnet's DHCP (Open Telekom Cloud documents its internal
   * resolvers 100.125.4.25 and 100.125.129.199).
   * @default - none set; the cloud's DHCP default applies
   */
  readonly dnsNameservers?: readonly string[];
}

/** OpenStack knobs for a VirtualMachine. */
export interface OpenStackVirtualMachineOverrides {
  /**
   * Nova flavor name to use instead of the one resolved from the portable size (required on a
   * cloud without a flavor table in the catalog, e.g. OVHcloud via OpenStack without a table).
   * @default - the smallest flavor of the cloud's catalog table that meets the size
   */
  readonly flavor?: string;
  /**
   * Glance image name to boot from instead of the portable image's name on this cloud.
   * @default - the portable image's name from the catalog
   */
  readonly image?: string;
  /**
   * Cinder volume type for the root volume, e.g. one the cloud encrypts at rest (Cleura documents
   * `cbs-encrypted`, LUKS with a per-volume key in Barbican). The driver cannot verify what a type
   * does, and its capability table covers every OpenStack cloud, so an encrypted type does not
   * satisfy a contract that demands encryption (that still needs `encryption: any`).
   * @default - the cloud's default volume type
   */
  readonly volumeType?: string;
}

/** OpenStack knobs for a Database (Trove), read only on a cloud the catalog says runs Trove. */
export interface OpenStackDatabaseOverrides {
  /**
   * Nova flavor name for the database instance.
   * @default - the smallest catalog flavor that meets the size
   */
  readonly flavor?: string;
}

/** The fields above that pin the instance type, image and database class (instead of the catalog's tables; see defineDriver). */
export const PINNED: PinnedFields<"openstack"> = { instanceType: "flavor", image: "image", databaseClass: "flavor" };
