/**
 * Issue 13, "Done when": the placement table of a Database is judged right "at construction and by
 * the policy rules on the same resources written by hand". The construction half is
 * test/components/database-placements.test.ts. This file is the policy half: hand-written
 * programs per provider that use the raw managed-PostgreSQL resources (no sovereign-cloud
 * component), run through the offline engine exactly as `sovereign-cloud plan` does, and judged by
 * the pack's rules: where an RDS instance / automated-backups replication, an Azure flexible
 * server (geoRedundantBackup), a Cloud SQL instance (backupConfiguration.location, default
 * multi-region), a Scaleway RDB instance (backupSameRegion, default another region) and an
 * OVHcloud database (backupRegions, default off-site) store data and copies; whether they are
 * public, encrypted and TLS-only. The expectations are the contract facts, written by hand. Each
 * "leak" program differs from its "ok" sibling in exactly one property.
 */
import * as aws from "@pulumi/aws";
import * as azure from "@pulumi/azure-native";
import * as gcp from "@pulumi/gcp";
import * as ovh from "@ovhcloud/pulumi-ovh";
import * as scaleway from "@pulumiverse/scaleway";
import { describe, expect, it } from "vitest";
import { planInline } from "../helpers/offline-plan";

/** The findings of `program` planned with `config`: `policy resource-name`, mandatory and advisory apart. */
async function plan(config: Record<string, unknown>, program: () => void) {
  const report = await planInline("raw-db", config, program);
  /** `policy resource-name` of every mandatory finding. */
  const mandatory = report.diagnostics
    .filter((d) => d.enforcementLevel === "mandatory")
    .map((d) => `${d.policyName} ${(d.urn ?? "").split("::").pop()}`);
  const advisory = report.diagnostics
    .filter((d) => d.enforcementLevel !== "mandatory")
    .map((d) => `${d.policyName} ${(d.urn ?? "").split("::").pop()}`);
  return { mandatory, advisory };
}

const EU = { "sovereign-cloud:residency": "eu" }; // replication: same-region
const WITHIN = { "sovereign-cloud:residency": { preset: "eu", replication: "within-contract" } };

// ---------- AWS: RDS for PostgreSQL ----------
const AWS = { "aws:region": "eu-central-1" };
function rds(over: Partial<aws.rds.InstanceArgs> = {}): aws.rds.Instance {
  const params = new aws.rds.ParameterGroup("pg", { family: "postgres16", parameters: [{ name: "rds.force_ssl", value: "1" }] });
  return new aws.rds.Instance(
    "db",
    {
      engine: "postgres",
      engineVersion: "16",
      instanceClass: "db.t4g.medium",
      allocatedStorage: 20,
      storageEncrypted: true,
      publiclyAccessible: false,
      parameterGroupName: params.name,
      backupRetentionPeriod: 7,
      deletionProtection: true,
      skipFinalSnapshot: false,
      finalSnapshotIdentifier: "db-final",
      username: "sovereign",
      manageMasterUserPassword: true,
      ...over,
    },
    { retainOnDelete: true },
  );
}

