/**
 * replication: copies of the data stay where the contract allows. `replication: same-region` allows
 * no copy outside the source's region; `within-contract` allows copies only in placements that
 * satisfy the contract themselves. A copy whose destination cannot be read is reported.
 *
 * Understood (a stack rule, because destinations are other resources):
 * - S3: `aws.s3.BucketReplicationConfig` rules and a Bucket's inline `replicationConfiguration`;
 *   the destination bucket (an ARN) is looked up in the program (S3 ARNs carry no region);
 * - DynamoDB global tables: `replicas[].regionName`;
 * - GCS: multi- and dual-region locations (EU, EUR4) and configurable dual-regions
 *   (`customPlacementConfig.dataLocations`);
 * - Azure storage accounts with a geo-redundant SKU (GRS, RA-GRS, GZRS, RA-GZRS): the copy goes to
 *   the region's pair, from the catalog;
 * - OVHcloud Object Storage `replication.rules[].destination.region`.
 */
import type { PolicyResource } from "@pulumi/policy";
import { findRegion } from "../../catalog/regions/index";
import type { ClauseId } from "../../contract/evaluate";
import type { ResidencyContract } from "../../contract/schema";
import { placementOf, violations, where } from "../judge";
import { locateAll, type Location } from "../locator";
import type { StackRule } from "../rule";
import { catalogRegion } from "../codes";

const REPLICA_CLAUSES: readonly ClauseId[] = ["regionStatus", "dataLocation", "countries", "certifications", "providerControl"];
const S3_BUCKETS = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];
const GEO_SKU = /^(standard|premium)_(ra)?g(z)?rs$/i;

type Props = Readonly<Record<string, unknown>>;
type Report = (message: string, urn?: string) => void;

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const list = (v: unknown): Props[] => (Array.isArray(v) ? v.filter((x): x is Props => typeof x === "object" && x !== null) : []);

/** A copy's destination, as far as it can be read. */
function located(provider: Location["provider"], written: string | undefined, why: string): Location {
  if (provider === undefined || written === undefined) return { from: "unknown", reason: why };
  const r = catalogRegion(provider, written);
  return r ? { from: "resource", provider, region: written, code: r.code } : { from: "unknown", provider, region: written, reason: `${provider} region "${written}" is not in the catalog` };
}

/** Judge one copy from `source` to `dest`, described as `what`. */
function judge(contract: ResidencyContract, what: string, source: Location, dest: Location, report: (m: string) => void): void {
  const target = placementOf(dest);
  if (!target) {
    report(`cannot tell where ${what} copies data to: ${dest.reason ?? "its destination cannot be read"}. A copy whose location cannot be read never counts as compliant.`);
    return;
  }
  const destWhere = `${target.provider.id}:${target.region.code}`;
  if (contract.replication === "same-region") {
    if (source.provider === undefined || source.code === undefined) {
      report(`cannot tell whether ${what} stays in one region: the source's location cannot be read (${source.reason ?? "unknown"}).`);
    } else if (source.provider !== target.provider.id || source.code !== target.region.code) {
      report(`${what} copies data to ${destWhere}, but the contract keeps data in one region (replication: same-region).`);
    }
    return;
  }
  for (const v of violations(contract, target, REPLICA_CLAUSES)) {
    report(`${what} copies data to ${destWhere}, which violates the contract's ${v.clause} clause: ${v.reason}.`);
  }
}

/** The S3 bucket a replication rule's destination ARN (or name) names, in this program. */
function s3Bucket(resources: readonly PolicyResource[], ref: string, exclude?: PolicyResource, hint?: readonly PolicyResource[]): PolicyResource | undefined {
  const name = ref.replace(/^arn:[^:]+:s3:::/, "");
  const buckets = resources.filter((r) => S3_BUCKETS.includes(r.type) && r !== exclude);
  const byValue = buckets.filter((b) => {
    const p = b.props as Props;
    return p.arn === ref || p.bucket === name || (str(p.bucketPrefix) === undefined && b.name === name);
  });
  if (byValue.length === 1) return byValue[0];
  // Offline runs see inputs, not outputs (no ARN): fall back to the one other bucket it depends on.
  const deps = (hint ?? []).filter((d) => S3_BUCKETS.includes(d.type) && d !== exclude);
  return deps.length === 1 ? deps[0] : undefined;
}

