/**
 * Gaia-X 25.11 evidence for the sovereign-cloud components of a stack, as unsigned Verifiable
 * Credentials (W3C VC Data Model 2.0) in one JSON-LD document:
 *
 * - one credential per Gaia-X subject (operator, region, zone, service offering), built from catalog
 *   facts only (see subjects.ts);
 * - one credential per component (`sc:Component`): the contract, the clauses it satisfies, and
 *   links to the offering, operator, region and zone;
 * - one credential for the stack (`sc:EvidenceReport`): every catalog fact behind a statement with
 *   its source and as-of date, and every gap (a property left out for want of a confirmed fact).
 *
 * Pure: no Pulumi, no I/O. `sovereign-cloud evidence` feeds it the plan's components; a program
 * feeds it its own components through {@link gaiaxEvidence} (output.ts).
 */
import { findRegion } from "../catalog/regions/index";
import { PROVIDERS } from "../catalog/providers";
import type { ProviderFacts, ProviderId, RegionFacts } from "../catalog/types";
import type { ResidencyRecord } from "../components/residency";
import { CLAUSES } from "../contract/evaluate";
import type { ResidencyContract } from "../contract/schema";
import { Collector, gapNode, type Gap, type Node } from "./collector";
import { describeBucket, describeDatabase, describeVm, finishOfferings } from "./deployment";
import { legalPerson, offering, region, zone, type OfferingKind } from "./subjects";
import { applySupplement, type Supplement } from "./supplement";
import { EVIDENCE_CONTEXT, iri, ref, segment, type Ref } from "./vocabulary";

/** The Gaia-X release whose shapes the evidence is written for. */
export const GAIA_X_RELEASE = "25.11";

/** One component and the `residency` record it registered. */
export interface ComponentResidency {
  /** The component's Pulumi URN (`urn:pulumi:<stack>::<project>::sovereign-cloud:index:Bucket::docs`). */
  readonly urn: string;
  readonly residency: ResidencyRecord;
}

/** How the offline plan judged the whole stack (raw resources included), when the evidence comes from `plan`. */
export interface PlanOutcome {
  /** `ok`: no mandatory finding; `violations`: mandatory findings on some resource. */
  readonly status: "ok" | "violations";
  /** Mandatory policy findings (cannot-tell included). */
  readonly mandatoryFindings: number;
}

export interface StackEvidenceInput {
  readonly project: string;
  readonly stack: string;
  readonly components: readonly ComponentResidency[];
  /** The plan's outcome for the stack. @default - not stated (the helper for programs has no plan) */
  readonly plan?: PlanOutcome;
}

export interface EvidenceOptions {
  /**
   * The credentials' `issuer` (a DID or URL of whoever signs them). VC 2.0 requires one; it is
   * the signer's to set.
   * @default - left out: the signer sets it when signing
   */
  readonly issuer?: string;
  /**
   * The credentials' `validFrom` (an XML Schema dateTime, e.g. `2026-11-29T00:00:00Z`).
   * @default - left out, so the same deployment gives the same document
   */
  readonly validFrom?: string;
  /**
   * The user's own statements for what the catalog cannot state (see supplement.ts): each one that
   * matches a gap is merged and listed as `sc:SuppliedStatement`, and the gap is dropped.
   * @default - none: only catalog and deployment facts
   */
  readonly supplement?: Supplement;
}

/** A credential as the document carries it (unsigned: no `proof`). */
export interface UnsignedCredential {
  readonly id: string;
  readonly type: readonly string[];
  readonly issuer?: string;
  readonly validFrom?: string;
  readonly credentialSubject: Node;
}

export interface EvidenceDocument {
  readonly "@context": typeof EVIDENCE_CONTEXT;
  readonly "@graph": readonly UnsignedCredential[];
}

export interface StackEvidence {
  readonly stack: string;
  readonly components: number;
  readonly gaps: readonly Gap[];
  /** Supplement statements merged into this stack's document. */
  readonly supplied: number;
  /** Supplement statements that matched no gap of this stack (another stack's, or already stated). */
  readonly unmatched: number;
}

export interface Evidence {
  readonly document: EvidenceDocument;
  /** Per stack: what was described and what is missing (also in the document, as `sc:Gap` nodes). */
  readonly stacks: readonly StackEvidence[];
}

/** `sovereign-cloud:index:Bucket` from a component URN. */
export function componentType(urn: string): string {
  return urn.split("::")[2]?.split("$").pop() ?? "";
}

function componentName(urn: string): string {
  return urn.split("::")[3] ?? urn;
}

const OFFERING_OF: Readonly<Record<string, OfferingKind>> = {
  "sovereign-cloud:index:Bucket": "object-storage",
  "sovereign-cloud:index:VirtualMachine": "virtual-machine",
};

function contractNode(contract: ResidencyContract): Record<string, unknown> {
  return {
    type: "sc:ResidencyContract",
    ...(contract.preset ? { "sc:preset": contract.preset } : {}),
    "sc:dataLocation": contract.dataLocation,
    ...(contract.countries ? { "sc:country": [...contract.countries] } : {}),
    "sc:providerControl": contract.providerControl,
    "sc:certification": [...contract.certifications],
    "sc:encryption": contract.encryption,
    "sc:replication": contract.replication,
  };
}

