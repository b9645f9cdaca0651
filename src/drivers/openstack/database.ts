/**
 * Database on an OpenStack cloud through Trove (`openstack.database.Instance`, the OpenStack
 * Database API), only where the catalog confirms the cloud runs Trove (`src/catalog/databases`);
 * the component refuses every other cloud with SC_PROVIDER_LIMITATION before anything exists. None
 * of the catalog's clouds is confirmed today (OTC's RDS has its own API, not Trove).
 *
 * The instance's only port is on the Network; Trove has no standby, no point-in-time restore and no
 * portable TLS setting (see the capability table), so those are refused rather than dropped. The
 * first user needs a password (Trove has no managed credential): the given one, else one generated
 * at creation and kept only in the encrypted Pulumi state (`../generated-password.ts`).
 */
import type { Problem } from "../../errors";
import { generatedPassword } from "../generated-password";
import type { CheckContext, DatabaseResult, DatabaseSpec, DriverScope } from "../types";
import type { OpenStackNetworkData } from "./network";
import { openstackContext } from "./provider";
import { sdk } from "./sdk";

export function checkDatabase(_spec: DatabaseSpec, _ctx: CheckContext): Problem[] {
  return [];
}

export function createDatabase(spec: DatabaseSpec, scope: DriverScope): DatabaseResult {
  const { database, compute } = sdk();
  const { region, opts } = openstackContext(scope);
  const net = spec.network.data as OpenStackNetworkData;
  const flavor = compute.getFlavorOutput(
    { name: spec.overrides.openstack?.flavor ?? spec.instanceClass, region },
    { parent: scope.parent, provider: opts.provider },
  );
  const instance = new database.Instance(
    scope.name,
    {
      region,
      name: scope.name,
      flavorId: flavor.id,
      size: spec.storageGiB,
      datastore: { type: "postgresql", version: String(spec.version) },
      // The only port is on the private network.
      networks: [{ uuid: net.networkId }],
      users: [{ name: spec.adminUsername, password: spec.adminPassword ?? generatedPassword() }],
    },
    // A generated password is drawn anew on every run: only the one drawn at creation is used.
    { ...opts, retainOnDelete: spec.deletionProtection, ...(spec.adminPassword === undefined ? { ignoreChanges: ["users"] } : {}) },
  );
  return {
    instanceId: instance.id,
    host: instance.addresses.apply((a) => a?.[0] ?? ""),
    port: instance.id.apply(() => 5432),
    replicaIds: [],
    deployment: { keyManagement: null, backupRegions: [], tlsEnforcement: null },
  };
}
