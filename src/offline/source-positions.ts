/**
 * Where in the user's code each resource was constructed, so a finding can point at the line a
 * reviewer must change (issue 16). Captured cheaply, for the offline engine only:
 * - one bounded stack capture (V8's structured call sites, at most {@link FRAME_LIMIT} frames, no
 *   string formatting, no source maps) when a resource registers; a resource under a component
 *   (ours, the SDKs' or a team's) captures nothing: it takes the position of its outermost
 *   component, i.e. the line in user code that constructed that component;
 * - the frame kept is the first one after the resource's own constructor chain (`new Resource` ...
 *   `new Bucket`, or a team's subclass) that is neither inside node_modules, nor inside this
 *   library, nor Node's own; it is the `new X(...)` call (or the call of a helper of the SDK, such
 *   as `bucket.onObjectCreated(...)`) in the user's code;
 * - the raw position waits, with the registration under way, until the request reaches the mock
 *   monitor (the recorder takes it there: {@link registrationReached}); it is mapped back to the
 *   TypeScript line only when the report is built ({@link projectPosition}), once per position.
 */
import { existsSync, readFileSync } from "node:fs";
import { findSourceMap } from "node:module";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { originalPosition } from "./ts-require";

/** A position in a file as Node ran it (1-based line and column; the file absolute). */
export interface RawPosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A position in the user's source: the file relative to the project (forward slashes), 1-based line and column. */
export interface SourcePosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** How many frames one capture keeps: the resource classes' constructors, the SDK's helpers, then the user's call. */
export const FRAME_LIMIT = 24;

/** The directory of this package (where its package.json is named `sovereign-cloud`). */
function packageRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "package.json");
    try {
      if (existsSync(file) && (JSON.parse(readFileSync(file, "utf8")) as { name?: string }).name === "sovereign-cloud") return dir;
    } catch {
      // not ours
    }
  }
  return join(__dirname, "..", "..");
}

const ROOT = packageRoot();
/** This library's own code (source and compiled), never the user's. */
const LIBRARY = [join(ROOT, "src") + sep, join(ROOT, "dist") + sep];
const NODE_MODULES = `${sep}node_modules${sep}`;

/** True for a file of the user's (not in node_modules, not this library's, not Node's own). */
export function isUserFile(file: string): boolean {
  if (file.startsWith("node:") || file.includes(NODE_MODULES)) return false;
  return !LIBRARY.some((dir) => file.startsWith(dir));
}

/** Names of the classes a resource is an instance of (its constructor chain). */
const chains = new WeakMap<object, ReadonlySet<string>>();
function classNames(resource: object): ReadonlySet<string> {
  const ctor = (resource as { constructor?: object }).constructor;
  const key = ctor ?? resource;
  let names = chains.get(key);
  if (!names) {
    const found = new Set<string>();
    for (
      let p = Object.getPrototypeOf(resource) as { constructor?: { name?: string } } | null;
      p;
      p = Object.getPrototypeOf(p) as typeof p
    ) {
      if (p.constructor?.name) found.add(p.constructor.name);
    }
    names = found;
    chains.set(key, names);
  }
  return names;
}

const asSites = (_: Error, sites: NodeJS.CallSite[]): NodeJS.CallSite[] => sites;

/** The user's call that constructed `resource` (see the header), from one bounded capture; `below` is left out of the stack. */
export function captureUserFrame(resource: object, below: (...args: never[]) => unknown): RawPosition | undefined {
  const limit = Error.stackTraceLimit;
  const prepare = Error.prepareStackTrace;
  let sites: NodeJS.CallSite[] | undefined;
  try {
    Error.stackTraceLimit = FRAME_LIMIT;
    Error.prepareStackTrace = asSites;
    const holder: { stack?: unknown } = {};
    Error.captureStackTrace(holder, below);
    sites = holder.stack as NodeJS.CallSite[] | undefined;
  } finally {
    Error.stackTraceLimit = limit;
    Error.prepareStackTrace = prepare;
  }
  if (!Array.isArray(sites)) return undefined;
  const chain = classNames(resource);
  let i = 0;
  while (i < sites.length && sites[i]!.isConstructor() && chain.has(sites[i]!.getFunctionName() ?? "")) i++;
  for (; i < sites.length; i++) {
    const site = sites[i]!;
    let file = site.getFileName();
    const line = site.getLineNumber();
    const column = site.getColumnNumber();
    if (!file || line === null || column === null) continue;
    if (file.startsWith("file://")) file = fileURLToPath(file);
    if (!isAbsolute(file) || !isUserFile(file)) continue;
    return { file, line, column };
  }
  return undefined;
}