/** The catalog entries a record names: provider, region, and the region's operator. */
function lookup(record: ResidencyRecord): { provider: ProviderFacts; region: RegionFacts } | undefined {
  const provider = PROVIDERS[record.provider as ProviderId] as ProviderFacts | undefined;
  const found = provider ? findRegion(provider.id, record.region) : undefined;
  return provider && found ? { provider, region: found } : undefined;
}

function componentNode(c: Collector, component: ComponentResidency): Node {
  const { urn, residency: record } = component;
  const type = componentType(urn);
  const node: Node = {
    id: urn,
    type: "sc:Component",
    "sc:componentType": type,
    "sc:name": componentName(urn),
    "sc:placement": `${record.provider}:${record.region}${record.zone ? `:${record.zone}` : ""}`,
    "sc:contract": contractNode(record.contract),
    "sc:satisfiedClause": [...record.satisfiedClauses],
    "sc:verdict": CLAUSES.every((k) => record.satisfiedClauses.includes(k)) ? "satisfied" : "not-satisfied",
  };
  const found = lookup(record);
  if (!found) {
    c.gap(urn, "sc:region", false, `the catalog has no region "${record.region}" of provider "${record.provider}"`);
    return node;
  }
  const { provider, region: r } = found;
  const operator = legalPerson(c, r.operator ?? provider.operator);
  node["sc:operator"] = operator;
  node["sc:region"] = region(c, provider, r);
  const members = (r.members ?? []).map((m) => findRegion(provider.id, m)).filter((m): m is RegionFacts => m !== undefined);
  if (members.length > 0) node["sc:memberRegion"] = members.map((m) => region(c, provider, m));
  // Object storage is regional; only a VM is placed in a zone.
  if (type === "sovereign-cloud:index:VirtualMachine" && record.zone) node["sc:zone"] = zone(c, provider, r, record.zone);
  const kind = OFFERING_OF[type];
  if (kind) {
    const offeringRef = offering(c, provider, r, kind, operator);
    node["sc:offering"] = offeringRef;
    if (kind === "object-storage") describeBucket(c, offeringRef.id, urn, record, node);
    else describeVm(c, provider.id, offeringRef.id, urn, record, node);
  }
  if (type === "sovereign-cloud:index:Database") describeDatabase(c, urn, record, node);
  return node;
}

function credential(project: string, stack: string, key: string, subject: Node, options: EvidenceOptions): UnsignedCredential {
  return {
    id: iri.credential(project, stack, key),
    type: ["VerifiableCredential"],
    ...(options.issuer ? { issuer: options.issuer } : {}),
    ...(options.validFrom ? { validFrom: options.validFrom } : {}),
    credentialSubject: subject,
  };
}

/** The credential key of a subject: its IRI without the catalog prefix, or `component:<type>:<name>`. */
function keyOf(subject: Node): string {
  if (subject.id.startsWith("urn:sovereign-cloud:catalog:")) return subject.id.slice("urn:sovereign-cloud:catalog:".length);
  return `component:${segment(componentType(subject.id).split(":").pop() ?? "")}:${segment(componentName(subject.id))}`;
}

/** One stack's credentials and gaps. */
export function stackEvidence(
  input: StackEvidenceInput,
  options: EvidenceOptions = {},
): { credentials: UnsignedCredential[]; evidence: StackEvidence } {
  const c = new Collector();
  const components = input.components.map((x) => componentNode(c, x));
  finishOfferings(c);
  const merged = options.supplement ? applySupplement(c, options.supplement) : { supplied: [], unmatched: 0 };
  const report: Node = {
    id: iri.stack(input.project, input.stack),
    type: "sc:EvidenceReport",
    "sc:project": input.project,
    "sc:stack": input.stack,
    "sc:gaiaxRelease": GAIA_X_RELEASE,
    "sc:signed": false,
    ...(input.plan ? { "sc:planStatus": input.plan.status, "sc:mandatoryFindings": input.plan.mandatoryFindings } : {}),
    "sc:component": components.map((n): Ref => ref(n.id)),
    "sc:fact": [...c.facts],
    "sc:gap": c.gaps.map(gapNode),
    ...(options.supplement ? { "sc:supplied": merged.supplied } : {}),
    "sc:source": c.sources(),
  };
  const subjects = [...c.subjects, ...components, report];
  return {
    credentials: subjects.map((s) => credential(input.project, input.stack, s === report ? "report" : keyOf(s), s, options)),
    evidence: {
      stack: input.stack,
      components: components.length,
      gaps: c.gaps,
      supplied: merged.supplied.length,
      unmatched: merged.unmatched,
    },
  };
}

/** The evidence document for one or more stacks. */
export function buildEvidence(stacks: readonly StackEvidenceInput[], options: EvidenceOptions = {}): Evidence {
  const built = stacks.map((s) => stackEvidence(s, options));
  return {
    document: { "@context": EVIDENCE_CONTEXT, "@graph": built.flatMap((b) => b.credentials) },
    stacks: built.map((b) => b.evidence),
  };
}
