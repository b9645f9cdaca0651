/**
 * The repository's policy pack (policy/) imports `sovereign-cloud/policy` like any consumer's pack,
 * with `sovereign-cloud: file:..` as its dependency. `npm install` in policy/ would link it; tests
 * make the same link themselves (policy/node_modules is git-ignored) and run the pack with the
 * `sovereign-cloud-source` condition, so the pack loads the library's sources, not a dist/ build
 * that may be older than them.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { AnalyzerClient } from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import * as pb from "@pulumi/pulumi/proto/analyzer_pb";

export const PACK_DIR = resolve(__dirname, "../../policy");

/** Node flags for a pack process started on policy/. */
export const PACK_NODE_FLAGS = ["--conditions=sovereign-cloud-source"] as const;

/** Link policy/node_modules/sovereign-cloud to the repository root, as `npm install` would. */
export function linkPackDependency(): void {
  const modules = join(PACK_DIR, "node_modules");
  const link = join(modules, "sovereign-cloud");
  if (existsSync(link)) return;
  mkdirSync(modules, { recursive: true });
  try {
    symlinkSync("../..", link, "dir");
  } catch (e) {
    // Another test file linked it in the meantime.
    if (!existsSync(link)) throw e;
  }
}

/** A resource as the engine sends it to a pack. */
export interface PackResource {
  readonly type: string;
  readonly name: string;
  readonly props: Record<string, unknown>;
  readonly provider?: { readonly pkg: string; readonly name: string; readonly props: Record<string, unknown> };
  readonly propertyDependencies?: Record<string, string[]>;
}

/** The URN the engine would give a resource of the test stack. */
export const urnOf = (type: string, name: string) => `urn:pulumi:dev::app::${type}::${name}`;

function providerOf(p: NonNullable<PackResource["provider"]>): pb.AnalyzerProviderResource {
  const type = `pulumi:providers:${p.pkg}`;
  const res = new pb.AnalyzerProviderResource();
  res.setType(type);
  res.setName(p.name);
  res.setUrn(urnOf(type, p.name));
  res.setProperties(Struct.fromJavaScript(p.props as never));
  return res;
}

/**
 * One running pack process and a gRPC client for it, driven like the engine: GetAnalyzerInfo,
 * Configure, Analyze, AnalyzeStack. Each diagnostic is read by the `diagnostic` function given to
 * {@link PackProcess.start}.
 */
export class PackProcess<D> {
  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly client: AnalyzerClient,
    private readonly diagnostic: (d: pb.AnalyzeDiagnostic) => D,
  ) {}

  /**
   * Start a pack exactly as the analyzer shim does: `node run-policy-pack <engine> <pack dir>` in the
   * pack dir, then wait for the port it prints. Default: this repository's pack (policy/), linked and
   * run on the library's sources.
   */
  static async start<D>(
    diagnostic: (d: pb.AnalyzeDiagnostic) => D,
    { dir = PACK_DIR, env = {} }: { readonly dir?: string; readonly env?: Record<string, string | undefined> } = {},
  ): Promise<PackProcess<D>> {
    if (dir === PACK_DIR) linkPackDependency();
    const runner = require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [dir] });
    const flags = dir === PACK_DIR ? PACK_NODE_FLAGS : [];
    const child = spawn(process.execPath, [...flags, runner, "127.0.0.1:0", "."], { cwd: dir, env: { ...process.env, ...env } });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const port = await new Promise<string>((ok, fail) => {
      let out = "";
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        const line = out.split("\n")[0]!.trim();
        if (out.includes("\n") && /^\d+$/.test(line)) ok(line);
      });
      child.on("exit", (code) => fail(new Error(`the pack exited with ${code} before serving:\n${stderr}${out}`)));
    });
    return new PackProcess(child, new AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure()), diagnostic);
  }

  call<Req, Res>(method: (req: Req, cb: (e: grpc.ServiceError | null, r: Res) => void) => unknown, req: Req): Promise<Res> {
    return new Promise((ok, fail) => method.call(this.client, req, (e, r) => (e ? fail(e) : ok(r))));
  }

  info(): Promise<pb.AnalyzerInfo> {
    return this.call(this.client.getAnalyzerInfo, new Empty());
  }

  /**
   * What the CLI does before analyzing: every policy's config = its schema defaults, then the
   * given `--policy-pack-config` entry on top; enforcement level from the entry, else the policy's.
   */
  async configure(given: Record<string, string | Record<string, unknown>> = {}): Promise<void> {
    const req = new pb.ConfigureAnalyzerRequest();
    const levels: Record<string, pb.EnforcementLevel> = {
      advisory: pb.EnforcementLevel.ADVISORY,
      mandatory: pb.EnforcementLevel.MANDATORY,
      disabled: pb.EnforcementLevel.DISABLED,
    };
    for (const policy of (await this.info()).getPoliciesList()) {
      const schema = (policy.getConfigschema()?.getProperties()?.toJavaScript() ?? {}) as Record<string, { default?: unknown }>;
      const defaults = Object.fromEntries(
        Object.entries(schema)
          .filter(([, s]) => s.default !== undefined)
          .map(([k, s]) => [k, s.default]),
      );
      const entry = given[policy.getName()];
      const { enforcementLevel, ...props } = typeof entry === "string" ? { enforcementLevel: entry } : (entry ?? {});
      const config = new pb.PolicyConfig();
      config.setEnforcementlevel(typeof enforcementLevel === "string" ? levels[enforcementLevel]! : policy.getEnforcementlevel());
      config.setProperties(Struct.fromJavaScript({ ...defaults, ...props } as never));
      req.getPolicyconfigMap().set(policy.getName(), config);
    }
    await this.call(this.client.configure, req);
  }

  async analyze(r: PackResource): Promise<D[]> {
    const req = new pb.AnalyzeRequest();
    req.setType(r.type);
    req.setName(r.name);
    req.setUrn(urnOf(r.type, r.name));
    req.setProperties(Struct.fromJavaScript(r.props as never));
    req.setOptions(new pb.AnalyzerResourceOptions());
    if (r.provider) req.setProvider(providerOf(r.provider));
    return (await this.call<pb.AnalyzeRequest, pb.AnalyzeResponse>(this.client.analyze, req)).getDiagnosticsList().map(this.diagnostic);
  }

  async analyzeStack(resources: readonly PackResource[]): Promise<D[]> {
    const req = new pb.AnalyzeStackRequest();
    req.setResourcesList(
      resources.map((r) => {
        const a = new pb.AnalyzerResource();
        a.setType(r.type);
        a.setName(r.name);
        a.setUrn(urnOf(r.type, r.name));
        a.setProperties(Struct.fromJavaScript(r.props as never));
        a.setOptions(new pb.AnalyzerResourceOptions());
        if (r.provider) a.setProvider(providerOf(r.provider));
        for (const [prop, urns] of Object.entries(r.propertyDependencies ?? {})) {
          const deps = new pb.AnalyzerPropertyDependencies();
          deps.setUrnsList(urns);
          a.getPropertydependenciesMap().set(prop, deps);
        }
        a.setDependenciesList(Object.values(r.propertyDependencies ?? {}).flat());
        return a;
      }),
    );
    return (await this.call<pb.AnalyzeStackRequest, pb.AnalyzeResponse>(this.client.analyzeStack, req))
      .getDiagnosticsList()
      .map(this.diagnostic);
  }

  stop(): void {
    this.client.close();
    this.child.kill();
  }
}
