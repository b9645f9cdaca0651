/**
 * replication: copies of the data stay where the contract allows. `replication: same-region` allows
 * no copy outside the source's region; `within-contract` allows copies only in placements that
 * satisfy the contract themselves. A copy whose destination cannot be read is reported.
 *
 * Understood (a stack rule, because destinations are other resources):
 * - S3: `aws.s3.BucketReplicationConfig` rules and a Bucket's inline `replicationConfiguration`;
 *   the destination bucket (an ARN) is looked up in the program (S3 ARNs carry no region); a
 *   destination that is not in the program is "cannot tell", never a pass;
 * - the copies each package module declares (`replicas`): DynamoDB global-table replicas, Cosmos DB
 *   locations, Azure geo-redundant storage and SQL/PostgreSQL/MySQL geo-redundant backups (in the
 *   region's pair, from the catalog), Pub/Sub persistence regions and Secret Manager replicas, GCS
 *   configurable dual-regions, Scaleway RDB backups kept in another region, OVHcloud database
 *   backup regions;
 * - GCS multi- and dual-region locations (EU, EUR4) against the replication clause;
 * - OVHcloud Object Storage `replication.rules[].destination.region`.
 */
import type { PolicyResource } from "@pulumi/policy";
import { findRegion, regionsOf } from "../../catalog/regions/index";
import { PROVIDERS } from "../../catalog/providers";
import type { ClauseId } from "../../contract/evaluate";
import type { ResidencyContract } from "../../contract/schema";
import { catalogRegion } from "../codes";
import { outsideViolations, placementOf, violations, where } from "../judge";
import { locateAll, type Location } from "../locator";
import { moduleOfProvider, replicasOf } from "../packages/index";
import type { Replica } from "../packages/types";
import { isUnknownError } from "../read";
import { cannotRead, type RuleReport, type StackRule } from "../rule";

const REPLICA_CLAUSES: readonly ClauseId[] = ["regionStatus", "dataLocation", "countries", "certifications", "providerControl"];
const S3_BUCKETS = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];

type Props = Readonly<Record<string, unknown>>;
type Say = (message: string, unreadable?: string) => void;

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const list = (v: unknown): Props[] => (Array.isArray(v) ? v.filter((x): x is Props => typeof x === "object" && x !== null) : []);

/** A copy's destination, as far as it can be read. */
function located(provider: Location["provider"], written: string | undefined, why: string): Location {
  if (provider === undefined || written === undefined) return { from: "unknown", reason: why };
  const r = catalogRegion(provider, written);
  if (r) return { from: "resource", provider, region: written, code: r.code };
  const outside = moduleOfProvider(provider)?.knownOutside?.(written);
  return {
    from: "unknown",
    provider,
    region: written,
    ...(outside ? { outside } : {}),
    reason: `${provider} region "${written}" is not in the catalog`,
  };
}

/** Judge one copy from `source` to `dest`, described as `what`. */
function judge(contract: ResidencyContract, what: string, source: Location, dest: Location, say: Say): void {
  const target = placementOf(dest);
  if (!target) {
    if (dest.outside && dest.region) {
      const found =
        contract.replication === "same-region"
          ? [{ clause: "replication", reason: "the contract keeps data in one region (replication: same-region)" }]
          : outsideViolations(contract, `${dest.provider}:${dest.region}`, dest.outside);
      for (const v of found)
        say(
          `${what} copies data to ${dest.provider}:${dest.region} (${dest.outside.what}), which violates the contract's ${v.clause} clause: ${v.reason}.`,
        );
      if (found.length > 0) return;
    }
    say(
      `cannot tell where ${what} copies data to: ${dest.reason ?? "its destination cannot be read"}. A copy whose location cannot be read never counts as compliant.`,
      `the destination of ${what} (${dest.reason ?? "unknown"})`,
    );
    return;
  }
  const destWhere = `${target.provider.id}:${target.region.code}`;
  if (contract.replication === "same-region") {
    if (source.provider === undefined || source.code === undefined) {
      say(
        `cannot tell whether ${what} stays in one region: the source's location cannot be read (${source.reason ?? "unknown"}).`,
        `the source's location (${source.reason ?? "unknown"})`,
      );
    } else if (source.provider !== target.provider.id || source.code !== target.region.code) {
      say(`${what} copies data to ${destWhere}, but the contract keeps data in one region (replication: same-region).`);
    }
    return;
  }
  for (const v of violations(contract, target, REPLICA_CLAUSES)) {
    say(`${what} copies data to ${destWhere}, which violates the contract's ${v.clause} clause: ${v.reason}.`);
  }
}

/** A copy in the source region's pair (Azure), from the catalog. */
function pairOf(source: Location): Location {
  const region = source.provider === "azure" && source.code ? findRegion("azure", source.code) : undefined;
  const pair = region?.pairedRegion;
  if (region === undefined)
    return {
      from: "unknown",
      reason: `the resource's own location cannot be read (${source.reason ?? "unknown"}), so neither can its pair`,
    };
  if (pair === undefined || !pair.confirmed)
    return {
      from: "unknown",
      reason: `the paired region of azure:${region.code} is not confirmed${pair && !pair.confirmed ? ` (${pair.note})` : ""}`,
    };
  if (pair.value === null)
    return {
      from: "unknown",
      reason: `azure:${region.code} has no paired region, so where Azure keeps the geo-redundant copy is not in the catalog`,
    };
  return located("azure", pair.value, "no pair");
}

