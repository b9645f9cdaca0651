/**
 * Programs we did not write often use @pulumiverse/scaleway's older `index/` classes
 * (`scaleway.DatabaseInstance`, `scaleway.InstanceServer`, `scaleway.DatabaseAcl`, ...). The pack
 * judges them exactly as the current classes (`scaleway.databases.Instance`, ...): the Scaleway
 * package module maps each older token to the current one (src/policy/packages/scaleway-legacy.ts),
 * and that table is checked here against the installed SDK.
 *
 * The programs run through the offline engine with the real SDK classes (their real type tokens),
 * as `sovereign-cloud plan` runs them, and every finding is pinned exactly.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as scaleway from "@pulumiverse/scaleway";
import { describe, expect, it } from "vitest";
import { computedOutputs } from "../../../src/offline/outputs";
import { currentType, globalReason, holdsData } from "../../../src/policy/packages/index";
import { SCALEWAY_LEGACY_TYPES } from "../../../src/policy/packages/scaleway-legacy";
import { planInline } from "../../helpers/offline-plan";

// ---------- the table, against the installed SDK ----------

const SDK = dirname(createRequire(import.meta.url).resolve("@pulumiverse/scaleway/package.json"));

/** Every resource class of the SDK: its type token -> the source of its .js file. */
function sdkClasses(): Map<string, { readonly dir: string; readonly file: string; readonly src: string }> {
  const out = new Map<string, { dir: string; file: string; src: string }>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(join(SDK, dir), { withFileTypes: true })) {
      if (e.isDirectory() && !["types", "config"].includes(e.name)) walk(join(dir, e.name));
      if (!e.isFile() || !e.name.endsWith(".js")) continue;
      const src = readFileSync(join(SDK, dir, e.name), "utf8");
      const token = /static __pulumiType = '([^']+)'/.exec(src)?.[1];
      if (token) out.set(token, { dir, file: e.name.slice(0, -3), src });
    }
  };
  walk(".");
  return out;
}

const CLASSES = sdkClasses();

/** `resourceInputs["x"] = args?.x...` (the inputs) or `= state?.x` (the state), as a sorted list. */
const keys = (src: string, of: "args" | "state"): string[] =>
  [...src.matchAll(new RegExp(`resourceInputs\\["(\\w+)"\\] = ${of}\\?\\.`, "g"))].map((m) => m[1]!).sort();

describe("the Scaleway legacy-token table", () => {
  it("maps every deprecated index/ class to the class its SDK deprecation note names, and nothing else", () => {
    const fromSdk: Record<string, string> = {};
    for (const [token, { src }] of CLASSES) {
      if (!token.startsWith("scaleway:index/")) continue;
      // "scaleway.index/instanceserver.InstanceServer has been deprecated in favor of scaleway.instance/server.Server"
      const note = /has been deprecated in favor of scaleway\.([a-z]+)\/([a-z]+)\.(\w+)/.exec(src);
      if (!note) continue;
      const current = [...CLASSES].find(([t, c]) => c.dir === note[1] && c.file.toLowerCase() === note[2] && t.endsWith(`:${note[3]}`));
      expect(current, `${token}: ${note[0]}`).toBeDefined();
      fromSdk[token] = current![0];
    }
    expect(SCALEWAY_LEGACY_TYPES).toEqual(fromSdk);
    expect(Object.keys(fromSdk)).toHaveLength(116);
  });

  it("pairs classes with the same inputs and the same state, so the module's readers apply unchanged", () => {
    for (const [legacy, current] of Object.entries(SCALEWAY_LEGACY_TYPES)) {
      const a = CLASSES.get(legacy)!.src;
      const b = CLASSES.get(current)!.src;
      expect(keys(a, "args").length, legacy).toBeGreaterThan(0);
      expect(keys(a, "args"), legacy).toEqual(keys(b, "args"));
      expect(keys(a, "state"), legacy).toEqual(keys(b, "state"));
    }
    expect(keys(CLASSES.get("scaleway:index/databaseInstance:DatabaseInstance")!.src, "args")).toEqual(
      expect.arrayContaining(["backupSameRegion", "disableBackup", "encryptionAtRest", "region"]),
    );
    expect(keys(CLASSES.get("scaleway:index/databaseAcl:DatabaseAcl")!.src, "args")).toContain("aclRules");
  });

  it("answers for a legacy token as for the current one: data-bearing, global, mock outputs", () => {
    expect(currentType("scaleway:index/databaseInstance:DatabaseInstance")).toBe("scaleway:databases/instance:Instance");
    expect(currentType("scaleway:databases/instance:Instance")).toBe("scaleway:databases/instance:Instance");
    expect(currentType("aws:s3/bucket:Bucket")).toBe("aws:s3/bucket:Bucket");
    for (const legacy of [
      "scaleway:index/databaseInstance:DatabaseInstance",
      "scaleway:index/instanceServer:InstanceServer",
      "scaleway:index/kubernetesCluster:KubernetesCluster",
      "scaleway:index/objectBucket:ObjectBucket",
      "scaleway:index/mnqSqsQueue:MnqSqsQueue",
      "scaleway:index/functionNamespace:FunctionNamespace",
    ])
      expect(holdsData(legacy), legacy).toBe(true);
    expect(holdsData("scaleway:index/vpcPrivateNetwork:VpcPrivateNetwork")).toBe(false);
    expect(globalReason("scaleway:index/iamApplication:IamApplication", {})).toBe(globalReason("scaleway:iam/application:Application", {}));
    expect(globalReason("scaleway:index/domainRecord:DomainRecord", {})).toMatch(/DNS zones and records/);
    expect(globalReason("scaleway:index/accountSshKey:AccountSshKey", {})).toMatch(/organization-wide/);
    expect(computedOutputs("scaleway:index/instanceServer:InstanceServer", "web", { ipId: "ip-1" })).toEqual({
      privateIps: [{ id: "web-pn-ip", address: "10.20.1.2" }],
      publicIps: [{ id: "ip-1", address: "203.0.113.40" }],
    });
    expect(computedOutputs("scaleway:index/instanceIp:InstanceIp", "ip", {})).toEqual({ address: "203.0.113.40" });
  });
});

