/**
 * Google Compute Engine machine types for portable sizes.
 *
 * vCPUs and memory are the `guestCpus` and `memoryMb / 1024` of a Compute Engine API
 * machineTypes.list response for zone europe-west1-b (`gcp-machine-types-api`; every row below was
 * read from it). Google's "GB" is GiB here: e2-standard-2 is "8 GB RAM" with memoryMb 8192. The
 * machine-types page (`gcp-machine-types-doc`) agrees on E2's ceiling: up to 32 vCPUs, 128 GB.
 *
 * Series and where they exist (Compute Engine zones table, `gcp-regions-zones`):
 * - E2 is listed in every zone of every European region in the catalog (europe-west15 excepted:
 *   it is not in the table). Its types alone cover every scs-0103 standard flavor (1-16 vCPU, up to
 *   128 GiB: SCS-16V-128 -> e2-highmem-16), so a portable size resolves to a type that exists in
 *   every European region.
 * - N2 and N2D are listed in every European region except europe-north2 (Stockholm), and not in
 *   every zone of each region. They are here for pinned sizes and for dedicated-CPU SCS classes;
 *   they only win when no E2 type is as small.
 *
 * Shared core: e2-micro, e2-small and e2-medium report 2 guest vCPUs sharing 1/8, 1/4 and 1/2 of a
 * physical core (`isSharedCpu: true`); the table records the 2 guest vCPUs, as the AWS table does
 * for t3, and marks them `sharedCore` so dedicated-CPU classes (`T`, `C`) skip them. Other E2 types
 * report `isSharedCpu: false` (E2 still uses Google's dynamic resource management).
 *
 * Order = preference among equally small types: E2 first (present everywhere, cheapest), then
 * N2D, then N2.
 */
import type { InstanceType, InstanceTypeTable } from "../types";
import { fact, type Fact } from "../types";

/** The predefined high-CPU, standard and high-memory types of E2, N2 and N2D: GiB of memory per vCPU. */
const SHAPES = [
  ["highcpu", 1],
  ["standard", 4],
  ["highmem", 8],
] as const;

/**
 * `<series>-<shape>-<vCPUs>` for each vCPU count, the three shapes in turn, up to the series'
 * largest memory (E2: 128 GiB, so no e2-highmem-32).
 */
function predefined(series: string, vcpuCounts: readonly number[], maxMemoryGiB: number): InstanceType[] {
  return vcpuCounts.flatMap((vcpus) =>
    SHAPES.filter(([, gib]) => vcpus * gib <= maxMemoryGiB).map(([shape, gib]) => ({
      name: `${series}-${shape}-${vcpus}`,
      vcpus,
      memoryGiB: vcpus * gib,
      sharedCore: false,
    })),
  );
}

const VCPUS = [2, 4, 8, 16, 32];

/** Machine series listed in every zone of every European catalog region with known zones. */
export const GCP_SERIES_IN_EVERY_EUROPEAN_REGION: Fact<readonly string[]> = fact(
  ["e2"],
  "gcp-regions-zones",
  "E2 appears in every European zone row of the zones table; N2/N2D are missing from europe-north2",
);

export const GCP_INSTANCE_TYPES: InstanceTypeTable = {
  provider: "gcp",
  source: "gcp-machine-types-api",
  types: [
    // E2 shared-core ("Efficient Instance, 2 vCPU (1/8 | 1/4 | 1/2 shared physical core)")
    { name: "e2-micro", vcpus: 2, memoryGiB: 1, sharedCore: true },
    { name: "e2-small", vcpus: 2, memoryGiB: 2, sharedCore: true },
    { name: "e2-medium", vcpus: 2, memoryGiB: 4, sharedCore: true },
    // E2 ("Efficient Instance, N vCPUs, M GB RAM")
    ...predefined("e2", VCPUS, 128),
    // N2D (AMD EPYC)
    ...predefined("n2d", VCPUS, 256),
    // N2 (Intel)
    ...predefined("n2", VCPUS, 256),
  ],
};
