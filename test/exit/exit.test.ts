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
import { bucketMove, clusterMove, databaseMove, objectStoreOf, TOOL_DOCS } from "../../src/exit/data";
import { LAW, LAW_SOURCES } from "../../src/exit/law";
import { nearestComponent, rawResources } from "../../src/exit/raw";
import { inProcessPlanner } from "../../src/exit/rehearse";
import { exitPlan } from "../../src/exit/run";
import { readProject } from "../../src/offline/project";

const rows = (from: typeof AWS_CAPABILITIES, to: typeof AWS_CAPABILITIES, type: string) =>
  featureDeltas(`sovereign-cloud:index:${type}`, from, to).map((d) => `${d.feature} ${d.from.level}->${d.to.level} ${d.change}`);

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
    expect(rows(HETZNER_CAPABILITIES, SCALEWAY_CAPABILITIES, "Network")).toEqual([
      "network.privateSubnet native->native kept",
      "network.denyInbound native->emulated emulated",
    ]);
    expect(featureDeltas("sovereign-cloud:index:Network", HETZNER_CAPABILITIES, SCALEWAY_CAPABILITIES)[1]!.to).toEqual({
      level: "emulated",
      how: SCALEWAY_CAPABILITIES["network.denyInbound"].how,
      source: SCALEWAY_CAPABILITIES["network.denyInbound"].source,
    });
  });

  it("AWS -> Scaleway: the Database's rows are the db.* entries and the cluster's the cluster.* entries", () => {
    expect(rows(AWS_CAPABILITIES, SCALEWAY_CAPABILITIES, "Database")).toEqual([
      "db.managed native->native kept",
      "db.privateEndpoint native->native kept",
      "db.encryptionAtRest native->native kept",
      "db.customerManagedKeys native->unsupported lost",
      "db.tlsOnly native->unknown lost",
      "db.highAvailability native->native kept",
      "db.pointInTime native->unknown lost",
      "db.backupsInRegion native->native kept",
      "db.backupCopy native->unknown lost",
      "db.readReplicas native->native kept",
      "db.crossRegionReplicas native->unsupported lost",
      "db.deletionProtection native->emulated emulated",
      "db.finalSnapshot native->unsupported lost",
      "db.publicAccess unsupported->unsupported absent",
    ]);
    expect(rows(AWS_CAPABILITIES, SCALEWAY_CAPABILITIES, "KubernetesCluster")).toEqual([
      "cluster.managed native->native kept",
      "cluster.privateApi native->unknown lost",
      "cluster.apiAllowList native->native kept",
      "cluster.secretsEncryption native->unknown lost",
      "cluster.customerManagedKeys native->unknown lost",
    ]);
    // Hetzner has no managed PostgreSQL or Kubernetes: everything the source does is lost.
    expect(
      featureDeltas("sovereign-cloud:index:Database", AWS_CAPABILITIES, HETZNER_CAPABILITIES).find((d) => d.feature === "db.managed")!
        .change,
    ).toBe("lost");
  });

  it("a component without features in the tables has no rows", () => {
    expect(featureDeltas("sovereign-cloud:index:Other", AWS_CAPABILITIES, HETZNER_CAPABILITIES)).toEqual([]);
  });
});

describe("data moves", () => {
  const at = (t: string) => placementOf(t, "t").value!;

  it("names each object store's endpoint and rclone backend", () => {
    expect(objectStoreOf(at("aws:eu-central-1"))).toEqual({
      kind: "s3",
      endpoint: "https://s3.eu-central-1.amazonaws.com",
      rclone: { type: "s3", provider: "AWS", region: "eu-central-1" },
    });
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
    const plain = bucketMove(
      "documents",
      at("otc:eu-de"),
      at("scaleway:fr-par"),
      { bucket: { versioning: false, keyManagement: null, sseAlgorithm: null } } as never,
      false,
    );
    expect(plain.manual).toEqual([]);
  });
});

