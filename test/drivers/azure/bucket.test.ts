import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { azureDriver } from "../../../src/drivers/azure/index";
import { CRYPTO_SERVICE_ENCRYPTION_USER, KEY_NAME } from "../../../src/drivers/azure/kms";
import { invokes, one, ofType, onDefaultProvider, resetRecorded, settle, useMocks, valueOf } from "../../helpers/pulumi";
import { bucketSpec, custom, customTypes, LOCATED, placement, scope, T, WEST_CENTRAL } from "./fixtures";

beforeAll(async () => {
  await useMocks();
});
beforeEach(() => {
  resetRecorded();
});

const BASE = [T.provider, T.rg, T.account, T.blobService, T.container];

describe("azure bucket", () => {
  it("creates exactly its provider, resource group, storage account, blob settings and container, all on that provider", async () => {
    azureDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    expect(customTypes()).toEqual([...BASE].sort());
    const provider = one(T.provider);
    expect(provider.name).toBe("azure-germanywestcentral");
    expect(provider.options.parent).toBe(""); // shared by the placement's components: owned by the stack
    for (const r of custom().filter((c) => c.type !== T.provider)) {
      expect(r.provider, r.type).toContain("pulumi:providers:azure-native::azure-germanywestcentral");
      expect(r.options.parent, r.type).toContain("test:index:Parent");
    }
    expect(one(T.rg).name).toBe("docs-rg");
    expect(one(T.account).name).toBe("docs");
    expect(onDefaultProvider()).toEqual([]);
  });

  it("gives the provider and every child that takes a location the placement's region", async () => {
    azureDriver.bucket(bucketSpec({ encryption: "customer-managed" }), scope("docs"));
    await settle();
    expect(one(T.provider).inputs.location).toBe(WEST_CENTRAL);
    const located = custom().filter((r) => LOCATED.includes(r.type));
    expect(located.map((r) => r.type).sort()).toEqual([T.rg, T.account, T.vault, T.identity].sort());
    for (const r of located) expect(r.inputs.location, r.type).toBe(WEST_CENTRAL);
  });

  it("locks the storage account down: private, Entra ID only, HTTPS with TLS 1.2, no cross-tenant replication, double encryption", async () => {
    azureDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    const a = one(T.account).inputs;
    expect(a.kind).toBe("StorageV2");
    expect(a.allowBlobPublicAccess).toBe(false);
    expect(a.enableHttpsTrafficOnly).toBe(true);
    expect(a.minimumTlsVersion).toBe("TLS1_2");
    expect(a.allowSharedKeyAccess).toBe(false);
    expect(a.defaultToOAuthAuthentication).toBe(true);
    expect(a.allowCrossTenantReplication).toBe(false);
    expect(a.encryption.requireInfrastructureEncryption).toBe(true);
    expect(a.encryption.keySource).toBe("Microsoft.Storage");
    expect(a.encryption.keyVaultProperties).toBeUndefined();
    expect(a.identity).toBeUndefined();
    expect(one(T.container).inputs.publicAccess).toBe("None");
  });

  it("keeps data zone-redundant in a region with zones and locally redundant in a restricted region without", async () => {
    azureDriver.bucket(bucketSpec(), scope("zoned"));
    azureDriver.bucket(bucketSpec(), scope("north", placement("germanynorth")));
    azureDriver.bucket(bucketSpec(), scope("unknown-zones", placement("swedensouth")));
    await settle();
    const sku = Object.fromEntries(ofType(T.account).map((r) => [r.name, r.inputs.sku.name]));
    expect(sku).toEqual({ zoned: "Standard_ZRS", north: "Standard_LRS", "unknown-zones": "Standard_LRS" });
  });

  it("replicates to the pair (GZRS with zones, GRS without) only when the spec names it", async () => {
    azureDriver.bucket(bucketSpec({ geoRedundantTo: "germanynorth" }), scope("zoned"));
    azureDriver.bucket(bucketSpec({ geoRedundantTo: "germanywestcentral" }), scope("north", placement("germanynorth")));
    await settle();
    const sku = Object.fromEntries(ofType(T.account).map((r) => [r.name, r.inputs.sku.name]));
    expect(sku).toEqual({ zoned: "Standard_GZRS", north: "Standard_GRS" });
  });

  it("names the account with 3-24 lowercase letters and digits, stable for a component and distinct between components", async () => {
    azureDriver.bucket(bucketSpec(), scope("Customer-Documents_2024"));
    azureDriver.bucket(bucketSpec(), scope("Customer-Documents_2024"));
    azureDriver.bucket(bucketSpec(), scope("invoices"));
    await settle();
    const names = ofType(T.account).map((r) => r.inputs.accountName as string);
    const [a, b] = names.filter((n) => n.startsWith("customer"));
    const c = names.find((n) => n.startsWith("invoices"));
    expect(a).toMatch(/^[a-z0-9]{3,24}$/);
    expect(a).toMatch(/^customerdocume[0-9a-f]{10}$/);
    expect(b).toBe(a);
    expect(c).toMatch(/^invoices[0-9a-f]{10}$/);
    expect(c).not.toBe(a);
    // Once created, a derived name never changes (a project or stack rename must not replace the account).
    expect(ofType(T.account)[0]!.options.ignoreChanges).toEqual(["accountName"]);
  });

  it("uses the names and resource group given in overrides, and then creates no resource group", async () => {
    azureDriver.bucket(
      bucketSpec({
        overrides: { azure: { storageAccountName: "acmedocs01", containerName: "legal-docs", resourceGroupName: "shared-rg" } },
      }),
      scope("docs"),
    );
    await settle();
    expect(ofType(T.rg)).toEqual([]);
    const a = one(T.account);
    expect(a.inputs.accountName).toBe("acmedocs01");
    expect(a.inputs.resourceGroupName).toBe("shared-rg");
    expect(a.options.ignoreChanges).toEqual([]);
    expect(one(T.container).inputs.containerName).toBe("legal-docs");
  });

  it("turns on versioning and keeps deleted blobs and containers recoverable", async () => {
    azureDriver.bucket(bucketSpec(), scope("docs"));
    azureDriver.bucket(bucketSpec({ versioning: false, overrides: { azure: { softDeleteDays: 30 } } }), scope("scratch"));
    await settle();
    const byName = Object.fromEntries(ofType(T.blobService).map((r) => [r.name, r.inputs]));
    const docs = byName["docs-blob-service"];
    const scratch = byName["scratch-blob-service"];
    expect(docs).toMatchObject({
      blobServicesName: "default",
      isVersioningEnabled: true,
      deleteRetentionPolicy: { enabled: true, days: 7 },
      containerDeleteRetentionPolicy: { enabled: true, days: 7 },
    });
    expect(docs!.accountName).toBe(ofType(T.account).find((r) => r.name === "docs")!.inputs.accountName);
    expect(scratch).toMatchObject({ isVersioningEnabled: false, deleteRetentionPolicy: { enabled: true, days: 30 } });
  });

  it("protects every blob version for retentionDays with an account-level immutability policy, unlocked unless asked", async () => {
    azureDriver.bucket(bucketSpec({ retentionDays: 365 }), scope("records"));
    azureDriver.bucket(
      bucketSpec({ retentionDays: 3650, retentionLocked: true, overrides: { azure: { lockExistingRetentionPolicy: true } } }),
      scope("ledger"),
    );
    azureDriver.bucket(bucketSpec(), scope("plain"));
    await settle();
    const worm = Object.fromEntries(ofType(T.account).map((r) => [r.name, r.inputs.immutableStorageWithVersioning]));
    expect(worm["records"]).toEqual({
      enabled: true,
      immutabilityPolicy: { immutabilityPeriodSinceCreationInDays: 365, allowProtectedAppendWrites: false, state: "Unlocked" },
    });
    expect(worm["ledger"]).toEqual({
      enabled: true,
      immutabilityPolicy: { immutabilityPeriodSinceCreationInDays: 3650, allowProtectedAppendWrites: false, state: "Locked" },
    });
    expect(worm["plain"]).toBeUndefined();
  });

  it("turns the lifecycle into one management policy: cool tier, expiry, noncurrent-version expiry", async () => {
    azureDriver.bucket(
      bucketSpec({ lifecycle: { coldAfterDays: 30, expireAfterDays: 365, noncurrentExpireAfterDays: 90 } }),
      scope("docs"),
    );
    await settle();
    const p = one(T.lifecycle).inputs;
    expect(p.managementPolicyName).toBe("default");
    expect(p.policy.rules).toHaveLength(1);
    const rule = p.policy.rules[0];
    expect(rule).toMatchObject({ enabled: true, type: "Lifecycle", definition: { filters: { blobTypes: ["blockBlob"] } } });
    expect(rule.definition.actions).toEqual({
      baseBlob: { tierToCool: { daysAfterCreationGreaterThan: 30 }, delete: { daysAfterCreationGreaterThan: 365 } },
      version: { delete: { daysAfterCreationGreaterThan: 90 } },
    });
  });

  it("moves blobs to the Cold tier when overridden, and creates no policy without lifecycle rules", async () => {
    azureDriver.bucket(bucketSpec({ lifecycle: { coldAfterDays: 10 }, overrides: { azure: { coldTier: "Cold" } } }), scope("cold"));
    await settle();
    expect(one(T.lifecycle).inputs.policy.rules[0].definition.actions).toEqual({
      baseBlob: { tierToCold: { daysAfterCreationGreaterThan: 10 } },
    });
    resetRecorded();
    azureDriver.bucket(bucketSpec(), scope("hot"));
    await settle();
    expect(ofType(T.lifecycle)).toEqual([]);
  });

  it("keeps the resource group, account, container and their key when the stack is destroyed", async () => {
    azureDriver.bucket(bucketSpec({ encryption: "customer-managed" }), scope("docs"));
    await settle();
    // The key and the identity that reaches it stay with the data: without them it could not be read.
    for (const t of [T.rg, T.account, T.container, T.vault, T.key, T.identity, T.role]) expect(one(t).options.retainOnDelete, t).toBe(true);
    // Settings are not data: they go with the stack.
    expect(one(T.blobService).options.retainOnDelete).toBe(false);
  });

  it("lets a destroy delete everything, resource group included, when the user opted out", async () => {
    azureDriver.bucket(bucketSpec({ retainOnDelete: false, emptyOnDelete: true, encryption: "customer-managed" }), scope("tmp"));
    await settle();
    for (const r of custom()) expect(r.options.retainOnDelete, r.type).toBe(false);
  });

  it("encrypts with a customer-managed Key Vault key through a user-assigned identity only when asked", async () => {
    azureDriver.bucket(bucketSpec({ encryption: "customer-managed" }), scope("docs"));
    await settle();
    expect(customTypes()).toEqual([...BASE, T.vault, T.key, T.identity, T.role].sort());
    const vault = one(T.vault).inputs;
    expect(vault.properties).toMatchObject({
      tenantId: "00000000-0000-0000-0000-000000000003",
      enableRbacAuthorization: true,
      enableSoftDelete: true,
      enablePurgeProtection: true,
      networkAcls: { defaultAction: "Deny", bypass: "AzureServices" },
    });
    expect(vault.vaultName).toMatch(/^kvdocs[0-9a-f]{10}$/);
    expect(one(T.key).inputs.properties).toMatchObject({ kty: "RSA", keySize: 3072 });
    const role = one(T.role).inputs;
    expect(role.roleDefinitionId).toBe(
      `/subscriptions/00000000-0000-0000-0000-000000000002/providers/Microsoft.Authorization/roleDefinitions/${CRYPTO_SERVICE_ENCRYPTION_USER}`,
    );
    expect(role.principalType).toBe("ServicePrincipal");
    expect(role.scope).toBe("docs-vault-id");
    const account = one(T.account);
    expect(account.inputs.encryption).toMatchObject({
      keySource: "Microsoft.Keyvault",
      keyVaultProperties: { keyName: KEY_NAME },
      encryptionIdentity: { encryptionUserAssignedIdentity: "docs-identity-id" },
      requireInfrastructureEncryption: true,
    });
    expect(account.inputs.identity).toEqual({ type: "UserAssigned", userAssignedIdentities: ["docs-identity-id"] });
    expect(account.options.dependencies!.some((u) => u.endsWith("::docs-key-access"))).toBe(true);
    expect(invokes.map((i) => i.token)).toContain("azure-native:authorization:getClientConfig");
    expect(onDefaultProvider()).toEqual([]);
  });

  it("tags every child from the labels, with characters Azure refuses in tag names replaced", async () => {
    azureDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    for (const t of [T.rg, T.account]) expect(one(t).inputs.tags, t).toEqual({ App: "Docs", cost_centre: "R&D 42" });
  });

  it("returns the container as the bucket, with its id and HTTPS endpoint", async () => {
    const result = azureDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    const account = one(T.account).inputs.accountName as string;
    expect(await valueOf(result.bucketName)).toBe("docs");
    expect(await valueOf(result.bucketId)).toBe("docs-container-id");
    expect(await valueOf(result.endpoint)).toBe(`https://${account}.blob.core.windows.net/docs`);
  });
});
