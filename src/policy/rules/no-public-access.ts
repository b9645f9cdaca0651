/**
 * no-public-access: no storage is opened to anonymous or all-authenticated users.
 *
 * What counts as public (read 2026-11-28):
 * - S3 / Scaleway canned ACLs `public-read`, `public-read-write`, `authenticated-read`, and grants
 *   to the AllUsers / AuthenticatedUsers groups.
 * - Bucket policy statements that Allow anyone without a fixed-value condition on one of the keys
 *   AWS lists as narrowing (AWS S3 API reference, PublicAccessBlockConfiguration: "Amazon S3
 *   considers a bucket policy public unless …"; see `isPublicGrant` in ../documents.ts).
 * - An S3 public access block with any of its four settings off (AWS recommends all four, Security
 *   Hub control S3.8); a bucket without one keeps S3's default block (on for new buckets since
 *   April 2023), so only an explicit block is judged.
 * - Azure `allowBlobPublicAccess: true` (default false) and containers with `publicAccess`
 *   Blob/Container.
 * - Cloud Storage buckets without `publicAccessPrevention: enforced` (the default `inherited`
 *   lets IAM or ACLs make them public unless an organization policy enforces it, which the program
 *   does not show), IAM members `allUsers` / `allAuthenticatedUsers`, public ACLs.
 *
 * Not judged: OVHcloud containers (@ovhcloud/pulumi-ovh has no public-access input; access goes
 * through user policies), VM public IPs (a web server needs one; open ports are admin-ports' job).
 */
import { exposureCheck } from "../packages/index";
import { inputRule, type Finding, type InputCheck, type ResourceRule } from "../rule";
import { isPublicGrant, statements } from "../documents";
import { at, bool, items, str, strings, type Props } from "../read";

const PUBLIC_CANNED = ["public-read", "public-read-write", "authenticated-read"];
const GCP_PUBLIC_MEMBERS = ["allusers", "allauthenticatedusers"];
const GCP_PUBLIC_PREDEFINED = ["publicread", "publicreadwrite", "authenticatedread"];

/** Who owns which input, by type token. */
const WHAT: Readonly<Record<string, string>> = {
  "aws:s3/bucket:Bucket": "S3 bucket",
  "aws:s3/bucketV2:BucketV2": "S3 bucket",
  "aws:s3/bucketAcl:BucketAcl": "S3 bucket ACL",
  "aws:s3/bucketAclV2:BucketAclV2": "S3 bucket ACL",
  "aws:s3/bucketPolicy:BucketPolicy": "S3 bucket policy",
  "aws:s3/bucketObject:BucketObject": "S3 object",
  "aws:s3/bucketObjectv2:BucketObjectv2": "S3 object",
  "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock": "S3 bucket public access block",
  "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock": "S3 account public access block",
  "scaleway:object/bucket:Bucket": "Scaleway bucket",
  "scaleway:object/bucketAcl:BucketAcl": "Scaleway bucket ACL",
  "scaleway:object/bucketPolicy:BucketPolicy": "Scaleway bucket policy",
  "azure-native:storage:StorageAccount": "Azure storage account",
  "azure-native:storage:BlobContainer": "Azure blob container",
  "gcp:storage/bucket:Bucket": "Cloud Storage bucket",
  "gcp:storage/bucketIAMMember:BucketIAMMember": "Cloud Storage bucket IAM",
  "gcp:storage/bucketIAMBinding:BucketIAMBinding": "Cloud Storage bucket IAM",
  "gcp:storage/bucketIAMPolicy:BucketIAMPolicy": "Cloud Storage bucket IAM",
  "gcp:storage/bucketACL:BucketACL": "Cloud Storage bucket ACL",
  "gcp:storage/defaultObjectACL:DefaultObjectACL": "Cloud Storage default object ACL",
  "gcp:storage/bucketAccessControl:BucketAccessControl": "Cloud Storage bucket ACL",
  "gcp:storage/defaultObjectAccessControl:DefaultObjectAccessControl": "Cloud Storage default object ACL",
  "gcp:storage/objectAccessControl:ObjectAccessControl": "Cloud Storage object ACL",
};