describe("data moves: Database and KubernetesCluster", () => {
  const record = (extra: object) => ({ provider: "aws", region: "eu-central-1", ...extra }) as never;
  const db = {
    engine: "postgresql",
    version: 17,
    instanceClass: "db.t4g.medium",
    storageGiB: 20,
    highAvailability: false,
    keyManagement: "customer",
    backupRegions: ["eu-central-1"],
    backupRetentionDays: 7,
    pointInTime: true,
    replicaRegions: ["eu-central-1"],
    tlsEnforcement: "rds.force_ssl",
  };

  it("a Database moves with pg_dump/pg_restore or logical replication, between the two private endpoints, and says what stays behind", () => {
    const move = databaseMove("metadata", record({ database: db }), { provider: "scaleway", region: "fr-par" } as never);
    expect(move.component).toBe('Database "metadata"');
    expect(move.what).toBe(
      "PostgreSQL 17 databases (schema, data, sequences) of 20 GiB storage; the instance itself is recreated by the program on the destination, empty",
    );
    expect(move.from).toEqual({
      kind: "postgresql",
      endpoint:
        "the Database's private host and port on aws eu-central-1 (its host and port outputs), reached from inside the source network",
    });
    expect(move.to.endpoint).toBe(
      "the destination Database's private host and port on scaleway fr-par, reached from inside the destination network",
    );
    expect(move.command).toMatch(
      /^pg_dump --format=directory .* && pg_restore .*CREATE PUBLICATION on the source, CREATE SUBSCRIPTION on the destination/,
    );
    expect(move.keeps[2]).toContain("wal_level = logical");
    expect(move.manual.map((m) => m.split(/[:(]/)[0]!.trim())).toEqual([
      "Roles and passwords are not in a database dump",
      "Extensions and server parameters are settings of the managed service, not data",
      "Key material",
      "Automated backups",
      "Read replicas",
    ]);
    expect(move.manual[3]).toContain("(7 days, with point-in-time restore)");
    expect(move.sources).toEqual([TOOL_DOCS.pgDump, TOOL_DOCS.pgRestore, TOOL_DOCS.logicalReplication]);
    // Provider-managed keys and no replicas: nothing about either.
    const plain = databaseMove(
      "metadata",
      record({ database: { ...db, keyManagement: "provider", replicaRegions: [], pointInTime: false } }),
    );
    expect(plain.manual.some((m) => m.startsWith("Key material") || m.startsWith("Read replicas"))).toBe(false);
    expect(plain.manual[2]).toContain("(7 days) stay with the source service");
    expect(plain.to.endpoint).toBe("the destination Database's private host and port, reached from inside the destination network");
  });

  it("a KubernetesCluster moves no control plane: workloads are redeployed and persistent volumes copied with Velero's file-system backup", () => {
    const move = clusterMove("apps", record({ kubernetesCluster: { secretsKeyManagement: "provider" } }));
    expect(move.component).toBe('KubernetesCluster "apps"');
    expect(move.what).toBe("persistent volumes' data and the Kubernetes resources of the workloads; no data of the control plane");
    expect(move.command).toMatch(/^velero backup create exit --default-volumes-to-fs-backup .*velero restore create --from-backup exit$/);
    expect(move.manual.map((m) => m.split(":")[0])).toEqual([
      "The control plane is not moved",
      "Workloads must be deployed again on the new cluster",
      "Provider-specific settings in the workloads do not carry over",
      "Secrets are restored from the backup as Kubernetes objects; keys and credentials issued by the source provider (registry pulls, cloud IAM) must be issued again on the destination.",
    ]);
    expect(move.sources).toEqual([TOOL_DOCS.veleroMigration, TOOL_DOCS.veleroFsBackup]);
    expect(clusterMove("apps", record({ kubernetesCluster: { secretsKeyManagement: "customer" } })).manual.at(-1)).toMatch(
      /^Key material: the customer-managed key/,
    );
  });

  it("plans a KubernetesCluster program end to end: cluster.* rows from both tables, the cluster's move, no raw resources", async () => {
    const file = resolve(__dirname, "../fixtures/exit/cluster/Pulumi.yaml");
    const project = readProject(file);
    const plan = await exitPlan(
      { project, stack: "dev", planner: inProcessPlanner(file, project) },
      placementOf("scaleway:fr-par", "--to").value!,
    );
    const cluster = plan.components.find((c) => c.type === "sovereign-cloud:index:KubernetesCluster")!;
    expect(cluster.from).toContain("aws:eks/cluster:Cluster");
    expect(cluster.features.map((f) => `${f.feature} ${f.change}`)).toEqual(
      rows(AWS_CAPABILITIES, SCALEWAY_CAPABILITIES, "KubernetesCluster").map((r) => r.replace(/ \S+->\S+ /, " ")),
    );
    expect(plan.data.map((d) => d.component)).toEqual(['KubernetesCluster "apps"']);
    expect(plan.data[0]!.from.endpoint).toBe("the cluster's API endpoint on aws eu-central-1 (its endpoint and kubeconfig outputs)");
    expect(plan.raw).toEqual([]);
    // The contract asks for encryption at rest, and Scaleway cannot confirm that Kapsule encrypts secrets: the rehearsal is refused.
    expect(plan.rehearsal.to).toMatchObject({ status: "refused", error: { codes: ["SC_PROVIDER_LIMITATION"] } });
    expect(plan.rehearsal.to.error!.message).toContain(
      "KubernetesCluster: Kubernetes secrets encrypted at rest is not confirmed on Scaleway",
    );
  }, 60_000);
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
    ["aws:rds/instance:Instance", "Database"],
    ["gcp:sql/databaseInstance:DatabaseInstance", "Database"],
    ["azure-native:dbforpostgresql:Server", "Database"],
    ["scaleway:databases/instance:Instance", "Database"],
    ["aws:eks/cluster:Cluster", "KubernetesCluster"],
    ["gcp:container/cluster:Cluster", "KubernetesCluster"],
    ["gcp:container/nodePool:NodePool", "KubernetesCluster"],
    ["azure-native:containerservice:ManagedCluster", "KubernetesCluster"],
    ["ovh:CloudProject/kube:Kube", "KubernetesCluster"],
    ["scaleway:kubernetes/cluster:Cluster", "KubernetesCluster"],
    // Objects inside a cluster are workloads, not clusters: not listed as raw resources at all.
    ["kubernetes:apps/v1:Deployment", null],
    ["aws:iam/role:Role", null],
  ])("%s is nearest to %s", (type, component) => {
    expect(nearestComponent(type)).toBe(component);
  });

  it("leaves out Kubernetes objects (applied again to the new cluster) but lists a hand-written cluster", () => {
    const res = (type: string, name: string) => ({ urn: `urn:${name}`, type, name, custom: true });
    const report = {
      resources: [
        res("aws:eks/cluster:Cluster", "legacy"),
        res("kubernetes:apps/v1:Deployment", "web"),
        res("kubernetes:core/v1:PersistentVolumeClaim", "data"),
        res("pulumi:providers:kubernetes", "k8s"),
      ],
    } as never;
    expect(rawResources(report)).toEqual([
      { type: "aws:eks/cluster:Cluster", name: "legacy", status: "not portable: must be rewritten", nearest: "KubernetesCluster" },
    ]);
  });

  it("lists hand-written resources as not portable, next to the portable Bucket that moves", async () => {
    const file = resolve(__dirname, "../fixtures/exit/raw-and-portable/Pulumi.yaml");
    const project = readProject(file);
    const plan = await exitPlan(
      { project, stack: "dev", planner: inProcessPlanner(file, project) },
      placementOf("aws:eu-west-3", "--to").value!,
    );
    expect(plan.summary.exitCode).toBe(0);
    expect(plan.raw).toEqual([
      { type: "aws:ec2/vpc:Vpc", name: "legacy", status: "not portable: must be rewritten", nearest: "Network" },
      { type: "aws:s3/bucket:Bucket", name: "logs", status: "not portable: must be rewritten", nearest: "Bucket" },
      { type: "aws:ec2/instance:Instance", name: "legacy-app", status: "not portable: must be rewritten", nearest: "VirtualMachine" },
      {
        type: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
        name: "logs-pab",
        status: "not portable: must be rewritten",
        nearest: "Bucket",
      },
    ]);
    expect(plan.components.map((c) => c.component)).toEqual(['Bucket "documents"']);
    expect(plan.components[0]!.to).toContain("aws:s3/bucket:Bucket");
    // retentionDays: 7 puts an object lock on the bucket, which no copy carries over.
    expect(plan.data[0]!.manual[0]).toMatch(/^Object-lock retention/);
  }, 60_000);
});
