/**
 * The checks of a Database that need its placement: the provider offers a managed PostgreSQL of
 * that version and size (catalog facts), the network is in the same place, and every copy of the
 * data outside the database's region (backup copies, the provider's default off-site backups,
 * read replicas) is a placement the contract allows. Then the driver spec.
 */
import { cloudSqlTier, databaseOffering, type DatabaseOffering } from "../catalog/databases/index";
import { PROVIDERS } from "../catalog/providers";
import { findRegion, regionsOf } from "../catalog/regions/index";
import { pickInstanceType, largestType } from "../catalog/sizes/index";
import { describeSource, type SourceId } from "../catalog/sources/index";
import type { Fact, PortableSize } from "../catalog/types";
import { evaluate, verdictProblems } from "../contract/evaluate";
import { placementLabel, type Placement } from "../contract/placement";
import { placementOf } from "../contract/target";
import { closest } from "../contract/suggest";
import type { DatabaseReplicaSpec, DatabaseSpec } from "../drivers/types";
import { problems, type Problem } from "../errors";
import type { ResolvedContext } from "./context";
import {
  DEFAULT_BACKUP_DAYS,
  DEFAULT_DB_ADMIN,
  DEFAULT_DB_SIZE,
  DEFAULT_DB_VERSION,
  DEFAULT_STORAGE_GIB,
  type DatabaseArgs,
} from "./database-spec";
import { Network } from "./network";
import { sameNetworkPlace } from "./network-member";
import { describeSize, parseSize } from "./vm-spec";

/** `statement [source: title (ref, as of ...)]` for a fact. */
export function factLine(statement: string, f: Fact<unknown> | undefined): string {
  const src = f?.source as SourceId | undefined;
  return src === undefined ? statement : `${statement} [source: ${describeSource(src)}]`;
}

/** The instance class the size resolves to, or undefined when none fits. */
export function resolveClass(
  offering: DatabaseOffering,
  size: PortableSize,
  highAvailability: boolean,
): { name: string; vcpus: number; memoryGiB: number } | undefined {
  if (offering.provider === "gcp") return cloudSqlTier(size.vcpus, size.memoryGiB);
  if (!offering.classes) return undefined;
  // Azure Burstable servers cannot have a zone-redundant standby (azure-postgresql-compute).
  const dedicated = highAvailability && offering.provider === "azure";
  return pickInstanceType(offering.classes, dedicated ? { ...size, cpuClass: "T" } : size);
}

/** A copy of the data at `region` (same provider): allowed by the contract's replication clause and a placement the contract allows. */
function copyProblems(ctx: ResolvedContext, path: string, what: string, region: string, facts: readonly string[]): Problem[] {
  const home = ctx.placement.region.code;
  if (region === home) return [];
  const where = `${ctx.placement.provider.id}:${region}`;
  if (ctx.contract.replication === "same-region") return [problems.copyOutsideRegion(path, what, where, home, facts)];
  const regionFacts = findRegion(ctx.placement.provider.id, region);
  if (!regionFacts) {
    const codes = regionsOf(ctx.placement.provider.id).map((r) => r.code);
    return [problems.unknownRegion(path, ctx.placement.provider.id, region, codes, closest(region, codes))];
  }
  const verdict = evaluate(ctx.contract, { provider: PROVIDERS[regionFacts.provider], region: regionFacts });
  return verdictProblems(verdict, ctx.contract, path).map((p) => ({
    ...p,
    message: `${what}: ${p.message}`,
    facts: [...facts, ...(p.facts ?? [])],
  }));
}

/** The replicas' placements, or the problems with them. */
function replicaPlacements(args: DatabaseArgs, ctx: ResolvedContext): { replicas: DatabaseReplicaSpec[]; problems: Problem[] } {
  const found: Problem[] = [];
  const replicas: DatabaseReplicaSpec[] = [];
  // Shapes were checked by checkDatabaseArgs; a non-list or non-object entry is skipped here.
  const list = Array.isArray(args.readReplicas) ? args.readReplicas : [];
  list.forEach((r, i) => {
    if (typeof r !== "object" || r === null) return;
    const path = `args.readReplicas[${i}]`;
    let placement: Placement = ctx.placement;
    if (r.target !== undefined) {
      const resolved = placementOf(r.target, `${path}.target`, "network");
      found.push(...resolved.problems);
      if (!resolved.value) return;
      placement = resolved.value;
    }
    if (placement.provider.id !== ctx.placement.provider.id) {
      found.push(
        problems.placementMismatch(
          `${path}.target`,
          `a read replica runs on the database's provider (${ctx.placement.provider.id}), not on ${placement.provider.id}.`,
          placement.provider.id,
          ctx.placement.provider.id,
        ),
      );
      return;
    }
    const sameRegion = placement.region.code === ctx.placement.region.code;
    found.push(
      ...copyProblems(ctx, `${path}.target`, `read replica ${i}`, placement.region.code, [
        `a read replica holds a full copy of the database in its own region`,
      ]),
    );
    const net = r.network ?? (sameRegion ? args.network : undefined);
    if (!(net instanceof Network)) {
      found.push(
        problems.invalidArgument(
          `${path}.network`,
          `a replica in ${placement.region.code}, outside the database's region, needs a Network there.`,
          undefined,
          `a Network at ${placementLabel(placement)}`,
          "create a Network at the replica's target and pass it as network.",
        ),
      );
      return;
    }
    found.push(...sameNetworkPlace(`${path}.network`, `read replica ${i}`, placement, net.handle, ctx.driver.id));
    replicas.push({ placement, sameRegion, network: net.handle });
  });
  return { replicas, problems: found };
}

