/**
 * Shapes of the catalog: sourced facts about countries, providers, regions, sizes and images.
 *
 * Every fact carries the id of the source it came from (see `sources.ts`, where each source has a
 * title, an address and an as-of date). A fact we could not confirm is an {@link Unconfirmed}: it
 * may carry the claimed value for humans to read, but code must treat it as unknown and it can
 * never make a placement pass.
 *
 * This module is data only: nothing in `src/catalog/` imports Pulumi.
 */
import type { SourceId } from "./sources/index";

/** ISO 3166-1 alpha-2 country code, upper case (e.g. `DE`). */
export type CountryCode = string;

/** A fact confirmed by a source. */
export interface Confirmed<T> {
  readonly confirmed: true;
  readonly value: T;
  readonly source: SourceId;
  /** Free text for humans: scope, caveats, where exactly in the source. */
  readonly note?: string;
}

/** A fact we could not confirm. Treated as unknown everywhere; `claimed` is for display only. */
export interface Unconfirmed<T> {
  readonly confirmed: false;
  readonly claimed?: T;
  readonly source?: SourceId;
  /** Why it is unconfirmed (what would confirm it). */
  readonly note: string;
}

export type Fact<T> = Confirmed<T> | Unconfirmed<T>;

/** Build a confirmed fact. */
export function fact<T>(value: T, source: SourceId, note?: string): Confirmed<T> {
  return note === undefined ? { confirmed: true, value, source } : { confirmed: true, value, source, note };
}

/** Build an unconfirmed fact. `claimed` is what a weak source or memory says; it never counts. */
export function unconfirmed<T>(note: string, claimed?: T, source?: SourceId): Unconfirmed<T> {
  return {
    confirmed: false,
    note,
    ...(claimed === undefined ? {} : { claimed }),
    ...(source === undefined ? {} : { source }),
  };
}

/** The value of a fact when confirmed, else `undefined` (unknown). */
export function known<T>(f: Fact<T> | undefined): T | undefined {
  return f?.confirmed ? f.value : undefined;
}

/** The portable services a region can host. */
export type PortableService = "bucket" | "network" | "virtualMachine" | "kubernetesCluster";
/**
 * Services a region lists in `services`. A Kubernetes cluster is judged from the managed-Kubernetes
 * facts instead (`kubernetes.ts`, `offersService`), so regions do not list it.
 */
export const PORTABLE_SERVICES: readonly PortableService[] = ["bucket", "network", "virtualMachine"];

/**
 * The code each provider (and each OpenStack cloud) is known by in targets (`<provider>:<region>`).
 * OpenStack clouds are separate providers because each has its own operator (legal entity), which is
 * what the `providerControl` clause judges; they all share the `openstack` driver.
 */
export type ProviderId = "aws" | "azure" | "gcp" | "scaleway" | "ovhcloud" | "hetzner" | "otc" | "cleura" | "pluscloud-open";

/** The driver folders under `src/drivers/`. */
export const DRIVER_IDS = ["aws", "azure", "gcp", "scaleway", "ovhcloud", "hetzner", "openstack"] as const;
export type DriverId = (typeof DRIVER_IDS)[number];

/** Certification or attestation scheme ids used by contracts and catalog entries. */
export type CertificationId =
  "iso-27001" | "iso-27017" | "iso-27018" | "iso-27701" | "bsi-c5" | "secnumcloud" | "hds" | "gaia-x-l1" | "gaia-x-l2" | "gaia-x-l3";

/**
 * A company registration number, by the Gaia-X 25.11 class it maps to: `local` (`gx:LocalRegistrationNumber`,
 * the number in the national trade register), `vatID` (`gx:VatID`), `lei` (`gx:LeiCode`), `eori`
 * (`gx:EORI`) or `euid` (`gx:EUID`).
 */
export interface RegistrationNumber {
  readonly kind: "local" | "vatID" | "lei" | "eori" | "euid";
  /** The number as the register writes it, without the register's name (`433115904`, `HRB 6089`). */
  readonly value: string;
  /** The register that issued it, for humans (`RCS Paris`, `Amtsgericht Ansbach`). */
  readonly register?: string;
}

/** A legal person that operates a cloud (Gaia-X `gx:LegalPerson`). */
export interface LegalEntity {
  readonly id: string;
  /** Registered legal name. */
  readonly name: Fact<string>;
  /** Country of the registered head office / headquarters (`gx:headquartersAddress`). */
  readonly headquarters: Fact<CountryCode>;
  /** Ultimate parent, if any, as a name for humans (e.g. "Amazon.com, Inc."). */
  readonly parent?: Fact<string>;
  /**
   * Whether control sits inside the EU/EEA in the sense of Gaia-X Label 3 (P5.1.4 head office and
   * main establishment in the EU/EEA, P5.1.5 no control by shareholders outside the EU/EEA).
   */
  readonly euControlled: Fact<boolean>;
  /**
   * Registration numbers (`gx:registrationNumber`), each sourced; absent when none was found.
   * Gaia-X expects these to be checked by a registration-number notary; the catalog only restates a source.
   */
  readonly registrationNumbers?: readonly Fact<RegistrationNumber>[];
}

