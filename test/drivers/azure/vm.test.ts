import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { azureDriver } from "../../../src/drivers/azure/index";
import { one, ofType, onDefaultProvider, resetRecorded, settle, useMocks, valueOf } from "../../helpers/pulumi";
import { custom, customTypes, fakeHandle, KEYS, LOCATED, placement, scope, SUBNET_ID, T, vmSpec, WEST_CENTRAL } from "./fixtures";

beforeAll(async () => {
  await useMocks();
});
beforeEach(() => {
  resetRecorded();
});

describe("azure virtual machine", () => {
  it("creates exactly its provider, resource group, NIC and VM, all on that provider, and no public IP unless asked", async () => {
    const result = azureDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    await settle();
    expect(customTypes()).toEqual([T.provider, T.rg, T.nic, T.vm].sort());
    for (const r of custom().filter((c) => c.type !== T.provider)) {
      expect(r.provider, r.type).toContain("pulumi:providers:azure-native::azure-germanywestcentral");
      expect(r.options.parent, r.type).toContain("test:index:Parent");
    }
    expect(one(T.nic).inputs.ipConfigurations[0].publicIPAddress).toBeUndefined();
    expect(await valueOf(result.publicIp)).toBeUndefined();
    expect(onDefaultProvider()).toEqual([]);
  });

  it("gives the provider and every child that takes a location the placement's region", async () => {
    azureDriver.virtualMachine(vmSpec(fakeHandle(), { publicIp: true, encryption: "customer-managed" }), scope("web"));
    await settle();
    expect(one(T.provider).inputs.location).toBe(WEST_CENTRAL);
    const located = custom().filter((r) => LOCATED.includes(r.type));
    expect(located.map((r) => r.type).sort()).toEqual([T.rg, T.nic, T.publicIp, T.vm, T.vault, T.identity, T.diskEncryptionSet].sort());
    for (const r of located) expect(r.inputs.location, r.type).toBe(WEST_CENTRAL);
  });

  it("puts the NIC in the network's subnet", async () => {
    azureDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    await settle();
    expect(one(T.nic).inputs.ipConfigurations).toEqual([
      { name: "primary", primary: true, subnet: { id: SUBNET_ID }, privateIPAllocationMethod: "Dynamic" },
    ]);
    expect(one(T.vm).inputs.networkProfile).toEqual({ networkInterfaces: [{ id: "web-nic-id", primary: true }] });
  });

  it("logs in with SSH keys only: password login off and every key authorized for the admin user", async () => {
    azureDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    await settle();
    const os = one(T.vm).inputs.osProfile;
    expect(os.adminUsername).toBe("operator");
    expect(os.adminPassword).toBeUndefined();
    expect(os.linuxConfiguration.disablePasswordAuthentication).toBe(true);
    expect(os.linuxConfiguration.ssh.publicKeys).toEqual(KEYS.map((keyData) => ({ path: "/home/operator/.ssh/authorized_keys", keyData })));
    expect(os.customData).toBeUndefined();
  });

  it("passes user data as base64 custom data", async () => {
    const userData = "#cloud-config\npackages: [nginx]\n";
    azureDriver.virtualMachine(vmSpec(fakeHandle(), { userData }), scope("web"));
    await settle();
    expect(one(T.vm).inputs.osProfile.customData).toBe(Buffer.from(userData).toString("base64"));
  });

  it("boots the catalog image on a premium disk of the asked size, with encryption at host and Trusted Launch", async () => {
    azureDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    await settle();
    const vm = one(T.vm).inputs;
    expect(vm.hardwareProfile).toEqual({ vmSize: "Standard_B2s_v2" });
    expect(vm.storageProfile.imageReference).toEqual({ publisher: "Debian", offer: "debian-12", sku: "12-gen2", version: "latest" });
    expect(vm.storageProfile.osDisk).toEqual({
      createOption: "FromImage",
      caching: "ReadWrite",
      deleteOption: "Delete",
      diskSizeGB: 64,
      managedDisk: { storageAccountType: "Premium_LRS" },
    });
    expect(vm.securityProfile).toEqual({
      encryptionAtHost: true,
      securityType: "TrustedLaunch",
      uefiSettings: { secureBootEnabled: true, vTpmEnabled: true },
    });
  });

  it("maps ubuntu-24.04 to Canonical's URN and follows image, disk and security overrides", async () => {
    azureDriver.virtualMachine(vmSpec(fakeHandle(), { image: "ubuntu-24.04" }), scope("ubuntu"));
    azureDriver.virtualMachine(
      vmSpec(fakeHandle(), {
        overrides: {
          azure: {
            imageUrn: "Canonical:ubuntu-24_04-lts:server:24.04.202501010",
            encryptionAtHost: false,
            trustedLaunch: false,
            osDiskType: "StandardSSD_ZRS",
          },
        },
      }),
      scope("pinned"),
    );
    await settle();
    const byName = Object.fromEntries(ofType(T.vm).map((r) => [r.name, r.inputs]));
    const ubuntu = byName["ubuntu"];
    const pinned = byName["pinned"];
    expect(ubuntu!.storageProfile.imageReference).toEqual({
      publisher: "Canonical",
      offer: "ubuntu-24_04-lts",
      sku: "server",
      version: "latest",
    });
    expect(pinned!.storageProfile.imageReference.version).toBe("24.04.202501010");
    expect(pinned!.storageProfile.osDisk.managedDisk.storageAccountType).toBe("StandardSSD_ZRS");
    expect(pinned!.securityProfile).toEqual({ encryptionAtHost: false });
  });

  it("never asks Azure for an OS disk smaller than the 30 GiB images", async () => {
    azureDriver.virtualMachine(vmSpec(fakeHandle(), { diskGiB: 20 }), scope("web"));
    await settle();
    expect(one(T.vm).inputs.storageProfile.osDisk.diskSizeGB).toBe(30);
  });

  it("places the VM in the target's zone, else the region's first zone, and in no zone where the region has none", async () => {
    const r1 = azureDriver.virtualMachine(vmSpec(fakeHandle()), scope("first"));
    const r2 = azureDriver.virtualMachine(vmSpec(fakeHandle()), scope("second", placement(WEST_CENTRAL, "2")));
    const r3 = azureDriver.virtualMachine(vmSpec(fakeHandle(placement("germanynorth"))), scope("north", placement("germanynorth")));
    await settle();
    const zones = Object.fromEntries(ofType(T.vm).map((r) => [r.name, r.inputs.zones]));
    expect(zones).toEqual({ first: ["1"], second: ["2"], north: undefined });
    expect([await valueOf(r1.zone), await valueOf(r2.zone), await valueOf(r3.zone)]).toEqual(["1", "2", undefined]);
  });

  it("adds a Standard static public IP in the VM's zone only when asked", async () => {
    const result = azureDriver.virtualMachine(vmSpec(fakeHandle(), { publicIp: true }), scope("web", placement(WEST_CENTRAL, "3")));
    await settle();
    expect(customTypes()).toEqual([T.provider, T.rg, T.nic, T.publicIp, T.vm].sort());
    const ip = one(T.publicIp).inputs;
    expect(ip).toMatchObject({
      sku: { name: "Standard", tier: "Regional" },
      publicIPAllocationMethod: "Static",
      publicIPAddressVersion: "IPv4",
      zones: ["3"],
    });
    expect(one(T.nic).inputs.ipConfigurations[0].publicIPAddress).toEqual({ id: "web-ip-id" });
    expect(await valueOf(result.publicIp)).toBe("203.0.113.20");
  });

  it("encrypts the OS disk with a customer-managed key through a disk encryption set only when asked", async () => {
    azureDriver.virtualMachine(vmSpec(fakeHandle(), { encryption: "customer-managed" }), scope("web"));
    await settle();
    expect(customTypes()).toEqual([T.provider, T.rg, T.nic, T.vm, T.vault, T.key, T.identity, T.role, T.diskEncryptionSet].sort());
    const des = one(T.diskEncryptionSet);
    expect(des.inputs).toMatchObject({
      encryptionType: "EncryptionAtRestWithCustomerKey",
      identity: { type: "UserAssigned", userAssignedIdentities: ["web-identity-id"] },
      activeKey: { sourceVault: { id: "web-vault-id" } },
      rotationToLatestKeyVersionEnabled: true,
    });
    expect(des.options.dependencies!.some((u) => u.endsWith("::web-key-access"))).toBe(true);
    expect(one(T.vault).inputs.properties).toMatchObject({ enablePurgeProtection: true, enableRbacAuthorization: true });
    expect(one(T.vm).inputs.storageProfile.osDisk.managedDisk).toEqual({
      storageAccountType: "Premium_LRS",
      diskEncryptionSet: { id: "web-disk-encryption-id" },
    });
    expect(onDefaultProvider()).toEqual([]);
  });

  it("returns the VM id and private IP", async () => {
    const result = azureDriver.virtualMachine(vmSpec(fakeHandle()), scope("web"));
    await settle();
    expect(await valueOf(result.instanceId)).toBe("web-id");
    expect(await valueOf(result.privateIp)).toBe("10.0.1.4");
  });

  it("reports the size and image pinned in overrides", () => {
    expect(azureDriver.overriddenInstanceType!({ azure: { vmSize: "Standard_D2as_v5" } })).toBe("Standard_D2as_v5");
    expect(azureDriver.overriddenImage!({ azure: { imageUrn: "Debian:debian-12:12-gen2:latest" } })).toBe(
      "Debian:debian-12:12-gen2:latest",
    );
    expect(azureDriver.overriddenInstanceType!({ aws: {} })).toBeUndefined();
    expect(azureDriver.overriddenImage!({})).toBeUndefined();
  });
});
