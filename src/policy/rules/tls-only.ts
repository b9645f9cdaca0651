/**
 * tls-only: object storage refuses requests without TLS (and, where it can be set, TLS below 1.2).
 *
 * Advisory, because on some services no setting can make a bucket refuse plain HTTP: the rule
 * still reports them (so the gap is visible), but they must not fail every deployment there.
 * The pack config can raise it to mandatory (`{"tls-only": {"enforcementLevel": "mandatory"}}`).
 *
 * A stack rule: on S3 the guarantee is a separate bucket policy.
 * - S3: a bucket policy statement that denies `s3:*` on the objects to anyone when
 *   `aws:SecureTransport` is false (AWS's documented pattern).
 * - Azure Storage: `enableHttpsTrafficOnly` (default true since API 2019-04-01) and
 *   `minimumTlsVersion` TLS1_2 or later (the API's default is TLS 1.0; @pulumi/azure-native 3.28
 *   storage/storageAccount.d.ts).
 * - Cloud Storage: no bucket setting refuses plain HTTP; the JSON API is HTTPS-only but the XML API
 *   accepts HTTP and HTTPS (https://docs.cloud.google.com/storage/docs/request-endpoints).
 * - Scaleway: its bucket-policy documentation shows only `aws:SourceIp` conditions
 *   (https://www.scaleway.com/en/docs/object-storage/api-cli/manage-bucket-permissions-ip), so a
 *   deny on `aws:SecureTransport` is not confirmed to be enforced: "cannot tell".
 * - Databases: RDS for PostgreSQL `rds.force_ssl` (see rdsPostgresTls), Cloud SQL `sslMode`.
 * - OVHcloud containers, OpenStack Swift containers and `aws` buckets behind a non-AWS S3 endpoint:
 *   no confirmed setting, so "cannot tell".
 */
import type { PolicyResource } from "@pulumi/policy";
import { reportFinding, type Finding, type StackRule } from "../rule";
import { companionsIn, customS3Endpoint } from "../companions";
import { deniesInsecureTransport, statements, type Statement } from "../documents";
import { currentType } from "../packages/index";
import { at, bool, items, str, UnknownGuard } from "../read";

const S3_BUCKETS = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];
const S3_POLICIES = ["aws:s3/bucketPolicy:BucketPolicy"];
const SCW_BUCKETS = ["scaleway:object/bucket:Bucket"];
const SCW_POLICIES = ["scaleway:object/bucketPolicy:BucketPolicy"];
const GOOD_TLS = ["TLS1_2", "TLS1_3"];

/** The statements of every policy that applies to the bucket (companions and the inline `policy`); `undefined` if one cannot be read. */
function policyStatements(
  bucket: PolicyResource,
  resources: readonly PolicyResource[],
  bucketTypes: string[],
  policyTypes: string[],
): Statement[] | undefined {
  const docs = companionsIn(resources, policyTypes, bucketTypes)(bucket).map((p) => at(p.props, "policy"));
  const inline = at(bucket.props, "policy");
  if (inline !== undefined) docs.push(inline);
  const out: Statement[] = [];
  for (const d of docs) {
    const list = statements(d);
    if (list === undefined) return undefined;
    out.push(...list);
  }
  return out;
}

const DENY = "no bucket policy denies requests where aws:SecureTransport is false";

const ct = (message: string, unreadable: string): Finding => ({ message, unreadable });

