/**
 * A driver from the modules its folder is made of. Every driver folder has the same shape: the
 * checks (`checkBucket`, `checkNetwork`, `checkVirtualMachine`), `createBucket` in bucket.ts,
 * `createNetwork` in network.ts and `createVirtualMachine` in vm.ts; {@link defineDriver} wires
 * them into the {@link Driver} interface so that no driver restates that mapping.
 */
import type { DriverId } from "../catalog/types";
import type { CapabilityTable } from "./capabilities";
import type { Driver, VirtualMachineOverrides } from "./types";

/** The modules of a driver folder, by the names every driver uses. */
export interface DriverModules {
  readonly checks: Pick<Driver, "checkBucket" | "checkNetwork" | "checkVirtualMachine">;
  readonly bucket: { readonly createBucket: Driver["bucket"] };
  readonly network: { readonly createNetwork: Driver["network"] };
  readonly vm: { readonly createVirtualMachine: Driver["virtualMachine"] };
}

/** What the user may pin in the driver's VM overrides (skips the size or image table). */
export interface PinnedInOverrides {
  readonly instanceType?: (overrides: VirtualMachineOverrides) => string | undefined;
  readonly image?: (overrides: VirtualMachineOverrides) => string | undefined;
}

/** The optional members a driver adds for the components it supports beyond the three core ones. */
export type DriverExtras = Partial<
  Pick<Driver, "checkDatabase" | "database" | "overriddenDatabaseClass" | "checkKubernetesCluster" | "kubernetesCluster">
>;

export function defineDriver(
  id: DriverId,
  capabilities: CapabilityTable,
  m: DriverModules,
  pinned: PinnedInOverrides = {},
  extras: DriverExtras = {},
): Driver {
  return {
    id,
    capabilities,
    checkBucket: m.checks.checkBucket,
    checkNetwork: m.checks.checkNetwork,
    checkVirtualMachine: m.checks.checkVirtualMachine,
    bucket: m.bucket.createBucket,
    network: m.network.createNetwork,
    virtualMachine: m.vm.createVirtualMachine,
    ...(pinned.instanceType ? { overriddenInstanceType: pinned.instanceType } : {}),
    ...(pinned.image ? { overriddenImage: pinned.image } : {}),
    ...extras,
  };
}
