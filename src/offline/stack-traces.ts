/**
 * Under the mocks nothing reads the stack traces the Pulumi SDK captures for its own bookkeeping,
 * yet capturing and formatting them was most of the time and much of the memory of an offline run
 * (profiled in BENCHMARKS.md): the SDK formats `new Error().stack` for every internal promise
 * (`debuggablePromise`, four per output property of every resource) and a full-depth stack for
 * every resource's source position, and under tsx each frame is source-mapped.
 *
 * `skipSdkStackTraces()` stops both, for the offline engine only:
 * - internal promises get an empty debug stack (`Error.stackTraceLimit = 0` while one is made); it
 *   is only printed for leaked promises with `PULUMI_DEBUG_PROMISE_LEAKS` set, and then it is kept;
 * - resources get no source position, which only the real engine uses (for its diagnostics).
 * Errors thrown by the program keep their full, source-mapped stacks.
 */
import * as pulumi from "@pulumi/pulumi";

let done = false;

export function skipSdkStackTraces(): void {
  if (done || process.env.PULUMI_DEBUG_PROMISE_LEAKS) return;
  done = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const debuggable = require("@pulumi/pulumi/runtime/debuggable") as { debuggablePromise?: (p: Promise<unknown>, ctx: unknown) => Promise<unknown> };
  const original = debuggable.debuggablePromise;
  if (typeof original === "function") {
    debuggable.debuggablePromise = (p, ctx) => {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      try {
        return original(p, ctx);
      } finally {
        Error.stackTraceLimit = limit;
      }
    };
  }
  const resource = pulumi.Resource as unknown as { stackTrace?: (skip?: number) => unknown[] };
  if (typeof resource.stackTrace === "function") resource.stackTrace = () => [];
}