/** The problem with one bucket or account, or `undefined` when it refuses plain HTTP. */
function judge(r: PolicyResource, resources: readonly PolicyResource[]): Finding | undefined {
  const p = r.props;
  switch (currentType(r.type)) {
    case "aws:s3/bucket:Bucket":
    case "aws:s3/bucketV2:BucketV2": {
      const list = policyStatements(r, resources, S3_BUCKETS, S3_POLICIES);
      const endpoint = customS3Endpoint(r);
      const what = endpoint === undefined ? "S3 bucket" : `S3-compatible bucket at ${endpoint}`;
      if (list === undefined)
        return ct(
          `cannot tell whether ${what} refuses requests without TLS: a bucket policy for it is not valid JSON.`,
          "a bucket policy for it (not valid JSON)",
        );
      const denies = list.some(deniesInsecureTransport);
      if (endpoint !== undefined) {
        return ct(
          `cannot tell whether ${what} refuses requests without TLS: ${denies ? "a bucket policy denies aws:SecureTransport false, but" : `${DENY}, and`} the service behind a non-AWS endpoint is not confirmed to enforce it.`,
          `whether the S3-compatible service at ${endpoint} enforces aws:SecureTransport`,
        );
      }
      return denies ? undefined : `${what} accepts requests without TLS: ${DENY}.`;
    }
    case "scaleway:object/bucket:Bucket": {
      const list = policyStatements(r, resources, SCW_BUCKETS, SCW_POLICIES);
      if (list === undefined)
        return ct(
          "cannot tell whether Scaleway bucket refuses requests without TLS: a bucket policy for it is not valid JSON.",
          "a bucket policy for it (not valid JSON)",
        );
      return list.some(deniesInsecureTransport)
        ? ct(
            "cannot tell whether Scaleway bucket refuses requests without TLS: a bucket policy denies aws:SecureTransport false, but Scaleway documents only aws:SourceIp conditions for bucket policies.",
            "whether Scaleway enforces aws:SecureTransport in bucket policies",
          )
        : ct(
            `cannot tell whether Scaleway bucket refuses requests without TLS: ${DENY}, and Scaleway documents no other setting for it.`,
            "a TLS-only setting for Scaleway buckets (none documented)",
          );
    }
    case "azure-native:storage:StorageAccount": {
      if (bool(at(p, "enableHttpsTrafficOnly")) === false) return "Azure storage account accepts HTTP: enableHttpsTrafficOnly is false.";
      const tls = str(at(p, "minimumTlsVersion"));
      if (tls === undefined)
        return "Azure storage account accepts TLS below 1.2: minimumTlsVersion is not set (the API's default is TLS 1.0).";
      return GOOD_TLS.includes(tls) ? undefined : `Azure storage account accepts TLS below 1.2: minimumTlsVersion is ${tls}.`;
    }
    case "aws:rds/instance:Instance":
      return rdsPostgresTls(r, resources);
    case "gcp:sql/databaseInstance:DatabaseInstance": {
      // sslMode unset: Cloud SQL's default is ALLOW_UNENCRYPTED_AND_ENCRYPTED (the legacy requireSsl
      // false); ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED refuse plain connections
      // (https://cloud.google.com/sql/docs/postgres/configure-ssl-instance, @pulumi/gcp sql DatabaseInstance settings.ipConfiguration.sslMode).
      const mode = str(at(p, "settings", "ipConfiguration", "sslMode"));
      if (mode === "ENCRYPTED_ONLY" || mode === "TRUSTED_CLIENT_CERTIFICATE_REQUIRED") return undefined;
      if (mode === undefined && bool(at(p, "settings", "ipConfiguration", "requireSsl")) === true) return undefined;
      return `Cloud SQL instance accepts connections without TLS: settings.ipConfiguration.sslMode is ${mode ?? "not set (default ALLOW_UNENCRYPTED_AND_ENCRYPTED)"}.`;
    }
    case "gcp:storage/bucket:Bucket":
      return "Cloud Storage bucket cannot refuse plain HTTP: Cloud Storage has no bucket setting for it (the XML API accepts HTTP).";
    case "ovh:CloudProject/storage:Storage":
      return ct(
        "cannot tell whether OVHcloud Object Storage container refuses requests without TLS: @ovhcloud/pulumi-ovh has no setting for it and OVHcloud's endpoints are not confirmed to be HTTPS-only.",
        "a TLS-only setting for OVHcloud containers (none in @ovhcloud/pulumi-ovh)",
      );
    case "openstack:objectstorage/container:Container":
      return ct(
        "cannot tell whether OpenStack Swift container refuses requests without TLS: that depends on the cloud's object-storage endpoint, which the program does not show.",
        "the cloud's object-storage endpoint",
      );
    default:
      return undefined;
  }
}

