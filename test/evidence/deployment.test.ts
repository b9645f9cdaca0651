/**
 * What the evidence states about our own deployment, from real components under the SDK's mocks:
 * a bucket's at-rest encryption as gx:storageConfiguration (only where the driver sets it), a VM's
 * flavor as gx:ServerFlavor (vCPUs and memory from the catalog's instance-type table, boot disk from
 * the spec), and the gaps with their reasons where a value is not ours to state.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { INSTANCE_TYPES } from "../../src/catalog/sizes/index";
import type { ProviderId } from "../../src/catalog/types";
import type { ResidencyRecord } from "../../src/components/residency";
import { buildEvidence, type EvidenceDocument } from "../../src/evidence/build";
import type { Gap } from "../../src/evidence/collector";
import { Bucket, Network, VirtualMachine } from "../../src/index";
import { settle, useMocks, valueOf } from "../helpers/pulumi";
import { declaredRequiredGaps, distinct } from "./conformance";
import { validate } from "./shacl";

beforeAll(async () => {
  await useMocks(
    { "sovereign-cloud:residency": { preset: "eu", encryption: "any" }, "sovereign-cloud:ovhcloudServiceName": "test-project" },
    "demo",
    "test",
  );
});

interface Built {
  readonly doc: EvidenceDocument;
  readonly gaps: readonly Gap[];
  readonly record: ResidencyRecord;
}

/** The evidence of one component, as its own stack. */
async function evidenceOf(component: Bucket | VirtualMachine): Promise<Built> {
  await settle();
  const urn = (await valueOf(component.urn))!;
  const record = (await valueOf(component.residency))!;
  const built = buildEvidence([{ project: "demo", stack: "test", components: [{ urn, residency: record }] }]);
  return { doc: built.document, gaps: built.stacks[0]!.gaps, record };
}

function subject(doc: EvidenceDocument, id: string): Record<string, any> {
  const found = doc["@graph"].find((c) => c.credentialSubject.id === id);
  if (!found) throw new Error(`no credential about ${id}`);
  return found.credentialSubject as Record<string, any>;
}

function facts(doc: EvidenceDocument): Record<string, any>[] {
  return (doc["@graph"].find((c) => c.credentialSubject.type === "sc:EvidenceReport")!.credentialSubject as Record<string, any>)["sc:fact"];
}

const offering = (provider: string, region: string, kind: string) => `urn:sovereign-cloud:catalog:offering:${provider}:${region}:${kind}`;

describe("bucket: gx:storageConfiguration where the driver sets the encryption", () => {
  it.each([
    ["scaleway:fr-par", "scaleway", "fr-par"],
    ["ovhcloud:gra", "ovhcloud", "gra"],
    ["aws:eu-central-1", "aws", "eu-central-1"],
  ])("%s: AES with provider-managed keys, versioning, and no storageConfiguration gap", async (target, provider, region) => {
    const { doc, gaps, record } = await evidenceOf(new Bucket(`sse-${provider}`, { target, tlsOnly: false }));
    expect(record.bucket).toEqual({ versioning: true, keyManagement: "provider", sseAlgorithm: "AES256" });
    const id = offering(provider, region, "object-storage");
    const config = `${id}:storage-configuration:aes-managed`;
    expect(subject(doc, id)).toMatchObject({
      "gx:versioning": true,
      "gx:storageConfiguration": {
        id: config,
        type: "gx:StorageConfiguration",
        "gx:storageEncryption": { id: `${config}:encryption`, type: "gx:Encryption", "gx:cipher": "AES", "gx:keyManagement": "managed" },
      },
    });
    expect(gaps.filter((g) => g.property === "gx:storageConfiguration")).toEqual([]);
    // Stated from the deployment (the component is the origin), not from the catalog.
    expect(facts(doc).find((f) => f["sc:about"].id === `${config}:encryption` && f["sc:property"].id === "gx:cipher")).toMatchObject({
      "sc:value": "AES",
      "sc:basis": "deployment",
    });
  });

  it.each([
    ["hetzner:fsn1", "hetzner", "fsn1", {}],
    ["cleura:Kna1", "cleura", "Kna1", { versioning: false }],
  ])(
    "%s: no default encryption configured, so storageConfiguration stays a required gap with the reason",
    async (target, provider, region, extra) => {
      const { doc, gaps, record } = await evidenceOf(new Bucket(`plain-${provider}`, { target, tlsOnly: false, ...extra }));
      expect(record.bucket).toMatchObject({ keyManagement: null, sseAlgorithm: null });
      const id = offering(provider, region, "object-storage");
      expect(subject(doc, id)).not.toHaveProperty("gx:storageConfiguration");
      const gap = gaps.find((g) => g.subject === id && g.property === "gx:storageConfiguration");
      expect(gap).toMatchObject({ required: true });
      expect(gap!.reason).toContain(
        "the driver configures no default encryption for the bucket (the provider's own at-rest encryption, if any, is not a fact we hold)",
      );
    },
  );

  it("aws with a customer-managed key: storageConfiguration stays a gap, 25.11 has no keyManagement value for a customer KMS key", async () => {
    const { gaps, record } = await evidenceOf(
      new Bucket("cmk", { target: "aws:eu-central-1", tlsOnly: false, residency: { preset: "eu", encryption: "customer-managed" } }),
    );
    expect(record.bucket).toEqual({ versioning: true, keyManagement: "customer", sseAlgorithm: null });
    const gap = gaps.find((g) => g.property === "gx:storageConfiguration");
    expect(gap!.reason).toContain("customer-controlled key in the provider's KMS");
  });
});

