/**
 * Managed PostgreSQL per provider: whether the driver's SDK can create one, which major versions,
 * which instance classes (portable sizes resolve to the smallest that meets them, as for VMs), and
 * where automated backups are stored by default. Each fact carries its source (see
 * `sources/databases.ts`); an unconfirmed one never makes a database pass.
 */
import { awsSize, perVcpu } from "../sizes/rows";
import { fact, unconfirmed, type Fact, type InstanceType, type InstanceTypeTable, type ProviderId, type RegionFacts } from "../types";

/** Where a provider puts a database's automated backups when nothing is configured. */
export interface BackupDefault {
  /** Regions (catalog codes, same provider) that receive a copy besides the database's own region; empty = in the region only. */
  readonly copiesTo: readonly string[];
  /** Free text for humans. */
  readonly note?: string;
}

export interface DatabaseOffering {
  readonly provider: ProviderId;
  /** A managed PostgreSQL the driver can create through the provider's Pulumi package. */
  readonly offered: Fact<boolean>;
  /** What to do instead when `offered` is not confirmed true. */
  readonly instead?: string;
  /** PostgreSQL major versions that can be created. */
  readonly versions: Fact<readonly number[]>;
  /** Instance classes; absent when the provider builds the class from the numbers (Cloud SQL custom tiers). */
  readonly classes?: InstanceTypeTable;
  /** Default backup location for a region (`null` fact value = not known for that region). */
  readonly backupDefault: (region: RegionFacts) => Fact<BackupDefault>;
}

const rows = (kind: "shared" | "dedicated", list: readonly (readonly [string, number, number])[]): InstanceType[] =>
  list.map(([name, vcpus, memoryGiB]) => ({ name, vcpus, memoryGiB, sharedCore: kind === "shared" }));

const IN_REGION: BackupDefault = { copiesTo: [] };

const AWS: DatabaseOffering = {
  provider: "aws",
  offered: fact(true, "aws-rds-postgresql-calendar"),
  versions: fact([14, 15, 16, 17], "aws-rds-postgresql-calendar", "majors in RDS standard support; 13 left standard support in 2026"),
  classes: {
    provider: "aws",
    source: "aws-rds-instance-classes",
    types: [
      ...rows("shared", [
        ["db.t4g.micro", 2, 1],
        ["db.t4g.small", 2, 2],
        ["db.t4g.medium", 2, 4],
        ["db.t4g.large", 2, 8],
        ["db.t4g.xlarge", 4, 16],
        ["db.t4g.2xlarge", 8, 32],
      ]),
      // general purpose, 4 GiB per vCPU; memory optimized, 8 GiB per vCPU
      ...perVcpu(false, 4, [2, 4, 8, 16, 32, 48, 64], (v) => `db.m7g.${awsSize(v)}`),
      ...perVcpu(false, 8, [2, 4, 8, 16, 32, 64], (v) => `db.r7g.${awsSize(v)}`),
    ],
  },
  backupDefault: () =>
    fact(
      IN_REGION,
      "aws-rds-backups",
      "automated backups and snapshots stay in the instance's Region; cross-Region backup replication is opt-in",
    ),
};

const AZURE: DatabaseOffering = {
  provider: "azure",
  offered: fact(true, "azure-postgresql-versions"),
  versions: fact(
    [14, 15, 16, 17, 18],
    "azure-postgresql-versions",
    "11-13 are past Azure standard support and not offered for new servers here",
  ),
  classes: {
    provider: "azure",
    source: "azure-postgresql-compute",
    types: [
      ...rows("shared", [
        ["Standard_B1ms", 1, 2],
        ["Standard_B2s", 2, 4],
        ["Standard_B2ms", 2, 8],
        ["Standard_B4ms", 4, 16],
        ["Standard_B8ms", 8, 32],
      ]),
      // general purpose (Ddsv5), 4 GiB per vCPU; memory optimized (Edsv5), 8 GiB per vCPU
      ...perVcpu(false, 4, [2, 4, 8, 16, 32, 48, 64], (v) => `Standard_D${v}ds_v5`),
      ...perVcpu(false, 8, [2, 4, 8, 16, 32, 64], (v) => `Standard_E${v}ds_v5`),
    ],
  },
  backupDefault: () =>
    fact(
      IN_REGION,
      "azure-postgresql-backups",
      "locally redundant or zone-redundant in the region; geo-redundant backup (to the paired region) is opt-in at creation",
    ),
};

const GCP: DatabaseOffering = {
  provider: "gcp",
  offered: fact(true, "gcp-cloudsql-versions"),
  versions: fact([14, 15, 16, 17, 18], "gcp-cloudsql-versions"),
  backupDefault: () =>
    fact(
      { copiesTo: ["eu"], note: "the multi-region closest to the instance (EU for European regions)" },
      "gcp-cloudsql-backups",
      "the driver always pins the backup location to the instance's region",
    ),
};

