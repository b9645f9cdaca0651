/** The `residency` output every component registers: who operates it, where it is, which clauses it satisfies. */
import { known } from "../catalog/types";
import type { ClauseId } from "../contract/evaluate";
import type { ResidencyContract } from "../contract/schema";
import type { ResolvedContext } from "./context";
import type { BucketDeployment, DatabaseDeployment, KubernetesClusterDeployment, VirtualMachineDeployment } from "./deployment";

export type { BucketDeployment, DatabaseDeployment, KubernetesClusterDeployment, VirtualMachineDeployment } from "./deployment";

/** Where a component's resources live and under which contract. `null` = not known from a confirmed fact. */
export interface ResidencyRecord {
  /** Provider id (`aws`, `scaleway`, ...). */
  readonly provider: string;
  /** Legal entity operating the region. */
  readonly legalEntity: string | null;
  /** Country (ISO 3166-1 alpha-2) of the operator's headquarters. */
  readonly headquarters: string | null;
  /** Whether control of the operator sits inside the EU/EEA. */
  readonly euControlled: boolean | null;
  readonly region: string;
  readonly regionName: string;
  readonly city: string | null;
  /** Country of the region; for multi/dual regions, the member regions are listed in `memberRegions`. */
  readonly country: string | null;
  readonly memberRegions: readonly string[];
  readonly zone: string | null;
  /** The contract the placement was evaluated against. */
  readonly contract: ResidencyContract;
  /** Clauses this placement satisfies (all of them, since a violation stops construction). */
  readonly satisfiedClauses: readonly ClauseId[];
  /** A `Bucket`'s versioning and at-rest encryption as configured (the evidence's `gx:storageConfiguration`). Absent on other components. */
  readonly bucket?: BucketDeployment;
  /** A `VirtualMachine`'s size, instance type, boot disk and image as resolved (the evidence's `gx:instantiationReq` / `gx:codeArtifact`). Absent on other components. */
  readonly virtualMachine?: VirtualMachineDeployment;
  /** A `KubernetesCluster`'s control plane (location and operator), version, API exposure, secrets key and pools. Absent on other components. */
  readonly kubernetesCluster?: KubernetesClusterDeployment;
  /** A `Database`'s engine, version, encryption and backup location as configured. Absent on other components. */
  readonly database?: DatabaseDeployment;
}

/** What a component configured, for its record (see deployment.ts). */
export interface Deployed {
  readonly bucket?: BucketDeployment;
  readonly virtualMachine?: VirtualMachineDeployment;
  readonly kubernetesCluster?: KubernetesClusterDeployment;
  readonly database?: DatabaseDeployment;
}

export function residencyRecord(ctx: ResolvedContext, zone?: string, deployed: Deployed = {}): ResidencyRecord {
  const { placement, contract, verdict } = ctx;
  const operator = placement.region.operator ?? placement.provider.operator;
  const z = zone ?? placement.zone;
  return {
    provider: placement.provider.id,
    legalEntity: known(operator.name) ?? null,
    headquarters: known(operator.headquarters) ?? null,
    euControlled: known(operator.euControlled) ?? null,
    region: placement.region.code,
    regionName: placement.region.displayName,
    city: known(placement.region.city) ?? null,
    country: known(placement.region.country) ?? null,
    memberRegions: placement.region.members ?? [],
    zone: z ?? null,
    contract,
    satisfiedClauses: verdict.satisfiedClauses,
    ...(deployed.bucket ? { bucket: deployed.bucket } : {}),
    ...(deployed.virtualMachine ? { virtualMachine: deployed.virtualMachine } : {}),
    ...(deployed.kubernetesCluster ? { kubernetesCluster: deployed.kubernetesCluster } : {}),
    ...(deployed.database ? { database: deployed.database } : {}),
  };
}
