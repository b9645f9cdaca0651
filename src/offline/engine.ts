/**
 * The offline engine: run a Pulumi program with a stack's config under the SDK's mocks, with no
 * CLI and no cloud account, and return every resource it would register (or the error that
 * stopped it, e.g. a residency violation).
 */
import { Recorder, setStackConfig, settle, type RecordedResource } from "./recorder";
import { readStackConfig, type PulumiProject } from "./project";

export interface OfflineRun {
  readonly stack: string;
  readonly config: Readonly<Record<string, string>>;
  readonly resources: readonly RecordedResource[];
  /** Outputs components registered (`registerOutputs`), by URN; absent when none were. */
  readonly outputs?: ReadonlyMap<string, Record<string, unknown>>;
  /** Why the program stopped, if it did. */
  readonly error?: unknown;
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
): Promise<OfflineRun> {
  const config = { ...readStackConfig(project, stack), ...qualify(project, extraConfig) };
  const recorder = new Recorder();
  await recorder.install(project.name, stack);
  setStackConfig(config);
  let error: unknown;
  try {
    await load();
  } catch (e) {
    error = e;
  }
  // Also after a failure: registrations already in flight must reach this run's mock monitor,
  // not the next run's.
  await settle().catch((e: unknown) => (error ??= e));
  return { stack, config, resources: [...recorder.resources], outputs: new Map(recorder.outputs), ...(error === undefined ? {} : { error }) };
}

function qualify(project: PulumiProject, config: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(config).map(([k, v]) => [k.includes(":") ? k : `${project.name}:${k}`, v]));
}
