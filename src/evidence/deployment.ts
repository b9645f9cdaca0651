/**
 * Gaia-X statements about our own deployment, from the component's `residency` record (what it
 * configured, see src/components/deployment.ts) and the catalog:
 *
 * - a bucket's at-rest encryption as the offering's `gx:storageConfiguration` (`gx:StorageConfiguration`
 *   → `gx:storageEncryption`: `gx:cipher` and `gx:keyManagement`), and `gx:versioning`;
 * - a VM's instance type and boot disk as the offering's `gx:instantiationReq` (`gx:ServerFlavor`:
 *   `gx:cpu` with `gx:vCPUs`, `gx:memory`, `gx:bootVolume`), vCPUs and RAM from the catalog's sourced
 *   instance-type table, the boot disk from the VM's spec;
 * - a VM's image: `gx:codeArtifact` needs a `gx:VMImage` with license, copyright owner and resource
 *   policy, none of which the catalog holds, so it stays a gap (the image is named on the sc:Component);
 * - a database's engine, version, class, encryption, backup regions and replica regions on its
 *   sc:Component: Gaia-X 25.11 has no database service-offering class, so there is no gx: place for
 *   them and the missing offering is a declared gap.
 *
 * A shape is filled only when every property it requires can be stated; otherwise the reason is noted
 * and the property becomes a gap when the stack is finished ({@link finishOfferings}).
 */
import { INSTANCE_TYPES } from "../catalog/sizes/index";
import { IMAGES } from "../catalog/images/index";
import { known, type ProviderId } from "../catalog/types";
import type { ResidencyRecord } from "../components/residency";
import type { Collector, Node } from "./collector";
import { typed } from "./vocabulary";

/** The deployment-dependent properties an offering requires, by offering type. */
export const DEPLOYMENT_REQUIRED: Readonly<Record<string, readonly [string, string][]>> = {
  "gx:ObjectStorageServiceOffering": [
    ["gx:storageConfiguration", "no bucket of this deployment states its at-rest encryption (cipher and key management)"],
  ],
  "gx:VirtualMachineServiceOffering": [
    ["gx:instantiationReq", "no VM of this deployment has a flavor whose vCPUs, memory and boot disk are all known"],
    [
      "gx:codeArtifact",
      "a gx:VMImage requires gx:license, gx:copyrightOwnedBy and gx:resourcePolicy; the catalog holds none of these for the images",
    ],
  ],
};

function memorySize(id: string, gib: number): Record<string, unknown> {
  return { id, type: "gx:MemorySize", "qudt:quantityValue": typed(gib.toFixed(1), "xsd:float"), "qudt:applicableUnit": "GiB" };
}

function append(node: Node, property: string, value: Record<string, unknown>): void {
  const current = node[property];
  const list = Array.isArray(current) ? current : current === undefined ? [] : [current];
  if (!list.some((v: { id?: string }) => v.id === value.id)) node[property] = [...list, value];
}

