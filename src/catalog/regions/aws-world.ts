/**
 * AWS regions outside Europe: every region of the SDK's partitions data and of @pulumi/aws's
 * `aws.Region` enum that is not in Europe, catalogued so that a target there is rejected by fact
 * (its country) rather than "unknown region", and so that the catalog cross-check
 * (test/catalog/sdk-regions.test.ts) can hold the catalog to the SDKs both ways.
 *
 * - code, description and partition: the AWS SDK's partitions data (`aws-sdk-partitions`). me-west-1
 *   and sa-west-1 are in the SDK data but not yet in @pulumi/aws 7.48's `aws.Region` enum (the
 *   provider takes any region string).
 * - city: only where the description names one ("Asia Pacific (Tokyo)"); an area, a state or a
 *   country ("US East (Ohio)", "Middle East (UAE)") leaves the city unknown.
 * - country: the country the description names, or the country of the city it names (Tokyo is in
 *   JP); `US` for the GovCloud and ISO partitions, whose descriptions name the US.
 * - zones: no source for the zone letters of these regions was read; they stay unknown.
 * - The commercial (`aws`) regions offer the portable services like any AWS region; China (`aws-cn`,
 *   run by local operators under a separate account system), GovCloud (`aws-us-gov`, restricted to
 *   vetted US customers) and the classified ISO partitions are catalogued with no services.
 */
import type { LegalEntity, PortableService, RegionFacts } from "../types";
import { fact, unconfirmed } from "../types";

const ALL_SERVICES: readonly PortableService[] = ["bucket", "network", "virtualMachine"];
const SDK = "aws-sdk-partitions" as const;
const NO_ZONES = unconfirmed<readonly string[]>("no source for this region's zone names was read");

/**
 * One row: code, SDK description, whether the name in the description's brackets is a city, the
 * country, and the partition. `restricted` partitions offer no portable service.
 */
type Row = readonly [code: string, description: string, namesCity: boolean, country: string, partition: string];

const ROWS: readonly Row[] = [
  ["af-south-1", "Africa (Cape Town)", true, "ZA", "aws"],
  ["ap-east-1", "Asia Pacific (Hong Kong)", true, "HK", "aws"],
  ["ap-east-2", "Asia Pacific (Taipei)", true, "TW", "aws"],
  ["ap-northeast-1", "Asia Pacific (Tokyo)", true, "JP", "aws"],
  ["ap-northeast-2", "Asia Pacific (Seoul)", true, "KR", "aws"],
  ["ap-northeast-3", "Asia Pacific (Osaka)", true, "JP", "aws"],
  ["ap-south-1", "Asia Pacific (Mumbai)", true, "IN", "aws"],
  ["ap-south-2", "Asia Pacific (Hyderabad)", true, "IN", "aws"],
  ["ap-southeast-1", "Asia Pacific (Singapore)", true, "SG", "aws"],
  ["ap-southeast-2", "Asia Pacific (Sydney)", true, "AU", "aws"],
  ["ap-southeast-3", "Asia Pacific (Jakarta)", true, "ID", "aws"],
  ["ap-southeast-4", "Asia Pacific (Melbourne)", true, "AU", "aws"],
  ["ap-southeast-5", "Asia Pacific (Malaysia)", false, "MY", "aws"],
  ["ap-southeast-6", "Asia Pacific (New Zealand)", false, "NZ", "aws"],
  ["ap-southeast-7", "Asia Pacific (Thailand)", false, "TH", "aws"],
  ["ca-central-1", "Canada (Central)", false, "CA", "aws"],
  ["ca-west-1", "Canada West (Calgary)", true, "CA", "aws"],
  ["il-central-1", "Israel (Tel Aviv)", true, "IL", "aws"],
  ["me-central-1", "Middle East (UAE)", false, "AE", "aws"],
  ["me-south-1", "Middle East (Bahrain)", false, "BH", "aws"],
  ["me-west-1", "Middle East (Saudi Arabia)", false, "SA", "aws"],
  ["mx-central-1", "Mexico (Central)", false, "MX", "aws"],
  ["sa-east-1", "South America (Sao Paulo)", true, "BR", "aws"],
  ["sa-west-1", "South America (Chile)", false, "CL", "aws"],
  ["us-east-1", "US East (N. Virginia)", false, "US", "aws"],
  ["us-east-2", "US East (Ohio)", false, "US", "aws"],
  ["us-west-1", "US West (N. California)", false, "US", "aws"],
  ["us-west-2", "US West (Oregon)", false, "US", "aws"],
  ["cn-north-1", "China (Beijing)", true, "CN", "aws-cn"],
  ["cn-northwest-1", "China (Ningxia)", false, "CN", "aws-cn"],
  ["us-gov-east-1", "AWS GovCloud (US-East)", false, "US", "aws-us-gov"],
  ["us-gov-west-1", "AWS GovCloud (US-West)", false, "US", "aws-us-gov"],
  ["us-iso-east-1", "US ISO East", false, "US", "aws-iso"],
  ["us-iso-west-1", "US ISO WEST", false, "US", "aws-iso"],
  ["us-isob-east-1", "US ISOB East (Ohio)", false, "US", "aws-iso-b"],
  ["us-isob-west-1", "US ISOB West", false, "US", "aws-iso-b"],
  ["us-isof-east-1", "US ISOF EAST", false, "US", "aws-iso-f"],
  ["us-isof-south-1", "US ISOF SOUTH", false, "US", "aws-iso-f"],
];