/** The findings about one resource (`what`), yielded as they are found (a violation, or a "cannot tell" with what could not be read). */
type Check = (p: Props, what: string) => Iterable<Finding>;

/** S3-style canned `acl` and `grants` / `accessControlPolicy.grants` to the public groups. */
const s3Acl: Check = function* (p, what) {
  const acl = str(at(p, "acl"));
  if (acl && PUBLIC_CANNED.includes(acl)) yield `${what} grants public access: acl is ${acl}.`;
  const grants = [...items(p, "grants"), ...items(p, "accessControlPolicy", "grants")];
  for (const g of grants) {
    const who = str(at(g, "uri")) ?? str(at(g, "grantee", "uri")) ?? str(at(g, "grantee", "id")) ?? "";
    const group = /AllUsers$|AuthenticatedUsers$/.exec(who)?.[0];
    if (group)
      yield `${what} grants public access: ${strings(at(g, "permissions") ?? at(g, "permission")).join(", ") || "a permission"} to ${group}.`;
  }
};

/** S3-style JSON bucket policy: Allow to anyone without a narrowing condition. */
const policyDoc: Check = function* (p, what) {
  const policy = at(p, "policy");
  if (policy === undefined) return;
  const list = statements(policy);
  if (list === undefined) {
    yield {
      message: `cannot tell whether ${what} grants public access: its policy is not valid JSON.`,
      unreadable: "policy (not valid JSON)",
    };
    return;
  }
  for (const [i, s] of list.entries()) {
    if (isPublicGrant(s))
      yield `${what} grants public access: statement ${i + 1} allows ${s.actions.join(", ") || "actions"} to anyone without a narrowing condition.`;
  }
};

const BLOCK_SETTINGS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"];
const publicAccessBlock: Check = function* (p, what) {
  const off = BLOCK_SETTINGS.filter((k) => bool(at(p, k)) !== true);
  if (off.length > 0) yield `${what} leaves ${off.join(", ")} off: public ACLs or bucket policies can open buckets.`;
};

function* gcpMembers(members: string[], role: string, what: string): Iterable<Finding> {
  for (const m of members) if (GCP_PUBLIC_MEMBERS.includes(m.toLowerCase())) yield `${what} grants ${role} to ${m}.`;
}

const gcpRoleEntities: Check = function* (p, what) {
  for (const e of strings(at(p, "roleEntities"))) {
    const [role, entity] = e.split(":");
    if (entity && GCP_PUBLIC_MEMBERS.includes(entity.toLowerCase())) yield `${what} grants ${role} to ${entity}.`;
  }
};

/** A grant of `role` to the members named by one input (`member`, `members`, `entity`). */
const gcpRoleTo =
  (input: string): Check =>
  (p, what) =>
    gcpMembers(strings(at(p, input)), String(at(p, "role") ?? "a role"), what);