/** A bucket: its storage configuration (when cipher and key management are both known) and versioning. */
export function describeBucket(c: Collector, offeringId: string, urn: string, record: ResidencyRecord, component: Node): void {
  const b = record.bucket;
  if (!b) {
    c.why(
      offeringId,
      "gx:storageConfiguration",
      `${urn}: its residency record has no bucket configuration (built by an older sovereign-cloud)`,
    );
    return;
  }
  component["sc:versioning"] = b.versioning;
  component["sc:keyManagement"] = b.keyManagement ?? "none configured";
  if (b.sseAlgorithm) component["sc:sseAlgorithm"] = b.sseAlgorithm;
  const offering = c.node(offeringId)!;
  if (b.versioning && offering["gx:versioning"] === undefined) {
    offering["gx:versioning"] = true;
    c.deployed(offeringId, "gx:versioning", true, urn, "the bucket is created with versioning on, so the offering supports it");
  }
  if (b.sseAlgorithm !== "AES256" || b.keyManagement !== "provider") {
    const why =
      b.keyManagement === null
        ? "the driver configures no default encryption for the bucket (the provider's own at-rest encryption, if any, is not a fact we hold)"
        : b.keyManagement === "customer"
          ? "the bucket is encrypted with a customer-controlled key in the provider's KMS: its cipher is not set by us, and 25.11's gx:keyManagement (BYOK, HYOK, managed) has no value for a KMS key the customer creates in the provider's KMS"
          : "the driver does not set the encryption algorithm (the provider's default, not a fact we hold)";
    c.why(offeringId, "gx:storageConfiguration", `${urn}: ${why}`);
    return;
  }
  const id = `${offeringId}:storage-configuration:aes-managed`;
  const existing = offering["gx:storageConfiguration"] as { id: string } | undefined;
  if (existing && existing.id !== id) return;
  offering["gx:storageConfiguration"] = {
    id,
    type: "gx:StorageConfiguration",
    "schema:name": "SSE AES256, provider-managed keys",
    "gx:storageEncryption": { id: `${id}:encryption`, type: "gx:Encryption", "gx:cipher": "AES", "gx:keyManagement": "managed" },
  };
  c.deployed(`${id}:encryption`, "gx:cipher", "AES", urn, "the driver sets the bucket's default server-side encryption to AES256");
  c.deployed(
    `${id}:encryption`,
    "gx:keyManagement",
    "managed",
    urn,
    "provider-managed keys (the component's encryption is provider-managed)",
  );
}

/** A VM: its flavor (instance type from the catalog's table, boot disk from the spec) and image. */
export function describeVm(
  c: Collector,
  provider: ProviderId,
  offeringId: string,
  urn: string,
  record: ResidencyRecord,
  component: Node,
): void {
  const vm = record.virtualMachine;
  if (!vm) {
    c.why(offeringId, "gx:instantiationReq", `${urn}: its residency record has no VM configuration (built by an older sovereign-cloud)`);
    return;
  }
  component["sc:size"] = vm.size;
  component["sc:instanceType"] = vm.instanceType;
  if (vm.bootDiskGiB !== null) component["sc:bootDiskGiB"] = vm.bootDiskGiB;
  component["sc:image"] = vm.image;
  const mapped = IMAGES[provider]?.[vm.image as keyof (typeof IMAGES)[ProviderId]];
  const image = vm.imageOverride ?? known(mapped);
  if (image !== undefined) component["sc:imageReference"] = image;
  c.why(
    offeringId,
    "gx:codeArtifact",
    `${urn}: image ${vm.image}${image !== undefined ? ` (${image})` : ""}: no license, copyright owner or resource policy in the catalog`,
  );

  const table = INSTANCE_TYPES[provider];
  const row = table?.types.find((t) => t.name === vm.instanceType);
  if (!table || !row || vm.bootDiskGiB === null) {
    const why = !row
      ? `instance type ${vm.instanceType} ${vm.instanceTypePinned ? "was pinned in overrides and " : ""}is not in the catalog's instance-type table (vCPUs and memory unknown)`
      : `the boot disk of ${vm.instanceType} comes with the instance type and its size is not in the catalog`;
    c.why(offeringId, "gx:instantiationReq", `${urn}: ${why}`);
    return;
  }
  const id = `${offeringId}:flavor:${encodeURIComponent(vm.instanceType)}:boot-${vm.bootDiskGiB}gib`;
  const fact = (value: number, note: string) => ({ confirmed: true as const, value, source: table.source, note });
  append(c.node(offeringId)!, "gx:instantiationReq", {
    id,
    type: "gx:ServerFlavor",
    "schema:name": `${vm.instanceType}, ${vm.bootDiskGiB} GiB boot volume`,
    "schema:description": `instance type ${vm.instanceType} (${row.vcpus} vCPU, ${row.memoryGiB} GiB), resolved from size ${vm.size}`,
    // gx:CpuCapabilities requires a gx:pCPU node; the shape requires none of its properties, and we state none.
    "gx:cpu": {
      id: `${id}:cpu`,
      type: "gx:CpuCapabilities",
      "gx:vCPUs": row.vcpus,
      "gx:pCPU": { id: `${id}:cpu:physical`, type: "gx:CPU" },
    },
    "gx:memory": {
      id: `${id}:memory`,
      type: "gx:MemoryCapabilities",
      "gx:memory": { id: `${id}:memory:ram`, type: "gx:Memory", "gx:memorySize": memorySize(`${id}:memory:ram:size`, row.memoryGiB) },
    },
    "gx:bootVolume": { id: `${id}:boot-volume`, type: "gx:Disk", "gx:diskSize": memorySize(`${id}:boot-volume:size`, vm.bootDiskGiB) },
  });
  c.fact(`${id}:cpu`, "gx:vCPUs", fact(row.vcpus, `instance type ${vm.instanceType} in the catalog's table`));
  c.fact(
    `${id}:memory:ram:size`,
    "qudt:quantityValue",
    fact(row.memoryGiB, `GiB of instance type ${vm.instanceType} in the catalog's table`),
  );
  c.deployed(
    `${id}:boot-volume:size`,
    "qudt:quantityValue",
    vm.bootDiskGiB,
    urn,
    "GiB: the root disk size the driver creates from the VM's diskGiB",
  );
  c.deployed(
    id,
    "sc:instanceType",
    vm.instanceType,
    urn,
    `the instance type size ${vm.size} resolved to${vm.instanceTypePinned ? " (pinned in overrides)" : ""}`,
  );
}

