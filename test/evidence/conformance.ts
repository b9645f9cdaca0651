/**
 * "Conforms except for its declared gaps": the document's SHACL results, deduplicated by focus
 * node, path and constraint (a node of a subclass is checked by every superclass's shape, so one
 * missing property is reported once per shape), compared with the document's own `sc:Gap` list.
 */
import type { EvidenceDocument } from "../../src/evidence/build";
import type { ShaclResult } from "./shacl";

export interface Finding {
  readonly focusNode: string;
  readonly path: string | undefined;
  readonly constraint: string;
}

const key = (f: Finding) => `${f.focusNode} ${f.path} ${f.constraint}`;

/** Distinct (focus node, path, constraint) of SHACL results, sorted. */
export function distinct(results: readonly ShaclResult[]): Finding[] {
  const byKey = new Map(results.map((r) => [key(r), { focusNode: r.focusNode, path: r.path, constraint: r.constraint }]));
  return [...byKey.values()].sort((a, b) => key(a).localeCompare(key(b)));
}

/** The document's required gaps, as the SHACL results they stand for (a missing value: sh:MinCountConstraintComponent). */
export function declaredRequiredGaps(doc: EvidenceDocument): Finding[] {
  const found: Finding[] = [];
  for (const c of doc["@graph"]) {
    const s = c.credentialSubject as Record<string, unknown>;
    if (s.type !== "sc:EvidenceReport") continue;
    for (const g of s["sc:gap"] as { "sc:focusNode": { id: string }; "sc:path": { id: string }; "sc:required": boolean }[]) {
      if (g["sc:required"])
        found.push({ focusNode: g["sc:focusNode"].id, path: g["sc:path"].id, constraint: "sh:MinCountConstraintComponent" });
    }
  }
  return found.sort((a, b) => key(a).localeCompare(key(b)));
}
