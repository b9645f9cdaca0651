import * as pulumi from "@pulumi/pulumi";
import { databaseNeeds } from "../drivers/capabilities";
import { PlacedComponent } from "./component";
import { encryptionNotWeaker } from "./checks";
import { checkDatabaseArgs, type DatabaseArgs } from "./database-spec";
import { checkDatabaseInContext, databaseSpec } from "./database-placement";
import { databaseDeployment } from "./deployment";
import { networkTarget } from "./network-member";
import { driverProblems, driverScope, prepare } from "./prepare";
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
export class Database extends PlacedComponent {
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
  /** Where it lives, who operates it, the contract it satisfies, and its backups' regions. */
  declare public readonly residency: pulumi.Output<ResidencyRecord>;

  constructor(name: string, args: DatabaseArgs, opts?: pulumi.ComponentResourceOptions) {
    // Everything is validated before super(): a rejected database registers nothing.
    const prepared = prepare("Database", name, args, "network", opts, {
      checkArgs: checkDatabaseArgs,
      checkWithContract: encryptionNotWeaker("database"),
      checkWithContext: checkDatabaseInContext,
      spec: (c) => databaseSpec(args, c),
      checkDriver: (c, s, at) => driverProblems(c, databaseNeeds(s), c.driver.checkDatabase?.(s, at) ?? []),
      fallbackTarget: networkTarget(args),
    });
    super(name, prepared);
    const { ctx, spec } = prepared;
    // checkWithContext refuses a driver without `database`.
    const result = ctx.driver.database!(spec, driverScope(name, this, prepared));
    this.publish<Database>({
      instanceId: result.instanceId,
      host: result.host,
      port: result.port,
      version: pulumi.output(spec.version),
      instanceClass: pulumi.output(spec.instanceClass),
      adminUsername: pulumi.output(spec.adminUsername),
      replicaIds: pulumi.all(result.replicaIds),
      region: pulumi.output(ctx.placement.region.code),
      residency: pulumi.output(residencyRecord(ctx, undefined, { database: databaseDeployment(spec, result.deployment) })),
    });
  }
}