/**
 * A database: its deployment facts on the sc:Component (engine, version, class, storage, HA, key
 * management, the regions backups and replicas are stored in, TLS enforcement), each recorded as a
 * fact about our own deployment. No gx: offering: 25.11 defines none for managed databases.
 */
export function describeDatabase(c: Collector, urn: string, record: ResidencyRecord, component: Node): void {
  const db = record.database;
  c.gap(
    urn,
    "sc:offering",
    false,
    "Gaia-X 25.11 has no service-offering class for a managed database (only compute, storage, container and connectivity offerings), so the database is described on its sc:Component only",
  );
  if (!db) {
    c.gap(urn, "sc:engine", false, `${urn}: its residency record has no database configuration (built by an older sovereign-cloud)`);
    return;
  }
  component["sc:engine"] = db.engine;
  component["sc:engineVersion"] = db.version;
  component["sc:instanceClass"] = db.instanceClass;
  component["sc:storageGiB"] = db.storageGiB;
  component["sc:highAvailability"] = db.highAvailability;
  component["sc:keyManagement"] = db.keyManagement ?? "none configured";
  component["sc:backupRegion"] = [...db.backupRegions];
  component["sc:backupRetentionDays"] = db.backupRetentionDays;
  component["sc:pointInTimeRestore"] = db.pointInTime;
  component["sc:replicaRegion"] = [...db.replicaRegions];
  component["sc:tlsEnforcement"] = db.tlsEnforcement ?? "not enforced by the driver";
  c.deployed(
    urn,
    "sc:engineVersion",
    `${db.engine} ${db.version}`,
    urn,
    "the PostgreSQL major version the component asked for (one the catalog says the provider offers)",
  );
  c.deployed(
    urn,
    "sc:keyManagement",
    db.keyManagement ?? "none configured",
    urn,
    db.keyManagement === null
      ? "the driver configures no encryption at rest (the provider's own, if any, is not a fact we hold)"
      : `${db.keyManagement}-managed keys, as the driver configures them`,
  );
  c.deployed(
    urn,
    "sc:backupRegion",
    db.backupRegions.length > 0 ? db.backupRegions.join(", ") : "not configured",
    urn,
    db.backupRegions.length > 0
      ? "the regions the driver configures automated backups to be stored in"
      : "the driver cannot state where the provider stores backups",
  );
}

/** After every component: each required deployment property still missing on an offering becomes a gap. */
export function finishOfferings(c: Collector): void {
  for (const node of c.subjects) {
    for (const [property, fallback] of DEPLOYMENT_REQUIRED[node.type as string] ?? []) {
      if (node[property] !== undefined) continue;
      const reasons = c.reasons(node.id, property);
      c.gap(node.id, property, true, reasons.length > 0 ? `${fallback}: ${reasons.join("; ")}` : fallback);
    }
  }
}
