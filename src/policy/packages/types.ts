/**
 * A package module: everything the policy engine knows about one Pulumi package (the first part of
 * a type token: `aws`, `azure-native`, `gcp`, `scaleway`, `ovh`, `hcloud`, `openstack`). The
 * locator (`../locator.ts`) keeps only the algorithm; the rules ask the module of a resource's
 * package. One module per file in this folder, registered in `./index.ts` the way
 * src/drivers/registry.ts registers drivers. Modules are data plus small pure readers: no Pulumi
 * SDK import (the pack stays light), types matched by token.
 *
 * Type patterns (`TypeMatch`): an exact token (`aws:s3/bucket:Bucket`), or a prefix ending in `:`
 * or `/` (`aws:iam/`, `azure-native:privatedns:`).
 */
import type { CountryCode, ProviderId } from "../../catalog/types";

export type Props = Readonly<Record<string, unknown>>;
export type TypeMatch = string;

/** A region (and zone) as a resource's or provider's inputs write it. */
export interface Place {
  readonly region?: string;
  readonly zone?: string;
}

/** The resource another one takes its location from. */
export interface ParentSpec {
  readonly type: string;
  /** Input of the child that names the parent (`resourceGroupName`, `bucket`, `serverId`). */
  readonly via: string;
  /** Human name of the parent kind ("resource group"). */
  readonly what: string;
  /**
   * The child always has this parent, even when the input is not visible (Azure: `resourceGroupName`
   * is required; an offline run may not see its value). @default false
   */
  readonly always?: boolean;
}

/** A location the catalog does not list but that is known to be outside Europe (so a definite answer, not "cannot tell"). */
export interface KnownOutside {
  /** ISO 3166-1 alpha-2 countries the location stores data in. */
  readonly countries: readonly CountryCode[];
  /** What it is, for messages ("Cloud Storage multi-region US"). */
  readonly what: string;
  /** Where the fact comes from (URL). */
  readonly source: string;
}

/** A copy of a resource's data in another place (replica, geo-redundant copy, extra write region, backup copy). */
export interface Replica {
  /** What the copy is, for messages ("a Cosmos DB account location"). */
  readonly what: string;
  /** The copy's region as written; absent when it cannot be read. */
  readonly region?: string;
  /** Why the region cannot be read (set when `region` is absent and the copy is not `paired`). */
  readonly unreadable?: string;
  /** The copy is in the source region's paired region (Azure geo-redundancy), from the catalog. */
  readonly paired?: boolean;
  /** The copy is in another region of the same provider that the provider chooses (Scaleway RDB backups). */
  readonly otherRegion?: boolean;
  /**
   * The copy's region follows from the source's region (catalog code), when the provider picks it
   * by a documented rule (Cloud SQL backups without a location: the nearest multi-region).
   * Returns undefined when the rule does not say; then `unreadable` explains.
   */
  readonly regionFrom?: (sourceRegion: string) => string | undefined;
}

/** A service that receives, caches or terminates data at edge locations worldwide. */
export interface GlobalService {
  readonly type: string;
  /** What it is, for messages. */
  readonly what: string;
  readonly why: string;
  /** Only when this holds (e.g. a backend service with Cloud CDN enabled). @default always */
  readonly when?: (props: Props) => boolean;
}

/** Encrypted at rest, with a customer-managed key: yes, no, or cannot tell. */
export type Level = "yes" | "no" | "unknown";

/** What one piece of storage looks like for encryption-at-rest. */
export interface EncryptionJudgement {
  readonly what: string;
  readonly atRest: Level;
  readonly atRestWhy?: string;
  readonly cmk: Level;
  readonly cmkWhy?: string;
}

/**
 * How a simple data store's encryption is read from its own inputs (types that need the rest of
 * the stack, like S3 companions or EBS region defaults, are judged in the rule itself). May throw
 * the read module's UnknownValue for values not known yet.
 */
export type EncryptionCheck = (props: Props) => EncryptionJudgement[];

/** A finding: a violation message, or a "cannot tell" with what could not be read. */
export type Finding = string | { readonly message: string; readonly unreadable: string };

/** Public exposure read from one resource's inputs (may throw UnknownValue). */
export type ExposureCheck = (props: Props) => Finding[];

/** The rules whose remediation a package can specialise. */
export type RuleName =
  | "data-location"
  | "inherited-location"
  | "provider-control"
  | "replication"
  | "global-services"
  | "encryption-at-rest"
  | "no-public-access"
  | "tls-only"
  | "instance-metadata"
  | "admin-ports"
  | "no-force-destroy";