/** Raw positions by resource object (components' are inherited by their children; failures name a resource's line). */
const positions = new WeakMap<object, RawPosition>();

/** The position recorded for a resource object, if any. */
export function positionOf(resource: unknown): RawPosition | undefined {
  return resource !== null && typeof resource === "object" ? positions.get(resource) : undefined;
}

interface ResourceLike {
  readonly __pulumiType?: string;
  readonly __pulumiComponentResource?: boolean;
  readonly __parentResource?: ResourceLike;
}

/** The position of the outermost component above `parent` (the stack itself excluded), if it has one. */
function outermostComponent(parent: ResourceLike | undefined): RawPosition | undefined {
  let found: RawPosition | undefined;
  for (let p = parent, depth = 0; p && depth < 64; p = p.__parentResource, depth++) {
    if (p.__pulumiComponentResource === true && p.__pulumiType !== "pulumi:pulumi:Stack") found = positions.get(p) ?? found;
  }
  return found;
}

type RegisterResource = (res: object, parent: ResourceLike | undefined, ...rest: unknown[]) => unknown;

/** A registration that has not reached the (mock) monitor yet: its inputs are still being resolved. */
export interface PendingRegistration {
  readonly type: string;
  readonly name: string;
  readonly resource: object;
  readonly props: Readonly<Record<string, unknown>>;
  readonly at?: RawPosition;
}

/** Registrations under way, by `type::name` (the recorder removes each one when its request reaches the monitor). */
const pending = new Map<string, PendingRegistration>();

/** A registration reached the monitor: the position of the user's code that constructed it, if known. */
export function registrationReached(type: string, name: string): RawPosition | undefined {
  const key = `${type}::${name}`;
  const p = pending.get(key);
  if (p) pending.delete(key);
  return p?.at;
}

/** Registrations whose inputs never resolved, in the order they started (after a failure: the suspects). */
export function pendingRegistrations(): readonly PendingRegistration[] {
  return [...pending.values()];
}

let installed = false;

/**
 * Record a source position for every resource registered from now on (idempotent). It wraps the
 * SDK's `registerResource` (runtime/resource.js), which the resource constructor calls with the
 * resource, its parent, type, name and inputs. An SDK whose function has another shape is left
 * alone (resources then have no position).
 */
export function recordSourcePositions(): void {
  if (installed) return;
  installed = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an SDK-internal module with no typings or export entry, wrapped under the mocks only
  const runtime = require("@pulumi/pulumi/runtime/resource") as { registerResource?: RegisterResource };
  const register = runtime.registerResource;
  // (res, parent, t, name, custom, remote, newDependency, props, opts, sourcePosition, stackTrace, packageRef)
  if (typeof register !== "function" || register.length !== 12) return;
  const wrapped: RegisterResource = function (this: unknown, res, parent, ...rest) {
    const at = outermostComponent(parent) ?? captureUserFrame(res, wrapped);
    const [type, name, , , , props] = rest as [string, string, unknown, unknown, unknown, Record<string, unknown> | undefined];
    pending.set(`${type}::${name}`, { type, name, resource: res, props: props ?? {}, ...(at ? { at } : {}) });
    if (at) positions.set(res, at);
    return register.call(this, res, parent, ...rest);
  };
  runtime.registerResource = wrapped;
}

/** Mapped positions by raw position and project (children of a component share their component's). */
const mapped = new Map<string, SourcePosition>();

/** A raw position mapped to the user's source (TypeScript lines through the transpiler's map) and made relative to the project. */
export function projectPosition(raw: RawPosition, projectDir: string): SourcePosition {
  const key = `${raw.file}\0${raw.line}\0${raw.column}\0${projectDir}`;
  let done = mapped.get(key);
  if (!done) {
    done = mapPosition(raw, projectDir);
    mapped.set(key, done);
  }
  return done;
}

function mapPosition(raw: RawPosition, projectDir: string): SourcePosition {
  let at: { line: number; column: number } | undefined = originalPosition(raw.file, raw.line, raw.column);
  if (!at) {
    // Files Node maps itself (tsx for ES module programs turns Node's source maps on).
    const entry = findSourceMap(raw.file)?.findEntry(raw.line - 1, raw.column - 1) as
      { originalLine?: number; originalColumn?: number } | undefined;
    if (entry?.originalLine !== undefined && entry.originalColumn !== undefined)
      at = { line: entry.originalLine + 1, column: entry.originalColumn + 1 };
  }
  return { file: relative(projectDir, raw.file).split(sep).join("/"), line: at?.line ?? raw.line, column: at?.column ?? raw.column };
}
