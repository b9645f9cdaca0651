/**
 * A supplement: statements the user makes, with their own sources, for what the catalog cannot
 * state (the provider's terms and conditions, datacenters with addresses, a registration number, an
 * image's license, ...). Each statement fills one gap of the evidence: it is merged into the Gaia-X
 * node it is about, the gap is dropped, and the report lists it as `sc:SuppliedStatement` (basis
 * `user-supplied`, the file and the user's source), never as a catalog fact.
 *
 * Format (JSON; docs/evidence.md, section Supplement):
 *
 *   { "statedBy": "who vouches for these statements (optional)",
 *     "statements": [ { "subject": "<IRI of a node in the evidence>", "property": "gx:registrationNumber",
 *                       "value": { "type": "gx:LocalRegistrationNumber", "gx:local": "..." },
 *                       "source": "where the user read it", "asOf": "2026-11-29", "note": "optional" } ] }
 *
 * Only properties the evidence can list as gaps may be supplied, with a value of the class the 25.11
 * shapes expect; everything is checked before anything is merged. Nested nodes without an `id` get
 * one (`<subject>:supplied:<property>:<n>...`), so the document keeps no blank nodes.
 */
import { readFileSync } from "node:fs";
import { problems, SovereignCloudError, type Problem } from "../errors";
import type { Collector, Node } from "./collector";
import { ref, typed } from "./vocabulary";

/** One statement of a supplement. */
export interface SupplementStatement {
  /** IRI of the node the statement is about (as the evidence names it, e.g. `urn:sovereign-cloud:catalog:legal-entity:scaleway`). */
  readonly subject: string;
  /** The property it supplies (one the evidence lists as a gap), e.g. `gx:serviceOfferingTermsAndConditions`. */
  readonly property: string;
  /** The value: a JSON-LD node (with `type`) or, for literal-valued properties, a string. */
  readonly value: unknown;
  /** Where the user read it (URL or citation). */
  readonly source: string;
  /** The day it was read (YYYY-MM-DD). @default - not stated */
  readonly asOf?: string;
  /** Free text. @default - none */
  readonly note?: string;
}

/** A validated supplement. */
export interface Supplement {
  /** Where it came from (the file given to `--supplement`, or `inline`). */
  readonly origin: string;
  /** Who vouches for the statements. @default - not stated */
  readonly statedBy?: string;
  readonly statements: readonly SupplementStatement[];
}

/** The properties a supplement may fill, and the class(es) of value the 25.11 shapes expect (`literal`: a string). */
export const SUPPLIABLE: Readonly<Record<string, readonly string[]>> = {
  "gx:registrationNumber": ["gx:LocalRegistrationNumber", "gx:VatID", "gx:LeiCode", "gx:EORI", "gx:EUID"],
  "gx:headquartersAddress": ["gx:Address"],
  "gx:legalAddress": ["gx:Address"],
  "gx:address": ["gx:Address"],
  "schema:name": ["literal"],
  "gx:aggregationOfResources": ["gx:Datacenter"],
  "gx:serviceOfferingTermsAndConditions": ["gx:TermsAndConditions"],
  "gx:storageConfiguration": ["gx:StorageConfiguration"],
  "gx:instantiationReq": ["gx:ServerFlavor"],
  "gx:codeArtifact": ["gx:VMImage"],
  "gx:hostedOn": ["gx:Datacenter", "gx:PhysicalResource", "gx:VirtualResource"],
  "gx:dataProtectionRegime": ["literal"],
  "gx:legalDocuments": ["gx:LegalDocument"],
};

const TOP_KEYS = ["statements", "statedBy", "$comment"];
const STATEMENT_KEYS = ["subject", "property", "value", "source", "asOf", "note"];
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/;
const TERM = /^(gx|schema|vcard|qudt):[A-Za-z][A-Za-z0-9_]*$/;
const KEYWORDS = ["id", "type", "@value", "@type", "@language"];

function invalid(path: string, why: string, received: unknown, allowed: string): Problem {
  return problems.supplementInvalid(path, why, received, allowed);
}

