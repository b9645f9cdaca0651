import { defineSources } from "./types";

/** Sources for the managed PostgreSQL part of the catalog (`src/catalog/databases/`). */
export const DATABASE_SOURCES = defineSources({
  "aws-rds-postgresql-calendar": {
    title: "Amazon RDS for PostgreSQL release calendar (major versions in standard support)",
    ref: "https://docs.aws.amazon.com/AmazonRDS/latest/PostgreSQLReleaseNotes/postgresql-release-calendar.html",
    asOf: "2026-12-03",
    kind: "primary",
  },
  "aws-rds-backups": {
    title:
      "Amazon RDS User Guide: automated backups are stored in Amazon S3 in the DB instance's Region; cross-Region automated backup replication is opt-in",
    ref: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html",
    asOf: "2026-12-03",
    kind: "primary",
  },
  "aws-rds-instance-classes": {
    title:
      "Amazon RDS User Guide: DB instance classes (db.t4g burstable, db.m7g general purpose, db.r7g memory optimized; vCPU and memory per class)",
    ref: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html",
    asOf: "2026-12-03",
    kind: "primary",
  },
  "azure-postgresql-versions": {
    title:
      "Azure Database for PostgreSQL: major version upgrades (the flexible server supports PostgreSQL 18, 17, 16, 15, 14, 13, 12, 11); PostgresMajorVersion enum of @pulumi/azure-native 3.28.0",
    ref: "https://learn.microsoft.com/azure/postgresql/configure-maintain/concepts-major-version-upgrade",
    asOf: "2026-12-03",
    kind: "primary",
  },
  "azure-postgresql-backups": {
    title:
      "Azure Database for PostgreSQL flexible server: backups are stored in the server's region (zone-redundant where the region has zones); geo-redundant backup copies them to the paired region",
    ref: "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore",
    asOf: "2026-12-03",
    kind: "primary",
  },
  "azure-postgresql-compute": {
    title:
      "Azure Database for PostgreSQL flexible server: compute options (Burstable B-series, General Purpose Ddsv5, Memory Optimized Edsv5)",
    ref: "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-compute",
    asOf: "2026-12-03",
    kind: "primary",
  },
  "gcp-cloudsql-versions": {
    title: "@pulumi/gcp 9.37.0 sql.DatabaseInstance databaseVersion: POSTGRES_9_6 ... POSTGRES_18 (the Cloud SQL Admin API's values)",
    ref: "node_modules/@pulumi/gcp/sql/databaseInstance.d.ts (databaseVersion)",
    asOf: "2026-12-03",
    kind: "primary",
  },
  "gcp-cloudsql-backups": {
    title:
      "Cloud SQL for PostgreSQL: backups are stored in the multi-region closest to the instance unless a custom backup location (a region) is set",
    ref: "https://cloud.google.com/sql/docs/postgres/backup-recovery/backups#custom-locations",
    asOf: "2026-12-03",
    kind: "primary",
  },
  "gcp-cloudsql-custom-tiers": {
    title:
      "Cloud SQL machine types: custom tiers db-custom-<vCPUs>-<memory MiB>, 1 or an even number of vCPUs up to 96, 0.9 to 6.5 GiB per vCPU",
    ref: "https://cloud.google.com/sql/docs/postgres/instance-settings#machine-type-2ndgen",
    asOf: "2026-12-03",
    kind: "primary",
  },
  "scaleway-rdb-backups": {
    title:
      "Scaleway Managed Database for PostgreSQL and MySQL API, Backups: a backup is stored on an offsite backend located in a different region than the database, by default (backup_same_region keeps it in the region)",
    ref: "https://www.scaleway.com/en/developers/api/managed-database-postgre-mysql/backups",
    asOf: "2026-12-03",
    kind: "primary",
  },
  "scaleway-rdb-engines": {
    title:
      "@pulumiverse/scaleway 1.54.0 databases.Instance: engine names PostgreSQL-14, PostgreSQL-15, PostgreSQL-16 (documented examples of the provider)",
    ref: "node_modules/@pulumiverse/scaleway/databases/instance.d.ts",
    asOf: "2026-12-03",
    kind: "secondary",
  },
  "ovh-databases-backups": {
    title:
      "OVHcloud Public Cloud Databases - Automated Backups: PostgreSQL backups on-site and off-site; default off-site location per region (GRA->SBG, SBG->GRA, DE->GRA, UK->GRA, WAW->GRA); backups.regions may be set to the service region only",
    ref: "ovh/docs pages/public_cloud/public_cloud_databases/databases_05_automated_backups/guide.en-gb.md",
    asOf: "2026-12-03",
    kind: "primary",
  },
  "ovh-databases-provider": {
    title:
      "@ovhcloud/pulumi-ovh 2.19.1 cloudproject.Database: engine postgresql, plans essential/business/enterprise, nodes with networkId/subnetId, backupRegions, ipRestrictions, deletionProtection",
    ref: "node_modules/@ovhcloud/pulumi-ovh/cloudproject/database.d.ts",
    asOf: "2026-12-03",
    kind: "secondary",
  },

  "hcloud-package-resources": {
    title:
      "@pulumi/hcloud 1.41.0 resource list (servers, volumes, networks, firewalls, load balancers, storage boxes, DNS zones; no database resource) and the Hetzner Cloud API reference it wraps",
    ref: "node_modules/@pulumi/hcloud/index.d.ts; https://docs.hetzner.cloud/",
    asOf: "2026-12-03",
    kind: "primary",
  },
});
