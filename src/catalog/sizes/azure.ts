/**
 * Azure VM sizes for portable sizes.
 *
 * vCPUs and memory are copied from Microsoft's size-series pages (MicrosoftDocs/azure-compute-docs):
 * Bsv2 (`azure-vm-sizes-bsv2`), Fsv2 (`azure-vm-sizes-fsv2`), Dsv5 (`azure-vm-sizes-dsv5`) and
 * Esv5 (`azure-vm-sizes-esv5`). The Dsv5/Esv5/Fsv2 tables head the memory column "GB"; the values
 * are the usual binary sizes (the Bsv2 page says GiB) and are taken as GiB.
 *
 * Why these families: every page lists Premium Storage and Generation 2 VMs as supported (premium
 * OS disks, Gen2 images), and the Trusted Launch page lists the B, D, E and F families as supported
 * (`azure-trusted-launch`). Encryption at host is a per-size capability (`EncryptionAtHostSupported`
 * in `az vm list-skus`); no current source listing it for these exact series was found, so that is
 * UNCONFIRMED here (set `overrides.azure.encryptionAtHost: false` if a size refuses it).
 * Availability of each size in each region is not in the catalog either; pin
 * `overrides.azure.vmSize` where a size is missing.
 *
 * Order = preference among equally small sizes (see `pickInstanceType`): the burstable Bsv2 first
 * (shared core: a guaranteed baseline of 20-40% of each vCPU plus credits, which fits SCS `V`/`L`),
 * then compute- (Fsv2), general- (Dsv5) and memory-optimised (Esv5) sizes for dedicated-CPU
 * classes. Together they cover every scs-0103 standard flavor (1-16 vCPU, up to 128 GiB); 1-vCPU
 * flavors get a 2-vCPU size because no listed family has 1 vCPU.
 */
import type { InstanceType, InstanceTypeTable } from "../types";
import { perVcpu } from "./rows";

function series(sharedCore: boolean, rows: readonly (readonly [string, number, number])[]): InstanceType[] {
  return rows.map(([name, vcpus, memoryGiB]) => ({ name, vcpus, memoryGiB, sharedCore }));
}

/** The Fsv2, Dsv5 and Esv5 sizes listed: 2 to 64 vCPUs, with a fixed memory per vCPU. */
const SERIES_VCPUS = [2, 4, 8, 16, 32, 64];

export const AZURE_INSTANCE_TYPES: InstanceTypeTable = {
  provider: "azure",
  source: "azure-vm-sizes-dsv5",
  types: [
    // bsv2-series.md, "Basics" tab (burstable)
    ...series(true, [
      ["Standard_B2ts_v2", 2, 1],
      ["Standard_B2ls_v2", 2, 4],
      ["Standard_B2s_v2", 2, 8],
      ["Standard_B4ls_v2", 4, 8],
      ["Standard_B4s_v2", 4, 16],
      ["Standard_B8ls_v2", 8, 16],
      ["Standard_B8s_v2", 8, 32],
      ["Standard_B16ls_v2", 16, 32],
      ["Standard_B16s_v2", 16, 64],
      ["Standard_B32ls_v2", 32, 64],
      ["Standard_B32s_v2", 32, 128],
    ]),
    // fsv2-series.md, "Basics" tab: 2 GiB per vCPU
    ...perVcpu(false, 2, SERIES_VCPUS, (v) => `Standard_F${v}s_v2`),
    // dsv5-series.md, "Basics" tab: 4 GiB per vCPU
    ...perVcpu(false, 4, SERIES_VCPUS, (v) => `Standard_D${v}s_v5`),
    // esv5-series.md, "Basics" tab: 8 GiB per vCPU
    ...perVcpu(false, 8, SERIES_VCPUS, (v) => `Standard_E${v}s_v5`),
  ],
};
