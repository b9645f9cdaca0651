import { describe, expect, it } from "vitest";
import { stackValidationArgs, type ResourceInput } from "../../../src/policy/args";
import { tlsOnlyRule as rule } from "../../../src/policy/rules/tls-only";
import { contract, diagnostics, messages, mutated, provider, res, UNKNOWN } from "./harness";

const deny = (bucket: string) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
    ],
  });

/** What sovereign-cloud's AWS and Azure drivers create. */
const compliant: ResourceInput[] = [
  res("aws:s3/bucket:Bucket", "docs", { bucket: "docs-abc", arn: "arn:aws:s3:::docs-abc" }),
  res("aws:s3/bucketPolicy:BucketPolicy", "docs-tls-only", { bucket: "docs-abc", policy: deny("docs-abc") }),
  res("azure-native:storage:StorageAccount", "sa", { kind: "StorageV2", enableHttpsTrafficOnly: true, minimumTlsVersion: "TLS1_2" }),
];

function change(name: string, mutate: (props: Record<string, any>) => void): ResourceInput[] {
  return compliant.map((r) => (r.name === name ? { ...r, props: mutated(r.props, mutate) } : r));
}
const c = contract();
const NO_POLICY = "S3 bucket accepts requests without TLS: no bucket policy denies requests where aws:SecureTransport is false.";

