/**
 * One stack planned in this process: `plan` with a single CommonJS stack runs it here instead of
 * forking a worker (a second Node process and a second load of the library were a third of a cold
 * start, see BENCHMARKS.md). What a worker process guarantees is kept:
 * - the program's output is captured (it never mixes with the report on stdout) and, as for a
 *   worker, shown only when the program ends the run without a report;
 * - `process.exit(code)` in the program ends the run, reported as a worker's exit is ("the stack's
 *   process exited (code N) without a report", exit 2);
 * - an uncaught exception or an unhandled rejection ends the run with the error, as in a worker
 *   (planRequest watches for both, see failures.ts);
 * - a program that does not finish within the timeout is reported as one;
 * - the program runs in the project directory.
 * The program's timers or sockets may outlive the run: the caller ends the process after reporting,
 * as a worker does after sending its report. Several stacks always run in processes of their own.
 */
import { describeError } from "./evaluate";
import type { StackReport } from "./report";
import { exitReason, OUTPUT_LIMIT, withoutReport, type RunStacksOptions } from "./runner";
import { planRequest, type WorkerRequest } from "./worker";

/** Thrown by the stand-in `process.exit` so the program stops where it called it. */
class ProgramExit extends Error {
  constructor(readonly code: number) {
    super(`the program called process.exit(${code})`);
  }
}

type Write = typeof process.stdout.write;

/** Run one stack in this process. Never rejects: failures come back as the report's `error`. */
export async function runStackInProcess(
  request: WorkerRequest,
  projectDir: string,
  options: Pick<RunStacksOptions, "timeoutMs"> = {},
): Promise<StackReport> {
  const started = Date.now();
  let output = "";
  const keep = (chunk: unknown) => {
    output = (
      output +
      (typeof chunk === "string"
        ? chunk
        : Buffer.isBuffer(chunk) || chunk instanceof Uint8Array
          ? Buffer.from(chunk).toString("utf8")
          : String(chunk))
    ).slice(-OUTPUT_LIMIT);
  };
  const capture = (stream: NodeJS.WriteStream): Write => {
    const write = stream.write;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk);
      const done = rest.find((r) => typeof r === "function") as (() => void) | undefined;
      if (done) process.nextTick(done);
      return true;
    }) as Write;
    return write;
  };

  let end!: (report: StackReport) => void;
  const ended = new Promise<StackReport>((resolve) => (end = resolve));
  const exit = process.exit;
  const exited = (code: number) => end(withoutReport(request.stack, exitReason({ code }), output, started));
  process.exit = ((code?: number | string | null) => {
    const n = Number(code ?? process.exitCode ?? 0) || 0;
    exited(n);
    throw new ProgramExit(n);
  }) as typeof process.exit;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const timer = setTimeout(() => end(withoutReport(request.stack, exitReason({ timeoutMs }), output, started)), timeoutMs);
  const stdout = capture(process.stdout);
  const stderr = capture(process.stderr);
  const cwd = process.cwd();
  process.chdir(projectDir);
  try {
    planRequest(request).then(end, (e: unknown) =>
      end({ stack: request.stack, stackFile: "", resources: [], diagnostics: [], error: describeError(e) }),
    );
    return await ended;
  } finally {
    process.chdir(cwd);
    process.stdout.write = stdout;
    process.stderr.write = stderr;
    clearTimeout(timer);
    process.exit = exit;
  }
}
