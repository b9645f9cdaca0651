/**
 * Every way the Pulumi Node.js runtime fails a program, watched for during an offline run, so a
 * plan ends as soon as the program has failed (issue 10, item 4), the way `pulumi up` fails it:
 * - an exception thrown while the program loads (the engine's `load()` rejects);
 * - an uncaught exception (a timer's or an event's callback throws);
 * - an unhandled promise rejection (an async step nobody awaits; an `apply` callback that throws;
 *   a registration that fails, e.g. a function serialization that cannot find a package.json).
 * The Pulumi runtime logs the last two from its own `uncaughtException`/`unhandledRejection`
 * handlers and fails the update; it never lets them pass. A failed registration may also leave
 * the resources that depend on it waiting forever: the run must not wait for them.
 *
 * After the program has loaded and its registrations have settled, the run also waits (at most
 * {@link DRAIN_LIMIT_MS}) while the program still has work pending (timers, sockets, file reads
 * it started), since a rejection may come from there: `pulumi up` runs a program until its event
 * loop is empty. A program that keeps a timer or a server open forever ends the run at the limit.
 */
import { relative, sep } from "node:path";
import { isUserFile, pendingRegistrations, positionOf, projectPosition, type RawPosition, type SourcePosition } from "./source-positions";

/** How the program failed. */
export type FailureOrigin = "thrown while loading" | "uncaught exception" | "unhandled promise rejection" | "apply callback";

export interface ProgramFailure {
  readonly error: unknown;
  readonly origin: FailureOrigin;
}

/** How long a run waits, after its registrations settled, for work the program still has pending. */
export const DRAIN_LIMIT_MS = 2_000;

/** The reason of the rejection {@link watchFailures}' `flush` makes: recognised by identity, never a failure. */
const FLUSH_MARK: object = Object.freeze({ sovereignCloud: "failure-watch flush (not an error)" });

/**
 * Listen for uncaught exceptions and unhandled rejections from now on. `failed` resolves with the
 * first one. The listeners stay (a later error must not crash a worker before it reported); call
 * `stop()` once the report is built to make them no-ops.
 *
 * `flush()` resolves once every rejection made so far (an `apply` callback that threw in the last
 * microtasks) has been reported, with the first failure if there is one. Node reports unhandled
 * rejections after the microtask queue drains, in the order they were made, all in one go: flush
 * makes one more rejection (a marker, ignored by the listeners) and resolves in the microtask after
 * the marker's report. Unlike a turn of the event loop (`setImmediate`), this lets nothing else run:
 * a turn let V8 finish an incremental garbage collection it had started (about 6% of the CPU time
 * of a small plan, which otherwise ends before the collection does). When Node does not report
 * rejections (`--unhandled-rejections=none`), a turn of the event loop ends the wait instead.
 */
export function watchFailures(): {
  readonly failed: Promise<ProgramFailure>;
  first(): ProgramFailure | undefined;
  flush(): Promise<ProgramFailure | undefined>;
  stop(): void;
} {
  let first: ProgramFailure | undefined;
  let stopped = false;
  let resolve!: (f: ProgramFailure) => void;
  const failed = new Promise<ProgramFailure>((r) => (resolve = r));
  let flushed: (() => void)[] = [];
  const on = (origin: FailureOrigin) => (error: unknown) => {
    if (error === FLUSH_MARK) {
      // Resolved in a microtask: after the rejections reported in the same go as the marker.
      const waiting = flushed;
      flushed = [];
      queueMicrotask(() => waiting.forEach((done) => done()));
      return;
    }
    if (stopped || first) return;
    first = { error, origin: origin === "unhandled promise rejection" && fromApply(error) ? "apply callback" : origin };
    resolve(first);
  };
  process.on("uncaughtException", on("uncaught exception"));
  process.on("unhandledRejection", on("unhandled promise rejection"));
  const flush = (): Promise<ProgramFailure | undefined> =>
    new Promise((done) => {
      const fallback = setImmediate(finish);
      function finish(): void {
        clearImmediate(fallback);
        done(first);
      }
      flushed.push(finish);
      void Promise.reject(FLUSH_MARK);
    });
  return { failed, first: () => first, flush, stop: () => void (stopped = true) };
}

/** An error thrown by an `apply` callback: the SDK's Output code runs the callback (its frame is right below the user's). */
function fromApply(error: unknown): boolean {
  const stack = error instanceof Error ? error.stack : undefined;
  // `.ts` and no `pulumi/` segment: the SDK's own source map, when Node's source maps are on (tsx).
  return typeof stack === "string" && /[\\/]@pulumi[\\/](pulumi[\\/])?output\.[jt]s:\d+/.test(stack.split("\n").slice(1, 4).join("\n"));
}

/** Counts of the active handles and requests that keep the event loop alive, by kind. */
export function activeWork(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const kind of process.getActiveResourcesInfo()) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return counts;
}

/** True when there is more active work than at `baseline` (work the program started). */
export function programBusy(baseline: ReadonlyMap<string, number>): boolean {
  for (const [kind, n] of activeWork()) if (n > (baseline.get(kind) ?? 0)) return true;
  return false;
}

/** The first frame of a stack in the project's own code (not node_modules, not Node's), as written in the stack. */
function firstUserFrame(stack: string): RawPosition | undefined {
  for (const line of stack.split("\n").slice(1)) {
    const m = /\(?((?:file:\/\/)?\/[^():]+|[A-Za-z]:\\[^():]+):(\d+):(\d+)\)?\s*$/.exec(line.trim());
    if (!m) continue;
    const file = m[1]!.replace(/^file:\/\//, "");
    if (!isUserFile(file)) continue;
    return { file, line: Number(m[2]), column: Number(m[3]) };
  }
  return undefined;
}

/** Where a failure came from: the resource a registration failed for (a `ResourceError`), else the first user frame of the error's stack (already mapped to TypeScript lines). */
export function failureSource(error: unknown, projectDir: string): { at?: SourcePosition; resource?: string } {
  let res = (error as { resource?: { __pulumiType?: string; __name?: string } } | undefined)?.resource;
  // The SDK names the input it could not serialize (a function serialization fails inside the
  // `code` of a Lambda), not the resource: the registration still under way that has that input.
  const property = error instanceof Error ? /^error serializing property "([^"]+)"/.exec(error.message)?.[1] : undefined;
  if (!res && property) res = pendingRegistrations().find((p) => property in p.props)?.resource as typeof res;
  const registered = res ? positionOf(res) : undefined;
  const resource = res?.__pulumiType && res.__name ? `${res.__pulumiType} "${res.__name}"` : undefined;
  if (registered) return { at: projectPosition(registered, projectDir), ...(resource ? { resource } : {}) };
  const frame = error instanceof Error && typeof error.stack === "string" ? firstUserFrame(error.stack) : undefined;
  const at = frame ? { file: relative(projectDir, frame.file).split(sep).join("/"), line: frame.line, column: frame.column } : undefined;
  return { ...(at ? { at } : {}), ...(resource ? { resource } : {}) };
}
