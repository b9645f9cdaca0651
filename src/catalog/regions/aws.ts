/**
 * AWS regions: every European region of the commercial `aws` partition, the AWS European
 * Sovereign Cloud (`aws-eusc`), the restricted `aws-iso-e` region, and a few non-European regions
 * that exist to be rejected by fact.
 *
 * Where each column comes from:
 * - code, display name, partition: the AWS SDK's partitions data (`aws-sdk-partitions`, primary).
 *   City and country are read off the description ("Europe (Frankfurt)") where it names them;
 *   where it names only a country ("Europe (Ireland)"), the city is secondary or unconfirmed.
 * - zones: AWS says a zone code is the Region code plus a letter and every Region has at least
 *   three AZs (`aws-availability-zones`); the letters per Region come from a public Terraform
 *   configuration that maps AZ IDs to names (`aws-az-names-networknext`, secondary). Zone *names*
 *   are mapped to physical AZs per account in older Regions; the set of names is the same.
 * - status `ga`: the region is a region of its partition in the SDK's endpoint data.
 * - Opt-in status (eu-central-2, eu-south-1, eu-south-2 are believed to be opt-in) is UNCONFIRMED
 *   and kept in `notes` only.
 */
import type { LegalEntity, PortableService, RegionFacts } from "../types";
import { fact, unconfirmed } from "../types";

const ALL_SERVICES: readonly PortableService[] = ["bucket", "network", "virtualMachine"];
const SDK = "aws-sdk-partitions" as const;

function abc(code: string): readonly string[] {
  return [`${code}a`, `${code}b`, `${code}c`];
}

/** A commercial-partition region whose description names the city. */
function commercial(code: string, displayName: string, city: RegionFacts["city"], country: string, rest: Partial<RegionFacts> = {}): RegionFacts {
  return {
    provider: "aws",
    code,
    displayName,
    kind: "region",
    city,
    country: fact(country, SDK, `description "${displayName}"`),
    status: fact("ga", SDK, "a region of the aws partition in the SDK endpoint data"),
    zones: fact(abc(code), "aws-az-names-networknext"),
    services: ALL_SERVICES,
    partition: "aws",
    ...rest,
  };
}

const OPT_IN_UNCONFIRMED = "Opt-in region (must be enabled per account): UNCONFIRMED.";

/**
 * The operator of the AWS European Sovereign Cloud. Everything here is from press and conference
 * summaries (secondary); who ultimately controls it is not confirmed, so it never satisfies
 * `providerControl: eu`.
 */
export const AWS_EUSC_OPERATOR: LegalEntity = {
  id: "aws-eusc",
  name: fact("AWS European Sovereign Cloud GmbH", "eusc-sec201-summary", "secondary; the press also names a new parent company with three German GmbH subsidiaries"),
  headquarters: fact("DE", "golem-eusc-2026-01", "operating company seated in Potsdam (secondary)"),
  parent: unconfirmed(
    "press describes a new European parent company owned within the Amazon group; the ultimate parent is not confirmed from a primary source",
    "Amazon.com, Inc.",
    "eusc-governance-press",
  ),
  euControlled: unconfirmed<boolean>(
    "governance is by EU-resident managers and an advisory board, but the group is ultimately Amazon.com, Inc. (US); whether that meets Gaia-X P5.1.5 (no control from outside the EU/EEA) is not established by any source",
    undefined,
    "eusc-governance-press",
  ),
};