/** Problems with a JSON-LD value inside a statement (keys, types, nesting). */
function checkValue(path: string, v: unknown, found: Problem[], depth = 0): void {
  if (depth > 8) return void found.push(invalid(path, "nested too deeply", "...", "at most 8 levels"));
  if (Array.isArray(v)) return v.forEach((x, i) => checkValue(`${path}[${i}]`, x, found, depth + 1));
  if (v === null || typeof v !== "object") {
    if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean")
      found.push(invalid(path, "a value must be a string, number, boolean, node or list", v, "JSON-LD values"));
    return;
  }
  const o = v as Record<string, unknown>;
  for (const [k, x] of Object.entries(o)) {
    if (!KEYWORDS.includes(k) && !TERM.test(k))
      found.push(
        invalid(
          `${path}.${k}`,
          "only gx:, schema:, vcard: and qudt: properties (and id, type, @value, @type, @language) are allowed",
          k,
          "e.g. gx:url, gx:countryCode, schema:name",
        ),
      );
    else if (k === "id" && (typeof x !== "string" || !IRI.test(x)))
      found.push(invalid(`${path}.id`, "an id must be an IRI", x, "urn:... or https://..."));
    else if (k === "type" && !(typeof x === "string" || (Array.isArray(x) && x.every((t) => typeof t === "string"))))
      found.push(invalid(`${path}.type`, "a type must be a compact IRI or a list of them", x, "e.g. gx:Address"));
    else if (!k.startsWith("@") && k !== "id" && k !== "type") checkValue(`${path}.${k}`, x, found, depth + 1);
  }
}

function types(v: unknown): string[] {
  const t = (v as { type?: unknown })?.type;
  return typeof t === "string" ? [t] : Array.isArray(t) ? (t as string[]) : [];
}

/** Validate a parsed supplement; throws a SovereignCloudError listing every problem (SC_SUPPLEMENT_INVALID). */
export function parseSupplement(input: unknown, origin = "inline"): Supplement {
  const found: Problem[] = [];
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new SovereignCloudError(
      `evidence supplement ${origin}`,
      [invalid(origin, "it must be a JSON object", Array.isArray(input) ? "a list" : input, '{ "statements": [...] }')],
      "nothing was merged",
    );
  }
  const top = input as Record<string, unknown>;
  for (const k of Object.keys(top)) if (!TOP_KEYS.includes(k)) found.push(invalid(k, "unknown key", k, TOP_KEYS.join(", ")));
  if (top.statedBy !== undefined && typeof top.statedBy !== "string")
    found.push(invalid("statedBy", "must be text", top.statedBy, "who vouches for the statements"));
  const list = top.statements;
  if (!Array.isArray(list) || list.length === 0)
    found.push(invalid("statements", "must be a non-empty list", list, "[{ subject, property, value, source, asOf?, note? }, ...]"));
  (Array.isArray(list) ? list : []).forEach((s: unknown, i) => {
    const at = `statements[${i}]`;
    if (typeof s !== "object" || s === null || Array.isArray(s))
      return void found.push(invalid(at, "must be an object", s, "{ subject, property, value, source }"));
    const st = s as Record<string, unknown>;
    for (const k of Object.keys(st))
      if (!STATEMENT_KEYS.includes(k)) found.push(invalid(`${at}.${k}`, "unknown key", k, STATEMENT_KEYS.join(", ")));
    if (typeof st.subject !== "string" || !IRI.test(st.subject))
      found.push(
        invalid(
          `${at}.subject`,
          "must be the IRI of a node of the evidence",
          st.subject,
          "e.g. urn:sovereign-cloud:catalog:legal-entity:scaleway",
        ),
      );
    const allowed = typeof st.property === "string" ? SUPPLIABLE[st.property] : undefined;
    if (!allowed)
      found.push(invalid(`${at}.property`, "not a property the evidence lists as a gap", st.property, Object.keys(SUPPLIABLE).join(", ")));
    if (typeof st.source !== "string" || st.source.trim() === "")
      found.push(invalid(`${at}.source`, "every statement needs the user's source", st.source, "a URL or a citation"));
    if (st.asOf !== undefined && (typeof st.asOf !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(st.asOf)))
      found.push(invalid(`${at}.asOf`, "must be a date", st.asOf, "YYYY-MM-DD"));
    if (st.note !== undefined && typeof st.note !== "string") found.push(invalid(`${at}.note`, "must be text", st.note, "free text"));
    if (st.value === undefined) return void found.push(invalid(`${at}.value`, "is missing", undefined, "a JSON-LD node or a string"));
    checkValue(`${at}.value`, st.value, found);
    if (allowed) {
      for (const [j, v] of (Array.isArray(st.value) ? st.value : [st.value]).entries()) {
        const where = Array.isArray(st.value) ? `${at}.value[${j}]` : `${at}.value`;
        const ok = allowed.includes("literal") ? typeof v === "string" : types(v).some((t) => allowed.includes(t));
        if (!ok)
          found.push(
            invalid(
              where,
              `${st.property as string} takes ${allowed.includes("literal") ? "a string" : `a node of type ${allowed.join(" or ")}`}`,
              allowed.includes("literal") ? v : types(v).join(", ") || "no type",
              allowed.join(", "),
            ),
          );
      }
    }
  });
  if (found.length > 0) throw new SovereignCloudError(`evidence supplement ${origin}`, found, "nothing was merged");
  return { origin, ...(typeof top.statedBy === "string" ? { statedBy: top.statedBy } : {}), statements: list as SupplementStatement[] };
}

