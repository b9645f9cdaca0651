/**
 * Validate evidence the way a Gaia-X consumer would: expand the JSON-LD to RDF with `jsonld`
 * (offline: a document loader that serves the VC 2.0 context from the npm package and refuses
 * everything else), then check it with `rdf-validate-shacl` against the Gaia-X 25.11 shapes
 * vendored in vendor/gaia-x/, with the 25.11 ontology merged into the data graph so `sh:class`
 * accepts subclasses (a gx:ObjectStorageServiceOffering is a gx:ServiceOffering).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as jsonld from "jsonld";
import { Parser, Store, type Quad } from "n3";
import SHACLValidator from "rdf-validate-shacl";
// The W3C VC 2.0 context, shipped by Digital Bazaar's package (no network).
import { contexts as vcContexts } from "@digitalbazaar/credentials-context";
import { VC_CONTEXT_V2 } from "../../src/evidence/vocabulary";

const VENDOR = resolve(__dirname, "../../vendor/gaia-x");
const SH = "http://www.w3.org/ns/shacl#";

function parseTurtle(file: string): Quad[] {
  return new Parser().parse(readFileSync(resolve(VENDOR, file), "utf8"));
}

let shapes: Store | undefined;
let ontology: Quad[] | undefined;

/** Shapes and ontology, parsed once per test file. */
function load(): { shapes: Store; ontology: Quad[] } {
  shapes ??= new Store(parseTurtle("gx-25.11.shacl.ttl"));
  ontology ??= parseTurtle("gx-25.11.owl.ttl");
  return { shapes, ontology };
}

/** A jsonld document loader with no network: the VC 2.0 context only. */
export const offlineLoader = async (url: string) => {
  const document = vcContexts.get(url);
  if (url !== VC_CONTEXT_V2 || document === undefined) throw new Error(`offline document loader: refusing to fetch ${url}`);
  return { contextUrl: undefined, documentUrl: url, document };
};

/** The document as RDF quads (N-Quads through n3). */
export async function toQuads(doc: object): Promise<Quad[]> {
  const nquads = (await jsonld.toRDF(
    doc as jsonld.JsonLdDocument,
    { format: "application/n-quads", documentLoader: offlineLoader as never, safe: true } as never,
  )) as unknown as string;
  return new Parser({ format: "N-Quads" }).parse(nquads);
}

/** One SHACL result, with IRIs kept and blank nodes as `_:`. */
export interface ShaclResult {
  readonly focusNode: string;
  readonly path: string | undefined;
  readonly constraint: string;
  readonly severity: string;
  readonly message: string;
}

const short = (s: string) =>
  s
    .replace(SH, "sh:")
    .replace("https://w3id.org/gaia-x/development#", "gx:")
    .replace("http://www.w3.org/2006/vcard/ns#", "vcard:")
    .replace("https://schema.org/", "schema:")
    .replace("https://sovereign-cloud.dev/ns#", "sc:");

/** Validate a document; results with constraint components and paths in `sh:`/`gx:` compact form. */
export async function validate(doc: object): Promise<{ conforms: boolean; results: ShaclResult[]; quads: Quad[] }> {
  const { shapes: shapeStore, ontology: owl } = load();
  const quads = await toQuads(doc);
  const data = new Store([...quads, ...owl]);
  const report = await new SHACLValidator(shapeStore).validate(data);
  const results = report.results.map((r) => ({
    focusNode: r.focusNode?.termType === "BlankNode" ? `_:${r.focusNode.value}` : (r.focusNode?.value ?? ""),
    path: r.path && !Array.isArray(r.path) && "value" in r.path ? short((r.path as { value: string }).value) : undefined,
    constraint: short(r.sourceConstraintComponent?.value ?? ""),
    severity: short(r.severity?.value ?? ""),
    message: r.message.map((m) => m.value).join("; "),
  }));
  return { conforms: report.conforms, results, quads };
}
