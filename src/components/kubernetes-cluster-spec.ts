/** KubernetesClusterArgs: the portable arguments, their validation, and the spec handed to the driver. */
import { MANAGED_KUBERNETES } from "../catalog/kubernetes";
import { INSTANCE_TYPES, largestType, pickInstanceType } from "../catalog/sizes/index";
import { describeSource, type SourceId } from "../catalog/sources/index";
import { known } from "../catalog/types";
import { ENCRYPTION_MODES, type EncryptionMode } from "../contract/schema";
import { closest } from "../contract/suggest";
import type { KubernetesClusterOverrides, KubernetesClusterSpec, NodePoolSpec } from "../drivers/types";
import { problems, type Problem } from "../errors";
import { isRecord, labelsAndOverrides, notAList, optionalBoolean, optionalEnum, sourceCidrs, unknownKeys, wholeNumber } from "./checks";
import type { PlacementArgs, ResolvedContext } from "./context";
import { Network } from "./network";
import { checkNetworkArg, sameNetworkPlace } from "./network-member";
import { describeSize, parseSize, type SizeSpec } from "./vm-spec";

/** One group of identical worker nodes, scaled between `min` and `max`. */
export interface NodePoolArgs {
  /**
   * Pool name: 1-30 lowercase letters, digits and hyphens, starting with a letter; unique in the cluster.
   * @default - none: required
   */
  readonly name: string;
  /**
   * An SCS standard flavor name (`SCS-4V-16`) or `{ vcpus, memoryGiB }`, resolved to the provider's
   * smallest instance type that meets it.
   * @default - none: required
   */
  readonly size: string | SizeSpec;
  /**
   * Fewest nodes (0 lets the pool scale to zero where the provider allows it).
   * @default - none: required
   */
  readonly min: number;
  /**
   * Most nodes (1-100).
   * @default - none: required
   */
  readonly max: number;
  /**
   * Zones of the cluster's region to spread the nodes over.
   * @default - the provider's choice within the region
   */
  readonly zones?: readonly string[];
}

export interface KubernetesClusterArgs extends PlacementArgs {
  /**
   * Kubernetes minor version, e.g. `"1.34"`; it must be one the catalog confirms for the provider's
   * managed service (the patch level is the provider's latest for that minor version).
   * @default - none: required
   */
  readonly version: string;
  /**
   * The network the nodes join; the cluster is placed with it (same provider, region and driver).
   * @default - none: required
   */
  readonly network: Network;
  /**
   * Worker node pools (at least one). On Azure the first pool is the system pool.
   * @default - none: required
   */
  readonly nodePools: readonly NodePoolArgs[];
  /**
   * Make the API server reachable only from inside the network.
   * @default - false when apiAllowedFrom lists CIDRs; otherwise true where the provider has a private API endpoint (AWS, Azure, Google Cloud), and elsewhere apiAllowedFrom is required
   */
  readonly privateApi?: boolean;
  /**
   * CIDRs allowed to reach a public API endpoint (only with `privateApi: false`). The whole internet
   * (`0.0.0.0/0`, `::/0`) is never accepted.
   * @default []
   */
  readonly apiAllowedFrom?: readonly string[];
  /**
   * Who manages the key that encrypts Kubernetes secrets at rest; may be stricter than the contract,
   * never weaker. `customer-managed` means a key in the cluster's region.
   * @default - the contract's `encryption`
   */
  readonly encryption?: EncryptionMode;
  /**
   * Provider-specific knobs, one typed block per provider; only the block of the target's provider is read.
   * @default - none
   */
  readonly overrides?: KubernetesClusterOverrides;
}

const KEYS = [
  "target",
  "residency",
  "labels",
  "version",
  "network",
  "nodePools",
  "privateApi",
  "apiAllowedFrom",
  "encryption",
  "overrides",
];
const POOL_KEYS = ["name", "size", "min", "max", "zones"];
const POOL_NAME = /^[a-z][a-z0-9-]{0,28}[a-z0-9]$|^[a-z]$/;
const VERSION = /^1\.(\d{1,2})$/;
export const MAX_POOL_NODES = 100;
const CLUSTER_DRIVERS = ["aws", "gcp"];

function isInt(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v);
}

