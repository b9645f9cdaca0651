/** Database on Azure under the SDK's mocks: flexible server in a delegated subnet with a private DNS zone, TLS required, zone-redundant HA, CMK. */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Database, Network } from "../../../src/index";
import { SovereignCloudError } from "../../../src/errors";
import { ofType, onDefaultProvider, one, recorded, resetRecorded, setConfig, settle, useMocks, valueOf } from "../../helpers/pulumi";

const CONFIG = {
  "sovereign-cloud:target": "azure:francecentral",
  "sovereign-cloud:residency": "eu",
  "azure-native:subscriptionId": "00000000-0000-0000-0000-000000000000",
};
const T = {
  server: "azure-native:dbforpostgresql:Server",
  config: "azure-native:dbforpostgresql:Configuration",
  subnet: "azure-native:network:Subnet",
  zone: "azure-native:privatedns:PrivateZone",
  link: "azure-native:privatedns:VirtualNetworkLink",
  lock: "azure-native:authorization:ManagementLockByScope",
  key: "azure-native:keyvault:Key",
  identity: "azure-native:managedidentity:UserAssignedIdentity",
};

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  setConfig(CONFIG);
  resetRecorded();
});

describe("azure database", () => {
  it("creates a flexible server with VNet integration only, Entra authentication and TLS required", async () => {
    const net = new Network("app", { cidr: "10.20.0.0/16" });
    const db = new Database("meta", { network: net });
    await settle();
    const server = one(T.server);
    expect(server.inputs).toMatchObject({
      location: "francecentral",
      version: "16",
      sku: { name: "Standard_B2s", tier: "Burstable" },
      storage: { storageSizeGB: 32, autoGrow: "Enabled" },
      backup: { backupRetentionDays: 7, geoRedundantBackup: "Disabled" },
      highAvailability: { mode: "Disabled" },
      network: { publicNetworkAccess: "Disabled" },
      authConfig: { activeDirectoryAuth: "Enabled", passwordAuth: "Disabled" },
    });
    expect(server.inputs.network.delegatedSubnetResourceId).toBeDefined();
    expect(server.inputs.network.privateDnsZoneArmResourceId).toBeDefined();
    expect(server.options.retainOnDelete).toBe(true);
    const dbSubnet = ofType(T.subnet).find((s) => s.name === "app-db-subnet")!;
    expect(dbSubnet.inputs.addressPrefix).toBe("10.20.255.192/26");
    expect(dbSubnet.inputs.delegations).toEqual([
      { name: "postgresql-flexible", serviceName: "Microsoft.DBforPostgreSQL/flexibleServers" },
    ]);
    expect(one(T.zone).inputs.privateZoneName).toBe("app.private.postgres.database.azure.com");
    expect(one(T.link).inputs.registrationEnabled).toBe(false);
    expect(one(T.config).inputs).toMatchObject({ configurationName: "require_secure_transport", value: "on" });
    expect(one(T.lock).inputs.level).toBe("CanNotDelete");
    expect(onDefaultProvider()).toEqual([]);
    expect((await valueOf(db.residency))?.database).toMatchObject({ backupRegions: ["francecentral"], keyManagement: "provider" });
  });

  it("tags the server with the database's labels and the network's DNS zone and link with the network's", async () => {
    const net = new Network("app", { cidr: "10.20.0.0/16", labels: { team: "platform" } });
    new Database("meta", { network: net, labels: { team: "data" } });
    await settle();
    const base = { "managed-by": "sovereign-cloud", "sovereign-cloud-contract": "eu" };
    const netTags = { ...base, "sovereign-cloud-component": "Network", "sovereign-cloud-name": "app", team: "platform" };
    expect(one(T.server).inputs.tags).toEqual({
      ...base,
      "sovereign-cloud-component": "Database",
      "sovereign-cloud-name": "meta",
      team: "data",
    });
    expect(one(T.zone).inputs.tags).toEqual(netTags);
    expect(one(T.link).inputs.tags).toEqual(netTags);
  });

  it("uses a zone-redundant standby on a General Purpose SKU and a Key Vault key through a user-assigned identity", async () => {
    const net = new Network("app");
    new Database("meta", { network: net, highAvailability: true, encryption: "customer-managed", storageGiB: 100 });
    await settle();
    const server = one(T.server).inputs;
    expect(server.highAvailability.mode).toBe("ZoneRedundant");
    expect(server.sku).toEqual({ name: "Standard_D2ds_v5", tier: "GeneralPurpose" });
    expect(server.storage.storageSizeGB).toBe(128);
    expect(server.dataEncryption.type).toBe("AzureKeyVault");
    expect(server.identity.type).toBe("UserAssigned");
    expect(ofType(T.key)).toHaveLength(1);
    expect(ofType(T.identity)).toHaveLength(1);
  });

  it("turns on geo-redundant backup only toward the region pair, and only when the contract allows the copy", async () => {
    const net = new Network("app");
    new Database("meta", { network: net, residency: "gaia-x-l2", backup: { copyTo: "francesouth" } });
    await settle();
    expect(one(T.server).inputs.backup.geoRedundantBackup).toBe("Enabled");
    resetRecorded();
    const other = new Network("other");
    let error: unknown;
    try {
      new Database("meta2", { network: other, residency: "gaia-x-l2", backup: { copyTo: "germanywestcentral" } });
    } catch (e) {
      error = e;
    }
    expect(SovereignCloudError.is(error) && error.codes).toEqual(["SC_PROVIDER_LIMITATION"]);
    expect(recorded.filter((r) => r.name.startsWith("meta2"))).toEqual([]);
  });
});