/** Everything that needs the placement. */
export function checkDatabaseInContext(args: DatabaseArgs, ctx: ResolvedContext): Problem[] {
  const found: Problem[] = [];
  const provider = ctx.placement.provider;
  if (args.network instanceof Network)
    found.push(...sameNetworkPlace("args.network", "database", ctx.placement, args.network.handle, ctx.driver.id));

  const offering = databaseOffering(provider.id);
  const offered = offering.offered;
  if (!offered.confirmed || !offered.value || ctx.driver.database === undefined) {
    const why = offered.confirmed ? (offered.note ?? "the catalog says it has none") : `not confirmed: ${offered.note}`;
    const p = problems.providerLimitation(
      "target",
      `${provider.name} has no managed PostgreSQL that sovereign-cloud can create at ${placementLabel(ctx.placement)} (${why}).`,
      placementLabel(ctx.placement),
      "a target whose provider offers managed PostgreSQL (aws, azure, gcp, scaleway, ovhcloud; see the portability matrix)",
      offering.instead ?? "choose another target.",
    );
    return [
      ...found,
      {
        ...p,
        facts: [factLine(`managed PostgreSQL on ${provider.name}: ${offered.confirmed ? String(offered.value) : "unknown"}`, offered)],
      },
    ];
  }

  const version = args.version ?? DEFAULT_DB_VERSION;
  const versions = offering.versions.confirmed ? offering.versions.value : [];
  if (Number.isInteger(version) && !versions.includes(version)) {
    found.push({
      ...problems.invalidArgument(
        "args.version",
        `PostgreSQL ${version} is not a version ${provider.name} offers (per the catalog).`,
        version,
        versions.join(", ") || "none confirmed",
        `choose one of ${versions.join(", ")}.`,
      ),
      facts: [factLine(`${provider.name} PostgreSQL majors: ${versions.join(", ")}`, offering.versions)],
    });
  }

  const size = parseSize(args.size ?? DEFAULT_DB_SIZE).size;
  if (
    size &&
    ctx.driver.overriddenDatabaseClass?.(args.overrides ?? {}) === undefined &&
    !resolveClass(offering, size, args.highAvailability ?? false)
  ) {
    const largest = offering.classes && largestType(offering.classes);
    found.push(
      problems.noMatchingSize(
        "args.size",
        provider.id,
        describeSize(size),
        largest ? `${largest.name} (${largest.vcpus} vCPU, ${largest.memoryGiB} GiB)` : "96 vCPU (Cloud SQL custom tiers)",
      ),
    );
  }

  // Where backups go by default when the driver cannot keep them in the region is a capability
  // (db.backupsInRegion); an explicit second region is a copy checked like a placement.
  const copyTo = args.backup?.copyTo;
  if (typeof copyTo === "string" && copyTo.trim() !== "") {
    if (copyTo === ctx.placement.region.code) {
      found.push(
        problems.conflictingArguments(
          "args.backup.copyTo",
          "the backup copy must go to a second region, not the database's own.",
          copyTo,
          "drop copyTo (backups already stay in the region), or name another region.",
        ),
      );
    } else {
      found.push(
        ...copyProblems(ctx, "args.backup.copyTo", "the backup copy", copyTo, [
          `backup.copyTo stores every automated backup again in ${copyTo}`,
        ]),
      );
    }
  }
  found.push(...replicaPlacements(args, ctx).problems);
  return found;
}

/** The driver spec, after every check passed. */
export function databaseSpec(args: DatabaseArgs, ctx: ResolvedContext): DatabaseSpec {
  const size = parseSize(args.size ?? DEFAULT_DB_SIZE).size!;
  const ha = args.highAvailability ?? false;
  const pinned = ctx.driver.overriddenDatabaseClass?.(args.overrides ?? {});
  const resolved = pinned === undefined ? resolveClass(databaseOffering(ctx.placement.provider.id), size, ha)! : undefined;
  const copyTo = args.backup?.copyTo;
  return {
    engine: "postgresql",
    version: args.version ?? DEFAULT_DB_VERSION,
    instanceClass: pinned ?? resolved!.name,
    vcpus: size.vcpus,
    memoryGiB: size.memoryGiB,
    storageGiB: args.storageGiB ?? DEFAULT_STORAGE_GIB,
    network: args.network.handle,
    highAvailability: ha,
    backup: {
      retentionDays: args.backup?.retentionDays ?? DEFAULT_BACKUP_DAYS,
      pointInTime: args.backup?.pointInTime ?? true,
      ...(copyTo === undefined ? {} : { copyTo }),
    },
    readReplicas: replicaPlacements(args, ctx).replicas,
    encryption: args.encryption ?? ctx.contract.encryption,
    deletionProtection: args.deletionProtection ?? true,
    finalSnapshot: args.finalSnapshot ?? true,
    publicAccess: args.publicAccess?.from ?? [],
    tlsOnly: args.tlsOnly ?? true,
    adminUsername: args.adminUsername ?? DEFAULT_DB_ADMIN,
    ...(args.adminPassword === undefined ? {} : { adminPassword: args.adminPassword }),
    overrides: args.overrides ?? {},
  };
}
