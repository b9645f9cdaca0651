/**
 * Runs Pulumi registrations against the SDK's own mock engine (`pulumi.runtime.setMocks`) and
 * records every resource with its inputs, provider reference and resource options.
 */
import * as pulumi from "@pulumi/pulumi";
import { computedOutputs, invokeResult } from "./outputs";
import { recordSourcePositions, registrationReached, type RawPosition } from "./source-positions";
import { skipSdkStackTraces } from "./stack-traces";

export interface RecordedOptions {
  readonly retainOnDelete: boolean;
  readonly protect: boolean;
  /** Parent URN (`""` for the stack). */
  readonly parent: string;
  readonly ignoreChanges: readonly string[];
  /** URNs of the resources this one depends on (`dependsOn`, plus input dependencies). */
  readonly dependencies: readonly string[];
  /** Per input, the URNs of the resources its value comes from (as the engine gives policies `propertyDependencies`). */
  readonly propertyDependencies?: Readonly<Record<string, readonly string[]>>;
  /** The provider package version the SDK asked for (`7.48.0`); names the default provider (`default_7_48_0`). */
  readonly version?: string;
  /** Where the user's code constructed it (or its outermost component), as Node ran the file (see source-positions.ts). */
  readonly source?: RawPosition;
}

export interface RecordedResource {
  /** The URN the mock monitor gave it (`urn:pulumi:<stack>::<project>::[<parent type>$]<type>::<name>`). */
  readonly urn: string;
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
  /** What each component registered with `registerOutputs`, by URN (plain JSON values). */
  readonly outputs = new Map<string, Record<string, unknown>>();
  private readonly pending = new Map<string, RecordedOptions>();
  private project = "project";
  private stack = "stack";

  readonly mocks: pulumi.runtime.Mocks = {
    newResource: (a) => {
      const key = `${a.type}::${a.name}`;
      const options = this.pending.get(key) ?? NO_OPTIONS;
      this.pending.delete(key);
      const urn = urnOf(this.stack, this.project, options.parent, a.type, a.name);
      this.resources.push({
        urn,
        type: a.type,
        name: a.name,
        inputs: a.inputs,
        provider: a.provider ?? "",
        custom: a.custom ?? true,
        options,
      });
      return { id: a.custom === false ? undefined : `${a.name}-id`, state: { ...a.inputs, ...computedOutputs(a.type, a.name, a.inputs) } };
    },
    call: (a) => {
      this.invokes.push({ token: a.token, inputs: a.inputs });
      return invokeResult(a.token, a.inputs);
    },
  };

  /** Install the mocks for a project/stack. Call before any resource is constructed. */
  async install(project: string, stack: string): Promise<void> {
    this.project = project;
    this.stack = stack;
    skipSdkStackTraces();
    recordSourcePositions();
    await pulumi.runtime.setMocks(this.mocks, project, stack, false);
    // The Mocks API does not pass resource options to newResource; read them off the request.
    const monitor = pulumi.runtime.getMonitor() as any;
    const register = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req: any, callback: unknown) => {
      const source = registrationReached(req.getType(), req.getName());
      this.pending.set(`${req.getType()}::${req.getName()}`, {
        retainOnDelete: req.getRetainondelete?.() ?? false,
        protect: req.getProtect?.() ?? false,
        parent: req.getParent?.() ?? "",
        ignoreChanges: req.getIgnorechangesList?.() ?? [],
        dependencies: req.getDependenciesList?.() ?? [],
        ...propertyDependencies(req),
        ...(req.getVersion?.() ? { version: req.getVersion() as string } : {}),
        ...(source ? { source } : {}),
      });
      return register(req, callback);
    };
    const registerOutputs = monitor.registerResourceOutputs.bind(monitor);
    monitor.registerResourceOutputs = (req: any, callback: unknown) => {
      const outputs = req.getOutputs?.()?.toJavaScript?.();
      if (outputs && typeof outputs === "object") this.outputs.set(req.getUrn(), outputs as Record<string, unknown>);
      return registerOutputs(req, callback);
    };
  }

  reset(): void {
    this.resources.length = 0;
    this.invokes.length = 0;
    this.outputs.clear();
  }
}

/** The request's property dependencies (input -> URNs), when it has any. */
function propertyDependencies(req: any): { propertyDependencies?: Record<string, readonly string[]> } {
  const map = req.getPropertydependenciesMap?.();
  if (!map || typeof map.forEach !== "function") return {};
  const out: Record<string, readonly string[]> = {};
  map.forEach((deps: any, key: string) => {
    const urns: string[] = deps?.getUrnsList?.() ?? [];
    if (urns.length > 0) out[key] = urns;
  });
  return Object.keys(out).length > 0 ? { propertyDependencies: out } : {};
}

/** The URN the SDK's mock monitor builds (`MockMonitor.newUrn`: only the immediate parent's type is chained). */
function urnOf(stack: string, project: string, parent: string, type: string, name: string): string {
  const parentType = parent ? parent.split("::")[2]?.split("$").pop() : undefined;
  return `urn:pulumi:${stack}::${project}::${parentType ? `${parentType}$` : ""}${type}::${name}`;
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