describe("raw RDS judged by the pack", () => {
  it("ok: encrypted, private, TLS forced, backups in the Region", async () => {
    expect((await plan({ ...AWS, ...EU }, () => rds())).mandatory).toEqual([]);
  });
  it("leak: a read replica in us-east-1 (data-location)", async () => {
    const r = await plan({ ...AWS, ...WITHIN }, () => {
      const db = rds();
      new aws.rds.Instance("replica", {
        region: "us-east-1",
        replicateSourceDb: db.arn,
        instanceClass: "db.t4g.medium",
        storageEncrypted: true,
        kmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/x",
      });
    });
    expect(r.mandatory).toContain("data-location replica");
  });
  it("leak: automated backups replicated to eu-west-1 under a same-region contract (replication)", async () => {
    const r = await plan({ ...AWS, ...EU }, () => {
      const db = rds();
      new aws.rds.InstanceAutomatedBackupsReplication("copy", { region: "eu-west-1", sourceDbInstanceArn: db.arn, retentionPeriod: 7 });
    });
    expect(r.mandatory).toContain("replication copy");
  });
  it("leak: publicly accessible (no-public-access)", async () => {
    expect((await plan({ ...AWS, ...EU }, () => rds({ publiclyAccessible: true }))).mandatory).toContain("no-public-access db");
  });
  it("leak: storage not encrypted (encryption-at-rest)", async () => {
    expect((await plan({ ...AWS, ...EU }, () => rds({ storageEncrypted: false }))).mandatory).toContain("encryption-at-rest db");
  });
  // Test fixed: the pending version used `default.postgres16`, but the default parameter group has
  // rds.force_ssl = 1 from PostgreSQL 15 on (AWS RDS user guide, "Requiring an SSL connection to a
  // PostgreSQL DB instance"), so that instance does refuse plain connections. PostgreSQL 14's does not.
  it("leak: no parameter group forcing TLS on PostgreSQL 14 (tls-only)", async () => {
    const r = await plan({ ...AWS, ...EU }, () => rds({ engineVersion: "14", parameterGroupName: "default.postgres14" }));
    expect([...r.mandatory, ...r.advisory]).toContain("tls-only db");
  });
  it("ok: the default parameter group of PostgreSQL 16 forces TLS (no tls-only finding)", async () => {
    const r = await plan({ ...AWS, ...EU }, () => rds({ parameterGroupName: "default.postgres16" }));
    expect([...r.mandatory, ...r.advisory]).not.toContain("tls-only db");
  });
  it("leak: a parameter group that sets rds.force_ssl 0 (tls-only)", async () => {
    const r = await plan({ ...AWS, ...EU }, () => {
      const off = new aws.rds.ParameterGroup("pg-off", { family: "postgres16", parameters: [{ name: "rds.force_ssl", value: "0" }] });
      rds({ parameterGroupName: off.name });
    });
    expect([...r.mandatory, ...r.advisory]).toContain("tls-only db");
  });
  it("leak: a read replica in eu-west-1 under a same-region contract (replication)", async () => {
    const r = await plan({ ...AWS, ...EU }, () => {
      const db = rds();
      new aws.rds.Instance("replica", {
        region: "eu-west-1",
        replicateSourceDb: db.arn,
        instanceClass: "db.t4g.medium",
        storageEncrypted: true,
        kmsKeyId: "arn:aws:kms:eu-west-1:123456789012:key/x",
      });
    });
    expect(r.mandatory).toContain("replication replica");
    expect(r.mandatory).not.toContain("data-location replica");
  });
  it("ok: a read replica in eu-west-1 under a within-contract EU contract", async () => {
    const r = await plan({ ...AWS, ...WITHIN }, () => {
      const db = rds();
      new aws.rds.Instance("replica", {
        region: "eu-west-1",
        replicateSourceDb: db.arn,
        instanceClass: "db.t4g.medium",
        storageEncrypted: true,
        kmsKeyId: "arn:aws:kms:eu-west-1:123456789012:key/x",
      });
    });
    expect(r.mandatory).toEqual([]);
  });
  it("ok: automated backups replicated to eu-west-1 under a within-contract EU contract", async () => {
    const r = await plan({ ...AWS, ...WITHIN }, () => {
      const db = rds();
      new aws.rds.InstanceAutomatedBackupsReplication("copy", { region: "eu-west-1", sourceDbInstanceArn: db.arn, retentionPeriod: 7 });
    });
    expect(r.mandatory).toEqual([]);
  });
});

// ---------- Azure: PostgreSQL flexible server ----------
const AZURE = { "azure-native:location": "francecentral" };
function flexible(backup: Record<string, unknown>, network: Record<string, unknown> = { publicNetworkAccess: "Disabled" }) {
  const rg = new azure.resources.ResourceGroup("rg", { location: "francecentral" });
  new azure.dbforpostgresql.Server(
    "db",
    {
      resourceGroupName: rg.name,
      location: "francecentral",
      version: "16",
      sku: { name: "Standard_D2ds_v5", tier: "GeneralPurpose" },
      storage: { storageSizeGB: 32 },
      backup: { backupRetentionDays: 7, ...backup },
      network,
    },
    { retainOnDelete: true },
  );
}

describe("raw Azure flexible server judged by the pack", () => {
  it("ok: backups in the region, no public access", async () => {
    expect((await plan({ ...AZURE, ...EU }, () => flexible({ geoRedundantBackup: "Disabled" }))).mandatory).toEqual([]);
  });
  it("leak: geo-redundant backup (to francesouth) under a same-region contract (replication)", async () => {
    expect((await plan({ ...AZURE, ...EU }, () => flexible({ geoRedundantBackup: "Enabled" }))).mandatory).toContain("replication db");
  });
  it("leak: public network access (no-public-access)", async () => {
    expect(
      (await plan({ ...AZURE, ...EU }, () => flexible({ geoRedundantBackup: "Disabled" }, { publicNetworkAccess: "Enabled" }))).mandatory,
    ).toContain("no-public-access db");
  });
});

// ---------- Google Cloud: Cloud SQL ----------
const GCP = { "gcp:project": "p-123", "gcp:region": "europe-west4" };
function cloudSql(backupConfiguration: Record<string, unknown>, sslMode = "ENCRYPTED_ONLY") {
  new gcp.sql.DatabaseInstance(
    "db",
    {
      region: "europe-west4",
      databaseVersion: "POSTGRES_16",
      deletionProtection: true,
      settings: {
        tier: "db-custom-2-4096",
        backupConfiguration: { enabled: true, pointInTimeRecoveryEnabled: true, ...backupConfiguration },
        ipConfiguration: { ipv4Enabled: false, privateNetwork: "projects/p-123/global/networks/n", sslMode },
      },
    },
    { retainOnDelete: true },
  );
}