/** A copy in another region of the source's provider, chosen by the provider: fine only if every such region is. */
function otherRegion(contract: ResidencyContract, what: string, source: Location, say: Say): void {
  if (source.provider === undefined || source.code === undefined) {
    say(
      `cannot tell where ${what} copies data to: the resource's own location cannot be read (${source.reason ?? "unknown"}).`,
      `the source's location (${source.reason ?? "unknown"})`,
    );
    return;
  }
  if (contract.replication === "same-region") {
    say(
      `${what} copies data to another ${PROVIDERS[source.provider].name} region, but the contract keeps data in one region (replication: same-region).`,
    );
    return;
  }
  const others = regionsOf(source.provider).filter((r) => r.code !== source.code && r.kind !== "multi-region" && r.kind !== "dual-region");
  const bad = others.filter((r) => violations(contract, { provider: PROVIDERS[source.provider!], region: r }, REPLICA_CLAUSES).length > 0);
  if (bad.length > 0) {
    say(
      `cannot tell where ${what} copies data to: ${PROVIDERS[source.provider].name} picks another of its regions, and ${bad.map((r) => `${source.provider}:${r.code}`).join(", ")} would not satisfy the contract.`,
      `which ${PROVIDERS[source.provider].name} region ${what} go to`,
    );
  }
}

function replica(contract: ResidencyContract, rep: Replica, source: Location, say: Say): void {
  if (rep.otherRegion) return otherRegion(contract, rep.what, source, say);
  if (rep.regionFrom !== undefined) {
    const derived = source.code === undefined ? undefined : rep.regionFrom(source.code);
    const why =
      source.code === undefined
        ? `the resource's own location cannot be read (${source.reason ?? "unknown"})`
        : `${rep.unreadable ?? "its region"} cannot be read`;
    return judge(
      contract,
      rep.what,
      source,
      derived === undefined ? { from: "unknown", reason: why } : located(source.provider, derived, why),
      say,
    );
  }
  const dest = rep.paired
    ? pairOf(source)
    : rep.region !== undefined
      ? located(source.provider, rep.region, "no region")
      : { from: "unknown" as const, reason: `${rep.unreadable ?? "its region"} cannot be read` };
  judge(contract, rep.what, source, dest, say);
}

/** The S3 bucket a replication rule's destination ARN (or name) names, in this program. */
function s3Bucket(
  resources: readonly PolicyResource[],
  ref: string | undefined,
  exclude: PolicyResource | undefined,
  viaRules: readonly PolicyResource[],
): PolicyResource | undefined {
  const buckets = resources.filter((r) => S3_BUCKETS.includes(r.type) && r !== exclude);
  if (ref !== undefined) {
    const name = ref.replace(/^arn:[^:]+:s3:::/, "");
    const byValue = buckets.filter((b) => {
      const p = b.props as Props;
      return p.arn === ref || p.bucket === name || (str(p.bucketPrefix) === undefined && b.name === name);
    });
    if (byValue.length === 1) return byValue[0];
  }
  // The destination ARN is another bucket's output (the engine links it as a property dependency of
  // `rules`): that bucket. Never a guess from other dependencies: a literal ARN of a bucket that is
  // not in the program must stay "cannot tell".
  const deps = viaRules.filter((d) => S3_BUCKETS.includes(d.type) && d !== exclude);
  return deps.length === 1 ? deps[0] : undefined;
}

function s3Rules(
  contract: ResidencyContract,
  r: PolicyResource,
  key: string,
  rules: readonly Props[],
  source: Location,
  sourceBucket: PolicyResource | undefined,
  all: readonly PolicyResource[],
  locs: Map<string, Location>,
  say: Say,
): void {
  const viaRules = r.propertyDependencies?.[key] ?? [];
  for (const [i, rule] of rules.entries()) {
    if (str(rule.status)?.toLowerCase() === "disabled") continue;
    const arn = str((rule.destination as Props | undefined)?.bucket);
    const what = `S3 replication rule ${str(rule.id) ? `"${str(rule.id)}"` : `#${i + 1}`}`;
    const dest = s3Bucket(all, arn, sourceBucket, viaRules);
    const destLoc = dest ? locs.get(dest.urn) : undefined;
    if (destLoc?.computed) continue;
    judge(
      contract,
      what,
      source,
      destLoc ?? {
        from: "unknown",
        reason: `its destination bucket ${arn ?? "(none given)"} is not in this program, and an S3 ARN does not say its region`,
      },
      say,
    );
  }
}