// ---------- the pack on programs that use the legacy classes ----------

/** The findings of `program` planned with `config`, each as `level policy name: message`, sorted. */
async function findings(config: Record<string, unknown>, program: () => void): Promise<string[]> {
  const report = await planInline("scw-legacy", config, program);
  return report.diagnostics.map((d) => `${d.enforcementLevel} ${d.policyName} ${(d.urn ?? "").split("::").pop()}: ${d.message}`).sort();
}

const PAR = { "scaleway:region": "fr-par", "scaleway:zone": "fr-par-1" };
const residency = (contract: unknown) => ({ "sovereign-cloud:residency": contract });
const EU = residency("eu");

const DB = {
  nodeType: "DB-DEV-S",
  engine: "PostgreSQL-16",
  userName: "app",
  password: "a-long-enough-password",
};

describe("a legacy scaleway.DatabaseInstance is judged as a Managed Database", () => {
  it("in fr-par under a Germany-only contract: a data-location violation", async () => {
    const program = () => new scaleway.DatabaseInstance("db", { ...DB, region: "fr-par", backupSameRegion: true, encryptionAtRest: true });
    expect(await findings({ ...PAR, ...residency({ preset: "eu", countries: ["DE"] }) }, program)).toEqual([
      "mandatory data-location db: scaleway:fr-par violates the contract's countries clause: scaleway:fr-par is in FR (France), not one of the contract's countries (DE).",
    ]);
  });

  it("without backupSameRegion: its logical backups go to another Scaleway region (replication)", async () => {
    const program = () => new scaleway.DatabaseInstance("db", { ...DB, encryptionAtRest: true });
    expect(await findings({ ...PAR, ...EU }, program)).toEqual([
      "mandatory replication db: Managed Database logical backups (backupSameRegion not true) copies data to another Scaleway region, but the contract keeps data in one region (replication: same-region).",
    ]);
  });

  it("without encryptionAtRest: not encrypted at rest", async () => {
    const program = () => new scaleway.DatabaseInstance("db", { ...DB, backupSameRegion: true });
    expect(await findings({ ...PAR, ...EU }, program)).toEqual([
      "mandatory encryption-at-rest db: Scaleway Managed Database is not encrypted at rest: encryptionAtRest is not set (off by default). Contract encryption: provider-managed.",
    ]);
  });

  it("with backupSameRegion and encryptionAtRest under an EU contract: no finding", async () => {
    const program = () => new scaleway.DatabaseInstance("db", { ...DB, backupSameRegion: true, encryptionAtRest: true });
    expect(await findings({ ...PAR, ...EU }, program)).toEqual([]);
  });

  it("a legacy scaleway.DatabaseAcl open to 0.0.0.0/0: public access", async () => {
    const program = () => {
      const db = new scaleway.DatabaseInstance("db", { ...DB, backupSameRegion: true, encryptionAtRest: true });
      new scaleway.DatabaseAcl("db-acl", { instanceId: db.id, aclRules: [{ ip: "0.0.0.0/0", description: "everyone" }] });
    };
    expect(await findings({ ...PAR, ...EU }, program)).toEqual([
      "mandatory no-public-access db-acl: Scaleway database ACL opens the instance to the whole internet: aclRules includes 0.0.0.0/0.",
    ]);
  });

  it("gets the same findings as the current class", async () => {
    const config = { ...PAR, ...residency({ preset: "eu", countries: ["DE"] }) };
    const legacy = await findings(config, () => new scaleway.DatabaseInstance("db", DB));
    const current = await findings(config, () => new scaleway.databases.Instance("db", DB));
    expect(legacy).toEqual(current);
    expect(legacy).toHaveLength(3);
  });
});

