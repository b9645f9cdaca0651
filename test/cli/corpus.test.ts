/**
 * The corpus: small hand-written programs with raw provider resources (not our components), each
 * its own Pulumi project under test/fixtures/programs/. Every leaking program exits 1 and names the
 * resource and the rule (and the clause); no compliant program gets a mandatory finding. Each runs
 * through the real `sovereign-cloud plan --program DIR`.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { PlanReport, StackReport } from "../../src/offline/report";
import { cli, FIXTURES, limited, type CliResult } from "./run-cli";

/** What each leaking program must be reported for: rule, resource name, and a phrase of the message. */
const LEAKS: Record<string, readonly { rule: string; resource: string; says: string }[]> = {
  "leak-aws-bucket-region-override": [
    { rule: "data-location", resource: "exports", says: "aws:us-east-1 violates the contract's dataLocation clause" },
  ],
  "leak-aws-default-provider-us": [
    { rule: "data-location", resource: "logs", says: "aws:us-east-1 (from its provider) violates the contract's dataLocation clause" },
  ],
  "leak-aws-explicit-provider-us": [
    {
      rule: "data-location",
      resource: "backups",
      says: "aws:us-west-2 (from its provider) violates the contract's dataLocation clause: aws:us-west-2 is in US (United States)",
    },
  ],
  "leak-aws-no-region": [{ rule: "data-location", resource: "drop", says: "no location on the resource and none on its provider" }],
  "leak-aws-s3-replication-us": [
    {
      rule: "replication",
      resource: "records-replication",
      says: 'S3 replication rule "all" copies data to aws:us-west-2, which violates the contract\'s dataLocation clause',
    },
    { rule: "data-location", resource: "records-replica", says: "aws:us-west-2 is in US (United States)" },
  ],
  "leak-aws-cloudfront": [
    { rule: "global-services", resource: "site-cdn", says: "CloudFront serves and caches content at edge locations worldwide" },
  ],
  "leak-aws-ssh-open-world": [{ rule: "admin-ports", resource: "admin", says: "opens SSH (22) to 0.0.0.0/0" }],
  "leak-gcp-bucket-us": [
    {
      rule: "data-location",
      resource: "analytics",
      says: "gcp:US is the multi-region US (data centers in the United States), in US (United States), which is outside the EU",
    },
  ],
  "leak-gcp-dual-region-eur5": [
    { rule: "data-location", resource: "archive", says: "gcp:europe-west2 is in GB (United Kingdom), which is outside the EU" },
  ],
  "leak-azure-storage-eastus": [
    { rule: "data-location", resource: "exports", says: "azure:eastus violates the contract's dataLocation clause" },
  ],
  // The account takes East US from its group; the rules report it once, on the group.
  "leak-azure-inherits-rg-eastus": [
    { rule: "data-location", resource: "data", says: "azure:eastus violates the contract's dataLocation clause" },
  ],
  "leak-azure-grs-pair-outside-countries": [
    {
      rule: "replication",
      resource: "georeplicated",
      says: "copies data to azure:northeurope, which violates the contract's countries clause",
    },
  ],
  "leak-ovh-storage-bhs": [{ rule: "data-location", resource: "media", says: "ovhcloud:bhs is in CA (Canada), which is outside the EU" }],
  "leak-hetzner-server-ash": [
    { rule: "data-location", resource: "web", says: "hetzner:ash is in US (United States), which is outside the EU" },
  ],
};

/** Advisory findings a compliant program may carry: true statements about what the provider cannot enforce. */
const ALLOWED_ADVISORIES: Record<string, readonly string[]> = {
  "ok-gcp-eu-buckets": ["tls-only reports", "tls-only reports-dual"],
  "ok-ovh-gra": ["tls-only media"],
  "ok-scaleway-fr-par": ["tls-only media"],
};

const ALL = readdirSync(FIXTURES).filter((n) => n.startsWith("leak-") || n.startsWith("ok-"));
const COMPLIANT = ALL.filter((n) => n.startsWith("ok-"));
const runs = new Map<string, { result: CliResult; stack: StackReport }>();