export const AWS_REGIONS: readonly RegionFacts[] = [
  // --- European commercial regions (aws partition) ---
  commercial("eu-central-1", "Europe (Frankfurt)", fact("Frankfurt", SDK), "DE"),
  commercial("eu-central-2", "Europe (Zurich)", fact("Zurich", SDK), "CH", { notes: `Switzerland: not EU/EEA (GDPR adequacy). ${OPT_IN_UNCONFIRMED}` }),
  commercial("eu-north-1", "Europe (Stockholm)", fact("Stockholm", SDK), "SE"),
  commercial("eu-south-1", "Europe (Milan)", fact("Milan", SDK), "IT", { notes: OPT_IN_UNCONFIRMED }),
  commercial(
    "eu-south-2",
    "Europe (Spain)",
    unconfirmed("the AWS description names only the country; secondary lists disagree (Aragón vs Madrid)", "Aragón"),
    "ES",
    { notes: OPT_IN_UNCONFIRMED },
  ),
  commercial("eu-west-1", "Europe (Ireland)", fact("Dublin", "aiven-clouds-list", "the AWS description names only the country"), "IE", {
    notes: "S3 legacy LocationConstraint `EU` = eu-west-1 (UNCONFIRMED).",
  }),
  commercial("eu-west-2", "Europe (London)", fact("London", SDK), "GB", { notes: "United Kingdom: not EU/EEA (GDPR adequacy)." }),
  commercial("eu-west-3", "Europe (Paris)", fact("Paris", SDK), "FR"),

  // --- AWS European Sovereign Cloud: its own partition, operator and IAM ---
  {
    provider: "aws",
    code: "eusc-de-east-1",
    displayName: "AWS European Sovereign Cloud (Germany)",
    kind: "region",
    city: unconfirmed("only the state is public: Brandenburg (colocation first, own data centres in Elbe-Elster and Baruth/Mark later, per golem.de)", "Brandenburg (state)", "golem-eusc-2026-01"),
    country: fact("DE", SDK, 'partition aws-eusc, description "AWS European Sovereign Cloud (Germany)"'),
    status: fact("ga", "golem-eusc-2026-01", "availability announced 15 January 2026 (secondary); also a region of the aws-eusc partition in the SDK data"),
    zones: unconfirmed("no source lists the zones; public configurations use eusc-de-east-1a and -1b and note that a third AZ is not there yet", ["eusc-de-east-1a", "eusc-de-east-1b"]),
    services: ALL_SERVICES,
    partition: "aws-eusc",
    operator: AWS_EUSC_OPERATOR,
    notes:
      "Separate partition (ARNs arn:aws-eusc:..., DNS suffix amazonaws.eu, separate IAM and billing). S3, VPC and EC2 are reported available at launch (secondary). End-to-end @pulumi/aws support for aws-eusc: UNCONFIRMED.",
  },

  // --- Restricted classified partition: catalogued to be rejected, never deployed to ---
  {
    provider: "aws",
    code: "eu-isoe-west-1",
    displayName: "EU ISOE West",
    kind: "region",
    city: unconfirmed("not published"),
    country: unconfirmed("the description names no country; the partition DNS suffix is cloud.adc-e.uk"),
    status: unconfirmed("aws-iso-e is a restricted (classified) partition, not open to commercial customers", "restricted"),
    zones: unconfirmed("not published"),
    services: [],
    partition: "aws-iso-e",
    notes: "Restricted/classified partition aws-iso-e: no portable services are offered here.",
  },

  // --- Non-European regions, rejected by fact ---
  commercial("us-east-1", "US East (N. Virginia)", unconfirmed('the description names an area ("N. Virginia"), not a city', "Northern Virginia"), "US", {
    zones: fact(["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f"], "aws-az-names-networknext"),
  }),
  commercial("il-central-1", "Israel (Tel Aviv)", fact("Tel Aviv", SDK), "IL", {
    zones: unconfirmed("zone letters not confirmed from a source", abc("il-central-1")),
  }),
  commercial("me-central-1", "Middle East (UAE)", unconfirmed("the description names only the country"), "AE"),
  commercial("me-south-1", "Middle East (Bahrain)", unconfirmed("the description names only the country"), "BH"),
  commercial("af-south-1", "Africa (Cape Town)", fact("Cape Town", SDK), "ZA"),
];
