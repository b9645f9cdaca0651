/**
 * The locator: for any Pulumi resource of the seven providers' packages (ours or written by hand),
 * where it lives. This module is the algorithm only: what each package's types are (global, where
 * their location is, which parent they inherit from, which locations are known to be outside
 * Europe) is in its package module (`./packages/<package>.ts`). It reads, in order: the resource's own inputs (`region`, `location`, `zone`,
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
 * - global objects that hold no data (IAM, DNS, private DNS zones, service accounts, Hetzner
 *   firewalls, VPC networks): `global`, neither a violation nor a location; component resources
 *   (`custom: false`) are not located at all: their children are.
 * A location that cannot be read is `unknown`, with the reason; it never counts as compliant.
 */
import type { PolicyResource } from "@pulumi/policy";
import type { ProviderId } from "../catalog/types";
import { catalogRegion, openStackCloud, s3EndpointPlace } from "./codes";
import { memoised } from "./memo";
import { currentType, globalReason, moduleOf, packageOf } from "./packages/index";
import { matches, type KnownOutside, type PackageModule } from "./packages/types";

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
  /**
   * Set when the location is not in the catalog but known to be outside Europe (GCS `US`, an AWS
   * Region in the United States): the rules judge its countries instead of "cannot tell".
   */
  readonly outside?: KnownOutside;
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

export { packageOf };

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

/** Resources whose location is another resource's when they do not name one themselves (the package module's `parents`). */
function parentOf(m: PackageModule, type: string, props: Props): ParentRef | undefined {
  for (const [child, spec] of m.parents) {
    const { always, ...ref } = spec;
    if (!matches(child, type) || type === ref.type || (!(ref.via in props) && !always)) continue;
    const value = peek(props, ref.via);
    return value === undefined ? { ...ref } : { ...ref, value };
  }
  return undefined;
}

/** Where a region written for a catalog provider is, or why the catalog cannot say. */
function resolved(
  m: PackageModule | undefined,
  provider: ProviderId,
  region: string,
  zone: string | undefined,
  from: Location["from"],
  extra: Partial<Location> = {},
): Location {
  const r = region.toLowerCase() === "global" ? undefined : catalogRegion(provider, region);
  const base = { region, ...(zone ? { zone } : {}), from, provider, ...extra };
  if (r) return { ...base, code: r.code };
  const outside = m?.provider === provider ? m.knownOutside?.(region) : undefined;
  if (outside) return { ...base, outside, reason: `${provider} location "${region}" is ${outside.what}, not in the catalog` };
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
  if (type.startsWith("pulumi:providers:")) return { from: "global", reason: "a provider resource holds configuration, not data" };
  const m = moduleOf(type);
  if (m === undefined) return { from: "unknown", reason: `the locator does not know package "${packageOf(type)}"` };
  const catalogProvider = m.provider === "openstack" ? undefined : m.provider;
  // The module's readers are keyed on current tokens: an older token its SDK still ships is located as the current one.
  const current = currentType(type);
  if (m.isComponent(current)) return { from: "global", reason: "a component resource is not a cloud resource: its children are located" };
  const nd = globalReason(type, props);
  if (nd) return { from: "global", ...(catalogProvider ? { provider: catalogProvider } : {}), reason: `no location needed: ${nd}` };
  const pp = providerProps ?? {};
  const mine = m.own(current, props);

  // An aws provider pointed at another S3 service: S3 resources are wherever that endpoint is.
  if (m.name === "aws" && type.startsWith("aws:s3/")) {
    const endpoints = structured(pp.endpoints);
    const list = Array.isArray(endpoints) ? endpoints : endpoints && typeof endpoints === "object" ? [endpoints] : [];
    const url = list
      .map((e) => (e && typeof e === "object" ? (str((e as Props).s3) ?? str((e as Props).s3api)) : undefined))
      .find((u) => u !== undefined);
    if (url !== undefined) {
      const place = s3EndpointPlace(url);
      if (!place)
        return {
          from: "unknown",
          ...(mine.region ? { region: mine.region } : {}),
          reason: `its provider sends S3 requests to ${url}, an endpoint the catalog does not know`,
        };
      return resolved(undefined, place.provider, place.region, undefined, "provider", { reason: `S3 endpoint ${url}` });
    }
  }

  // OpenStack: the provider's auth URL says which cloud it is.
  let provider = catalogProvider;
  let cloudRegion: string | undefined;
  if (m.provider === "openstack") {
    const authUrl = str(pp.authUrl);
    const cloud = authUrl ? openStackCloud(authUrl) : undefined;
    const region = mine.region ?? m.fromProvider(pp).region;
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

  if (mine.region) return resolved(m, p, mine.region, mine.zone, "resource");
  const parent = parentOf(m, current, props);
  if (parent) {
    const found = context.resolve?.(parent);
    if (found === undefined) {
      return {
        from: "unknown",
        provider: p,
        inherits: parent,
        reason: `it takes its location from its ${parent.what} (${parent.via}), which is not in this program or has no readable location`,
      };
    }
    const { urn, label, ...loc } = found;
    const whose = label ?? `its ${parent.what}`;
    if (loc.code === undefined) {
      return {
        ...loc,
        from: "unknown",
        inherits: parent,
        ...(urn ? { source: urn } : {}),
        reason: `it takes its location from ${whose}, whose location cannot be told (${loc.reason ?? "unknown"})`,
      };
    }
    return { ...loc, from: "inherited", inherits: parent, ...(urn ? { source: urn } : {}), reason: `location of ${whose}` };
  }
  // Some types do not take the provider's location (Azure: only a resource group does; a Pub/Sub topic without a storage policy).
  const takes = m.takesProviderLocation?.(current) ?? true;
  const prov = takes ? m.fromProvider(pp) : {};
  const region = prov.region ?? cloudRegion;
  if (region) return resolved(m, p, region, mine.zone ?? prov.zone, "provider");
  const why = takes ? undefined : m.noLocationWhy?.(current);
  return {
    from: "unknown",
    provider: p,
    ...(mine.zone ? { zone: mine.zone } : {}),
    reason: why ?? `no location on the resource and none on its provider (${m.configHint})`,
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

function findParent(
  child: PolicyResource,
  ref: ParentRef,
  resources: readonly PolicyResource[],
  locationOf: (r: PolicyResource) => Location,
): PolicyResource | undefined {
  const ofType = (rs: readonly PolicyResource[] | undefined) => (rs ?? []).filter((p) => p.type === ref.type);
  const byProp = ofType(child.propertyDependencies?.[ref.via]);
  if (byProp.length === 1) return byProp[0];
  const byDep = ofType(child.dependencies);
  if (byDep.length === 1) return byDep[0];
  if (ref.value !== undefined) {
    const byValue = resources.filter(
      (p) => p.type === ref.type && keysOf(p).some((k) => k === ref.value || String(k) === String(ref.value)),
    );
    if (byValue.length === 1) return byValue[0];
  }
  // An Azure child resource (a blob container, a subnet) lives where the Azure resources it is
  // built on live (ARM keeps a child in its parent's location): use them when they all agree.
  if (ref.type === RESOURCE_GROUP) {
    const located = child.dependencies
      .filter((d) => packageOf(d.type) === "azure-native" && d.type !== RESOURCE_GROUP)
      .map((d) => [d, locationOf(d)] as const)
      .filter(([, l]) => l.code !== undefined);
    const places = new Set(located.map(([, l]) => `${l.provider}:${l.code}`));
    if (places.size === 1) return located[0]![0];
  }
  return undefined;
}
