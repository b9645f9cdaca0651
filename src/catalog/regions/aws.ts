/**
 * AWS regions: every European region of the commercial `aws` partition, the AWS European
 * Sovereign Cloud (`aws-eusc`), the restricted `aws-iso-e` region, and (from `aws-world.ts`) every
 * other region of the SDK's partitions data and of `aws.Region`, catalogued to be rejected by fact.
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
import { AWS_WORLD_REGIONS } from "./aws-world";

const ALL_SERVICES: readonly PortableService[] = ["bucket", "network", "virtualMachine"];
const SDK = "aws-sdk-partitions" as const;

function abc(code: string): readonly string[] {
  return [`${code}a`, `${code}b`, `${code}c`];
}

/** A commercial-partition region whose description names the city. */
function commercial(
  code: string,
  displayName: string,
  city: RegionFacts["city"],
  country: string,
  rest: Partial<RegionFacts> = {},
): RegionFacts {
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
 * The operator of the AWS European Sovereign Cloud: the German parent company AWS named at launch,
 * with its register entry and shareholder as a third party read them from the German commercial
 * register. AWS describes it as "locally controlled" (management and an EU advisory board); the
 * only shareholder reading found names a US-incorporated sole shareholder of the Amazon group. No
 * register extract was read here, so whether the operator is controlled from inside the EU/EEA
 * (Gaia-X P5.1.5, control in the sense of shareholding) stays unconfirmed: `providerControl: eu`
 * (gaia-x-l3) never passes on it, and would fail outright if the reading is confirmed.
 */
export const AWS_EUSC_OPERATOR: LegalEntity = {
  id: "aws-eusc",
  name: fact(
    "AWS European Sovereign Cloud GmbH",
    "aws-eusc-launch-2026-01",
    "the German parent company of the AWS European Sovereign Cloud (subsidiaries for infrastructure, trust services and employment), per AWS's launch announcement",
  ),
  headquarters: fact(
    "DE",
    "golem-eusc-2026-01",
    "the operating company is seated in Potsdam, Brandenburg; register court Potsdam (eusc-register-reading)",
  ),
  parent: fact(
    "A100 ROW, Inc. (Wilmington, Delaware, US), of the Amazon group (ultimately Amazon.com, Inc.)",
    "eusc-register-reading",
    "sole shareholder (100%) in the shareholder list of 21 October 2025 as read by a third party; press describes the structure as created by AWS (eusc-governance-press)",
  ),
  euControlled: unconfirmed<boolean>(
    "AWS says the parent company is 'locally controlled' in the EU (EU-resident managing directors Stéphane Israël and Stefan Hoechbauer, an advisory board of EU citizens); the only shareholder reading found (secondary, eusc-register-reading) shows a single US-incorporated shareholder of the Amazon group, which would be control from outside the EU/EEA under Gaia-X P5.1.5. Confirm from the register's shareholder list (handelsregister.de, Potsdam HRB 40853) before encoding either way",
    false,
    "eusc-register-reading",
  ),
  registrationNumbers: [
    fact(
      { kind: "local", value: "HRB 40853", register: "Amtsgericht Potsdam" },
      "eusc-register-reading",
      "as a third party read it from the register; not checked against the register here",
    ),
  ],
};

export const AWS_REGIONS: readonly RegionFacts[] = [
  // --- European commercial regions (aws partition) ---
  commercial("eu-central-1", "Europe (Frankfurt)", fact("Frankfurt", SDK), "DE"),
  commercial("eu-central-2", "Europe (Zurich)", fact("Zurich", SDK), "CH", {
    notes: `Switzerland: not EU/EEA (GDPR adequacy). ${OPT_IN_UNCONFIRMED}`,
  }),
  commercial("eu-north-1", "Europe (Stockholm)", fact("Stockholm", SDK), "SE"),
  commercial("eu-south-1", "Europe (Milan)", fact("Milan", SDK), "IT", { notes: OPT_IN_UNCONFIRMED }),
  commercial(
    "eu-south-2",
    "Europe (Spain)",
    unconfirmed(
      "the AWS description names only the country; secondary lists disagree (Aragón vs Madrid); re-checked 2026-12-03: press consistently places the zones around Zaragoza and Huesca (Aragón), no AWS page names the city",
      "Aragón",
    ),
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
    city: unconfirmed(
      "only the state is public: Brandenburg (colocation first, own data centres in Elbe-Elster and Baruth/Mark later, per golem.de); re-checked 2026-12-03, no source names a city",
      "Brandenburg (state)",
      "golem-eusc-2026-01",
    ),
    country: fact("DE", SDK, 'partition aws-eusc, description "AWS European Sovereign Cloud (Germany)"'),
    status: fact(
      "ga",
      "aws-eusc-launch-2026-01",
      "generally available since 15 January 2026 (AWS launch announcement in Potsdam; golem-eusc-2026-01); a region of the aws-eusc partition in the SDK data",
    ),
    zones: unconfirmed(
      "no AWS source lists the zones (re-checked 2026-12-03); public configurations use eusc-de-east-1a and -1b and note that a third AZ is not there yet",
      ["eusc-de-east-1a", "eusc-de-east-1b"],
    ),
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

  // --- Outside Europe: every other region of the SDK data and of aws.Region (aws-world.ts) ---
  ...AWS_WORLD_REGIONS,
];