describe("tls-only", () => {
  it("is an advisory stack rule named after its file", () => {
    expect([rule.kind, rule.name, rule.enforcementLevel, rule.severity]).toEqual(["stack", "tls-only", "advisory", "medium"]);
  });

  it("passes a bucket with a TLS-only policy and an HTTPS-only TLS 1.2 storage account", async () => {
    expect(await messages(rule, compliant, c)).toEqual([]);
  });

  it("reports an S3 bucket without the policy, against the bucket's URN", async () => {
    const found = await diagnostics(
      rule,
      compliant.filter((r) => r.name !== "docs-tls-only"),
      c,
    );
    expect(found.map((d) => [d.message, d.urn, d.enforcementLevel])).toEqual([[NO_POLICY, compliant[0]!.urn, "advisory"]]);
  });

  it("reports a policy that denies only some actions, only the bucket itself, or allows instead of denying", async () => {
    const edit = (f: (s: Record<string, any>) => void) =>
      change("docs-tls-only", (p) => {
        const doc = JSON.parse(p.policy);
        f(doc.Statement[0]);
        p.policy = JSON.stringify(doc);
      });
    expect(
      await messages(
        rule,
        edit((s) => (s.Action = "s3:GetObject")),
        c,
      ),
    ).toEqual([NO_POLICY]);
    expect(
      await messages(
        rule,
        edit((s) => (s.Resource = "arn:aws:s3:::docs-abc")),
        c,
      ),
    ).toEqual([NO_POLICY]);
    expect(
      await messages(
        rule,
        edit((s) => (s.Effect = "Allow")),
        c,
      ),
    ).toEqual([NO_POLICY]);
    expect(
      await messages(
        rule,
        edit((s) => (s.Condition = { Bool: { "aws:SecureTransport": "true" } })),
        c,
      ),
    ).toEqual([NO_POLICY]);
  });

  it("does not count another bucket's policy", async () => {
    const other = [...compliant, res("aws:s3/bucket:Bucket", "logs", { bucket: "logs-abc" })];
    expect(await messages(rule, other, c)).toEqual([NO_POLICY]);
  });

  it("accepts the deprecated inline policy on the bucket", async () => {
    const inline = [res("aws:s3/bucket:Bucket", "docs", { bucket: "docs-abc", policy: deny("docs-abc") })];
    expect(await messages(rule, inline, c)).toEqual([]);
  });

  it("cannot tell when a policy for the bucket is not JSON", async () => {
    expect(
      await messages(
        rule,
        change("docs-tls-only", (p) => (p.policy = "{")),
        c,
      ),
    ).toEqual(["cannot tell whether S3 bucket refuses requests without TLS: a bucket policy for it is not valid JSON."]);
  });

  it("cannot tell for a bucket behind a non-AWS S3 endpoint, even with the policy", async () => {
    const other = provider("pulumi:providers:aws", "ovh", { region: "gra", endpoints: [{ s3: "https://s3.gra.io.cloud.ovh.net" }] });
    const moved = compliant.map((r) => (r.name === "docs" ? { ...r, provider: other } : r));
    expect(await messages(rule, moved, c)).toEqual([
      "cannot tell whether S3-compatible bucket at https://s3.gra.io.cloud.ovh.net refuses requests without TLS: a bucket policy denies aws:SecureTransport false, but the service behind a non-AWS endpoint is not confirmed to enforce it.",
    ]);
  });

  it("reports an Azure storage account that allows HTTP or old TLS", async () => {
    expect(
      await messages(
        rule,
        change("sa", (p) => (p.enableHttpsTrafficOnly = false)),
        c,
      ),
    ).toEqual(["Azure storage account accepts HTTP: enableHttpsTrafficOnly is false."]);
    expect(
      await messages(
        rule,
        change("sa", (p) => (p.minimumTlsVersion = "TLS1_0")),
        c,
      ),
    ).toEqual(["Azure storage account accepts TLS below 1.2: minimumTlsVersion is TLS1_0."]);
    expect(
      await messages(
        rule,
        change("sa", (p) => delete p.minimumTlsVersion),
        c,
      ),
    ).toEqual(["Azure storage account accepts TLS below 1.2: minimumTlsVersion is not set (the API's default is TLS 1.0)."]);
  });

  it("reports every Cloud Storage bucket: no setting refuses plain HTTP", async () => {
    expect(
      await messages(rule, [res("gcp:storage/bucket:Bucket", "gcs", { location: "EU", publicAccessPrevention: "enforced" })], c),
    ).toEqual(["Cloud Storage bucket cannot refuse plain HTTP: Cloud Storage has no bucket setting for it (the XML API accepts HTTP)."]);
  });

  it("cannot tell for Scaleway buckets, with or without a SecureTransport policy, and for OVHcloud and Swift containers", async () => {
    const scw = res("scaleway:object/bucket:Bucket", "scw", { name: "scw", region: "fr-par" });
    expect(await messages(rule, [scw], c)).toEqual([
      "cannot tell whether Scaleway bucket refuses requests without TLS: no bucket policy denies requests where aws:SecureTransport is false, and Scaleway documents no other setting for it.",
    ]);
    const policy = res("scaleway:object/bucketPolicy:BucketPolicy", "scw-tls", { bucket: "fr-par/scw", policy: deny("scw") });
    expect(await messages(rule, [scw, policy], c)).toEqual([
      "cannot tell whether Scaleway bucket refuses requests without TLS: a bucket policy denies aws:SecureTransport false, but Scaleway documents only aws:SourceIp conditions for bucket policies.",
    ]);
    expect(await messages(rule, [res("ovh:CloudProject/storage:Storage", "ovh", { regionName: "GRA" })], c)).toEqual([
      "cannot tell whether OVHcloud Object Storage container refuses requests without TLS: @ovhcloud/pulumi-ovh has no setting for it and OVHcloud's endpoints are not confirmed to be HTTPS-only.",
    ]);
    expect(await messages(rule, [res("openstack:objectstorage/container:Container", "swift", { name: "c" })], c)).toEqual([
      "cannot tell whether OpenStack Swift container refuses requests without TLS: that depends on the cloud's object-storage endpoint, which the program does not show.",
    ]);
  });

  it("reports what is certain, then fails on a policy not known during preview", () => {
    const report: string[] = [];
    const resources = [
      ...change("docs-tls-only", (p) => (p.policy = UNKNOWN)),
      res("gcp:storage/bucket:Bucket", "gcs", { location: "EU" }),
    ];
    expect(() => rule.validate(stackValidationArgs(resources), c, (m) => report.push(m))).toThrow(
      "value at .policy can't be known during preview",
    );
    expect(report).toEqual([
      "Cloud Storage bucket cannot refuse plain HTTP: Cloud Storage has no bucket setting for it (the XML API accepts HTTP).",
    ]);
  });
});
