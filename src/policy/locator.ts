/**
 * The locator: for any Pulumi resource of the seven providers' packages (ours or written by hand),
 * where it lives. It reads, in order: the resource's own inputs (`region`, `location`, `zone`,
 * `regionName`, ...), then its provider's inputs (for a default provider: the provider namespace's
 * stack config, e.g. `aws:region`). It also knows:
 * - AWS per-resource `region` overrides the provider's; an `aws` provider whose `endpoints[].s3`
 *   points elsewhere (Hetzner, Scaleway, OVHcloud, OTC) is not in AWS for S3 resources, and an S3
 *   endpoint the catalog does not know is "cannot tell";
 * - GCP multi- and dual-region codes (`EU`, `EUR4`), case-insensitively;
 * - OVHcloud codes (`GRA11`, `GRA`, `gra`); Scaleway and GCP zones; Hetzner datacenters;
 * - which OpenStack cloud a provider is (its auth URL: OTC, OVHcloud); an unknown cloud is "cannot tell";
 * - resources that take their location from another resource (an Azure resource without
 *   `location` takes its resource group's; a GCS object its bucket's; a KMS key its key ring's; a
 *   Hetzner volume attached at creation its server's). One resource alone cannot tell; `locateAll`
 *   resolves them with the whole stack;
 * - global objects that hold no data (Hetzner firewalls and SSH keys, VPC networks, IAM): `global`,
 *   neither a violation nor a location.
 * A location that cannot be read is `unknown`, with the reason; it never counts as compliant.
 */
import type { PolicyResource } from "@pulumi/policy";
import type { ProviderId } from "../catalog/types";
import { catalogRegion, openStackCloud, PACKAGE_PROVIDERS, s3EndpointPlace } from "./codes";
import { memoised } from "./memo";

export interface Location {
  /** Region code as the program writes it (`eu-central-1`, `germanywestcentral`, `EU`, `GRA11`). */
  readonly region?: string;
  readonly zone?: string;
  /**
   * Where the answer came from: the resource's inputs, its provider's inputs (or endpoint), another
   * resource it takes its location from, `global` (no location and no data), or `unknown`.
   */
  readonly from: "resource" | "provider" | "inherited" | "global" | "unknown";
  /** The catalog provider the resource is actually in (an `aws` provider pointed at Hetzner's S3: `hetzner`). */
  readonly provider?: ProviderId;
  /** The catalog region code, when the catalog has the region; absent = cannot tell. */
  readonly code?: string;
  /** Why the location is unknown or global, or where it was inherited from. */
  readonly reason?: string;
  /** Set when the resource takes its location from another resource. */
  readonly inherits?: ParentRef;
  /** URN of the resource the location was inherited from (set by `locateAll`). */
  readonly source?: string;
  /**
   * True when an input the location depends on is only known after deployment (preview). Stack
   * rules skip such resources during preview; the engine analyzes them again when values are known.
   */
  readonly computed?: boolean;
}

/** The resource another one takes its location from: its type, and the input that names it. */
export interface ParentRef {
  readonly type: string;
  /** Input of the child that names the parent (`resourceGroupName`, `bucket`, `serverId`). */
  readonly via: string;
  /** The value of that input, when it is known. */
  readonly value?: unknown;
  /** Human name of the parent kind ("resource group"). */
  readonly what: string;
}

/** Optional context for `locate`. */
export interface LocateContext {
  /** Resolve a parent reference to the parent's location (`locateAll` supplies it). */
  readonly resolve?: (ref: ParentRef) => (Location & { readonly urn?: string; readonly label?: string }) | undefined;
}

type Props = Readonly<Record<string, unknown>>;

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