/** Scaleway node types: DB-DEV run on the DEV1 instance family (sizes as in the VM table), DB-GP on dedicated cores. */
const SCALEWAY: DatabaseOffering = {
  provider: "scaleway",
  offered: fact(true, "scaleway-rdb-backups"),
  versions: fact([14, 15, 16], "scaleway-rdb-engines", "engine names PostgreSQL-<major>"),
  classes: {
    provider: "scaleway",
    source: "scaleway-rdb-engines",
    types: [
      ...rows("shared", [
        ["DB-DEV-S", 2, 2],
        ["DB-DEV-M", 3, 4],
        ["DB-DEV-L", 4, 8],
        ["DB-DEV-XL", 4, 12],
      ]),
      ...rows("dedicated", [
        ["DB-GP-XS", 4, 16],
        ["DB-GP-S", 8, 32],
        ["DB-GP-M", 16, 64],
        ["DB-GP-L", 32, 128],
        ["DB-GP-XL", 48, 256],
      ]),
    ],
  },
  // The API says "a different region" without naming it: the copy's place is not a confirmed fact.
  backupDefault: () =>
    unconfirmed<BackupDefault>(
      "backups go to an offsite backend in a different region by default, which the API documentation does not name; the driver sets backupSameRegion",
      undefined,
      "scaleway-rdb-backups",
    ),
};

/** OVHcloud's off-site default per database region (catalog codes). */
const OVH_OFFSITE: Readonly<Record<string, string>> = { gra: "sbg", sbg: "gra", de: "gra", uk: "gra", waw: "gra", rbx: "gra", bhs: "sbg" };

const OVHCLOUD: DatabaseOffering = {
  provider: "ovhcloud",
  offered: fact(true, "ovh-databases-provider"),
  versions: fact(
    [14, 15, 16, 17],
    "ovh-databases-provider",
    "TO CONFIRM: the source read shows major 14 only (the provider's example); 15-17 are taken as offered without a source read here (GET /cloud/project/{serviceName}/database/capabilities lists them)",
  ),
  classes: {
    provider: "ovhcloud",
    source: "ovh-databases-provider",
    types: rows("dedicated", [
      ["db1-4", 1, 4],
      ["db1-7", 2, 7],
      ["db1-15", 4, 15],
      ["db1-30", 8, 30],
      ["db1-60", 16, 60],
      ["db1-120", 32, 120],
    ]),
  },
  backupDefault: (r) => {
    const other = OVH_OFFSITE[r.code];
    return other === undefined
      ? unconfirmed<BackupDefault>(`the off-site backup region of ${r.code} is not in the backup table`, undefined, "ovh-databases-backups")
      : fact({ copiesTo: [other], note: `on-site in ${r.code} and off-site in ${other}` }, "ovh-databases-backups");
  },
};

const HETZNER: DatabaseOffering = {
  provider: "hetzner",
  offered: fact(
    false,
    "hcloud-package-resources",
    "Hetzner Cloud has servers, volumes, networks, load balancers and object storage; no managed database service",
  ),
  instead:
    "run PostgreSQL yourself on a VirtualMachine in the Network (with a Volume for data and your own backups), or place the Database on another provider the contract allows",
  versions: unconfirmed("no managed database"),
  backupDefault: () => unconfirmed("no managed database"),
};

/** OpenStack clouds: a database only through Trove (the OpenStack SDK's `database` API), where the cloud runs it. */
function openstackCloud(provider: ProviderId, note: string): DatabaseOffering {
  return {
    provider,
    offered: unconfirmed(note),
    instead:
      "run PostgreSQL on a VirtualMachine in the Network, or place the Database on a provider with a managed PostgreSQL that the contract allows",
    versions: unconfirmed("no confirmed Trove datastore versions"),
    backupDefault: () => unconfirmed("Trove backups go to the cloud's object storage; not confirmed per cloud"),
  };
}

export const DATABASE_OFFERINGS: Readonly<Partial<Record<ProviderId, DatabaseOffering>>> = {
  aws: AWS,
  azure: AZURE,
  gcp: GCP,
  scaleway: SCALEWAY,
  ovhcloud: OVHCLOUD,
  hetzner: HETZNER,
  otc: openstackCloud(
    "otc",
    "OTC's Relational Database Service has its own API (driven by the opentelekomcloud provider), not Trove; no source says OTC runs Trove",
  ),
  cleura: openstackCloud("cleura", "no Cleura source read confirms a Trove (OpenStack Database) endpoint"),
  "pluscloud-open": openstackCloud("pluscloud-open", "no pluscloud open source read confirms a Trove (OpenStack Database) endpoint"),
};

/** The offering of a provider, or an "unknown" one for a provider without an entry. */
export function databaseOffering(provider: ProviderId): DatabaseOffering {
  return DATABASE_OFFERINGS[provider] ?? openstackCloud(provider, "the catalog has no database entry for this provider");
}

/**
 * Cloud SQL custom tier for a size (`gcp-cloudsql-custom-tiers`): 1 or an even number of vCPUs up
 * to 96, memory a multiple of 256 MiB between 0.9 and 6.5 GiB per vCPU (3.75 GiB minimum).
 */
export function cloudSqlTier(vcpus: number, memoryGiB: number): { name: string; vcpus: number; memoryGiB: number } | undefined {
  let v = vcpus <= 1 ? 1 : vcpus % 2 === 0 ? vcpus : vcpus + 1;
  while (v <= 96 && memoryGiB > 6.5 * v) v = v === 1 ? 2 : v + 2;
  if (v > 96) return undefined;
  const mib = Math.ceil((Math.max(memoryGiB, 0.9 * v, 3.75) * 1024) / 256) * 256;
  return { name: `db-custom-${v}-${mib}`, vcpus: v, memoryGiB: mib / 1024 };
}