describe("a legacy scaleway.InstanceServer is located and judged as an Instance", () => {
  const server = (zone: string) => () =>
    new scaleway.InstanceServer("web", { type: "DEV1-S", image: "ubuntu_jammy", zone, rootVolume: { volumeType: "sbs_volume" } });
  const DISK =
    "mandatory encryption-at-rest web: cannot tell whether Scaleway Instance volume is encrypted at rest: Scaleway offers no setting that encrypts Instance or Block Storage volumes at rest (it tells customers to encrypt them themselves, e.g. with LUKS). Contract encryption: provider-managed.";

  it("in nl-ams under a France-only contract: a data-location violation", async () => {
    expect(await findings({ ...PAR, ...residency({ preset: "eu", countries: ["FR"] }) }, server("nl-ams-1"))).toEqual([
      "mandatory data-location web: scaleway:nl-ams violates the contract's countries clause: scaleway:nl-ams is in NL (Netherlands), not one of the contract's countries (FR).",
      DISK,
    ]);
  });

  it("in fr-par under a France-only contract: no data-location finding (its disks are 'cannot tell', as for the current class)", async () => {
    expect(await findings({ ...PAR, ...residency({ preset: "eu", countries: ["FR"] }) }, server("fr-par-1"))).toEqual([DISK]);
  });

  it("a legacy scaleway.InstanceSecurityGroup that accepts by default opens admin ports", async () => {
    const program = () => new scaleway.InstanceSecurityGroup("web-sg", { inboundRules: [{ action: "accept", port: 443 }] });
    const ports =
      "SSH (22), Telnet (23), SMB (445), SQL Server (1433), Oracle (1521), Docker API (2375), Docker API (TLS) (2376), etcd (2379), etcd peers (2380), MySQL (3306), RDP (3389), PostgreSQL (5432), VNC (5900), WinRM (5985), WinRM (HTTPS) (5986), Redis (6379), Kubernetes API (6443), Elasticsearch (9200), kubelet API (10250), MongoDB (27017)";
    expect(await findings({ ...PAR, ...EU }, program)).toEqual([
      `mandatory admin-ports web-sg: Scaleway security group opens ${ports} to the internet (inboundDefaultPolicy is not set (accept) and no rule drops them).`,
    ]);
  });
});

describe("a legacy scaleway.ObjectBucket and its legacy policy are judged as a bucket and its policy", () => {
  const policy = JSON.stringify({
    Version: "2023-04-17",
    Statement: [
      {
        Sid: "tls-only",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: ["assets", "assets/*"],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
    ],
  });

  it("a public ACL, forceDestroy, and a companion policy found through its bucket", async () => {
    const program = () => {
      const bucket = new scaleway.ObjectBucket("assets", { name: "assets", acl: "public-read", forceDestroy: true });
      new scaleway.ObjectBucketPolicy("assets-policy", { bucket: bucket.name, policy });
    };
    expect(await findings({ ...PAR, ...EU }, program)).toEqual([
      "advisory tls-only assets: cannot tell whether Scaleway bucket refuses requests without TLS: a bucket policy denies aws:SecureTransport false, but Scaleway documents only aws:SourceIp conditions for bucket policies.",
      "mandatory encryption-at-rest assets: cannot tell whether Scaleway bucket is encrypted at rest: no server-side encryption configuration names this bucket, and no default encryption is confirmed for Scaleway Object Storage. Contract encryption: provider-managed.",
      "mandatory no-force-destroy assets: Scaleway bucket sets forceDestroy: true, so a destroy or replacement deletes it with every object in it.",
      "mandatory no-public-access assets: Scaleway bucket grants public access: acl is public-read.",
    ]);
  });

  it("gets the same findings as the current classes", async () => {
    const legacy = await findings({ ...PAR, ...EU }, () => {
      const bucket = new scaleway.ObjectBucket("assets", { name: "assets", acl: "public-read", forceDestroy: true });
      new scaleway.ObjectBucketPolicy("assets-policy", { bucket: bucket.name, policy });
    });
    const current = await findings({ ...PAR, ...EU }, () => {
      const bucket = new scaleway.object.Bucket("assets", { name: "assets", acl: "public-read", forceDestroy: true });
      new scaleway.object.BucketPolicy("assets-policy", { bucket: bucket.name, policy });
    });
    expect(legacy).toEqual(current);
  });
});

describe("legacy control-plane classes are global, as their current classes", () => {
  it("an IAM application and a DNS record under a provider outside the contract: no location finding", async () => {
    const program = () => {
      new scaleway.IamApplication("ci", { name: "ci" });
      new scaleway.DomainRecord("www", { dnsZone: "example.com", name: "www", type: "A", data: "203.0.113.40" });
    };
    expect(await findings({ "scaleway:region": "nl-ams", ...residency({ preset: "eu", countries: ["FR"] }) }, program)).toEqual([]);
  });
});
