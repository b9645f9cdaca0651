/**
 * Pieces the database drivers share: the networks a database and its read replicas go to, the
 * children a network's databases share (created once per network, under the network component),
 * the room for database subnets in a network's range, and the result of a PostgreSQL service.
 */
import * as pulumi from "@pulumi/pulumi";
import { problems, type Problem } from "../errors";
import { databaseBlocks } from "./db-subnets";
import type { DatabaseDriverDeployment, DatabaseResult, DatabaseSpec, DriverScope, NetworkHandle } from "./types";

/**
 * The network component as seen from its databases: the children they share are created under it
 * and with its provider, named after it (a network data type extends this; all optional, so a
 * handle made without them still works).
 */
export interface NetworkOwner {
  /** The network component's name. */
  readonly name?: string;
  /** The network component and its provider: children shared by the network's databases are created under them. */
  readonly parent?: pulumi.Resource;
  readonly provider?: pulumi.ProviderResource;
}

/** The networks of a database and of its read replicas, each with the path a problem about it names. */
export function databaseNetworks(spec: Pick<DatabaseSpec, "network" | "readReplicas">): { path: string; network: NetworkHandle }[] {
  return [spec.network, ...spec.readReplicas.map((r) => r.network)].map((network, i) => ({
    path: i === 0 ? "network" : `readReplicas[${i - 1}].network`,
    network,
  }));
}

/** The ranges of a network whose database subnets are carved from its own range (`../db-subnets.ts`). */
export interface CarvedRanges {
  /** The network's range and its main subnet's. */
  readonly cidr?: string;
  readonly subnetCidr?: string;
}

/**
 * A network's range must leave room for `count` database subnets (`what`: "two database subnets")
 * next to its subnet; `allowed` says what does.
 */
export function databaseSubnetRoomProblems(path: string, ranges: CarvedRanges, count: number, what: string, allowed: string): Problem[] {
  const { cidr, subnetCidr } = ranges;
  if (cidr === undefined || subnetCidr === undefined || databaseBlocks(cidr, subnetCidr, count) !== undefined) return [];
  return [problems.invalidCidr(path, cidr, `the network's range has no room for ${what} next to ${subnetCidr}`, allowed)];
}

/**
 * Children shared by a network's databases, made once per network: `make` runs on first use and
 * its result is reused for every later database of the same network (keyed by the network's data).
 * `make` gets the network's name (or "network") and the options for the children: under the
 * network component with its provider (else `fallback`, the database's own), so they outlive any
 * one database; and waiting for the database's provider check (`ready`, if any), so a refused
 * database creates none of them. Extra arguments are passed on to `make`.
 */
export function oncePerNetwork<D extends NetworkOwner, A extends unknown[], T>(
  make: (data: D, base: string, opts: pulumi.CustomResourceOptions, ...args: A) => T,
): (data: D, fallback: pulumi.CustomResourceOptions, ready: DriverScope["ready"], ...args: A) => T {
  const made = new WeakMap<D, T>();
  return (data, fallback, ready, ...args) => {
    const hit = made.get(data);
    if (hit) return hit;
    const opts: pulumi.CustomResourceOptions = {
      ...(data.parent && data.provider ? { parent: data.parent, provider: data.provider } : fallback),
      ...(ready ? { dependsOn: ready } : {}),
    };
    const shared = make(data, data.name ?? "network", opts, ...args);
    made.set(data, shared);
    return shared;
  };
}

/** PostgreSQL's standard port. */
export const POSTGRES_PORT = 5432;

/** The regions backups are kept in: the database's own, and the copy's when `backup.copyTo` asks for one. */
export function backupRegions(home: string, copyTo: string | undefined): string[] {
  return copyTo === undefined ? [home] : [home, copyTo];
}

/** The result of a database reached on PostgreSQL's standard port at a private host the provider reports ("" until known). */
export function postgresResult(
  instanceId: pulumi.Output<string>,
  host: pulumi.Output<string | undefined>,
  replicaIds: pulumi.Output<string>[],
  deployment: DatabaseDriverDeployment,
): DatabaseResult {
  return { instanceId, host: host.apply((h) => h ?? ""), port: pulumi.output(POSTGRES_PORT), replicaIds, deployment };
}
