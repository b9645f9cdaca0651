/**
 * Collects what one stack's evidence says: the Gaia-X subjects (deduplicated by IRI), the catalog
 * facts behind every statement (with their sources), and the gaps: properties left out because
 * the catalog holds no confirmed fact for them.
 */
import { SOURCES, type SourceId } from "../catalog/sources/index";
import type { Confirmed, Fact } from "../catalog/types";
import { iri, ref, typed, type Ref } from "./vocabulary";

/** A JSON-LD node (compacted with the evidence context). */
export type Node = { readonly id: string; readonly type: string | readonly string[] } & Record<string, unknown>;

/** A property the evidence leaves out, and why. */
export interface Gap {
  /** IRI of the node the property belongs on. */
  readonly subject: string;
  /** The property, as a compact IRI (`gx:registrationNumber`). */
  readonly property: string;
  /** True when the Gaia-X 25.11 shapes require it (the document does not conform until it is filled in). */
  readonly required: boolean;
  readonly reason: string;
}

export class Collector {
  private readonly subjectMap = new Map<string, Node>();
  private readonly factNodes: Record<string, unknown>[] = [];
  private readonly factKeys = new Set<string>();
  private readonly gapList: Gap[] = [];
  private readonly gapKeys = new Set<string>();
  private readonly sourceIds = new Set<SourceId>();
  private readonly pending = new Map<string, string[]>();

  /** Add a subject unless one with the same IRI is there; returns a reference to it. */
  subject(node: Node): Ref {
    if (!this.subjectMap.has(node.id)) this.subjectMap.set(node.id, node);
    return ref(node.id);
  }

  has(id: string): boolean {
    return this.subjectMap.has(id);
  }

  /** The subject with this IRI, to add statements to it. */
  node(id: string): Node | undefined {
    return this.subjectMap.get(id);
  }

  /**
   * Record the catalog fact behind a statement: `subject` has `property` = `value` because of
   * `fact` (its source and note). The value defaults to the fact's own.
   */
  fact<T>(subject: string, property: string, fact: Confirmed<T>, value: unknown = fact.value, note?: string): void {
    const notes = [fact.note, note].filter((n): n is string => n !== undefined && n !== "");
    const added = this.addFact(subject, property, value, fact.source, {
      "sc:source": ref(iri.source(fact.source)),
      ...(notes.length > 0 ? { "sc:note": notes.join("; ") } : {}),
    });
    if (added) this.sourceIds.add(fact.source);
  }

  /** Record a gap (once per subject and property). */
  gap(subject: string, property: string, required: boolean, reason: string): void {
    const key = `${subject} ${property}`;
    if (this.gapKeys.has(key)) return;
    this.gapKeys.add(key);
    this.gapList.push({ subject, property, required, reason });
  }

  /** Drop a gap once the property is stated. */
  removeGap(subject: string, property: string): void {
    const i = this.gapList.findIndex((g) => g.subject === subject && g.property === property);
    if (i >= 0) this.gapList.splice(i, 1);
    this.gapKeys.delete(`${subject} ${property}`);
  }

  /** Whether the gap is listed. */
  hasGap(subject: string, property: string): boolean {
    return this.gapKeys.has(`${subject} ${property}`);
  }

  /** Note why a property may stay out (turned into the gap's reason by {@link reasons}). */
  why(subject: string, property: string, reason: string): void {
    const key = `${subject} ${property}`;
    const list = this.pending.get(key) ?? [];
    if (!list.includes(reason)) list.push(reason);
    this.pending.set(key, list);
  }

  reasons(subject: string, property: string): readonly string[] {
    return this.pending.get(`${subject} ${property}`) ?? [];
  }

  /**
   * Record a fact about our own deployment behind a statement: what a component configured (not a
   * catalog fact; it has no catalog source, the component is its origin).
   */
  deployed(subject: string, property: string, value: unknown, component: string, note: string): void {
    this.addFact(subject, property, value, component, { "sc:basis": "deployment", "sc:component": ref(component), "sc:note": note });
  }

  /**
   * Add the fact node `subject` has `property` = `value`, with what it rests on (`origin`: a source
   * id or a component), once per statement and origin; true when it was not recorded yet.
   */
  private addFact(subject: string, property: string, value: unknown, origin: string, basis: Record<string, unknown>): boolean {
    const key = `${subject} ${property} ${JSON.stringify(value)} ${origin}`;
    if (this.factKeys.has(key)) return false;
    this.factKeys.add(key);
    this.factNodes.push({ type: "sc:Fact", "sc:about": ref(subject), "sc:property": ref(property), "sc:value": value, ...basis });
    return true;
  }

  /** A gap for an unconfirmed (or absent) fact, with the catalog's note on why it is unknown. */
  unknown(subject: string, property: string, required: boolean, what: string, f: Fact<unknown> | undefined): void {
    const why = f && !f.confirmed ? `: ${f.note}` : "";
    this.gap(subject, property, required, `the catalog has no confirmed fact for ${what}${why}`);
  }

  get subjects(): readonly Node[] {
    return [...this.subjectMap.values()];
  }

  get gaps(): readonly Gap[] {
    return this.gapList;
  }

  get facts(): readonly Record<string, unknown>[] {
    return this.factNodes;
  }

  /** Every source a recorded fact cites, as `sc:Source` nodes (title, reference, as-of date, kind). */
  sources(): Record<string, unknown>[] {
    return [...this.sourceIds].sort().map((id) => {
      const s = SOURCES[id];
      return {
        id: iri.source(id),
        type: "sc:Source",
        "sc:sourceId": id,
        "sc:title": s.title,
        "sc:reference": s.ref,
        "sc:asOf": typed(s.asOf, "xsd:date"),
        "sc:kind": s.kind,
      };
    });
  }
}

/** A gap as an `sc:Gap` node. */
export function gapNode(g: Gap): Record<string, unknown> {
  return { type: "sc:Gap", "sc:focusNode": ref(g.subject), "sc:path": ref(g.property), "sc:required": g.required, "sc:reason": g.reason };
}
