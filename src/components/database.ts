import * as pulumi from "@pulumi/pulumi";
import { databaseNeeds, unmetNeeds } from "../drivers/capabilities";
import { checkDatabaseAgainstContract, checkDatabaseArgs, type DatabaseArgs } from "./database-spec";
import { checkDatabaseInContext, databaseSpec } from "./database-placement";
import { databaseDeployment } from "./deployment";
import { driverScope, prepare } from "./prepare";
import { residencyRecord, type ResidencyRecord } from "./residency";

export type { DatabaseArgs, DatabaseBackupArgs, DatabasePublicAccessArgs, DatabaseReplicaArgs } from "./database-spec";

/**
 * A managed PostgreSQL database in a {@link Network}: private endpoint only, encrypted at rest, TLS
 * required, automated backups kept in its region, deletion protection on and kept when the stack is
 * destroyed. Where backups, snapshots and replicas are stored is part of the placement: a copy
 * outside the residency contract is refused before anything is created.
 *
 * @example
 * const db = new Database("metadata", { network: net, size: "SCS-2V-8", storageGiB: 50, highAvailability: true });
 * export const dbHost = db.host;
 */
export class Database extends pulumi.ComponentResource {
  /** The provider's id of the database instance / server. */
  public readonly instanceId!: pulumi.Output<string>;
  /** Private host name or address (reachable inside the network). */
  public readonly host!: pulumi.Output<string>;
  public readonly port!: pulumi.Output<number>;
  /** PostgreSQL major version. */
  public readonly version!: pulumi.Output<number>;
  /** The provider's instance class the portable size resolved to. */
  public readonly instanceClass!: pulumi.Output<string>;
  /** Name of the first (administrator) user. */
  public readonly adminUsername!: pulumi.Output<string>;
  /** The provider's ids of the read replicas. */
  public readonly replicaIds!: pulumi.Output<string[]>;
  public readonly region!: pulumi.Output<string>;
  /** Where it lives, who operates it, the contract it satisfies, and its backups' regions. */
  public readonly residency!: pulumi.Output<ResidencyRecord>;

  constructor(name: string, args: DatabaseArgs, opts?: pulumi.ComponentResourceOptions) {
    // Everything is validated before super(): a rejected database registers nothing.
    const net = (args as Partial<DatabaseArgs> | undefined)?.network?.handle?.placement;
    const fallback = net
      ? { provider: net.provider.id, region: net.region.code, ...(net.driver === undefined ? {} : { driver: net.driver }) }
      : undefined;
    const {
      ctx,
      spec,
      opts: checkedOpts,
      ready,
    } = prepare(
      "Database",
      name,
      args,
      "network",
      {
        checkArgs: checkDatabaseArgs,
        checkWithContract: checkDatabaseAgainstContract,
        checkWithContext: checkDatabaseInContext,
        spec: (c) => databaseSpec(args, c),
        checkDriver: (c, s) => [
          ...unmetNeeds(c.driver.capabilities, databaseNeeds(s), c.placement.provider.name),
          ...(c.driver.checkDatabase?.(s, { name, placement: c.placement }) ?? []),
        ],
        ...(fallback ? { fallbackTarget: fallback } : {}),
      },
      opts,
    );
    super("sovereign-cloud:index:Database", name, {}, checkedOpts);
    // checkWithContext refuses a driver without `database`.
    const result = ctx.driver.database!(spec, driverScope(name, this, { ctx, ...(ready ? { ready } : {}) }));
    this.instanceId = result.instanceId;
    this.host = result.host;
    this.port = result.port;
    this.version = pulumi.output(spec.version);
    this.instanceClass = pulumi.output(spec.instanceClass);
    this.adminUsername = pulumi.output(spec.adminUsername);
    this.replicaIds = pulumi.all(result.replicaIds);
    this.region = pulumi.output(ctx.placement.region.code);
    this.residency = pulumi.output(residencyRecord(ctx, undefined, { database: databaseDeployment(spec, result.deployment) }));
    this.registerOutputs({
      instanceId: this.instanceId,
      host: this.host,
      port: this.port,
      version: this.version,
      instanceClass: this.instanceClass,
      adminUsername: this.adminUsername,
      replicaIds: this.replicaIds,
      region: this.region,
      residency: this.residency,
    });
  }
}