const RESTRICTED: Readonly<Record<string, string>> = {
  "aws-cn": "China partition: separate accounts under Chinese law, not open to accounts of the aws partition",
  "aws-us-gov": "GovCloud partition: access restricted to vetted US entities",
  "aws-iso": "classified partition, not open to commercial customers",
  "aws-iso-b": "classified partition, not open to commercial customers",
  "aws-iso-f": "classified partition, not open to commercial customers",
};

/**
 * The provider-wide operator (AWS EMEA SARL) is who an EEA customer contracts with in the `aws`
 * partition; the other partitions have their own account systems and contracting parties, which no
 * source read here names. They are stated as unknown rather than left to the provider default.
 */
function partitionOperator(partition: string): LegalEntity {
  const why = `the ${partition} partition has its own accounts and contracting party; no source naming it was read`;
  return { id: partition, name: unconfirmed(why), headquarters: unconfirmed(why), euControlled: unconfirmed(why) };
}

const NOT_IN_ENUM = new Set(["me-west-1", "sa-west-1"]);

/** Zone names confirmed by a public configuration that maps AZ IDs to names. */
const KNOWN_ZONES: Readonly<Record<string, RegionFacts["zones"]>> = {
  "us-east-1": fact(["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f"], "aws-az-names-networknext"),
};

function row([code, description, namesCity, country, partition]: Row): RegionFacts {
  const city = namesCity ? /\(([^)]+)\)$/.exec(description)?.[1] : undefined;
  const restricted = RESTRICTED[partition];
  const enumNote = NOT_IN_ENUM.has(code) ? "Not yet in @pulumi/aws 7.48's aws.Region enum (the provider takes the string). " : "";
  return {
    provider: "aws",
    code,
    displayName: description,
    kind: "region",
    city:
      city === undefined ? unconfirmed(`the description "${description}" names no city`) : fact(city, SDK, `description "${description}"`),
    country: fact(
      country,
      SDK,
      city === undefined ? `description "${description}"` : `description "${description}": ${city} is in ${country}`,
    ),
    status:
      restricted === undefined
        ? fact("ga", SDK, "a region of the aws partition in the SDK endpoint data")
        : unconfirmed(`a region of the ${partition} partition: ${restricted}`, "restricted"),
    zones: KNOWN_ZONES[code] ?? NO_ZONES,
    services: restricted === undefined ? ALL_SERVICES : [],
    partition,
    ...(partition === "aws" ? {} : { operator: partitionOperator(partition) }),
    notes:
      `Outside Europe: catalogued to be rejected by fact. ${enumNote}${restricted === undefined ? "" : `${restricted}: no portable services are offered here.`}`.trim(),
  };
}

export const AWS_WORLD_REGIONS: readonly RegionFacts[] = ROWS.map(row);