export interface PackageModule {
  /** The Pulumi package (`aws`, `azure-native`, ...). */
  readonly name: string;
  /**
   * Older type tokens the SDK still ships for the same resource, with the same inputs, mapped to
   * the current token (`scaleway:index/databaseInstance:DatabaseInstance` ->
   * `scaleway:databases/instance:Instance`). Every table and reader below is keyed on current
   * tokens only: the engine asks them with `currentType(type)` (./index.ts), so a program that uses
   * the older classes is judged exactly as one that uses the current ones.
   */
  readonly legacyTypes?: Readonly<Record<string, string>>;
  /** The catalog provider its resources are in; `openstack`: decided per provider by its auth URL. */
  readonly provider: ProviderId | "openstack";
  /** How to give a resource of this package a location, for messages. */
  readonly configHint: string;
  /** Global objects: no location and no customer data (IAM, DNS, private DNS zones, service accounts), with the reason. */
  readonly global: readonly (readonly [TypeMatch, string])[];
  /** Global by a rule rather than a type (GCP IAM bindings of any service; Azure `location: "global"` on a global-capable type). */
  readonly globalWhen?: (type: string, props: Props) => string | undefined;
  /** Types that hold customer data (stores, queues, disks, secrets, logs...). */
  readonly dataBearing: readonly TypeMatch[];
  /** Child types and the parent they take their location from when they name none themselves. */
  readonly parents: readonly (readonly [TypeMatch, ParentSpec])[];
  /** Where the resource's own inputs put it. May throw the SDK's UnknownValueError for a computed region input. */
  own(type: string, props: Props): Place;
  /** Where the provider's inputs put its resources (`{}` for providers that take no location). */
  fromProvider(providerProps: Props): Place;
  /** Whether a type takes its provider's location (Azure: only a resource group). @default every type */
  readonly takesProviderLocation?: (type: string) => boolean;
  /** Why a type without a location of its own is not where its provider is (e.g. a Pub/Sub topic without a storage policy). */
  readonly noLocationWhy?: (type: string) => string | undefined;
  /** A component resource of this package (the SDK's helpers, a team's `ComponentResource`): judged through its children. */
  isComponent(type: string): boolean;
  /** A location outside the catalog known to be outside Europe. */
  readonly knownOutside?: (written: string) => KnownOutside | undefined;
  /** Copies of the data elsewhere, by type (read from the resource's own inputs). */
  readonly replicas?: Readonly<Record<string, (props: Props) => Replica[]>>;
  /** Services that carry data to edge locations worldwide. */
  readonly globalServices?: readonly GlobalService[];
  /** Types that are parts of a global service (judged through it, not located on their own). */
  readonly globalServiceParts?: readonly TypeMatch[];
  /** Encryption at rest of simple data stores, by type. */
  readonly encryption?: Readonly<Record<string, EncryptionCheck>>;
  /** Public exposure of endpoints and resource policies, by type. */
  readonly exposure?: Readonly<Record<string, ExposureCheck>>;
  /** Outputs a real provider would compute, for the offline engine's mocks (absent: none). */
  readonly mockOutputs?: (type: string, name: string, inputs: Record<string, any>) => Record<string, unknown> | undefined;
  /** Answers to invokes, for the offline engine's mocks (absent: the inputs are echoed). */
  readonly invokeResult?: (token: string, inputs: Record<string, any>) => Record<string, unknown> | undefined;
  /** Remediation for this package's resources, per rule (what applies to this cloud only). */
  readonly remediation: Partial<Record<RuleName, string>>;
}

/** True when `type` matches the pattern (exact, or a prefix ending in `:` or `/`). */
export function matches(pattern: TypeMatch, type: string): boolean {
  return pattern.endsWith(":") || pattern.endsWith("/") ? type.startsWith(pattern) : type === pattern;
}

/** The first entry whose pattern matches `type`. */
export function lookup<T>(entries: readonly (readonly [TypeMatch, T])[], type: string): T | undefined {
  return entries.find(([p]) => matches(p, type))?.[1];
}

/**
 * Bridged (Terraform-based) packages name custom resources `pkg:module/member:Type`; a token
 * without the `/` (`aws:cloudwatch:EventRuleEventSubscription`, `aws:lambda:CallbackFunction`'s
 * helpers, a team's `aws:x:Thing`) is a component resource.
 */
export function bridgedComponent(type: string): boolean {
  const parts = type.split(":");
  return parts.length === 3 && !parts[1]!.includes("/");
}