describe("VM: gx:ServerFlavor from the catalog's instance-type table and the spec's boot disk", () => {
  async function vm(name: string, target: string, args: Partial<ConstructorParameters<typeof VirtualMachine>[1]> = {}) {
    const network = new Network(`${name}-net`, { target });
    return evidenceOf(new VirtualMachine(name, { size: "SCS-2V-4", image: "debian-12", network, diskGiB: 40, ...args }));
  }

  it.each([
    ["scaleway:fr-par:fr-par-1", "scaleway", "fr-par"],
    ["aws:eu-central-1", "aws", "eu-central-1"],
  ])(
    "%s: vCPUs and memory of the resolved instance type, boot disk as asked; passes SHACL",
    async (target, provider, region) => {
      const { doc, gaps, record } = await vm(`flavor-${provider}`, target);
      const vmRecord = record.virtualMachine!;
      expect(vmRecord).toMatchObject({ size: "SCS-2V-4", instanceTypePinned: false, bootDiskGiB: 40, image: "debian-12" });
      const row = INSTANCE_TYPES[provider as ProviderId]!.types.find((t) => t.name === vmRecord.instanceType)!;
      expect(row, `${vmRecord.instanceType} in the ${provider} table`).toBeDefined();
      const id = `${offering(provider, region, "virtual-machine")}:flavor:${encodeURIComponent(vmRecord.instanceType)}:boot-40gib`;
      const [flavor] = subject(doc, offering(provider, region, "virtual-machine"))["gx:instantiationReq"];
      expect(flavor).toMatchObject({
        id,
        type: "gx:ServerFlavor",
        "gx:cpu": { type: "gx:CpuCapabilities", "gx:vCPUs": row.vcpus },
        "gx:memory": {
          "gx:memory": {
            "gx:memorySize": {
              "qudt:quantityValue": { "@value": row.memoryGiB.toFixed(1), "@type": "xsd:float" },
              "qudt:applicableUnit": "GiB",
            },
          },
        },
        "gx:bootVolume": {
          type: "gx:Disk",
          "gx:diskSize": { "qudt:quantityValue": { "@value": "40.0", "@type": "xsd:float" }, "qudt:applicableUnit": "GiB" },
        },
      });
      expect(gaps.filter((g) => g.property === "gx:instantiationReq")).toEqual([]);
      // vCPUs cite the catalog table's source; the boot disk cites the component.
      expect(facts(doc).find((f) => f["sc:about"].id === `${id}:cpu`)).toMatchObject({
        "sc:value": row.vcpus,
        "sc:source": { id: `urn:sovereign-cloud:catalog:source:${INSTANCE_TYPES[provider as ProviderId]!.source}` },
      });
      expect(facts(doc).find((f) => f["sc:about"].id === `${id}:boot-volume:size`)).toMatchObject({
        "sc:value": 40,
        "sc:basis": "deployment",
      });
      // The only SHACL results are the declared required gaps: nothing on the flavor.
      const results = distinct((await validate(doc)).results);
      expect(results).toEqual(declaredRequiredGaps(doc));
      expect(results.filter((r) => r.focusNode.startsWith(id))).toEqual([]);
    },
    60_000,
  );

  it("an instance type pinned in overrides that is not in the table keeps the gx:instantiationReq gap", async () => {
    const { doc, gaps, record } = await vm("pinned", "scaleway:fr-par:fr-par-1", { overrides: { scaleway: { commercialType: "GP1-XS" } } });
    expect(record.virtualMachine).toMatchObject({ instanceType: "GP1-XS", instanceTypePinned: true });
    expect(INSTANCE_TYPES.scaleway!.types.some((t) => t.name === "GP1-XS")).toBe(false);
    const id = offering("scaleway", "fr-par", "virtual-machine");
    expect(subject(doc, id)).not.toHaveProperty("gx:instantiationReq");
    const gap = gaps.find((g) => g.subject === id && g.property === "gx:instantiationReq");
    expect(gap).toMatchObject({ required: true });
    expect(gap!.reason).toContain(
      "instance type GP1-XS was pinned in overrides and is not in the catalog's instance-type table (vCPUs and memory unknown)",
    );
  });

  it("hetzner: the boot disk comes with the server type, so gx:instantiationReq stays a gap", async () => {
    const { gaps, record } = await vm("hcloud", "hetzner:fsn1");
    expect(record.virtualMachine).toMatchObject({ bootDiskGiB: null });
    const gap = gaps.find((g) => g.property === "gx:instantiationReq");
    expect(gap!.reason).toContain(
      `the boot disk of ${record.virtualMachine!.instanceType} comes with the instance type and its size is not in the catalog`,
    );
  });

  it("gx:codeArtifact is always a required gap: the catalog holds no image license, copyright owner or resource policy", async () => {
    const { gaps } = await vm("image", "scaleway:fr-par:fr-par-1");
    const gap = gaps.find((g) => g.property === "gx:codeArtifact");
    expect(gap).toMatchObject({ subject: offering("scaleway", "fr-par", "virtual-machine"), required: true });
    expect(gap!.reason).toMatch(/image debian-12 \(.+\): no license, copyright owner or resource policy in the catalog$/);
  });
});
