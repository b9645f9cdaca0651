/**
 * Database on OVHcloud: Public Cloud Databases for PostgreSQL (`cloudproject.Database`) with its
 * nodes in the Network's vRack private network and subnet.
 *
 * - Backups: OVHcloud copies PostgreSQL backups to an off-site region by default
 *   (ovh-databases-backups: GRA -> SBG, SBG/DE/UK/WAW -> GRA). The driver sets `backupRegions` to
 *   the service region only, or to the service region plus `backup.copyTo` when the component has
 *   checked that copy against the contract.
 * - HA: plan `business` (two nodes in the region); `essential` (one node) otherwise.
 * - Deletion protection on the service, and retained on destroy.
 * - The `avnadmin` user and its password are created by OVHcloud (no password is sent).
 */
import { problems, type Problem } from "../../errors";
import { backupRegions } from "../database-common";
import { networkProjectProblems } from "../network-checks";
import type { CheckContext, DatabaseResult, DatabaseSpec, DriverScope } from "../types";
import type { OvhcloudNetworkData } from "./network";
import { childOptions, createProvider } from "./provider";
import { sdk } from "./sdk";

/** The region code Public Cloud Databases takes (`GRA`, `DE`, `EU-WEST-PAR`): the catalog code in upper case. */
export function databaseRegion(code: string): string {
  return code.toUpperCase();
}

export function checkDatabase(spec: DatabaseSpec, _ctx: CheckContext): Problem[] {
  const project = (spec.network.data as OvhcloudNetworkData).serviceName;
  const message = `the database must be in its network's Public Cloud project (${project}).`;
  const found = networkProjectProblems("overrides.ovhcloud.serviceName", spec.overrides.ovhcloud?.serviceName, project, message);
  if (spec.adminPassword !== undefined) {
    found.push(
      problems.conflictingArguments(
        "adminPassword",
        "OVHcloud creates the avnadmin user with a generated password; a password cannot be given at creation.",
        "(set)",
        "drop adminPassword and read the generated credentials from OVHcloud.",
      ),
    );
  }
  return found;
}

export function createDatabase(spec: DatabaseSpec, scope: DriverScope): DatabaseResult {
  const ovh = sdk();
  const net = spec.network.data as OvhcloudNetworkData;
  const provider = createProvider(scope);
  const keep = childOptions(scope, provider, { retainOnDelete: spec.deletionProtection });
  const home = databaseRegion(scope.placement.region.code);
  const copy = spec.backup.copyTo === undefined ? undefined : databaseRegion(spec.backup.copyTo);
  const node = { region: home, networkId: net.networkId, subnetId: net.subnetId };

  const db = new ovh.cloudproject.Database(
    scope.name,
    {
      serviceName: net.serviceName,
      description: `sovereign-cloud ${scope.name}`,
      engine: "postgresql",
      version: String(spec.version),
      plan: spec.highAvailability ? "business" : "essential",
      flavor: spec.instanceClass,
      nodes: spec.highAvailability ? [node, node] : [node],
      diskSize: spec.storageGiB,
      // OVHcloud's default adds an off-site region; only regions the contract allows are listed.
      backupRegions: copy === undefined ? [home] : [home, copy],
      deletionProtection: spec.deletionProtection,
    },
    keep,
  );

  const endpoint = db.endpoints.apply((eps) => eps?.find((e) => e.component === "postgresql") ?? eps?.[0]);
  return {
    instanceId: db.id,
    host: endpoint.apply((e) => e?.domain ?? ""),
    port: endpoint.apply((e) => e?.port ?? 5432),
    replicaIds: [],
    deployment: {
      keyManagement: null,
      backupRegions: backupRegions(scope.placement.region.code, spec.backup.copyTo),
      tlsEnforcement: null,
    },
  };
}
