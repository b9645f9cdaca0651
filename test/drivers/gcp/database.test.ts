/** Database on Google Cloud under the SDK's mocks: Cloud SQL with a private IP, backups pinned to the region, TLS only, CMEK. */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Database, Network } from "../../../src/index";
import { ofType, onDefaultProvider, one, resetRecorded, setConfig, settle, useMocks, valueOf } from "../../helpers/pulumi";

const CONFIG = { "gcp:project": "sovereign-test-123", "sovereign-cloud:target": "gcp:europe-west4", "sovereign-cloud:residency": "eu" };
const T = {
  instance: "gcp:sql/databaseInstance:DatabaseInstance",
  range: "gcp:compute/globalAddress:GlobalAddress",
  peering: "gcp:servicenetworking/connection:Connection",
  key: "gcp:kms/cryptoKey:CryptoKey",
  grant: "gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember",
  user: "gcp:sql/user:User",
};

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  setConfig(CONFIG);
  resetRecorded();
});

describe("gcp database", () => {
  it("creates Cloud SQL for PostgreSQL with a private IP only, TLS required, backups and PITR pinned to the region", async () => {
    const net = new Network("app");
    const db = new Database("meta", { network: net });
    await settle();
    const sql = one(T.instance);
    expect(sql.inputs).toMatchObject({ region: "europe-west4", databaseVersion: "POSTGRES_16", deletionProtection: true });
    expect(sql.inputs.settings).toMatchObject({
      tier: "db-custom-2-4096",
      availabilityType: "ZONAL",
      diskSize: 20,
      deletionProtectionEnabled: true,
      backupConfiguration: {
        enabled: true,
        location: "europe-west4",
        pointInTimeRecoveryEnabled: true,
        backupRetentionSettings: { retainedBackups: 7, retentionUnit: "COUNT" },
      },
      finalBackupConfig: { enabled: true, retentionDays: 7 },
      ipConfiguration: { ipv4Enabled: false, sslMode: "ENCRYPTED_ONLY", authorizedNetworks: [] },
    });
    expect(sql.inputs.settings.ipConfiguration.privateNetwork).toBeDefined();
    expect(sql.inputs.encryptionKeyName).toBeUndefined();
    expect(sql.options.retainOnDelete).toBe(true);
    expect(one(T.range).inputs).toMatchObject({ purpose: "VPC_PEERING", addressType: "INTERNAL", prefixLength: 20 });
    expect(one(T.peering).inputs.service).toBe("servicenetworking.googleapis.com");
    expect(ofType(T.user)).toEqual([]);
    expect(onDefaultProvider()).toEqual([]);
    expect((await valueOf(db.residency))?.database).toMatchObject({
      backupRegions: ["europe-west4"],
      tlsEnforcement: "ipConfiguration.sslMode = ENCRYPTED_ONLY",
    });
  });

  it("uses REGIONAL availability for HA, CMEK in the region for customer-managed keys, and same-region replicas", async () => {
    const net = new Network("app");
    new Database("meta", {
      network: net,
      highAvailability: true,
      encryption: "customer-managed",
      readReplicas: [{}],
      adminPassword: "a-long-enough-password",
    });
    await settle();
    const [primary, replica] = ofType(T.instance);
    expect(primary!.inputs.settings.availabilityType).toBe("REGIONAL");
    expect(primary!.inputs.encryptionKeyName).toBeDefined();
    expect(one(T.grant).inputs.member).toMatch(/^serviceAccount:service-.*@gcp-sa-cloud-sql\.iam\.gserviceaccount\.com$/);
    expect(replica!.inputs).toMatchObject({ region: "europe-west4", databaseVersion: "POSTGRES_16" });
    expect(one(T.user).inputs).toMatchObject({ name: "sovereign", type: "BUILT_IN" });
  });

  it("opens a public IPv4 endpoint only to the given sources", async () => {
    const net = new Network("app");
    new Database("meta", { network: net, publicAccess: { from: ["203.0.113.0/24"] } });
    await settle();
    expect(one(T.instance).inputs.settings.ipConfiguration).toMatchObject({
      ipv4Enabled: true,
      authorizedNetworks: [{ name: "allowed-0", value: "203.0.113.0/24" }],
    });
  });
});