function s3Rules(contract: ResidencyContract, r: PolicyResource, rules: readonly Props[], source: Location, sourceBucket: PolicyResource | undefined, all: readonly PolicyResource[], locs: Map<string, Location>, report: Report): void {
  for (const [i, rule] of rules.entries()) {
    if (str(rule.status)?.toLowerCase() === "disabled") continue;
    const arn = str((rule.destination as Props | undefined)?.bucket);
    const what = `S3 replication rule ${str(rule.id) ? `"${str(rule.id)}"` : `#${i + 1}`}`;
    const hint = [...(r.propertyDependencies?.rules ?? []), ...r.dependencies];
    const dest = arn === undefined ? undefined : s3Bucket(all, arn, sourceBucket ?? (S3_BUCKETS.includes(r.type) ? r : undefined), hint);
    const destLoc = dest ? locs.get(dest.urn) : undefined;
    if (destLoc?.computed) continue;
    judge(contract, what, source, destLoc ?? { from: "unknown", reason: `its destination bucket ${arn ?? "(none given)"} is not in this program, and an S3 ARN does not say its region` }, (m) => report(m, r.urn));
  }
}

export const replicationRule: StackRule = {
  kind: "stack",
  name: "replication",
  description: "Replicas stay where the contract allows: none outside the region under same-region, only allowed placements under within-contract (S3/DynamoDB replication, GCS multi/dual-regions, Azure geo-redundant SKUs, OVHcloud replication).",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Replicate only to a bucket in the program whose region the contract allows (or to the same region under replication: same-region); use a single-region GCS location; use LRS/ZRS, or GRS only where the catalog pair is allowed; or change the contract's replication clause deliberately.",
  validate(args, contract, report) {
    const all = args.resources;
    const locs = locateAll(all);
    for (const r of all) {
      try {
        check(contract, r, all, locs, report);
      } catch (e) {
        // During preview a computed input cannot be read; the engine analyzes the stack again when it is known.
        if ((e as Error | undefined)?.constructor?.name !== "UnknownValueError") throw e;
      }
    }
  },
};

function check(contract: ResidencyContract, r: PolicyResource, all: readonly PolicyResource[], locs: Map<string, Location>, report: Report): void {
  const p = r.props as Props;
  const source = locs.get(r.urn) ?? { from: "unknown" };
  if (source.computed) return;
  const say = (m: string) => report(m, r.urn);
  switch (r.type) {
    case "aws:s3/bucketReplicationConfig:BucketReplicationConfig": {
      const srcName = str(p.bucket);
      const srcBucket = all.find((b) => S3_BUCKETS.includes(b.type) && srcName !== undefined && ((b.props as Props).bucket === srcName || b.name === srcName)) ??
        (r.propertyDependencies?.bucket ?? []).find((d) => S3_BUCKETS.includes(d.type));
      s3Rules(contract, r, list(p.rules), source, srcBucket, all, locs, report);
      break;
    }
    case "aws:s3/bucket:Bucket":
    case "aws:s3/bucketV2:BucketV2":
      s3Rules(contract, r, list((p.replicationConfiguration as Props | undefined)?.rules), source, r, all, locs, report);
      break;
    case "aws:dynamodb/table:Table":
      for (const replica of list(p.replicas)) {
        const region = str(replica.regionName);
        judge(contract, "a DynamoDB global-table replica", source, located(source.provider ?? "aws", region, "the replica names no region"), say);
      }
      break;
    case "gcp:storage/bucket:Bucket": {
      const placement = placementOf(source);
      if (placement) for (const v of violations(contract, placement, ["replication"])) say(`${where(source)} violates the contract's replication clause: ${v.reason}.`);
      const dataLocations = ((p.customPlacementConfig as Props | undefined)?.dataLocations ?? []) as unknown[];
      for (const dl of dataLocations) judge(contract, "a configurable dual-region bucket", source, located("gcp", str(dl), "a data location is not readable"), say);
      break;
    }
    case "azure-native:storage:StorageAccount": {
      const sku = str((p.sku as Props | undefined)?.name);
      if (!sku || !GEO_SKU.test(sku)) break;
      const what = `geo-redundant storage (sku ${sku})`;
      const region = source.provider === "azure" && source.code ? findRegion("azure", source.code) : undefined;
      const pair = region?.pairedRegion;
      const dest: Location =
        region === undefined
          ? { from: "unknown", reason: `the account's own location cannot be read (${source.reason ?? "unknown"}), so neither can its pair` }
          : pair === undefined || !pair.confirmed
            ? { from: "unknown", reason: `the paired region of azure:${region.code} is not confirmed${pair && !pair.confirmed ? ` (${pair.note})` : ""}` }
            : pair.value === null
              ? { from: "unknown", reason: `azure:${region.code} has no paired region, so where Azure keeps the geo-redundant copy is not in the catalog` }
              : located("azure", pair.value, "no pair");
      judge(contract, what, source, dest, say);
      break;
    }
    case "ovh:CloudProject/storage:Storage":
      for (const rule of list((p.replication as Props | undefined)?.rules)) {
        if (str(rule.status)?.toLowerCase() === "disabled") continue;
        const d = rule.destination as Props | undefined;
        judge(contract, `OVHcloud replication to "${str(d?.name) ?? "?"}"`, source, located("ovhcloud", str(d?.region), "the replication rule names no destination region"), say);
      }
      break;
  }
}
