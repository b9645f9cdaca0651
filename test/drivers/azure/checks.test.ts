import { describe, expect, it } from "vitest";
import { azureDriver } from "../../../src/drivers/azure/index";
import { containerName } from "../../../src/drivers/azure/common";
import type { CheckContext } from "../../../src/drivers/types";
import type { Problem } from "../../../src/errors";
import { bucketSpec, fakeHandle, networkSpec, placement, vmSpec, WEST_CENTRAL } from "./fixtures";

const ctx = (region = WEST_CENTRAL): CheckContext => ({ name: "docs", placement: placement(region) });
const where = (found: Problem[]) => found.map((p) => `${p.code} ${p.path}`);

describe("azure pre-flight checks", () => {
  it("accepts the plain specs", () => {
    expect(azureDriver.checkBucket(bucketSpec(), ctx())).toEqual([]);
    expect(azureDriver.checkNetwork(networkSpec(), ctx())).toEqual([]);
    expect(azureDriver.checkVirtualMachine(vmSpec(fakeHandle()), ctx())).toEqual([]);
  });

  it("refuses to lock retention on a bucket whose unlocked policy does not exist yet", () => {
    expect(where(azureDriver.checkBucket(bucketSpec({ retentionDays: 30, retentionLocked: true }), ctx()))).toEqual([
      "SC_PROVIDER_LIMITATION args.retentionLocked",
    ]);
    expect(
      azureDriver.checkBucket(
        bucketSpec({ retentionDays: 30, retentionLocked: true, overrides: { azure: { lockExistingRetentionPolicy: true } } }),
        ctx(),
      ),
    ).toEqual([]);
  });

  it("makes the user confirm that destroy deletes the data, since Azure deletes non-empty accounts", () => {
    expect(where(azureDriver.checkBucket(bucketSpec({ retainOnDelete: false }), ctx()))).toEqual([
      "SC_PROVIDER_LIMITATION args.emptyOnDelete",
    ]);
    expect(azureDriver.checkBucket(bucketSpec({ retainOnDelete: false, emptyOnDelete: true }), ctx())).toEqual([]);
  });

  it("allows geo-redundancy only to the region's pair", () => {
    expect(azureDriver.checkBucket(bucketSpec({ geoRedundantTo: "germanynorth" }), ctx())).toEqual([]);
    expect(where(azureDriver.checkBucket(bucketSpec({ geoRedundantTo: "westeurope" }), ctx()))).toEqual([
      "SC_PROVIDER_LIMITATION args.geoRedundantTo",
    ]);
    expect(where(azureDriver.checkBucket(bucketSpec({ geoRedundantTo: "italynorth" }), ctx("polandcentral")))).toEqual([
      "SC_PROVIDER_LIMITATION args.geoRedundantTo",
    ]);
  });

  it("rejects names Azure refuses, unknown override keys and out-of-range values", () => {
    const found = azureDriver.checkBucket(
      bucketSpec({
        overrides: {
          azure: {
            storageAccountName: "Docs_Account",
            containerName: "-docs",
            keyVaultName: "1vault",
            resourceGroupName: "rg.",
            softDeleteDays: 0,
            coldTier: "Archive",
            storageAcountName: "x",
          } as never,
        },
      }),
      ctx(),
    );
    expect(where(found).sort()).toEqual(
      [
        "SC_INVALID_ARGUMENT args.overrides.azure.storageAccountName",
        "SC_INVALID_ARGUMENT args.overrides.azure.containerName",
        "SC_INVALID_ARGUMENT args.overrides.azure.keyVaultName",
        "SC_INVALID_ARGUMENT args.overrides.azure.resourceGroupName",
        "SC_INVALID_ARGUMENT args.overrides.azure.softDeleteDays",
        "SC_INVALID_ARGUMENT args.overrides.azure.coldTier",
        "SC_INVALID_ARGUMENT args.overrides.azure.storageAcountName",
      ].sort(),
    );
  });

  it("limits ingress rules to the priorities Azure allows and descriptions to 140 characters", () => {
    const rule = { protocol: "tcp" as const, ports: [443, 443] as const, from: "0.0.0.0/0", description: "https" };
    expect(azureDriver.checkNetwork(networkSpec({ ingress: Array.from({ length: 400 }, () => rule) }), ctx())).toEqual([]);
    expect(where(azureDriver.checkNetwork(networkSpec({ ingress: Array.from({ length: 401 }, () => rule) }), ctx()))).toEqual([
      "SC_PROVIDER_LIMITATION args.ingress",
    ]);
    expect(where(azureDriver.checkNetwork(networkSpec({ ingress: [{ ...rule, description: "x".repeat(141) }] }), ctx()))).toEqual([
      "SC_PROVIDER_LIMITATION args.ingress[0].description",
    ]);
  });

  it("needs an SSH key and an admin name Azure accepts", () => {
    expect(where(azureDriver.checkVirtualMachine(vmSpec(fakeHandle(), { sshKeys: [] }), ctx()))).toEqual([
      "SC_PROVIDER_LIMITATION args.sshKeys",
    ]);
    expect(where(azureDriver.checkVirtualMachine(vmSpec(fakeHandle(), { adminUsername: "john" }), ctx()))).toEqual([
      "SC_INVALID_ARGUMENT args.adminUsername",
    ]);
  });

  it("rejects a malformed image URN, disk type or boolean in VM overrides", () => {
    const found = azureDriver.checkVirtualMachine(
      vmSpec(fakeHandle(), {
        overrides: {
          azure: { imageUrn: "Debian:debian-12", osDiskType: "UltraSSD_LRS", encryptionAtHost: "yes", vmSize: "D2s v5" } as never,
        },
      }),
      ctx(),
    );
    expect(where(found).sort()).toEqual(
      [
        "SC_INVALID_ARGUMENT args.overrides.azure.imageUrn",
        "SC_INVALID_ARGUMENT args.overrides.azure.osDiskType",
        "SC_INVALID_ARGUMENT args.overrides.azure.encryptionAtHost",
        "SC_INVALID_ARGUMENT args.overrides.azure.vmSize",
      ].sort(),
    );
  });

  it("derives a valid container name from any component name", () => {
    expect(containerName("Customer Documents")).toBe("customer-documents");
    expect(containerName("--A__b--")).toBe("a-b");
    expect(containerName("x")).toBe("x-data");
    expect(containerName("!!")).toBe("data");
    expect(containerName("a".repeat(80))).toHaveLength(63);
    for (const n of ["Customer Documents", "--A__b--", "x", "!!", `${"a".repeat(62)}-b`])
      expect(containerName(n)).toMatch(/^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
