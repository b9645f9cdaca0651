/**
 * The package modules (src/policy/packages/): one per Pulumi package, consistent declarations,
 * remediation that speaks of its own cloud only (issue 11), and the offline report carrying that
 * remediation per finding.
 */
import { describe, expect, it } from "vitest";
import { globalReason, holdsData, isComponentType, moduleOf, packageModules, remediationFor } from "../../../src/policy/packages/index";
import { matches } from "../../../src/policy/packages/types";

/** Words that name a cloud: a package's remediation must not name another cloud's. */
const CLOUD_WORDS: Readonly<Record<string, RegExp>> = {
  aws: /\b(S3|EBS|RDS|AWS|CloudFront|DynamoDB|ECR|EKS)\b/,
  "azure-native": /\b(Azure|AKS|Cosmos|Front Door)\b/,
  gcp: /\b(Cloud Storage|GCS|GKE|Cloud SQL|Pub\/Sub|Google)\b/,
  scaleway: /\bScaleway\b/,
  ovh: /\bOVHcloud\b/,
  hcloud: /\bHetzner\b/,
  openstack: /\bOpenStack\b/,
};

describe("package modules", () => {
  it("one module per provider package, registered", () => {
    expect(
      packageModules()
        .map((m) => m.name)
        .sort(),
    ).toEqual(["aws", "azure-native", "gcp", "hcloud", "openstack", "ovh", "scaleway"]);
  });

  it("no type is both global and data-bearing, and every declared type belongs to its package", () => {
    for (const m of packageModules()) {
      for (const d of m.dataBearing)
        for (const [g] of m.global) expect(matches(g, d) || matches(d, g), `${m.name}: ${d} vs ${g}`).toBe(false);
      const own = [
        ...m.dataBearing,
        ...m.global.map(([t]) => t),
        ...Object.keys(m.encryption ?? {}),
        ...Object.keys(m.exposure ?? {}),
        ...Object.keys(m.replicas ?? {}),
      ];
      for (const t of own) expect(t.startsWith(`${m.name}:`), `${m.name}: ${t}`).toBe(true);
    }
  });

  it("older tokens map to current tokens of the same package (never to another older token)", () => {
    for (const m of packageModules()) {
      for (const [legacy, current] of Object.entries(m.legacyTypes ?? {})) {
        expect(legacy.startsWith(`${m.name}:`) && current.startsWith(`${m.name}:`), `${m.name}: ${legacy} -> ${current}`).toBe(true);
        expect(m.legacyTypes?.[current], `${m.name}: ${current}`).toBeUndefined();
      }
    }
  });

  it("every type with an encryption check holds data", () => {
    for (const m of packageModules()) for (const t of Object.keys(m.encryption ?? {})) expect(holdsData(t), t).toBe(true);
  });

  it("knows global control-plane types and component resources", () => {
    expect(globalReason("aws:iam/role:Role", {})).toMatch(/global identities/);
    expect(globalReason("aws:route53/record:Record", {})).toMatch(/DNS/);
    expect(globalReason("azure-native:privatedns:VirtualNetworkLink", {})).toMatch(/global/);
    expect(globalReason("azure-native:monitor:ActionGroup", { location: "global" })).toMatch(/global/);
    expect(globalReason("azure-native:monitor:ActionGroup", { location: "westeurope" })).toBeUndefined();
    expect(globalReason("aws:s3/bucket:Bucket", {})).toBeUndefined();
    expect(isComponentType("aws:cloudwatch:EventRuleEventSubscription")).toBe(true);
    expect(isComponentType("aws:s3/bucket:Bucket")).toBe(false);
    expect(isComponentType("azure-native:storage:StorageAccount")).toBe(false);
  });

  it("remediation names only what applies to the resource's own package", () => {
    for (const m of packageModules()) {
      for (const [rule, text] of Object.entries(m.remediation)) {
        for (const [other, words] of Object.entries(CLOUD_WORDS)) {
          if (other === m.name) continue;
          expect(words.test(text!), `${m.name} ${rule} names ${other}: ${text}`).toBe(false);
        }
      }
    }
    expect(remediationFor("tls-only", "gcp:storage/bucket:Bucket", "generic")).toMatch(/Cloud Storage/);
    expect(remediationFor("tls-only", "gcp:storage/bucket:Bucket", "generic")).not.toMatch(/S3|Azure|Scaleway|OVHcloud/);
    expect(remediationFor("instance-metadata", "gcp:compute/instance:Instance", "generic")).toBe("generic");
    expect(moduleOf("pulumi:providers:aws")?.name).toBe("aws");
  });
});
