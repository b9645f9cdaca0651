import { describe, expect, it } from "vitest";
import { resourceValidationArgs, type ResourceInput } from "../../../src/policy/args";
import { noPublicAccessRule as rule } from "../../../src/policy/rules/no-public-access";
import { contract, messages, mutated, res, sdkProxy, UNKNOWN } from "./harness";

const ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";
const TLS_ONLY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Deny",
      Principal: "*",
      Action: "s3:*",
      Resource: ["arn:aws:s3:::docs", "arn:aws:s3:::docs/*"],
      Condition: { Bool: { "aws:SecureTransport": "false" } },
    },
  ],
});
const READ_FROM_OFFICE = JSON.stringify({
  Statement: [
    {
      Effect: "Allow",
      Principal: "*",
      Action: "s3:GetObject",
      Resource: "arn:aws:s3:::docs/*",
      Condition: { IpAddress: { "aws:SourceIp": "198.51.100.0/24" } },
    },
  ],
});

/** Private storage on every provider the rule knows (what sovereign-cloud's drivers create, plus ACL/IAM resources). */
const compliant: ResourceInput[] = [
  res("aws:s3/bucket:Bucket", "docs", { bucket: "docs" }),
  res("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "pab", {
    bucket: "docs",
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
  }),
  res("aws:s3/bucketAcl:BucketAcl", "acl", { bucket: "docs", acl: "private" }),
  res("aws:s3/bucketPolicy:BucketPolicy", "tls", { bucket: "docs", policy: TLS_ONLY }),
  res("aws:s3/bucketPolicy:BucketPolicy", "office", { bucket: "docs", policy: READ_FROM_OFFICE }),
  res("aws:s3/bucketObjectv2:BucketObjectv2", "obj", { bucket: "docs", key: "a.txt", acl: "private" }),
  res("azure-native:storage:StorageAccount", "sa", { kind: "StorageV2", allowBlobPublicAccess: false }),
  res("azure-native:storage:BlobContainer", "c", { accountName: "sa", publicAccess: "None" }),
  res("gcp:storage/bucket:Bucket", "gcs", { location: "EU", publicAccessPrevention: "enforced", uniformBucketLevelAccess: true }),
  res("gcp:storage/bucketIAMMember:BucketIAMMember", "reader", {
    bucket: "gcs",
    role: "roles/storage.objectViewer",
    member: "group:readers@example.com",
  }),
  res("gcp:storage/bucketIAMPolicy:BucketIAMPolicy", "policy", {
    bucket: "gcs",
    policyData: JSON.stringify({ bindings: [{ role: "roles/storage.admin", members: ["user:a@example.com"] }] }),
  }),
  res("gcp:storage/bucketACL:BucketACL", "gacl", { bucket: "gcs", predefinedAcl: "private", roleEntities: ["OWNER:user-a@example.com"] }),
  res("scaleway:object/bucket:Bucket", "scw", { name: "scw" }),
  res("scaleway:object/bucketAcl:BucketAcl", "scw-acl", { bucket: "scw", acl: "private" }),
  res("ovh:CloudProject/storage:Storage", "ovh", { regionName: "GRA" }),
];

function change(name: string, mutate: (props: Record<string, any>) => void): ResourceInput[] {
  return compliant.map((r) => (r.name === name ? { ...r, props: mutated(r.props, mutate) } : r));
}
const c = contract();

