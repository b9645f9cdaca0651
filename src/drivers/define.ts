/**
 * A driver from the modules its folder is made of. Every driver folder has the same shape: its
 * capability table in capabilities.ts, the checks (`checkBucket`, `checkNetwork`,
 * `checkVirtualMachine`), `createBucket` in bucket.ts, `createNetwork` in network.ts,
 * `createVirtualMachine` in vm.ts, `PINNED` in overrides.ts, and, where the driver offers them,
 * `checkDatabase` and `createDatabase` in database.ts and `checkKubernetesCluster` and
 * `createKubernetesCluster` in its Kubernetes module (eks.ts, aks.ts, ...). {@link defineDriver}
 * wires them into the {@link Driver} interface so that no driver restates that mapping.
 */
import type { DriverId } from "../catalog/types";
import type { CapabilityTable } from "./capabilities";
import type { DatabaseOverrides, Driver, VirtualMachineOverrides } from "./types";

/** The driver's own block of an overrides object (`overrides.aws` for the aws driver). */
type OwnBlock<Overrides, Id extends DriverId> = NonNullable<Overrides[Id & keyof Overrides]>;
/** The names of the string fields of an overrides block. */
type StringField<Block> = { [K in keyof Block]-?: Block[K] extends string | undefined ? K : never }[keyof Block] & string;

/**
 * The fields of the driver's own overrides blocks in which a user pins what the component would
 * otherwise take from the catalog's tables (aws: `{ instanceType: "instanceType", image: "ami", databaseClass: "instanceClass" }`).
 */
export interface PinnedFields<Id extends DriverId> {
  /** The VirtualMachine overrides field that pins the instance type (skips the size table). */
  readonly instanceType: StringField<OwnBlock<VirtualMachineOverrides, Id>>;
  /** The VirtualMachine overrides field that pins the image (skips the image table). */
  readonly image: StringField<OwnBlock<VirtualMachineOverrides, Id>>;
  /** The Database overrides field that pins the instance class (skips the class table); only for a driver with a database. */
  readonly databaseClass?: StringField<OwnBlock<DatabaseOverrides, Id>>;
}

/** The modules of a driver folder, by the names every driver uses. */
export interface DriverModules<Id extends DriverId> {
  readonly capabilities: CapabilityTable;
  readonly checks: Pick<Driver, "checkBucket" | "checkNetwork" | "checkVirtualMachine">;
  readonly bucket: { readonly createBucket: Driver["bucket"] };
  readonly network: { readonly createNetwork: Driver["network"] };
  readonly vm: { readonly createVirtualMachine: Driver["virtualMachine"] };
  readonly overrides: { readonly PINNED: PinnedFields<Id> };
  /** Absent when the driver has no managed database. */
  readonly database?: {
    readonly checkDatabase: NonNullable<Driver["checkDatabase"]>;
    readonly createDatabase: NonNullable<Driver["database"]>;
  };
  /** Absent when the driver has no managed Kubernetes. */
  readonly kubernetes?: {
    readonly checkKubernetesCluster: NonNullable<Driver["checkKubernetesCluster"]>;
    readonly createKubernetesCluster: NonNullable<Driver["kubernetesCluster"]>;
  };
}

/** Reads `overrides[id][field]`, the value the user pinned there (`undefined` when none). */
function pinnedIn(id: DriverId, field: string): (overrides: VirtualMachineOverrides | DatabaseOverrides) => string | undefined {
  return (overrides) => (overrides as Readonly<Record<string, Readonly<Record<string, string | undefined>> | undefined>>)[id]?.[field];
}

export function defineDriver<Id extends DriverId>(id: Id, m: DriverModules<Id>): Driver {
  const { PINNED } = m.overrides;
  return {
    id,
    capabilities: m.capabilities,
    checkBucket: m.checks.checkBucket,
    checkNetwork: m.checks.checkNetwork,
    checkVirtualMachine: m.checks.checkVirtualMachine,
    bucket: m.bucket.createBucket,
    network: m.network.createNetwork,
    virtualMachine: m.vm.createVirtualMachine,
    overriddenInstanceType: pinnedIn(id, PINNED.instanceType),
    overriddenImage: pinnedIn(id, PINNED.image),
    ...(m.database ? { checkDatabase: m.database.checkDatabase, database: m.database.createDatabase } : {}),
    ...(PINNED.databaseClass ? { overriddenDatabaseClass: pinnedIn(id, PINNED.databaseClass) } : {}),
    ...(m.kubernetes
      ? { checkKubernetesCluster: m.kubernetes.checkKubernetesCluster, kubernetesCluster: m.kubernetes.createKubernetesCluster }
      : {}),
  };
}