describe("raw Cloud SQL judged by the pack", () => {
  it("ok: backups pinned to the region, TLS only", async () => {
    expect((await plan({ ...GCP, ...EU }, () => cloudSql({ location: "europe-west4" }))).mandatory).toEqual([]);
  });
  it("leak: no backup location, so backups go to a multi-region (replication)", async () => {
    expect((await plan({ ...GCP, ...EU }, () => cloudSql({}))).mandatory).toContain("replication db");
  });
  // Test fixed: the backup location is a copy declared on the instance (like Azure geo-redundant
  // backups and OVHcloud backupRegions), judged by the replication rule under every clause of the
  // contract; data-location judges the instance itself, which is in europe-west4.
  it("leak: backups pinned to us-central1 (replication, dataLocation clause)", async () => {
    expect((await plan({ ...GCP, ...WITHIN }, () => cloudSql({ location: "us-central1" }))).mandatory).toContain("replication db");
  });
  it("ok: no backup location under within-contract EU (the nearest multi-region of europe-west4 is EU)", async () => {
    expect((await plan({ ...GCP, ...WITHIN }, () => cloudSql({}))).mandatory).toEqual([]);
  });
  it("leak: plain connections allowed (tls-only)", async () => {
    const r = await plan({ ...GCP, ...EU }, () => cloudSql({ location: "europe-west4" }, "ALLOW_UNENCRYPTED_AND_ENCRYPTED"));
    expect([...r.mandatory, ...r.advisory]).toContain("tls-only db");
  });
});

// ---------- Scaleway: Managed Database (RDB) ----------
const SCW = { "scaleway:region": "fr-par" };
function rdb(over: Record<string, unknown>) {
  new scaleway.databases.Instance(
    "db",
    {
      region: "fr-par",
      nodeType: "DB-DEV-S",
      engine: "PostgreSQL-16",
      encryptionAtRest: true,
      userName: "sovereign",
      password: "a-long-enough-password",
      ...over,
    },
    { retainOnDelete: true },
  );
}

describe("raw Scaleway RDB judged by the pack", () => {
  it("ok: backups kept in the region", async () => {
    expect((await plan({ ...SCW, ...EU }, () => rdb({ backupSameRegion: true }))).mandatory).toEqual([]);
  });
  // Test fixed: under within-contract EU every Scaleway region (fr-par, nl-ams, pl-waw: all EU)
  // satisfies the contract, so "another Scaleway region" is compliant whichever it is. The default
  // is a leak under same-region, and "cannot tell" where some Scaleway region would not satisfy
  // the contract (France only).
  it("leak: backups left to Scaleway's default (another region) under a same-region contract (replication)", async () => {
    expect((await plan({ ...SCW, ...EU }, () => rdb({}))).mandatory).toContain("replication db");
  });
  it("cannot tell: backups left to Scaleway's default under a France-only contract (never passes)", async () => {
    const r = await plan({ ...SCW, "sovereign-cloud:residency": { preset: "eu", replication: "within-contract", countries: ["FR"] } }, () =>
      rdb({}),
    );
    expect(r.mandatory).toContain("replication db");
  });
  it("ok: backups left to Scaleway's default under within-contract EU (every Scaleway region is in the EU)", async () => {
    expect((await plan({ ...SCW, ...WITHIN }, () => rdb({}))).mandatory).toEqual([]);
  });
});

// ---------- OVHcloud: Public Cloud Databases ----------
const OVH = {};
function ovhDb(region: string, backupRegions?: string[]) {
  new ovh.cloudproject.Database(
    "db",
    {
      serviceName: "project-123",
      engine: "postgresql",
      version: "16",
      plan: "essential",
      flavor: "db1-7",
      nodes: [{ region }],
      ...(backupRegions ? { backupRegions } : {}),
      deletionProtection: true,
    },
    { retainOnDelete: true },
  );
}

describe("raw OVHcloud database judged by the pack", () => {
  it("ok: backups only in the service region", async () => {
    expect((await plan({ ...OVH, ...EU }, () => ovhDb("GRA", ["GRA"]))).mandatory).toEqual([]);
  });
  it("leak: default off-site backups (GRA -> SBG) under a same-region contract (replication)", async () => {
    expect((await plan({ ...OVH, ...EU }, () => ovhDb("GRA"))).mandatory).toContain("replication db");
  });
  it("leak: off-site backups from DE to GRA under a Germany-only contract (countries)", async () => {
    const r = await plan({ "sovereign-cloud:residency": { preset: "eu", replication: "within-contract", countries: ["DE"] } }, () =>
      ovhDb("DE"),
    );
    expect(r.mandatory.some((m) => m.endsWith(" db"))).toBe(true);
  });
});
