/**
 * Namespaces, the JSON-LD context and the IRIs of the Gaia-X evidence.
 *
 * - `gx:` is the Gaia-X 25.11 ontology (`https://w3id.org/gaia-x/development#`), checked by the
 *   shapes vendored in `vendor/gaia-x/`.
 * - `sc:` (`https://sovereign-cloud.dev/ns#`) is ours: the verdict, the catalog facts and sources
 *   behind each Gaia-X statement, and the gaps. Gaia-X shapes are closed, so our statements live on
 *   nodes of our own (`sc:Component`, `sc:Fact`, `sc:Gap`, ...) that point at the Gaia-X nodes,
 *   never as extra properties on them. The terms are described in docs/evidence.md.
 * - Nodes get IRIs, not blank nodes, so a validation result names the node it is about:
 *   `urn:sovereign-cloud:catalog:...` for what the catalog describes (legal entities, regions,
 *   zones, service offerings, sources), the Pulumi URN for a component, and
 *   `urn:sovereign-cloud:evidence:<project>:<stack>:...` for the credentials of one stack.
 */

export const GX = "https://w3id.org/gaia-x/development#";
export const SC = "https://sovereign-cloud.dev/ns#";
export const VCARD = "http://www.w3.org/2006/vcard/ns#";
export const SCHEMA = "https://schema.org/";
export const XSD = "http://www.w3.org/2001/XMLSchema#";
/** QUDT, for `gx:MemorySize` (`qudt:quantityValue`, `qudt:applicableUnit`). */
export const QUDT = "http://qudt.org/schema/qudt/";

/** The W3C Verifiable Credentials 2.0 context: first in every credential's `@context`. */
export const VC_CONTEXT_V2 = "https://www.w3.org/ns/credentials/v2";

/** Our prefixes, inline: the only remote context a consumer needs is {@link VC_CONTEXT_V2}. */
export const PREFIXES = {
  gx: GX,
  sc: SC,
  schema: SCHEMA,
  vcard: VCARD,
  xsd: XSD,
  qudt: QUDT,
} as const;

/** The `@context` of an evidence document. */
export const EVIDENCE_CONTEXT: readonly [string, typeof PREFIXES] = [VC_CONTEXT_V2, PREFIXES];

/** A reference to a node by IRI. */
export interface Ref {
  readonly id: string;
}

export function ref(id: string): Ref {
  return { id };
}

/** A typed literal (`{"@value": ..., "@type": "xsd:..."}`). */
export function typed(
  value: string,
  datatype: "xsd:anyURI" | "xsd:date" | "xsd:dateTime" | "xsd:float",
): { "@value": string; "@type": string } {
  return { "@value": value, "@type": datatype };
}

/** One IRI segment: what the catalog and Pulumi use, with anything outside a safe set percent-encoded. */
export function segment(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const CATALOG = "urn:sovereign-cloud:catalog";

export const iri = {
  legalEntity: (entityId: string) => `${CATALOG}:legal-entity:${segment(entityId)}`,
  /** The one address the catalog knows for an entity: its registered head office (country only). */
  registeredOffice: (entityId: string) => `${CATALOG}:legal-entity:${segment(entityId)}:registered-office`,
  /** A registration number of a legal entity (`...:registration-number:local:433115904`). */
  registrationNumber: (entityId: string, kind: string, value: string) =>
    `${CATALOG}:legal-entity:${segment(entityId)}:registration-number:${segment(kind)}:${segment(value)}`,
  region: (provider: string, region: string) => `${CATALOG}:region:${segment(provider)}:${segment(region)}`,
  regionAddress: (provider: string, region: string) => `${CATALOG}:region:${segment(provider)}:${segment(region)}:address`,
  zone: (provider: string, region: string, zone: string) => `${CATALOG}:zone:${segment(provider)}:${segment(region)}:${segment(zone)}`,
  zoneAddress: (provider: string, region: string, zone: string) =>
    `${CATALOG}:zone:${segment(provider)}:${segment(region)}:${segment(zone)}:address`,
  offering: (provider: string, region: string, kind: string) =>
    `${CATALOG}:offering:${segment(provider)}:${segment(region)}:${segment(kind)}`,
  source: (sourceId: string) => `${CATALOG}:source:${segment(sourceId)}`,
  /** One stack's evidence: the report node, and a credential per subject. */
  stack: (project: string, stack: string) => `urn:sovereign-cloud:evidence:${segment(project)}:${segment(stack)}`,
  /** `key` is made of segments already encoded (see build.ts `keyOf`). */
  credential: (project: string, stack: string, key: string) =>
    `urn:sovereign-cloud:evidence:${segment(project)}:${segment(stack)}:credential:${key}`,
};
