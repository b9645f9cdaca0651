/**
 * Runs Pulumi registrations against the SDK's own mock engine (`pulumi.runtime.setMocks`) and
 * records every resource with its inputs, provider reference and resource options.
 */
import * as pulumi from "@pulumi/pulumi";
import { computedOutputs, invokeResult } from "./outputs";

export interface RecordedOptions {
  readonly retainOnDelete: boolean;
  readonly protect: boolean;
  /** Parent URN (`""` for the stack). */
  readonly parent: string;
  readonly ignoreChanges: readonly string[];
  /** URNs of the resources this one depends on (`dependsOn`, plus input dependencies). */
  readonly dependencies: readonly string[];
}

export interface RecordedResource {
  readonly type: string;
  readonly name: string;
  readonly inputs: Record<string, any>;
  /** `""` for default-provider resources and components; `<provider urn>::<id>` for an explicit provider. */
  readonly provider: string;
  readonly custom: boolean;
  readonly options: RecordedOptions;
}

export interface RecordedInvoke {
  readonly token: string;
  readonly inputs: Record<string, any>;
}

const NO_OPTIONS: RecordedOptions = { retainOnDelete: false, protect: false, parent: "", ignoreChanges: [], dependencies: [] };

export class Recorder {
  /** Every resource registered since the last reset (the array is reused, so references stay valid). */
  readonly resources: RecordedResource[] = [];
  readonly invokes: RecordedInvoke[] = [];
  private readonly pending = new Map<string, RecordedOptions>();

  readonly mocks: pulumi.runtime.Mocks = {
    newResource: (a) => {
      const key = `${a.type}::${a.name}`;
      const options = this.pending.get(key) ?? NO_OPTIONS;
      this.pending.delete(key);
      this.resources.push({ type: a.type, name: a.name, inputs: a.inputs, provider: a.provider ?? "", custom: a.custom ?? true, options });
      return { id: a.custom === false ? undefined : `${a.name}-id`, state: { ...a.inputs, ...computedOutputs(a.type, a.name, a.inputs) } };
    },
    call: (a) => {
      this.invokes.push({ token: a.token, inputs: a.inputs });
      return invokeResult(a.token, a.inputs);
    },
  };

  /** Install the mocks for a project/stack. Call before any resource is constructed. */
  async install(project: string, stack: string): Promise<void> {
    await pulumi.runtime.setMocks(this.mocks, project, stack, false);
    // The Mocks API does not pass resource options to newResource; read them off the request.
    const monitor = pulumi.runtime.getMonitor() as any;
    const register = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req: any, callback: unknown) => {
      this.pending.set(`${req.getType()}::${req.getName()}`, {
        retainOnDelete: req.getRetainondelete?.() ?? false,
        protect: req.getProtect?.() ?? false,
        parent: req.getParent?.() ?? "",
        ignoreChanges: req.getIgnorechangesList?.() ?? [],
        dependencies: req.getDependenciesList?.() ?? [],
      });
      return register(req, callback);
    };
  }

  reset(): void {
    this.resources.length = 0;
    this.invokes.length = 0;
  }
}

/** Wait until every pending registration (including ones made inside `apply`) reached the mocks. */
export async function settle(): Promise<void> {
  const rt = pulumi.runtime as unknown as { waitForRPCs?: () => Promise<void> };
  if (typeof rt.waitForRPCs === "function") await rt.waitForRPCs();
  else await pulumi.runtime.disconnect();
}

/** Replace the whole stack config (`ns:key` -> value; non-strings are JSON-encoded). */
export function setStackConfig(config: Readonly<Record<string, unknown>>): void {
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(config)) flat[k] = typeof v === "string" ? v : JSON.stringify(v);
  pulumi.runtime.setAllConfig(flat);
}
