/**
 * The pack, run the way `pulumi preview --policy-pack policy` runs it (pulumi-mechanics §2.4b):
 * `@pulumi/pulumi/cmd/run-policy-pack` started on the pack folder (TypeScript compiled and
 * type-checked by the vendored ts-node), driven over gRPC like the engine: GetAnalyzerInfo,
 * Configure with the schema defaults filled in (as the CLI does), Analyze with provider
 * properties, AnalyzeStack.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { AnalyzerClient } from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import * as pb from "@pulumi/pulumi/proto/analyzer_pb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RULES } from "../../src/policy/index";
import { linkPackDependency, PACK_NODE_FLAGS } from "../helpers/policy-pack";

const PACK = resolve(__dirname, "../../policy");
const START_TIMEOUT = 180_000;

interface Resource {
  readonly type: string;
  readonly name: string;
  readonly props: Record<string, unknown>;
  readonly provider?: { readonly pkg: string; readonly name: string; readonly props: Record<string, unknown> };
  readonly propertyDependencies?: Record<string, string[]>;
}

interface Diag {
  readonly policy: string;
  readonly level: pb.EnforcementLevel;
  /** The rule's message (the SDK sends `<policy description>\n<message>`; the description is checked apart). */
  readonly message: string;
  /** Set by the SDK for stack policies only (the engine attaches a resource policy's URN itself). */
  readonly urn: string;
}

const urnOf = (type: string, name: string) => `urn:pulumi:dev::app::${type}::${name}`;

/** One running pack process and a client for it. */
class Pack {
  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly client: AnalyzerClient,
  ) {}

  /** Start the pack exactly as the analyzer shim does: `node run-policy-pack <engine> <pack dir>` in the pack dir. */
  static async start(env: Record<string, string | undefined> = {}): Promise<Pack> {
    linkPackDependency();
    const runner = require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [PACK] });
    const child = spawn(process.execPath, [...PACK_NODE_FLAGS, runner, "127.0.0.1:0", "."], { cwd: PACK, env: { ...process.env, ...env } });
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
    return new Pack(child, new AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure()));
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

  async analyze(r: Resource): Promise<Diag[]> {
    const req = new pb.AnalyzeRequest();
    req.setType(r.type);
    req.setName(r.name);
    req.setUrn(urnOf(r.type, r.name));
    req.setProperties(Struct.fromJavaScript(r.props as never));
    req.setOptions(new pb.AnalyzerResourceOptions());
    if (r.provider) req.setProvider(providerOf(r.provider));
    return diags(await this.call(this.client.analyze, req));
  }

  async analyzeStack(resources: readonly Resource[]): Promise<Diag[]> {
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
    return diags(await this.call(this.client.analyzeStack, req));
  }

  stop(): void {
    this.client.close();
    this.child.kill();
  }
}

function providerOf(p: NonNullable<Resource["provider"]>): pb.AnalyzerProviderResource {
  const type = `pulumi:providers:${p.pkg}`;
  const res = new pb.AnalyzerProviderResource();
  res.setType(type);
  res.setName(p.name);
  res.setUrn(urnOf(type, p.name));
  res.setProperties(Struct.fromJavaScript(p.props as never));
  return res;
}

function diags(r: pb.AnalyzeResponse): Diag[] {
  return r.getDiagnosticsList().map((d) => {
    const description = RULES.find((rule) => rule.name === d.getPolicyname())?.description;
    const prefix = `${description}\n`;
    if (description === undefined || d.getDescription() !== description || !d.getMessage().startsWith(prefix))
      throw new Error(`unexpected diagnostic: ${d.getMessage()}`);
    return { policy: d.getPolicyname(), level: d.getEnforcementlevel(), message: d.getMessage().slice(prefix.length), urn: d.getUrn() };
  });
}

const of = (ds: Diag[], policy: string) => ds.filter((d) => d.policy === policy);
const bucket = (region: string): Resource => ({
  type: "aws:s3/bucket:Bucket",
  name: "docs",
  props: { forceDestroy: false },
  provider: { pkg: "aws", name: "default_7_48_0", props: { region } },
});

