/**
 * Virtual machine on Azure: a resource group, a NIC in the network's subnet, a Standard static
 * public IP only when asked, and a Linux VM with SSH-key login only, a managed premium OS disk,
 * encryption at host, Trusted Launch (secure boot + vTPM) and, in regions with zones, a zone.
 *
 * Customer-managed keys: a Key Vault key (see kms.ts) behind a DiskEncryptionSet that encrypts the
 * OS disk; with encryption at host the host-side caches use the same key.
 *
 * Encryption at host needs the subscription feature registered once
 * (`az feature register --namespace Microsoft.Compute --name EncryptionAtHost`); without it Azure
 * refuses the VM. Turn it off with `overrides.azure.encryptionAtHost: false` (disks stay encrypted
 * at rest by the storage service either way).
 */
import * as pulumi from "@pulumi/pulumi";
import { AZURE_IMAGES } from "../../catalog/images/azure";
import { known } from "../../catalog/types";
import type { Placement } from "../../contract/placement";
import type { DriverScope, VirtualMachineResult, VirtualMachineSpec } from "../types";
import { azureContext, resourceGroup } from "./common";
import { customerKey } from "./kms";
import type { AzureNetworkData } from "./network";
import { sdk } from "./sdk";

/**
 * Azure refuses an OS disk smaller than its image; the Debian 12 and Ubuntu 24.04 marketplace
 * images are 30 GiB (as deployed by Azure's own defaults; not confirmed from a primary source), so
 * smaller portable disks (e.g. SCS-2V-4-20s) get 30 GiB: at least what the flavor states.
 */
export const MIN_OS_DISK_GIB = 30;

/** The zone the VM goes to: the target's zone, else the region's first zone, else none. */
export function vmZone(placement: Placement): string | undefined {
  return placement.zone ?? known(placement.region.zones)?.[0];
}

/** The marketplace image URN: overridden, or the catalog's confirmed one (checked before creation). */
export function imageUrn(spec: VirtualMachineSpec): string {
  const urn = spec.overrides.azure?.imageUrn ?? known(AZURE_IMAGES[spec.image]);
  if (urn === undefined) throw new Error(`no confirmed Azure image for ${spec.image} (checkVirtualMachine should have refused this)`);
  return urn;
}

export function createVirtualMachine(spec: VirtualMachineSpec, scope: DriverScope): VirtualMachineResult {
  const { network, compute } = sdk();
  const ctx = azureContext(scope);
  const o = spec.overrides.azure ?? {};
  const name = scope.name;
  const net = spec.network.data as AzureNetworkData;
  const rg = resourceGroup(scope, ctx, o.resourceGroupName);
  const zone = vmZone(scope.placement);
  const zonal = zone === undefined ? {} : { zones: [zone] };

  const publicIp = spec.publicIp
    ? new network.PublicIPAddress(
        `${name}-ip`,
        {
          location: ctx.location,
          resourceGroupName: rg.name,
          sku: { name: "Standard", tier: "Regional" },
          publicIPAllocationMethod: "Static",
          publicIPAddressVersion: "IPv4",
          ...zonal,
          tags: ctx.tags,
        },
        ctx.opts,
      )
    : undefined;

  const nic = new network.NetworkInterface(
    `${name}-nic`,
    {
      location: ctx.location,
      resourceGroupName: rg.name,
      ipConfigurations: [
        {
          name: "primary",
          primary: true,
          subnet: { id: net.subnetId },
          privateIPAllocationMethod: "Dynamic",
          ...(publicIp ? { publicIPAddress: { id: publicIp.id } } : {}),
        },
      ],
      tags: ctx.tags,
    },
    ctx.opts,
  );

  let diskEncryptionSetId: pulumi.Output<string> | undefined;
  if (spec.encryption === "customer-managed") {
    const cmk = customerKey(scope, ctx, {
      resourceGroupName: rg.name,
      vaultName: o.keyVaultName,
      kind: "vm",
      retainOnDelete: false,
    });
    diskEncryptionSetId = new compute.DiskEncryptionSet(
      `${name}-disk-encryption`,
      {
        location: ctx.location,
        resourceGroupName: rg.name,
        encryptionType: "EncryptionAtRestWithCustomerKey",
        identity: { type: "UserAssigned", userAssignedIdentities: [cmk.identity.id] },
        activeKey: { keyUrl: cmk.key.keyUriWithVersion, sourceVault: { id: cmk.vault.id } },
        // Follow the key's yearly rotation.
        rotationToLatestKeyVersionEnabled: true,
        tags: ctx.tags,
      },
      { ...ctx.opts, dependsOn: [cmk.access] },
    ).id;
  }

  const [publisher, offer, sku, version] = imageUrn(spec).split(":");
  const trustedLaunch = o.trustedLaunch ?? true;
  const vm = new compute.VirtualMachine(
    name,
    {
      location: ctx.location,
      resourceGroupName: rg.name,
      hardwareProfile: { vmSize: spec.instanceType },
      osProfile: {
        adminUsername: spec.adminUsername,
        // SSH keys only: no password exists for the admin user.
        linuxConfiguration: {
          disablePasswordAuthentication: true,
          provisionVMAgent: true,
          ssh: { publicKeys: spec.sshKeys.map((keyData) => ({ path: `/home/${spec.adminUsername}/.ssh/authorized_keys`, keyData })) },
        },
        ...(spec.userData === undefined ? {} : { customData: Buffer.from(spec.userData, "utf8").toString("base64") }),
      },
      storageProfile: {
        imageReference: { publisher, offer, sku, version },
        osDisk: {
          createOption: "FromImage",
          caching: "ReadWrite",
          deleteOption: "Delete",
          diskSizeGB: Math.max(spec.diskGiB, MIN_OS_DISK_GIB),
          managedDisk: {
            storageAccountType: o.osDiskType ?? "Premium_LRS",
            ...(diskEncryptionSetId === undefined ? {} : { diskEncryptionSet: { id: diskEncryptionSetId } }),
          },
        },
      },
      networkProfile: { networkInterfaces: [{ id: nic.id, primary: true }] },
      securityProfile: {
        encryptionAtHost: o.encryptionAtHost ?? true,
        ...(trustedLaunch ? { securityType: "TrustedLaunch", uefiSettings: { secureBootEnabled: true, vTpmEnabled: true } } : {}),
      },
      ...zonal,
      tags: ctx.tags,
    },
    ctx.opts,
  );

  return {
    bootDiskGiB: Math.max(spec.diskGiB, MIN_OS_DISK_GIB),
    instanceId: vm.id,
    privateIp: nic.ipConfigurations.apply((c) => c?.[0]?.privateIPAddress ?? ""),
    publicIp: publicIp ? publicIp.ipAddress : pulumi.output<string | undefined>(undefined),
    zone: pulumi.output(zone),
  };
}