describe("no-public-access", () => {
  it("is a mandatory resource rule named after its file", () => {
    expect([rule.kind, rule.name, rule.enforcementLevel, rule.severity]).toEqual(["resource", "no-public-access", "mandatory", "critical"]);
  });

  it("passes private storage, a TLS-only deny and a grant narrowed to an address range", async () => {
    expect(await messages(rule, compliant, c)).toEqual([]);
  });

  it("reports each public access block setting left off", async () => {
    expect(
      await messages(
        rule,
        change("pab", (p) => ((p.ignorePublicAcls = false), delete p.restrictPublicBuckets)),
        c,
      ),
    ).toEqual([
      "S3 bucket public access block leaves ignorePublicAcls, restrictPublicBuckets off: public ACLs or bucket policies can open buckets.",
    ]);
  });

  it("reports public canned ACLs on ACL resources, buckets and objects", async () => {
    expect(
      await messages(
        rule,
        change("acl", (p) => (p.acl = "public-read")),
        c,
      ),
    ).toEqual(["S3 bucket ACL grants public access: acl is public-read."]);
    expect(
      await messages(
        rule,
        change("docs", (p) => (p.acl = "public-read-write")),
        c,
      ),
    ).toEqual(["S3 bucket grants public access: acl is public-read-write."]);
    expect(
      await messages(
        rule,
        change("obj", (p) => (p.acl = "authenticated-read")),
        c,
      ),
    ).toEqual(["S3 object grants public access: acl is authenticated-read."]);
    expect(
      await messages(
        rule,
        change("scw-acl", (p) => (p.acl = "public-read")),
        c,
      ),
    ).toEqual(["Scaleway bucket ACL grants public access: acl is public-read."]);
  });

  it("reports a grant to the AllUsers group", async () => {
    const grant = change("acl", (p) => {
      delete p.acl;
      p.accessControlPolicy = { owner: { id: "o" }, grants: [{ grantee: { type: "Group", uri: ALL_USERS }, permission: "READ" }] };
    });
    expect(await messages(rule, grant, c)).toEqual(["S3 bucket ACL grants public access: READ to AllUsers."]);
    expect(
      await messages(
        rule,
        change("docs", (p) => (p.grants = [{ type: "Group", uri: ALL_USERS, permissions: ["READ", "WRITE"] }])),
        c,
      ),
    ).toEqual(["S3 bucket grants public access: READ, WRITE to AllUsers."]);
  });

  it("reports a policy that allows anyone without a condition, or with a condition that does not narrow", async () => {
    const open = { Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: ["s3:GetObject"], Resource: "arn:aws:s3:::docs/*" }] };
    expect(
      await messages(
        rule,
        change("office", (p) => (p.policy = JSON.stringify(open))),
        c,
      ),
    ).toEqual(["S3 bucket policy grants public access: statement 1 allows s3:GetObject to anyone without a narrowing condition."]);
    const tlsOnlyAllow = { Statement: [{ ...open.Statement[0], Condition: { Bool: { "aws:SecureTransport": "true" } } }] };
    expect(
      await messages(
        rule,
        change("office", (p) => (p.policy = JSON.stringify(tlsOnlyAllow))),
        c,
      ),
    ).toHaveLength(1);
    const anywhere = { Statement: [{ ...open.Statement[0], Condition: { IpAddress: { "aws:SourceIp": "0.0.0.0/0" } } }] };
    expect(
      await messages(
        rule,
        change("office", (p) => (p.policy = JSON.stringify(anywhere))),
        c,
      ),
    ).toHaveLength(1);
    const scw = [
      res("scaleway:object/bucketPolicy:BucketPolicy", "sp", {
        bucket: "scw",
        policy: JSON.stringify({ Statement: [{ Effect: "Allow", Principal: { SCW: "*" }, Action: "s3:GetObject", Resource: "scw/*" }] }),
      }),
    ];
    expect(await messages(rule, scw, c)).toEqual([
      "Scaleway bucket policy grants public access: statement 1 allows s3:GetObject to anyone without a narrowing condition.",
    ]);
  });

  it("cannot tell a policy that is not JSON", async () => {
    expect(
      await messages(
        rule,
        change("office", (p) => (p.policy = "{not json")),
        c,
      ),
    ).toEqual(["cannot tell whether S3 bucket policy grants public access: its policy is not valid JSON."]);
  });

  it("reports Azure anonymous blob access on the account and the container", async () => {
    expect(
      await messages(
        rule,
        change("sa", (p) => (p.allowBlobPublicAccess = true)),
        c,
      ),
    ).toEqual(["Azure storage account allows anonymous blob access: allowBlobPublicAccess is true."]);
    expect(
      await messages(
        rule,
        change("c", (p) => (p.publicAccess = "Container")),
        c,
      ),
    ).toEqual(["Azure blob container grants anonymous access: publicAccess is Container."]);
  });

  it("reports a Cloud Storage bucket without enforced public access prevention", async () => {
    expect(
      await messages(
        rule,
        change("gcs", (p) => delete p.publicAccessPrevention),
        c,
      ),
    ).toEqual([
      "Cloud Storage bucket does not enforce public access prevention: publicAccessPrevention is not set (inherited), so IAM or ACLs can make it public.",
    ]);
    expect(
      await messages(
        rule,
        change("gcs", (p) => (p.publicAccessPrevention = "inherited")),
        c,
      ),
    ).toEqual([
      "Cloud Storage bucket does not enforce public access prevention: publicAccessPrevention is inherited, so IAM or ACLs can make it public.",
    ]);
  });

  it("reports Cloud Storage IAM and ACL grants to allUsers and allAuthenticatedUsers", async () => {
    expect(
      await messages(
        rule,
        change("reader", (p) => (p.member = "allUsers")),
        c,
      ),
    ).toEqual(["Cloud Storage bucket IAM grants roles/storage.objectViewer to allUsers."]);
    const policy = JSON.stringify({
      bindings: [{ role: "roles/storage.objectViewer", members: ["user:a@example.com", "allAuthenticatedUsers"] }],
    });
    expect(
      await messages(
        rule,
        change("policy", (p) => (p.policyData = policy)),
        c,
      ),
    ).toEqual(["Cloud Storage bucket IAM grants roles/storage.objectViewer to allAuthenticatedUsers."]);
    expect(
      await messages(
        rule,
        change("gacl", (p) => (p.predefinedAcl = "publicRead")),
        c,
      ),
    ).toEqual(["Cloud Storage bucket ACL grants public access: predefinedAcl is publicRead."]);
    expect(
      await messages(
        rule,
        change("gacl", (p) => p.roleEntities.push("READER:allUsers")),
        c,
      ),
    ).toEqual(["Cloud Storage bucket ACL grants READER to allUsers."]);
    const entity = [
      res("gcp:storage/defaultObjectAccessControl:DefaultObjectAccessControl", "d", { bucket: "gcs", entity: "allUsers", role: "READER" }),
    ];
    expect(await messages(rule, entity, c)).toEqual(["Cloud Storage default object ACL grants READER to allUsers."]);
  });

  it("reports what is certain and fails on an unknown setting instead of passing it", () => {
    const report: string[] = [];
    const docs = res("aws:s3/bucket:Bucket", "docs", { acl: "public-read", policy: UNKNOWN });
    expect(() => rule.validate(resourceValidationArgs(docs), c, (m) => report.push(m))).toThrow(
      "value at .policy can't be known during preview",
    );
    expect(report).toEqual(["S3 bucket grants public access: acl is public-read."]);
    const proxied = { ...resourceValidationArgs(docs), props: sdkProxy.unknownCheckingProxy(docs.props) };
    expect(() => rule.validate(proxied, c, () => undefined)).toThrow(sdkProxy.UnknownValueError);
  });
});
