/**
 * The pack, run the way `pulumi preview --policy-pack policy` runs it (pulumi-mechanics §2.4b):
 * `@pulumi/pulumi/cmd/run-policy-pack` started on the pack folder (TypeScript compiled and
 * type-checked by the vendored ts-node), driven over gRPC like the engine: GetAnalyzerInfo,
 * Configure with the schema defaults filled in (as the CLI does), Analyze with provider
 * properties, AnalyzeStack.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as pb from "@pulumi/pulumi/proto/analyzer_pb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RULES } from "../../src/policy/index";
import { PACK_DIR, PackProcess, urnOf, type PackResource } from "../helpers/policy-pack";

const START_TIMEOUT = 180_000;

type Resource = PackResource;

interface Diag {
  readonly policy: string;
  readonly level: pb.EnforcementLevel;
  /** The rule's message (the SDK sends `<policy description>\n<message>`; the description is checked apart). */
  readonly message: string;
  /** Set by the SDK for stack policies only (the engine attaches a resource policy's URN itself). */
  readonly urn: string;
}

type Pack = PackProcess<Diag>;

/** A diagnostic as the tests read it: the rule's message without the policy description the SDK puts first. */
function diag(d: pb.AnalyzeDiagnostic): Diag {
  const description = RULES.find((rule) => rule.name === d.getPolicyname())?.description;
  const prefix = `${description}\n`;
  if (description === undefined || d.getDescription() !== description || !d.getMessage().startsWith(prefix))
    throw new Error(`unexpected diagnostic: ${d.getMessage()}`);
  return { policy: d.getPolicyname(), level: d.getEnforcementlevel(), message: d.getMessage().slice(prefix.length), urn: d.getUrn() };
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
    pack = await PackProcess.start(diag, { env: { SOVEREIGN_CLOUD_RESIDENCY: "" } });
  }, START_TIMEOUT);
  afterAll(() => pack?.stop());

  it("describes itself: name and version from package.json, every policy with its level, severity and the contract schema", async () => {
    const info = await pack.info();
    expect(info.getName()).toBe("sovereign-cloud");
    expect(info.getVersion()).toBe(JSON.parse(readFileSync(resolve(PACK_DIR, "package.json"), "utf8")).version);
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
    pack = await PackProcess.start(diag, { env: { SOVEREIGN_CLOUD_RESIDENCY: '{"preset":"eu","replication":"within-contract"}' } });
  }, START_TIMEOUT);
  afterAll(() => pack?.stop());

  it("applies to every policy without repeating it per policy", async () => {
    await pack.configure();
    const ds = await pack.analyzeStack([{ type: "gcp:storage/bucket:Bucket", name: "multi", props: { location: "EU", name: "multi-1" } }]);
    expect(of(ds, "replication")).toEqual([]);
  });
});