function checkPool(pool: unknown, i: number): Problem[] {
  const path = `args.nodePools[${i}]`;
  if (!isRecord(pool)) {
    return [
      problems.invalidArgument(
        path,
        "a node pool must be an object.",
        pool,
        "{ name, size, min, max, zones? }",
        'write the pool as { name: "workers", size: "SCS-4V-16", min: 1, max: 3 }.',
      ),
    ];
  }
  const p = pool as Partial<NodePoolArgs>;
  const found = unknownKeys(p, POOL_KEYS, path);
  if (typeof p.name !== "string" || !POOL_NAME.test(p.name)) {
    found.push(
      problems.invalidArgument(
        `${path}.name`,
        "a pool name is 1-30 lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen.",
        p.name,
        "e.g. workers, system, gpu-a",
        "rename the pool.",
      ),
    );
  }
  found.push(...parseSize(p.size, `${path}.size`).problems);
  found.push(...wholeNumber(`${path}.min`, p.min, 0, MAX_POOL_NODES, "nodes", `set ${path}.min.`));
  const max = wholeNumber(`${path}.max`, p.max, 1, MAX_POOL_NODES, "nodes", `set ${path}.max.`);
  if (max.length > 0) {
    found.push(...max);
  } else if (isInt(p.min) && isInt(p.max) && p.min > p.max) {
    found.push(
      problems.conflictingArguments(`${path}.min`, "a pool's min is above its max.", { min: p.min, max: p.max }, "make min at most max."),
    );
  }
  if (p.zones !== undefined && (!Array.isArray(p.zones) || p.zones.length === 0 || p.zones.some((z) => typeof z !== "string"))) {
    found.push(
      problems.invalidArgument(
        `${path}.zones`,
        "must be a non-empty list of zone names.",
        p.zones,
        '["eu-central-1a", "eu-central-1b"]',
        "list zones of the cluster's region, or leave zones out.",
      ),
    );
  }
  return found;
}

/** Provider-independent checks. */
export function checkClusterArgs(args: KubernetesClusterArgs): Problem[] {
  const found: Problem[] = [...unknownKeys(args, KEYS)];
  if (typeof args.version !== "string" || !VERSION.test(args.version)) {
    found.push(
      problems.invalidArgument(
        "args.version",
        "the Kubernetes version is a minor version written 1.N.",
        args.version,
        '"1.33", "1.34", ...',
        'set version, e.g. version: "1.34" (the provider picks the patch level).',
      ),
    );
  }
  found.push(...checkNetworkArg(args.network, "a KubernetesCluster needs the Network its nodes join."));
  if (!Array.isArray(args.nodePools) || args.nodePools.length === 0) {
    found.push(
      problems.invalidArgument(
        "args.nodePools",
        "a cluster needs at least one node pool.",
        args.nodePools,
        "[{ name, size, min, max }]",
        'add a pool, e.g. [{ name: "workers", size: "SCS-4V-16", min: 1, max: 3 }].',
      ),
    );
  } else {
    args.nodePools.forEach((p, i) => found.push(...checkPool(p, i)));
    const seen = new Map<string, number>();
    args.nodePools.forEach((p, i) => {
      const n = (p as Partial<NodePoolArgs> | null)?.name;
      if (typeof n !== "string") return;
      const first = seen.get(n);
      if (first !== undefined)
        found.push(
          problems.conflictingArguments(
            `args.nodePools[${i}].name`,
            `this pool has the same name as args.nodePools[${first}].`,
            n,
            "give every pool its own name.",
          ),
        );
      else seen.set(n, i);
    });
  }
  found.push(...optionalBoolean("args.privateApi", args.privateApi));
  if (args.apiAllowedFrom !== undefined && !Array.isArray(args.apiAllowedFrom)) {
    found.push(notAList("args.apiAllowedFrom", args.apiAllowedFrom, "CIDRs", '["203.0.113.0/24"]', "wrap the CIDR in a list."));
  } else {
    found.push(
      ...sourceCidrs("args.apiAllowedFrom", args.apiAllowedFrom ?? [], "the Kubernetes API", "an IPv4 or IPv6 CIDR such as 203.0.113.0/24"),
    );
  }
  if (args.privateApi === true && Array.isArray(args.apiAllowedFrom) && args.apiAllowedFrom.length > 0) {
    found.push(
      problems.conflictingArguments(
        "args.apiAllowedFrom",
        "the API is private, so an allow-list for a public endpoint would not be used.",
        args.apiAllowedFrom,
        "drop apiAllowedFrom, or set privateApi: false.",
      ),
    );
  }
  if (args.privateApi === false && (!Array.isArray(args.apiAllowedFrom) || args.apiAllowedFrom.length === 0)) {
    found.push(
      problems.invalidArgument(
        "args.apiAllowedFrom",
        "a public API endpoint needs the list of CIDRs allowed to reach it (it is never open to everyone).",
        args.apiAllowedFrom,
        '["203.0.113.0/24"] (your office, VPN or CI runners)',
        "list who may reach the API, or set privateApi: true.",
      ),
    );
  }
  found.push(...optionalEnum("args.encryption", args.encryption, ENCRYPTION_MODES));
  found.push(...labelsAndOverrides(args, CLUSTER_DRIVERS));
  return found;
}