/** Provider inputs that are not strings arrive JSON-encoded. */
function structured(v: unknown): unknown {
  if (typeof v !== "string" || !/^\s*[[{]/.test(v)) return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

/** `europe-west3-b` -> `europe-west3`; `eu-central-1a` -> `eu-central-1`; `fr-par-1` -> `fr-par`. */
export function regionOfZone(provider: string, zone: string): string {
  if (provider === "gcp") return zone.replace(/-[a-z]$/, "");
  if (provider === "aws") return zone.replace(/[a-z]$/, "");
  if (provider === "scaleway") return zone.replace(/-\d+$/, "");
  return zone;
}

/** The package of a type token: `aws:s3/bucket:Bucket` -> `aws`; `pulumi:providers:gcp` -> `gcp`. */
export function packageOf(type: string): string {
  return type.startsWith("pulumi:providers:") ? type.slice("pulumi:providers:".length) : (type.split(":")[0] ?? "");
}

/** The member name of a type token: `gcp:storage/bucketIAMMember:BucketIAMMember` -> `BucketIAMMember`. */
const memberOf = (type: string): string => type.split(":").pop() ?? "";

/**
 * Global objects that hold no customer data: they have no location, and no location is needed.
 * Exact types, or prefixes ending in `:` or `/`.
 */
const NO_DATA: readonly (readonly [string, string])[] = [
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
  ["gcp:compute/network:Network", "a VPC network is global and holds no data"],
  ["gcp:compute/firewall:Firewall", "a VPC firewall rule is global configuration"],
  ["gcp:compute/route:Route", "a VPC route is global configuration"],
  ["gcp:projects/", "project settings and IAM hold no data"],
  ["gcp:serviceaccount/", "service accounts are global identities"],
  ["gcp:organizations/", "organization settings and IAM hold no data"],
  ["azure-native:authorization:", "role assignments and definitions hold no data"],
  ["azure-native:dns:", "DNS zones and records are name-resolution configuration, served worldwide by design"],
  ["azure-native:privatedns:", "private DNS zones, records and VNet links are name-resolution configuration (Azure places them at \"global\")"],
  ["gcp:dns/", "DNS zones and records are name-resolution configuration, served worldwide by design"],
  ["ovh:CloudProject/user:User", "an OVHcloud project user is an identity"],
  ["ovh:index/cloudSSHKey:CloudSSHKey", "an OVHcloud SSH key is a project-wide public key (it takes no region)"],
  ["ovh:CloudProject/s3Credential:S3Credential", "S3 credentials are an identity's keys"],
  ["ovh:CloudProject/s3Policy:S3Policy", "an S3 policy is an identity's permissions"],
  ["ovh:CloudProject/networkPrivate:NetworkPrivate", "a vRack private network spans the regions it is attached to; its subnets are located"],
  ["scaleway:iam/", "Scaleway IAM objects are organization-wide identities"],
  ["openstack:identity/", "Keystone identities and roles hold no data"],
];

function noData(type: string): string | undefined {
  if (packageOf(type) === "gcp" && /IAM(Member|Binding|Policy)$/.test(memberOf(type))) return "an IAM binding holds no data";
  return NO_DATA.find(([t]) => (t.endsWith(":") || t.endsWith("/") ? type.startsWith(t) : type === t))?.[1];
}

/** The policy SDK's marker for a value only known after deployment (`@pulumi/policy` proxy.js). */
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/**
 * An input's value without tripping the policy SDK's unknown-checking proxy (its `get` throws on
 * values only known after deployment; the descriptor is read from the target). Unknown = undefined.
 */
function peek(props: Props, key: string): unknown {
  if (!(key in props)) return undefined;
  const v = Reflect.getOwnPropertyDescriptor(props, key)?.value;
  return v === UNKNOWN ? undefined : v;
}

const RESOURCE_GROUP = "azure-native:resources:ResourceGroup";

/** Child type (exact, or a package prefix ending in `:`) -> the parent it takes its location from. */
const PARENTS: readonly (readonly [string, Omit<ParentRef, "value">])[] = [
  ["hcloud:index/volume:Volume", { type: "hcloud:index/server:Server", via: "serverId", what: "server" }],
  ["hcloud:index/storageBoxSnapshot:StorageBoxSnapshot", { type: "hcloud:index/storageBox:StorageBox", via: "storageBoxId", what: "storage box" }],
  ["hcloud:index/storageBoxSubaccount:StorageBoxSubaccount", { type: "hcloud:index/storageBox:StorageBox", via: "storageBoxId", what: "storage box" }],
  ["gcp:kms/cryptoKey:CryptoKey", { type: "gcp:kms/keyRing:KeyRing", via: "keyRing", what: "key ring" }],
  ["gcp:storage/", { type: "gcp:storage/bucket:Bucket", via: "bucket", what: "bucket" }],
  ["azure-native:", { type: "azure-native:resources:ResourceGroup", via: "resourceGroupName", what: "resource group" }],
];

/** Resources whose location is another resource's when they do not name one themselves. */
function parentOf(type: string, props: Props): ParentRef | undefined {
  for (const [child, ref] of PARENTS) {
    const match = child.endsWith(":") || child.endsWith("/") ? type.startsWith(child) : type === child;
    // Every Azure resource but a resource group lives in one (resourceGroupName is required; an
    // offline run under mocks may not see its value), so Azure children always have a parent.
    if (!match || type === ref.type || (!(ref.via in props) && ref.type !== RESOURCE_GROUP)) continue;
    const value = peek(props, ref.via);
    return value === undefined ? { ...ref } : { ...ref, value };
  }
  return undefined;
}

/**
 * What the resource's own inputs say (region as written, zone), by package. Inputs that decide the
 * region are read through the policy SDK's proxy (an unknown one during preview makes the SDK
 * report that the policy cannot run yet); a zone next to a known region is only peeked at.
 */
function own(pkg: string, props: Props): { region?: string; zone?: string } {
  const pick = (region: string | undefined, zone: string | undefined) => ({ ...(region ? { region } : {}), ...(zone ? { zone } : {}) });
  /** The region from `regionKeys`, else from the zone in `zoneKey`. */
  const regionOrZone = (regionKeys: readonly string[], zoneKey: string, fromZone: (z: string) => string) => {
    const region = regionKeys.map((k) => str(props[k])).find((r) => r !== undefined);
    if (region) return pick(region, str(peek(props, zoneKey)));
    const zone = str(props[zoneKey]);
    return pick(zone ? fromZone(zone) : undefined, zone);
  };
  switch (pkg) {
    case "aws":
      return regionOrZone(["region"], "availabilityZone", (z) => regionOfZone("aws", z));
    case "azure-native":
      return pick(str(props.location), undefined);
    case "gcp": {
      const found = regionOrZone(["region", "location"], "zone", (z) => regionOfZone("gcp", z));
      if (found.region) return found;
      // A KMS key ring or key id (projects/p/locations/europe-west3/keyRings/r) names its location.
      const ref = ["keyRing", "cryptoKey", "cryptoKeyId"].map((k) => str(peek(props, k))).find((v) => v?.includes("/locations/"));
      return pick(ref ? /\/locations\/([^/]+)\//.exec(ref)?.[1] : undefined, undefined);
    }
    case "scaleway":
      return regionOrZone(["region"], "zone", (z) => regionOfZone("scaleway", z));
    case "ovh": {
      // Public Cloud Databases name their region per node (`nodes[].region`); all nodes of a service are in one region.
      const nodes = peek(props, "nodes");
      const nodeRegion = Array.isArray(nodes) ? str((nodes[0] as Record<string, unknown> | undefined)?.region) : undefined;
      if (nodeRegion && !str(props.regionName) && !str(props.region)) return pick(nodeRegion, undefined);
      return regionOrZone(["regionName", "region"], "availabilityZone", () => "");
    }
    case "hcloud":
      return regionOrZone(["location", "homeLocation"], "datacenter", (dc) => dc.replace(/-dc\d+$/, ""));
    default:
      return regionOrZone(["region"], "availabilityZone", () => "");
  }
}

/** What a provider's inputs say (only packages whose provider takes a location). */
function fromProvider(pkg: string, p: Props): { region?: string; zone?: string } {
  switch (pkg) {
    case "aws":
    case "openstack":
      return str(p.region) ? { region: str(p.region)! } : {};
    case "azure-native":
      return str(p.location) ? { region: str(p.location)! } : {};
    case "gcp":
    case "scaleway": {
      const zone = str(p.zone);
      const region = str(p.region) ?? (zone ? regionOfZone(pkg, zone) : undefined);
      return { ...(region ? { region } : {}), ...(zone ? { zone } : {}) };
    }
    default:
      return {};
  }
}

const CONFIG_HINT: Readonly<Record<string, string>> = {
  aws: "set `region` on the resource or its provider (stack config aws:region)",
  "azure-native": "set `location` on the resource or its provider (stack config azure-native:location)",
  gcp: "set `location`/`region`/`zone` on the resource or `region` on its provider (stack config gcp:region)",
  scaleway: "set `region`/`zone` on the resource or its provider (stack config scaleway:region)",
  ovh: "set `region`/`regionName` on the resource (OVHcloud providers take no region)",
  hcloud: "set `location` on the resource (Hetzner picks a location itself otherwise)",
  openstack: "set `region` on the resource or its provider (stack config openstack:region)",
};

/** Where a region written for a catalog provider is, or why the catalog cannot say. */
function resolved(provider: ProviderId, region: string, zone: string | undefined, from: Location["from"], extra: Partial<Location> = {}): Location {
  const r = region.toLowerCase() === "global" ? undefined : catalogRegion(provider, region);
  const base = { region, ...(zone ? { zone } : {}), from, provider, ...extra };
  if (r) return { ...base, code: r.code };
  const reason =
    region.toLowerCase() === "global"
      ? `its location is "global": it runs worldwide, not in one region`
      : `${provider} location "${region}" is not in the catalog, so where it is cannot be confirmed`;
  return { ...base, reason: extra.reason ? `${extra.reason}; ${reason}` : reason };
}

/**
 * Locate a resource from its inputs and, failing that, its provider's inputs (`providerProps`:
 * the explicit provider's inputs, or the default provider's stack config namespace).
 */
export function locate(type: string, props: Props, providerProps?: Props, context: LocateContext = {}): Location {
  const pkg = packageOf(type);
  if (type.startsWith("pulumi:providers:")) return { from: "global", reason: "a provider resource holds configuration, not data" };
  const mapped = PACKAGE_PROVIDERS[pkg];
  if (mapped === undefined) return { from: "unknown", reason: `the locator does not know package "${pkg}"` };
  const catalogProvider = mapped === "openstack" ? undefined : mapped;
  const nd = noData(type);
  if (nd) return { from: "global", ...(catalogProvider ? { provider: catalogProvider } : {}), reason: `no location needed: ${nd}` };
  const pp = providerProps ?? {};
  const mine = own(pkg, props);

  // An aws provider pointed at another S3 service: S3 resources are wherever that endpoint is.
  if (pkg === "aws" && type.startsWith("aws:s3/")) {
    const endpoints = structured(pp.endpoints);
    const list = Array.isArray(endpoints) ? endpoints : endpoints && typeof endpoints === "object" ? [endpoints] : [];
    const url = list.map((e) => (e && typeof e === "object" ? str((e as Props).s3) ?? str((e as Props).s3api) : undefined)).find((u) => u !== undefined);
    if (url !== undefined) {
      const place = s3EndpointPlace(url);
      if (!place) return { from: "unknown", ...(mine.region ? { region: mine.region } : {}), reason: `its provider sends S3 requests to ${url}, an endpoint the catalog does not know` };
      return resolved(place.provider, place.region, undefined, "provider", { reason: `S3 endpoint ${url}` });
    }
  }

  // OpenStack: the provider's auth URL says which cloud it is.
  let provider = catalogProvider;
  let cloudRegion: string | undefined;
  if (mapped === "openstack") {
    const authUrl = str(pp.authUrl);
    const cloud = authUrl ? openStackCloud(authUrl) : undefined;
    const region = mine.region ?? fromProvider(pkg, pp).region;
    if (!cloud) {
      const why = authUrl
        ? `its OpenStack provider authenticates at ${authUrl}, a cloud the catalog does not know`
        : "its OpenStack provider has no authUrl (a clouds.yaml `cloud` or OS_AUTH_URL cannot be read here), so which cloud it is cannot be told";
      return { from: "unknown", ...(region ? { region } : {}), reason: why };
    }
    provider = cloud.provider;
    cloudRegion = cloud.region;
  }
  const p = provider!;

  if (mine.region) return resolved(p, mine.region, mine.zone, "resource");
  const parent = parentOf(type, props);
  if (parent) {
    const found = context.resolve?.(parent);
    if (found === undefined) {
      return { from: "unknown", provider: p, inherits: parent, reason: `it takes its location from its ${parent.what} (${parent.via}), which is not in this program or has no readable location` };
    }
    const { urn, label, ...loc } = found;
    const whose = label ?? `its ${parent.what}`;
    if (loc.code === undefined) {
      return { ...loc, from: "unknown", inherits: parent, ...(urn ? { source: urn } : {}), reason: `it takes its location from ${whose}, whose location cannot be told (${loc.reason ?? "unknown"})` };
    }
    return { ...loc, from: "inherited", inherits: parent, ...(urn ? { source: urn } : {}), reason: `location of ${whose}` };
  }
  // Azure: only a resource group takes the provider's location (azure-native:location); other
  // resources take their resource group's, handled above.
  const prov = pkg === "azure-native" && type !== "azure-native:resources:ResourceGroup" ? {} : fromProvider(pkg, pp);
  const region = prov.region ?? cloudRegion;
  if (region) return resolved(p, region, mine.zone ?? prov.zone, "provider");
  return {
    from: "unknown",
    provider: p,
    ...(mine.zone ? { zone: mine.zone } : {}),
    reason: `no location on the resource and none on its provider (${CONFIG_HINT[pkg] ?? "set a region"})`,
  };
}

/** The value a parent is known by in a child's input (a name or an id). */
function keysOf(parent: PolicyResource): unknown[] {
  const p = parent.props as Props;
  return ["resourceGroupName", "name", "id", "selfLink"].map((k) => peek(p, k)).filter((v) => v !== undefined);
}

/**
 * Locate every resource of a stack. Resources that take their location from another resource are
 * resolved through it: first by the input's property dependency, then by a dependency of the
 * parent's type, then by matching the input's value against the parent's name or id.
 * Returns locations by URN. Within a policy run (see `./memo`) the answer is computed once per
 * `resources` array (the stack rules and the plan report locate the same array) and the map is
 * shared: callers must not change it.
 */
export function locateAll(resources: readonly PolicyResource[]): Map<string, Location> {
  return memoised("locateAll", resources, locateEach);
}

function locateEach(resources: readonly PolicyResource[]): Map<string, Location> {
  const out = new Map<string, Location>();
  const at = (r: PolicyResource, depth: number): Location => {
    const cached = out.get(r.urn);
    if (cached) return cached;
    let loc: Location;
    try {
      loc = locate(r.type, r.props, r.provider?.props, {
        resolve: (ref) => {
          if (depth > 3) return undefined;
          const parent = findParent(r, ref, resources, (d) => at(d, depth + 1));
          return parent ? { ...at(parent, depth + 1), urn: parent.urn, label: `${parent.type} "${parent.name}"` } : undefined;
        },
      });
    } catch (e) {
      // During preview a computed input cannot be read; the policy runs again when it is known.
      if ((e as Error | undefined)?.constructor?.name !== "UnknownValueError") throw e;
      loc = { from: "unknown", computed: true, reason: "its location is computed during the deployment and cannot be read during preview" };
    }
    out.set(r.urn, loc);
    return loc;
  };
  for (const r of resources) at(r, 0);
  return out;
}

function findParent(child: PolicyResource, ref: ParentRef, resources: readonly PolicyResource[], locationOf: (r: PolicyResource) => Location): PolicyResource | undefined {
  const ofType = (rs: readonly PolicyResource[] | undefined) => (rs ?? []).filter((p) => p.type === ref.type);
  const byProp = ofType(child.propertyDependencies?.[ref.via]);
  if (byProp.length === 1) return byProp[0];
  const byDep = ofType(child.dependencies);
  if (byDep.length === 1) return byDep[0];
  if (ref.value !== undefined) {
    const byValue = resources.filter((p) => p.type === ref.type && keysOf(p).some((k) => k === ref.value || String(k) === String(ref.value)));
    if (byValue.length === 1) return byValue[0];
  }
  // An Azure child resource (a blob container, a subnet) lives where the Azure resources it is
  // built on live (ARM keeps a child in its parent's location): use them when they all agree.
  if (ref.type === RESOURCE_GROUP) {
    const located = child.dependencies.filter((d) => packageOf(d.type) === "azure-native" && d.type !== RESOURCE_GROUP).map((d) => [d, locationOf(d)] as const).filter(([, l]) => l.code !== undefined);
    const places = new Set(located.map(([, l]) => `${l.provider}:${l.code}`));
    if (places.size === 1) return located[0]![0];
  }
  return undefined;
}