/**
 * RDS for PostgreSQL refuses plain connections when `rds.force_ssl` is 1 in its parameter group. A
 * default group (`default.postgresNN`, or no parameterGroupName) has 1 from PostgreSQL 15 on and 0
 * before ("The default value of the rds.force_ssl parameter is 1 (on) for RDS for PostgreSQL version
 * 15 and later": https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.Requiring.html).
 * A custom group that is not in the program is "cannot tell". Other engines and read replicas
 * without an engine are not judged here.
 */
function rdsPostgresTls(r: PolicyResource, resources: readonly PolicyResource[]): Finding | undefined {
  const p = r.props;
  const engine = str(at(p, "engine"));
  if (engine === undefined || !/^postgres/i.test(engine)) return undefined;
  const groupName = str(at(p, "parameterGroupName"));
  const defaultFrom = (major: number | undefined, where: string): Finding | undefined =>
    major === undefined
      ? ct(
          `cannot tell whether RDS for PostgreSQL instance refuses connections without TLS: ${where}, and its major version cannot be read.`,
          "the engine major version of the default parameter group",
        )
      : major >= 15
        ? undefined
        : `RDS for PostgreSQL instance accepts connections without TLS: ${where}, where rds.force_ssl is 0 before PostgreSQL 15.`;
  const version = Number.parseInt(str(at(p, "engineVersion")) ?? "", 10);
  if (groupName === undefined || groupName.startsWith("default.")) {
    const fromName = groupName === undefined ? Number.NaN : Number.parseInt(groupName.replace(/^default\.postgres/, ""), 10);
    const major = Number.isNaN(fromName) ? (Number.isNaN(version) ? undefined : version) : fromName;
    return defaultFrom(major, groupName === undefined ? "it uses the default parameter group" : `it uses ${groupName}`);
  }
  const groups = resources.filter((g) => g.type === "aws:rds/parameterGroup:ParameterGroup");
  const deps = (r.propertyDependencies?.parameterGroupName ?? []).filter((g) => g.type === "aws:rds/parameterGroup:ParameterGroup");
  const group = deps.length === 1 ? deps[0] : groups.find((g) => str(at(g.props, "name")) === groupName);
  if (group === undefined)
    return ct(
      `cannot tell whether RDS for PostgreSQL instance refuses connections without TLS: its parameter group ${groupName} is not in this program.`,
      `the parameter group ${groupName}`,
    );
  const force = items(group.props, "parameters").find((x) => str(at(x, "name")) === "rds.force_ssl");
  if (force !== undefined)
    return String(at(force, "value")) === "1"
      ? undefined
      : `RDS for PostgreSQL instance accepts connections without TLS: its parameter group sets rds.force_ssl to ${String(at(force, "value"))}.`;
  const family = Number.parseInt((str(at(group.props, "family")) ?? "").replace(/^postgres/, ""), 10);
  return defaultFrom(
    Number.isNaN(family) ? undefined : family,
    `its parameter group does not set rds.force_ssl (family ${str(at(group.props, "family")) ?? "unknown"})`,
  );
}

export const tlsOnlyRule: StackRule = {
  kind: "stack",
  name: "tls-only",
  description:
    "Object storage refuses requests without TLS: an S3 bucket policy denying aws:SecureTransport false, Azure HTTPS-only with TLS 1.2 or later. Advisory because Cloud Storage (and unconfirmed services) cannot be made to refuse plain HTTP; those are reported so the gap stays visible.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: [
    'S3: add a BucketPolicy statement {Effect: Deny, Principal: "*", Action: "s3:*", Resource: [bucket ARN, bucket ARN/*], Condition: {Bool: {"aws:SecureTransport": "false"}}}.',
    "Azure: enableHttpsTrafficOnly true and minimumTlsVersion TLS1_2.",
    "Cloud Storage, Scaleway, OVHcloud: no bucket setting is confirmed; make clients use the HTTPS endpoints (JSON API on Google Cloud), and with sovereign-cloud's Bucket set tlsOnly: false to record the decision.",
  ].join(" "),
  validate(args, _contract, report) {
    const guard = new UnknownGuard();
    for (const r of args.resources) {
      guard.run(() => {
        const f = judge(r, args.resources);
        if (f !== undefined) reportFinding(report, f, r.urn);
      });
    }
    guard.done();
  },
};