describe("the pack over gRPC, as the Pulumi CLI runs it", () => {
  let pack: Pack;
  beforeAll(async () => {
    pack = await Pack.start({ SOVEREIGN_CLOUD_RESIDENCY: "" });
  }, START_TIMEOUT);
  afterAll(() => pack?.stop());

  it("describes itself: name and version from package.json, every policy with its level, severity and the contract schema", async () => {
    const info = await pack.info();
    expect(info.getName()).toBe("sovereign-cloud");
    expect(info.getVersion()).toBe(JSON.parse(readFileSync(resolve(PACK, "package.json"), "utf8")).version);
    expect(info.getSupportsconfig()).toBe(true);
    const policies = info.getPoliciesList();
    expect(policies.map((p) => p.getName())).toEqual(RULES.map((r) => r.name));
    const dl = policies.find((p) => p.getName() === "data-location")!;
    expect(dl.getEnforcementlevel()).toBe(pb.EnforcementLevel.MANDATORY);
    expect(dl.getSeverity()).toBe(pb.PolicySeverity.POLICY_SEVERITY_CRITICAL);
    expect(dl.getPolicyType()).toBe(pb.PolicyType.POLICY_TYPE_RESOURCE);
    expect(dl.getRemediationSteps()).toBe(RULES.find((r) => r.name === "data-location")!.remediationSteps);
    expect(Object.keys(dl.getConfigschema()!.getProperties()!.toJavaScript()).sort()).toEqual([
      "certifications",
      "countries",
      "dataLocation",
      "encryption",
      "preset",
      "providerControl",
      "replication",
    ]);
    expect(policies.find((p) => p.getName() === "replication")!.getPolicyType()).toBe(pb.PolicyType.POLICY_TYPE_STACK);
  });

  it("with the defaults (eu preset): a bucket whose default provider is in us-east-1 is a mandatory violation; eu-central-1 is not", async () => {
    await pack.configure();
    expect(of(await pack.analyze(bucket("us-east-1")), "data-location")).toEqual([
      {
        policy: "data-location",
        level: pb.EnforcementLevel.MANDATORY,
        urn: "",
        message:
          "aws:us-east-1 (from its provider) violates the contract's dataLocation clause: aws:us-east-1 is in US (United States), which is outside the EU (27 member states).",
      },
    ]);
    expect(of(await pack.analyze(bucket("eu-central-1")), "data-location")).toEqual([]);
  });

  it("locates GCP multi-regions and Azure locations, and reports what it cannot locate", async () => {
    await pack.configure();
    expect(of(await pack.analyze({ type: "gcp:storage/bucket:Bucket", name: "g", props: { location: "EU" } }), "data-location")).toEqual(
      [],
    );
    expect(
      of(await pack.analyze({ type: "gcp:storage/bucket:Bucket", name: "g", props: { location: "EUR7" } }), "data-location").map(
        (d) => d.message,
      ),
    ).toEqual([
      "gcp:eur7 violates the contract's dataLocation clause: gcp:europe-west2 is in GB (United Kingdom), which is outside the EU (27 member states).",
    ]);
    expect(
      of(
        await pack.analyze({ type: "azure-native:resources:ResourceGroup", name: "rg", props: { location: "eastus" } }),
        "data-location",
      ).map((d) => d.message),
    ).toEqual([
      "azure:eastus violates the contract's dataLocation clause: azure:eastus is in US (United States), which is outside the EU (27 member states).",
    ]);
    const unknown = await pack.analyze({
      type: "aws:s3/bucket:Bucket",
      name: "m",
      props: {},
      provider: { pkg: "aws", name: "minio", props: { region: "eu-central-1", endpoints: '[{"s3":"https://minio.example.com"}]' } },
    });
    expect(of(unknown, "data-location").map((d) => [d.level, d.message])).toEqual([
      [
        pb.EnforcementLevel.MANDATORY,
        'cannot tell where aws:s3/bucket:Bucket "m" lives: its provider sends S3 requests to https://minio.example.com, an endpoint the catalog does not know. A location that cannot be read never counts as compliant.',
      ],
    ]);
  });

  it("applies --policy-pack-config: a preset and countries per policy, and enforcement levels", async () => {
    await pack.configure({
      "data-location": { preset: "gaia-x-l3", countries: ["DE"] },
      "provider-control": { preset: "gaia-x-l3" },
      "global-services": "advisory",
    });
    const fr = await pack.analyze({ type: "scaleway:object/bucket:Bucket", name: "s", props: { region: "fr-par" } });
    expect(fr.map((d) => [d.policy, d.message])).toEqual([
      [
        "data-location",
        "scaleway:fr-par violates the contract's countries clause: scaleway:fr-par is in FR (France), not one of the contract's countries (DE).",
      ],
    ]);
    const cdn = await pack.analyze({
      type: "aws:cloudfront/distribution:Distribution",
      name: "cdn",
      props: { enabled: true },
      provider: { pkg: "aws", name: "p", props: { region: "eu-central-1" } },
    });
    expect(of(cdn, "global-services").map((d) => d.level)).toEqual([pb.EnforcementLevel.ADVISORY]);
    expect(of(cdn, "provider-control").map((d) => d.level)).toEqual([pb.EnforcementLevel.MANDATORY]);
  });

  it("analyzes the stack: inherited locations, replication destinations, with the URN of the resource at fault", async () => {
    await pack.configure();
    const rg: Resource = {
      type: "azure-native:resources:ResourceGroup",
      name: "rg",
      props: { location: "francecentral", resourceGroupName: "rg1" },
    };
    const inherits: Resource = {
      type: "azure-native:storage:StorageAccount",
      name: "ok",
      props: { resourceGroupName: "rg1", sku: { name: "Standard_LRS" }, kind: "StorageV2" },
      propertyDependencies: { resourceGroupName: [urnOf(rg.type, rg.name)] },
    };
    const orphan: Resource = {
      type: "azure-native:storage:StorageAccount",
      name: "orphan",
      props: { resourceGroupName: "existing", sku: { name: "Standard_LRS" }, kind: "StorageV2" },
    };
    const src: Resource = { type: "aws:s3/bucket:Bucket", name: "src", props: { bucket: "src-1", region: "eu-central-1" } };
    const dest: Resource = {
      type: "aws:s3/bucket:Bucket",
      name: "dest",
      props: { bucket: "dest-1", arn: "arn:aws:s3:::dest-1", region: "eu-west-1" },
    };
    const repl: Resource = {
      type: "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
      name: "repl",
      props: {
        bucket: "src-1",
        region: "eu-central-1",
        role: "arn:aws:iam::1:role/r",
        rules: [{ id: "all", status: "Enabled", destination: { bucket: "arn:aws:s3:::dest-1" } }],
      },
    };
    const gcs: Resource = { type: "gcp:storage/bucket:Bucket", name: "multi", props: { location: "EU", name: "multi-1" } };
    const ds = await pack.analyzeStack([rg, inherits, orphan, src, dest, repl, gcs]);
    expect(of(ds, "inherited-location").map((d) => [d.urn, d.level])).toEqual([
      [urnOf(orphan.type, orphan.name), pb.EnforcementLevel.MANDATORY],
    ]);
    expect(of(ds, "replication").map((d) => [d.urn, d.message])).toEqual([
      [
        urnOf(repl.type, repl.name),
        'S3 replication rule "all" copies data to aws:eu-west-1, but the contract keeps data in one region (replication: same-region).',
      ],
      [
        urnOf(gcs.type, gcs.name),
        expect.stringMatching(/^gcp:eu violates the contract's replication clause: .* is a multi-region that stores copies in /),
      ],
    ]);
  });
});

describe("the pack-wide contract from SOVEREIGN_CLOUD_RESIDENCY", () => {
  let pack: Pack;
  beforeAll(async () => {
    pack = await Pack.start({ SOVEREIGN_CLOUD_RESIDENCY: '{"preset":"eu","replication":"within-contract"}' });
  }, START_TIMEOUT);
  afterAll(() => pack?.stop());

  it("applies to every policy without repeating it per policy", async () => {
    await pack.configure();
    const ds = await pack.analyzeStack([{ type: "gcp:storage/bucket:Bucket", name: "multi", props: { location: "EU", name: "multi-1" } }]);
    expect(of(ds, "replication")).toEqual([]);
  });
});
