/**
 * The exit plan's parts: the feature-change table, exact feature rows between two drivers, raw
 * resources of a program with hand-written resources (through the command's in-process planner),
 * the data moves and the law's sources.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { AWS_CAPABILITIES } from "../../src/drivers/aws/capabilities";
import { HETZNER_CAPABILITIES } from "../../src/drivers/hetzner/capabilities";
import { SCALEWAY_CAPABILITIES } from "../../src/drivers/scaleway/capabilities";
import { placementOf } from "../../src/contract/target";
import { changeOf, featureDeltas } from "../../src/exit/features";
import { bucketMove, objectStoreOf } from "../../src/exit/data";
import { LAW, LAW_SOURCES } from "../../src/exit/law";
import { nearestComponent } from "../../src/exit/raw";
import { inProcessPlanner } from "../../src/exit/rehearse";
import { exitPlan } from "../../src/exit/run";
import { readProject } from "../../src/offline/project";

const rows = (from: typeof AWS_CAPABILITIES, to: typeof AWS_CAPABILITIES, type: string) => featureDeltas(`sovereign-cloud:index:${type}`, from, to).map((d) => `${d.feature} ${d.from.level}->${d.to.level} ${d.change}`);

describe("feature changes", () => {
  it.each([
    ["native", "native", "kept"],
    ["emulated", "native", "kept"],
    ["emulated", "emulated", "kept"],
    ["native", "emulated", "emulated"],
    ["native", "unsupported", "lost"],
    ["emulated", "unknown", "lost"],
    ["unknown", "native", "gained"],
    ["unsupported", "emulated", "gained"],
    ["unknown", "unsupported", "absent"],
  ] as const)("%s -> %s is %s (an unconfirmed level never counts as supported)", (from, to, change) => {
    expect(changeOf(from, to)).toBe(change);
  });

  it("AWS -> Hetzner: the bucket keeps versioning and retention and loses the rest of what S3 does", () => {
    expect(rows(AWS_CAPABILITIES, HETZNER_CAPABILITIES, "Bucket")).toEqual([
      "bucket.versioning native->native kept",
      "bucket.retention native->native kept",
      "bucket.retentionLocked native->unknown lost",
      "bucket.lifecycle native->unsupported lost",
      "bucket.coldTier native->unknown lost",
      "bucket.encryptionAtRest native->unsupported lost",
      "bucket.customerManagedKeys native->unsupported lost",
      "bucket.blockPublicAccess native->unknown lost",
      "bucket.tlsOnly native->unknown lost",
      "bucket.geoRedundancy unsupported->unsupported absent",
    ]);
    expect(rows(AWS_CAPABILITIES, HETZNER_CAPABILITIES, "VirtualMachine")).toEqual([
      "vm.diskEncryption native->unsupported lost",
      "vm.customerManagedKeys native->unsupported lost",
      "vm.metadataHardening native->unknown lost",
      "vm.noPublicIpByDefault native->native kept",
      "vm.sshKeys native->native kept",
      "vm.userData native->native kept",
    ]);
  });

  it("Hetzner -> Scaleway: gains lifecycle, cold tier and encryption; network filtering and SSH keys become emulated", () => {
    expect(rows(HETZNER_CAPABILITIES, SCALEWAY_CAPABILITIES, "Bucket")).toEqual([
      "bucket.versioning native->native kept",
      "bucket.retention native->native kept",
      "bucket.retentionLocked unknown->native gained",
      "bucket.lifecycle unsupported->native gained",
      "bucket.coldTier unknown->native gained",
      "bucket.encryptionAtRest unsupported->native gained",
      "bucket.customerManagedKeys unsupported->unsupported absent",
      "bucket.blockPublicAccess unknown->emulated gained",
      "bucket.tlsOnly unknown->unsupported absent",
      "bucket.geoRedundancy unsupported->unsupported absent",
    ]);
    expect(rows(HETZNER_CAPABILITIES, SCALEWAY_CAPABILITIES, "Network")).toEqual(["network.privateSubnet native->native kept", "network.denyInbound native->emulated emulated"]);
    expect(featureDeltas("sovereign-cloud:index:Network", HETZNER_CAPABILITIES, SCALEWAY_CAPABILITIES)[1]!.to).toEqual({
      level: "emulated",
      how: SCALEWAY_CAPABILITIES["network.denyInbound"].how,
      source: SCALEWAY_CAPABILITIES["network.denyInbound"].source,
    });
  });

  it("a component without features in the tables has no rows", () => {
    expect(featureDeltas("sovereign-cloud:index:Other", AWS_CAPABILITIES, HETZNER_CAPABILITIES)).toEqual([]);
  });
});

describe("data moves", () => {
  const at = (t: string) => placementOf(t, "t").value!;

  it("names each object store's endpoint and rclone backend", () => {
    expect(objectStoreOf(at("aws:eu-central-1"))).toEqual({ kind: "s3", endpoint: "https://s3.eu-central-1.amazonaws.com", rclone: { type: "s3", provider: "AWS", region: "eu-central-1" } });
    expect(objectStoreOf(at("scaleway:fr-par")).endpoint).toBe("https://s3.fr-par.scw.cloud");
    expect(objectStoreOf(at("hetzner:fsn1")).endpoint).toBe("https://fsn1.your-objectstorage.com");
    expect(objectStoreOf(at("ovhcloud:gra")).endpoint).toBe("https://s3.gra.io.cloud.ovh.net");
    expect(objectStoreOf(at("otc:eu-de")).kind).toBe("swift");
    expect(objectStoreOf(at("otc:eu-de")).endpoint).toContain("https://iam.eu-de.otc.t-systems.com/v3");
    expect(objectStoreOf(at("azure:francecentral")).kind).toBe("azureblob");
    expect(objectStoreOf(at("gcp:europe-west4")).endpoint).toBe("https://storage.googleapis.com");
  });

  it("says what rclone cannot move: retention dates, version history, customer-managed key material", () => {
    const record = { bucket: { versioning: true, keyManagement: "customer", sseAlgorithm: null } } as never;
    const move = bucketMove("documents", at("aws:eu-central-1"), at("scaleway:fr-par"), record, true);
    expect(move.command).toMatch(/^rclone sync src:<bucket> dst:<bucket> --checksum --metadata/);
    expect(move.manual.map((m) => m.split(":")[0])).toEqual(["Object-lock retention", "Version history", "Key material"]);
    expect(move.manual[1]).toContain("--s3-versions");
    const unknown = bucketMove("documents", at("gcp:europe-west4"), at("aws:eu-central-1"), record, "unknown");
    expect(unknown.manual[0]).toMatch(/^If the Bucket sets retentionDays \(on Google Cloud retention is a setting of the bucket itself/);
    const plain = bucketMove("documents", at("otc:eu-de"), at("scaleway:fr-par"), { bucket: { versioning: false, keyManagement: null, sseAlgorithm: null } } as never, false);
    expect(plain.manual).toEqual([]);
  });
});

describe("the law", () => {
  it("cites the Data Act's switching terms and DORA's exit strategy, each with a source and an as-of date", () => {
    expect(LAW.map((f) => `${f.law} ${f.article} ${f.topic}`)).toEqual([
      "EU Data Act Article 50 application date",
      "EU Data Act Article 25(2)(d) notice period",
      "EU Data Act Article 25(2)(a) transition period",
      "EU Data Act Article 25(4) transition period, when technically unfeasible",
      "EU Data Act Article 25(2)(g) data retrieval period",
      "EU Data Act Article 25(2)(h) erasure after retrieval",
      "EU Data Act Article 29(1) end of switching charges",
      "DORA Article 28(8) exit strategy",
      "DORA Article 30(3)(f) exit terms in the contract",
      "DORA Article 64 application date",
    ]);
    for (const f of LAW) {
      const s = LAW_SOURCES[f.source];
      expect(s.ref).toMatch(/^http:\/\/data\.europa\.eu\/eli\/reg\/20(23\/2854|22\/2554)\/oj$/);
      expect(s.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe("raw resources", () => {
  it.each([
    ["aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "Bucket"],
    ["azure-native:storage:StorageAccount", "Bucket"],
    ["aws:ec2/instance:Instance", "VirtualMachine"],
    ["hcloud:index/server:Server", "VirtualMachine"],
    ["gcp:compute/firewall:Firewall", "Network"],
    ["aws:iam/role:Role", null],
  ])("%s is nearest to %s", (type, component) => {
    expect(nearestComponent(type)).toBe(component);
  });

  it("lists hand-written resources as not portable, next to the portable Bucket that moves", async () => {
    const file = resolve(__dirname, "../fixtures/exit/raw-and-portable/Pulumi.yaml");
    const project = readProject(file);
    const plan = await exitPlan({ project, stack: "dev", planner: inProcessPlanner(file, project) }, placementOf("aws:eu-west-3", "--to").value!);
    expect(plan.summary.exitCode).toBe(0);
    expect(plan.raw).toEqual([
      { type: "aws:ec2/vpc:Vpc", name: "legacy", status: "not portable: must be rewritten", nearest: "Network" },
      { type: "aws:s3/bucket:Bucket", name: "logs", status: "not portable: must be rewritten", nearest: "Bucket" },
      { type: "aws:ec2/instance:Instance", name: "legacy-app", status: "not portable: must be rewritten", nearest: "VirtualMachine" },
      { type: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", name: "logs-pab", status: "not portable: must be rewritten", nearest: "Bucket" },
    ]);
    expect(plan.components.map((c) => c.component)).toEqual(['Bucket "documents"']);
    expect(plan.components[0]!.to).toContain("aws:s3/bucket:Bucket");
    // retentionDays: 7 puts an object lock on the bucket, which no copy carries over.
    expect(plan.data[0]!.manual[0]).toMatch(/^Object-lock retention/);
  }, 60_000);
});