const CHECKS: Readonly<Record<string, readonly Check[]>> = {
  "aws:s3/bucket:Bucket": [s3Acl, policyDoc],
  "aws:s3/bucketV2:BucketV2": [s3Acl, policyDoc],
  "aws:s3/bucketAcl:BucketAcl": [s3Acl],
  "aws:s3/bucketAclV2:BucketAclV2": [s3Acl],
  "aws:s3/bucketPolicy:BucketPolicy": [policyDoc],
  "aws:s3/bucketObject:BucketObject": [s3Acl],
  "aws:s3/bucketObjectv2:BucketObjectv2": [s3Acl],
  "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock": [publicAccessBlock],
  "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock": [publicAccessBlock],
  "scaleway:object/bucket:Bucket": [s3Acl],
  "scaleway:object/bucketAcl:BucketAcl": [s3Acl],
  "scaleway:object/bucketPolicy:BucketPolicy": [policyDoc],
  "azure-native:storage:StorageAccount": [
    function* (p, what) {
      if (bool(at(p, "allowBlobPublicAccess")) === true) yield `${what} allows anonymous blob access: allowBlobPublicAccess is true.`;
    },
  ],
  "azure-native:storage:BlobContainer": [
    function* (p, what) {
      const access = str(at(p, "publicAccess"));
      if (access && access.toLowerCase() !== "none") yield `${what} grants anonymous access: publicAccess is ${access}.`;
    },
  ],
  "gcp:storage/bucket:Bucket": [
    function* (p, what) {
      const prevention = str(at(p, "publicAccessPrevention"));
      if (prevention !== "enforced") {
        yield `${what} does not enforce public access prevention: publicAccessPrevention is ${prevention ?? "not set (inherited)"}, so IAM or ACLs can make it public.`;
      }
    },
  ],
  "gcp:storage/bucketIAMMember:BucketIAMMember": [gcpRoleTo("member")],
  "gcp:storage/bucketIAMBinding:BucketIAMBinding": [gcpRoleTo("members")],
  "gcp:storage/bucketIAMPolicy:BucketIAMPolicy": [
    function* (p, what) {
      const raw = at(p, "policyData");
      let doc: unknown = raw;
      if (typeof raw === "string") {
        try {
          doc = JSON.parse(raw);
        } catch {
          yield {
            message: `cannot tell whether ${what} grants public access: policyData is not valid JSON.`,
            unreadable: "policyData (not valid JSON)",
          };
          return;
        }
      }
      for (const b of items(doc, "bindings")) yield* gcpMembers(strings(at(b, "members")), String(at(b, "role") ?? "a role"), what);
    },
  ],
  "gcp:storage/bucketACL:BucketACL": [
    function* (p, what) {
      for (const key of ["predefinedAcl", "defaultAcl"]) {
        const acl = str(at(p, key));
        if (acl && GCP_PUBLIC_PREDEFINED.includes(acl.toLowerCase())) yield `${what} grants public access: ${key} is ${acl}.`;
      }
      yield* gcpRoleEntities(p, what);
    },
  ],
  "gcp:storage/defaultObjectACL:DefaultObjectACL": [gcpRoleEntities],
  "gcp:storage/bucketAccessControl:BucketAccessControl": [gcpRoleTo("entity")],
  "gcp:storage/defaultObjectAccessControl:DefaultObjectAccessControl": [gcpRoleTo("entity")],
  "gcp:storage/objectAccessControl:ObjectAccessControl": [gcpRoleTo("entity")],
};

export const noPublicAccessRule: ResourceRule = inputRule(
  {
    name: "no-public-access",
    description:
      'No bucket, container or object is open to anonymous or all-authenticated users (no public ACLs or policy grants, S3 public access blocks fully on, Azure anonymous blob access off, Cloud Storage public access prevention enforced), no resource policy grants Principal "*" (ECR, SQS, SNS, OpenSearch, Lambda), and no database or Kubernetes API endpoint accepts the whole internet.',
    severity: "critical",
    enforcementLevel: "mandatory",
    remediationSteps:
      'Remove public ACLs and policy statements that allow "*"; grant access to named principals instead; restrict database firewalls and Kubernetes API endpoints to your own ranges or private networks. Serve public content through signed URLs rather than a public bucket.',
  },
  (type) => {
    const checks = CHECKS[type];
    const what = WHAT[type];
    const own =
      checks && what
        ? checks.map(
            (check): InputCheck =>
              (p) =>
                check(p, what),
          )
        : [];
    // Endpoints and resource policies of other services, declared in their package module.
    const exposure = exposureCheck(type);
    return exposure ? [...own, exposure] : own;
  },
);