function findings(s: StackReport): { level: string; rule: string; resource: string; message: string }[] {
  const byUrn = new Map(s.resources.map((r) => [r.urn, r]));
  return s.diagnostics.map((d) => ({
    level: d.enforcementLevel,
    rule: d.policyName,
    resource: (d.urn && byUrn.get(d.urn)?.name) ?? "(stack)",
    message: d.message,
  }));
}

beforeAll(async () => {
  await limited(
    2,
    ALL.map((name) => async () => {
      const result = await cli(["plan", "--program", join(FIXTURES, name), "--format", "json", "--quiet"]);
      const report = JSON.parse(result.stdout) as PlanReport;
      runs.set(name, { result, stack: report.stacks[0]! });
    }),
  );
}, 600_000);

describe("the corpus", () => {
  it("has a leaking program for every way out that the brief names, and compliant ones", () => {
    expect(ALL.filter((n) => n.startsWith("leak-")).sort()).toEqual(Object.keys(LEAKS).sort());
    expect(COMPLIANT.length).toBeGreaterThanOrEqual(7);
  });
});

describe.each(Object.keys(LEAKS))("%s", (name) => {
  it("exits 1 and reports every leak, naming the resource and the rule", () => {
    const { result, stack } = runs.get(name)!;
    expect(result.code, result.stderr).toBe(1);
    expect(stack.error).toBeUndefined();
    const found = findings(stack).filter((f) => f.level === "mandatory");
    for (const leak of LEAKS[name]!) {
      expect(found, `${leak.rule} on ${leak.resource}`).toContainEqual(
        expect.objectContaining({ rule: leak.rule, resource: leak.resource, message: expect.stringContaining(leak.says) }),
      );
    }
    // ... and the tree marks each reported resource.
    for (const d of stack.diagnostics.filter((x) => x.enforcementLevel === "mandatory")) {
      expect(d.cannotTell ? ["cannot tell", "violation"] : ["violation"], d.urn).toContain(
        stack.resources.find((r) => r.urn === d.urn)?.verdict,
      );
    }
  });
});

describe.each(COMPLIANT)("%s", (name) => {
  it("exits 0 with no mandatory finding, every data location inside the EU", () => {
    const { result, stack } = runs.get(name)!;
    expect(result.code, result.stderr).toBe(0);
    expect(stack.error).toBeUndefined();
    const all = findings(stack);
    expect(all.filter((f) => f.level === "mandatory")).toEqual([]);
    expect(all.map((f) => `${f.rule} ${f.resource}`).sort()).toEqual([...(ALLOWED_ADVISORIES[name] ?? [])].sort());
    const located = stack.resources.filter((r) => r.custom && r.location?.region !== undefined && r.location.from !== "global");
    expect(located.length).toBeGreaterThan(0);
    for (const r of located)
      expect(r.location!.country, `${r.type} ${r.name}`).toMatch(
        /^(AT|BE|DE|ES|FI|FR|IE|IT|NL|PL|SE)(\+(AT|BE|DE|ES|FI|FR|IE|IT|NL|PL|SE))*$/,
      );
  });
});

describe("a leak in text", () => {
  it("names the resource, the rule, the clause and the remediation", async () => {
    const r = await cli(["plan", "--program", join(FIXTURES, "leak-aws-bucket-region-override"), "--quiet"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ {2}aws:s3:Bucket\s+exports\s+aws \(default\)\s+us-east-1\s+US\s+VIOLATION$/m);
    expect(r.stdout).toContain('✗ data-location (mandatory) on aws:s3:Bucket "exports"');
    expect(r.stdout).toContain("aws:us-east-1 violates the contract's dataLocation clause");
    // The remediation speaks of AWS only (the resource's own package).
    expect(r.stdout).toMatch(/remediation: Set `region` on the resource or on its aws.Provider/);
    expect(r.stdout).not.toMatch(/remediation: .*(Azure|Cloud Storage|Scaleway)/);
  }, 60_000);
});
