/**
 * Under the mocks nothing reads the stack traces the Pulumi SDK captures for its own bookkeeping,
 * yet capturing and formatting them was most of the time and much of the memory of an offline run
 * (profiled in BENCHMARKS.md): the SDK formats `new Error().stack` for every internal promise
 * (`debuggablePromise`, four per output property of every resource) and a full-depth stack for
 * every resource's source position, and under tsx each frame is source-mapped.
 *
 * `skipSdkStackTraces()` stops both, for the offline engine only:
 * - internal promises are not wrapped for leak debugging at all (`debuggablePromise` returns the
 *   promise): the wrapper captured a stack, labelled the promise, kept it in a set of leak
 *   candidates and chained two more promises onto it, a third of an offline run's peak memory
 *   (BENCHMARKS.md), for a leak report printed when the process exits, which nothing reads here
 *   (and which would turn the exit code of `plan` planning in its own process into 1). With
 *   `PULUMI_DEBUG_PROMISE_LEAKS` set, all of it is kept;
 * - the SDK captures no full-depth stack per resource for its source position (the real engine's
 *   diagnostics use it); the offline engine records its own, one bounded capture per registration
 *   and none for the children of a component (source-positions.ts).
 * Errors thrown by the program keep their full, source-mapped stacks.
 */
import * as pulumi from "@pulumi/pulumi";

let done = false;
const same = <T>(v: T): T => v;
const rethrow = (e: unknown): never => {
  throw e;
};

export function skipSdkStackTraces(): void {
  if (done || process.env.PULUMI_DEBUG_PROMISE_LEAKS) return;
  done = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an SDK-internal module with no typings or export entry, patched under the mocks only
  const debuggable = require("@pulumi/pulumi/runtime/debuggable") as {
    debuggablePromise?: (p: Promise<unknown>, ctx: unknown) => Promise<unknown>;
  };
  // The same two links the SDK chains (`then`, `catch`), so registrations settle in the same order.
  if (typeof debuggable.debuggablePromise === "function") debuggable.debuggablePromise = (p) => p.then(same).catch(rethrow);
  const resource = pulumi.Resource as unknown as { stackTrace?: (skip?: number) => unknown[] };
  if (typeof resource.stackTrace === "function") resource.stackTrace = () => [];
}