export const replicationRule: StackRule = {
  kind: "stack",
  name: "replication",
  description:
    "Replicas and copies stay where the contract allows: none outside the region under same-region, only allowed placements under within-contract (S3 replication, DynamoDB global tables, Cosmos DB locations, geo-redundant storage and backups, GCS multi/dual-regions, Pub/Sub and Secret Manager replicas, managed-database backup regions).",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Keep every copy (replica, geo-redundant copy, backup copy) in a region the contract allows, in this program so its location can be read; or change the contract's replication clause deliberately.",
  validate(args, contract, report) {
    const all = args.resources;
    const locs = locateAll(all);
    for (const r of all) {
      try {
        check(contract, r, all, locs, report);
      } catch (e) {
        // During preview a computed input cannot be read; the engine analyzes the stack again when it is known.
        if ((e as Error | undefined)?.constructor?.name !== "UnknownValueError" && !isUnknownError(e)) throw e;
      }
    }
  },
};

const RDS_INSTANCE = "aws:rds/instance:Instance";

/**
 * An RDS copy (a read replica, replicated automated backups) is itself where it is (`dest`); its
 * source instance is named by `via`: the instance in this program it refers to, else the Region of
 * the ARN. A replica's source given by identifier (not an ARN) is in the replica's Region: "If
 * replicating an Instance in a different region, use the arn of the source DB" (@pulumi/aws
 * rds/instance.d.ts, replicateSourceDb).
 */
function rdsCopy(
  contract: ResidencyContract,
  r: PolicyResource,
  via: string,
  what: string,
  dest: Location,
  locs: Map<string, Location>,
  say: Say,
): void {
  if (dest.from === "unknown" && dest.code === undefined) return; // the copy itself is "cannot tell" under data-location
  const deps = (r.propertyDependencies?.[via] ?? []).filter((d) => d.type === RDS_INSTANCE);
  let source: Location | undefined = deps.length === 1 ? locs.get(deps[0]!.urn) : undefined;
  if (source?.computed) return;
  if (source === undefined) {
    const value = str((r.props as Props)[via]);
    const arn = value?.match(/^arn:[^:]+:rds:([^:]+):/);
    if (arn) source = located("aws", arn[1], "no region");
    else if (value !== undefined && via === "replicateSourceDb") source = dest;
    else source = { from: "unknown", reason: `its source instance (${via}) is not in this program and its value cannot be read` };
  }
  // The copy's own place is judged by data-location; here: whether a copy outside the source's Region is allowed.
  if (source.code === undefined) {
    say(
      `cannot tell whether ${what} stays in its source's region: the source's location cannot be read (${source.reason ?? "unknown"}).`,
      `the location of the source instance (${source.reason ?? "unknown"})`,
    );
    return;
  }
  judge(contract, what, source, dest, say);
}

function check(
  contract: ResidencyContract,
  r: PolicyResource,
  all: readonly PolicyResource[],
  locs: Map<string, Location>,
  report: RuleReport,
): void {
  const p = r.props as Props;
  const source = locs.get(r.urn) ?? { from: "unknown" };
  if (source.computed || source.from === "global") return;
  const say: Say = (m, unreadable) => report(m, r.urn, unreadable === undefined ? undefined : cannotRead(unreadable));
  for (const rep of replicasOf(r.type)?.(p) ?? []) replica(contract, rep, source, say);
  switch (r.type) {
    case "aws:s3/bucketReplicationConfig:BucketReplicationConfig": {
      const srcName = str(p.bucket);
      const srcBucket =
        (r.propertyDependencies?.bucket ?? []).find((d) => S3_BUCKETS.includes(d.type)) ??
        all.find(
          (b) => S3_BUCKETS.includes(b.type) && srcName !== undefined && ((b.props as Props).bucket === srcName || b.name === srcName),
        );
      s3Rules(contract, r, "rules", list(p.rules), source, srcBucket, all, locs, say);
      break;
    }
    case "aws:s3/bucket:Bucket":
    case "aws:s3/bucketV2:BucketV2":
      s3Rules(
        contract,
        r,
        "replicationConfiguration",
        list((p.replicationConfiguration as Props | undefined)?.rules),
        source,
        r,
        all,
        locs,
        say,
      );
      break;
    case "gcp:storage/bucket:Bucket": {
      const placement = placementOf(source);
      if (placement)
        for (const v of violations(contract, placement, ["replication"]))
          say(`${where(source)} violates the contract's replication clause: ${v.reason}.`);
      break;
    }
    case "aws:rds/instance:Instance":
      if (p.replicateSourceDb !== undefined) rdsCopy(contract, r, "replicateSourceDb", "RDS read replica", source, locs, say);
      break;
    case "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication":
      // "This resource has to be created in the destination region" (@pulumi/aws rds/instanceAutomatedBackupsReplication.d.ts): its own location is the copy's.
      rdsCopy(contract, r, "sourceDbInstanceArn", "RDS automated backups replication", source, locs, say);
      break;
    case "ovh:CloudProject/storage:Storage":
      for (const rule of list((p.replication as Props | undefined)?.rules)) {
        if (str(rule.status)?.toLowerCase() === "disabled") continue;
        const d = rule.destination as Props | undefined;
        judge(
          contract,
          `OVHcloud replication to "${str(d?.name) ?? "?"}"`,
          source,
          located("ovhcloud", str(d?.region), "the replication rule names no destination region"),
          say,
        );
      }
      break;
  }
}