export interface ProviderFacts {
  readonly id: ProviderId;
  /** Human name ("Amazon Web Services"). */
  readonly name: string;
  readonly driver: DriverId;
  /**
   * Other drivers that can deploy to this provider, chosen with the target's `driver` field
   * (OVHcloud Public Cloud is OpenStack, so the `openstack` driver works there too).
   */
  readonly alternativeDrivers?: readonly DriverId[];
  /** The legal entity that operates the provider's regions unless a region names another. */
  readonly operator: LegalEntity;
  /** npm package of the Pulumi provider the driver uses. */
  readonly pulumiPackage: string;
  /** Certifications held across the provider (region entries may add more). */
  readonly certifications: readonly CertificationFact[];
  /**
   * Whether the provider offers customer-managed encryption keys (a KMS the customer controls) for
   * object storage and VM disks. Unknown or false fails a contract with `encryption: customer-managed`.
   */
  readonly customerManagedKeys: Fact<boolean>;
}

export interface CertificationFact {
  readonly id: CertificationId;
  readonly fact: Fact<true>;
}

export type RegionKind = "region" | "multi-region" | "dual-region";

/**
 * - `ga`: generally available.
 * - `restricted`: exists but access only on request (Azure DR-type regions).
 * - `announced`: announced or "coming soon"; not a place to deploy.
 */
export type RegionStatus = "ga" | "restricted" | "announced";

export interface RegionFacts {
  readonly provider: ProviderId;
  /** The code the provider's API takes (`eu-central-1`, `westeurope`, `fr-par`, `EU`). */
  readonly code: string;
  /** Provider's display name ("Europe (Frankfurt)"). */
  readonly displayName: string;
  readonly kind: RegionKind;
  readonly city: Fact<string>;
  /** For multi/dual regions: the country when all members share one, else unknown with a note. */
  readonly country: Fact<CountryCode>;
  readonly status: Fact<RegionStatus>;
  /** Member region codes (multi- and dual-regions only); each must be a catalog region of the same provider. */
  readonly members?: readonly string[];
  /** Zone codes the region offers (may be empty when not known). */
  readonly zones: Fact<readonly string[]>;
  /** Portable services available there (confirmed by the region's sources). */
  readonly services: readonly PortableService[];
  /**
   * Portable services no source confirms or rules out there (a new region whose product pages do not
   * list it yet). Each is an unknown: a component asking for one is refused (`SC_SERVICE_UNCONFIRMED`),
   * like a service that is not offered, and `open-facts` lists it. Never overlaps `services`.
   */
  readonly unconfirmedServices?: Readonly<Partial<Record<PortableService, Unconfirmed<true>>>>;
  /** Where geo-redundant replication goes (Azure region pair), if the provider defines one. */
  readonly pairedRegion?: Fact<string | null>;
  /**
   * Codes the provider's API takes for one service when they differ from `code` (e.g. OVHcloud
   * compute `GRA11` vs object storage `gra`).
   */
  readonly apiCodes?: Readonly<Partial<Record<PortableService, string>>>;
  /** Partition or sovereign cloud the region belongs to (`aws`, `aws-eusc`). */
  readonly partition?: string;
  /** Legal entity that operates this region when it differs from the provider's operator. */
  readonly operator?: LegalEntity;
  readonly certifications?: readonly CertificationFact[];
  /** Free text for humans. */
  readonly notes?: string;
}

/** A portable VM size: vCPUs and memory, plus the SCS flavor name when it came from one. */
export interface PortableSize {
  readonly vcpus: number;
  readonly memoryGiB: number;
  /** SCS CPU class: `L` crowded, `V` shared, `T` dedicated thread, `C` dedicated core. */
  readonly cpuClass?: "L" | "V" | "T" | "C";
  /** Root disk from the flavor name, in GB, if the flavor states one. */
  readonly diskGB?: number;
  readonly scsName?: string;
}

/** One row of a provider's instance-type table. */
export interface InstanceType {
  readonly name: string;
  readonly vcpus: number;
  readonly memoryGiB: number;
  /** True when the type is burstable / shared-core (fits SCS `V`/`L` but not `T`/`C`). */
  readonly sharedCore: boolean;
  /** Hourly price rank within the table is not known; the table order decides ties (cheapest family first). */
}

export interface InstanceTypeTable {
  readonly provider: ProviderId;
  readonly source: SourceId;
  /** Ordered by preference: the first type that fits wins among equally small ones. */
  readonly types: readonly InstanceType[];
}

/** Portable image names. */
export type PortableImage = "debian-12" | "ubuntu-24.04";
export const PORTABLE_IMAGES: readonly PortableImage[] = ["debian-12", "ubuntu-24.04"];
