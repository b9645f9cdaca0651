/**
 * The offline engine: run a Pulumi program with a stack's config under the SDK's mocks, with no
 * CLI and no cloud account, and return every resource it would register (or the error that
 * stopped it, e.g. a residency violation).
 */
import { setTimeout as sleep } from "node:timers/promises";
import { activeWork, DRAIN_LIMIT_MS, programBusy, type ProgramFailure } from "./failures";
import { Recorder, setStackConfig, settle, type RecordedResource } from "./recorder";
import { stackConfigWith, type PulumiProject } from "./project";

export interface OfflineRun {
  readonly stack: string;
  readonly config: Readonly<Record<string, string>>;
  readonly resources: readonly RecordedResource[];
  /** Outputs components registered (`registerOutputs`), by URN; absent when none were. */
  readonly outputs?: ReadonlyMap<string, Record<string, unknown>>;
  /** Why the program stopped, if it did. */
  readonly error?: unknown;
  /** How the program failed, when it failed outside of its loading (see failures.ts). */
  readonly failure?: ProgramFailure;
}

export interface RunOfflineOptions {
  /**
   * Resolves when the program fails asynchronously (an uncaught exception, an unhandled rejection:
   * see `watchFailures`): the run then ends at once with the resources registered so far.
   */
  readonly failed?: Promise<ProgramFailure>;
  /**
   * After the registrations settled, wait at most this long while the program still has work
   * pending (timers, sockets) that it started; 0 does not wait. Only with `failed`. @default DRAIN_LIMIT_MS
   */
  readonly drainLimitMs?: number;
  /**
   * Resolves once every rejection made so far has been reported (see `watchFailures`' `flush`), with
   * the first failure. Without it, the run takes a turn of the event loop instead. Only with `failed`.
   */
  readonly flush?: () => Promise<ProgramFailure | undefined>;
}

/**
 * Run the program. `load` imports the program module (fresh for each run); it is a callback so
 * callers choose how TypeScript is loaded (vitest's module graph, tsx, ts-node).
 */
export async function runOffline(
  project: PulumiProject,
  stack: string,
  load: () => Promise<unknown>,
  /** Config set on top of the stack file, like `pulumi config set` would (keys without a namespace get the project's). */
  extraConfig: Readonly<Record<string, string>> = {},
  options: RunOfflineOptions = {},
): Promise<OfflineRun> {
  const config = stackConfigWith(project, stack, extraConfig);
  const recorder = new Recorder();
  await recorder.install(project.name, stack);
  setStackConfig(config);
  const baseline = activeWork();
  let failure: ProgramFailure | undefined;
  const failed = options.failed?.then((f) => (failure = f));
  /** `step`, unless the program fails first (then `undefined`). */
  const unlessFailed = <T>(step: Promise<T>): Promise<T | undefined> =>
    failed ? Promise.race([step, failed.then(() => undefined)]) : step;
  let error: unknown;
  try {
    await unlessFailed(load());
  } catch (e) {
    error = e;
  }
  // Also after a failure: registrations already in flight must reach this run's mock monitor,
  // not the next run's. A failed registration may leave others waiting forever: not after a failure.
  if (!failure) await unlessFailed(settle()).catch((e: unknown) => (error ??= e));
  if (failed && error === undefined) {
    const deadline = Date.now() + (options.drainLimitMs ?? DRAIN_LIMIT_MS);
    while (!failure && programBusy(baseline) && Date.now() < deadline) {
      await unlessFailed(sleep(10));
      if (!failure) await unlessFailed(settle()).catch((e: unknown) => (error ??= e));
    }
    // A rejection of the last turn (an `apply` callback that threw) is reported after the microtasks.
    if (!failure && options.flush) failure = await options.flush();
    else if (!failure) await unlessFailed(new Promise((r) => setImmediate(r)));
  }
  const resources = [...recorder.resources];
  return {
    stack,
    config,
    resources,
    outputs: new Map(recorder.outputs),
    ...(error === undefined ? {} : { error }),
    ...(failure && error === undefined ? { error: failure.error, failure } : {}),
  };
}