/** Read and validate a supplement file (SC_SUPPLEMENT_UNREADABLE when it cannot be read or parsed). */
export function loadSupplement(file: string): Supplement {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new SovereignCloudError(
      `evidence supplement ${file}`,
      [problems.supplementUnreadable(file, (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String((e as Error).message))],
      "nothing was merged",
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new SovereignCloudError(
      `evidence supplement ${file}`,
      [problems.supplementUnreadable(file, `not valid JSON (${(e as Error).message})`)],
      "nothing was merged",
    );
  }
  return parseSupplement(parsed, file);
}

/** Give every nested node without an `id` one derived from where it sits (no blank nodes). */
function withIds(v: unknown, base: string): unknown {
  if (Array.isArray(v)) return v.map((x, i) => withIds(x, `${base}:${i + 1}`));
  if (v === null || typeof v !== "object") return v;
  const o = v as Record<string, unknown>;
  if ("@value" in o) return o;
  const out: Record<string, unknown> = {};
  const id = typeof o.id === "string" ? o.id : base;
  if (o.type !== undefined || Object.keys(o).some((k) => k !== "id")) out.id = id;
  else return o; // a bare reference { id }
  for (const [k, x] of Object.entries(o)) if (k !== "id") out[k] = k === "type" ? x : withIds(x, `${id}:${k.replace(":", "-")}`);
  return out;
}

/**
 * Merge the statements that match a gap of this stack into its nodes, drop those gaps, and return
 * the `sc:SuppliedStatement` nodes for the report and how many statements matched no gap here.
 */
export function applySupplement(c: Collector, supplement: Supplement): { supplied: Record<string, unknown>[]; unmatched: number } {
  const supplied: Record<string, unknown>[] = [];
  let unmatched = 0;
  const filled = new Set<string>();
  const counts = new Map<string, number>();
  for (const s of supplement.statements) {
    const node: Node | undefined = c.node(s.subject);
    const key = `${s.subject} ${s.property}`;
    if (!node || !(c.hasGap(s.subject, s.property) || filled.has(key))) {
      unmatched++;
      continue;
    }
    c.removeGap(s.subject, s.property);
    filled.add(key);
    const values = Array.isArray(s.value) ? s.value : [s.value];
    for (const v of values) {
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      const value = withIds(v, `${s.subject}:supplied:${s.property.replace(":", "-")}:${n}`);
      const current = node[s.property];
      node[s.property] = current === undefined ? value : [...(Array.isArray(current) ? current : [current]), value];
    }
    supplied.push({
      type: "sc:SuppliedStatement",
      "sc:about": ref(s.subject),
      "sc:property": ref(s.property),
      "sc:basis": "user-supplied",
      "sc:suppliedIn": supplement.origin,
      ...(supplement.statedBy ? { "sc:statedBy": supplement.statedBy } : {}),
      "sc:reference": s.source,
      ...(s.asOf ? { "sc:asOf": typed(s.asOf, "xsd:date") } : {}),
      ...(s.note ? { "sc:note": s.note } : {}),
    });
  }
  return { supplied, unmatched };
}