/** Whether the driver has a private API endpoint (the default for privateApi). */
export function privateApiByDefault(ctx: ResolvedContext): boolean {
  const level = ctx.driver.capabilities["cluster.privateApi"].level;
  return level === "native" || level === "emulated";
}

/** Checks that need the placement: network, version, sizes and zones exist there. */
export function checkClusterInContext(args: KubernetesClusterArgs, ctx: ResolvedContext): Problem[] {
  const found: Problem[] = [];
  const provider = ctx.placement.provider;
  if (args.network instanceof Network) {
    found.push(...sameNetworkPlace("args.network", "cluster", ctx.placement, args.network.handle, ctx.driver.id));
  }
  const offering = MANAGED_KUBERNETES[provider.id];
  const versions = known(offering.versions);
  if (typeof args.version === "string" && VERSION.test(args.version) && offering.service !== null && !versions?.includes(args.version)) {
    const f = offering.versions;
    const fact = f.confirmed
      ? `${offering.service} versions for new clusters: ${f.value.join(", ")} [source: ${describeSource(f.source as SourceId)}]`
      : `${offering.service} versions: unknown (${f.note})`;
    found.push(problems.kubernetesVersionUnavailable("args.version", offering.service, args.version, versions, fact));
  }
  if (
    args.privateApi === undefined &&
    !privateApiByDefault(ctx) &&
    (!Array.isArray(args.apiAllowedFrom) || args.apiAllowedFrom.length === 0)
  ) {
    found.push(
      problems.invalidArgument(
        "args.apiAllowedFrom",
        `${provider.name} has no confirmed private API endpoint, so the API is public and needs the list of CIDRs allowed to reach it.`,
        args.apiAllowedFrom,
        '["203.0.113.0/24"] (your office, VPN or CI runners)',
        "list who may reach the API in apiAllowedFrom.",
      ),
    );
  }
  const table = INSTANCE_TYPES[provider.id];
  const zones = known(ctx.placement.region.zones);
  (Array.isArray(args.nodePools) ? args.nodePools : []).forEach((pool, i) => {
    const p = pool as Partial<NodePoolArgs> | null;
    const size = parseSize(p?.size, `args.nodePools[${i}].size`).size;
    if (size && (!table || !pickInstanceType(table, size))) {
      const largest = table && largestType(table);
      found.push(
        problems.noMatchingSize(
          `args.nodePools[${i}].size`,
          provider.id,
          describeSize(size),
          largest ? `${largest.name} (${largest.vcpus} vCPU, ${largest.memoryGiB} GiB)` : "nothing (no instance-type table)",
        ),
      );
    }
    if (Array.isArray(p?.zones)) {
      p!.zones.forEach((z, j) => {
        if (typeof z === "string" && !zones?.includes(z)) {
          found.push(
            problems.unknownZone(
              `args.nodePools[${i}].zones[${j}]`,
              `${provider.id}:${ctx.placement.region.code}`,
              z,
              zones,
              zones ? closest(z, zones) : [],
            ),
          );
        }
      });
    }
  });
  return found;
}

/** The driver spec, after every check passed. */
export function clusterSpec(args: KubernetesClusterArgs, ctx: ResolvedContext): KubernetesClusterSpec {
  const table = INSTANCE_TYPES[ctx.placement.provider.id]!;
  const nodePools: NodePoolSpec[] = args.nodePools.map((p, i) => {
    const size = parseSize(p.size, `args.nodePools[${i}].size`).size!;
    const type = pickInstanceType(table, size)!;
    return {
      name: p.name,
      instanceType: type.name,
      vcpus: type.vcpus,
      memoryGiB: type.memoryGiB,
      min: p.min,
      max: p.max,
      ...(p.zones === undefined ? {} : { zones: [...p.zones] }),
    };
  });
  const allowList = args.apiAllowedFrom ?? [];
  const privateApi = args.privateApi ?? (allowList.length > 0 ? false : privateApiByDefault(ctx));
  return {
    version: args.version,
    network: args.network.handle,
    nodePools,
    privateApi,
    apiAllowedFrom: privateApi ? [] : [...allowList],
    encryption: args.encryption ?? ctx.contract.encryption,
    overrides: args.overrides ?? {},
  };
}
