/**
 * OVHcloud Public Cloud regions.
 *
 * Where the facts come from: the region table of residency-facts §4.1 (`residency-facts`), compiled
 * from several secondary repositories that agree (an S3 endpoint table `s3.<region>.io.cloud.ovh.net`,
 * ovh/terraform-provider-ovh tests, the OVH manager source). OVHcloud's official region list was not
 * retrieved; local-zone names come from OVH's own Pulumi/Terraform material, but where each local
 * zone is (city, country) is read off its name only and stays UNCONFIRMED.
 *
 * Choice of `code`: one portable code per site, the lowercase object-storage region (`gra`, `de`,
 * `eu-west-par`), because compute has several regions per site (GRA7, GRA9, GRA11) while object
 * storage has one. The codes the APIs take are in `apiCodes`: `virtualMachine`/`network` = the
 * compute (OpenStack) region, newest where there are several (GRA11, SBG5); `bucket` = the S3 region.
 * Networks are the OpenStack (Neutron) networks of the compute region (OVH Public Cloud is OpenStack).
 *
 * Rejected by fact: UK1 (GB, not EU), BHS and CA-EAST-TOR (CA), SGP1 (SG), SYD1 (AU), AP-SOUTH-MUM (IN),
 * and US-EAST-VA / US-WEST-OR, which belong to OVHcloud's separate US entity (`OVH_US_OPERATOR`).
 */
import { OVH_US_OPERATOR } from "../providers";
import type { Fact, PortableService, RegionFacts } from "../types";
import { fact, unconfirmed } from "../types";

const RF = "residency-facts" as const;
const ALL: readonly PortableService[] = ["bucket", "network", "virtualMachine"];
const COMPUTE: readonly PortableService[] = ["network", "virtualMachine"];

interface Site {
  readonly code: string;
  readonly displayName: string;
  readonly city: Fact<string>;
  readonly country: string;
  /** Compute (OpenStack) region, when known. */
  readonly compute?: string;
  /** S3 region, when known. */
  readonly s3?: string;
  /** Services, when they cannot be derived from `compute`/`s3`. */
  readonly services?: readonly PortableService[];
  readonly notes?: string;
}

const ZONES_UNKNOWN = unconfirmed<readonly string[]>("availability-zone names of OVHcloud regions were not found in a source");

function site(s: Site): RegionFacts {
  const services = s.services ?? (s.s3 !== undefined && s.compute !== undefined ? ALL : s.compute !== undefined ? COMPUTE : []);
  const apiCodes: Partial<Record<PortableService, string>> = {
    ...(s.compute === undefined ? {} : { virtualMachine: s.compute, network: s.compute }),
    ...(s.s3 === undefined ? {} : { bucket: s.s3 }),
  };
  return {
    provider: "ovhcloud",
    code: s.code,
    displayName: s.displayName,
    kind: "region",
    city: s.city,
    country: fact(s.country, RF, "OVHcloud region table (secondary sources that agree)"),
    status: fact("ga", RF, "listed as a Public Cloud region with compute and/or S3 endpoints"),
    zones: ZONES_UNKNOWN,
    services,
    apiCodes,
    ...(s.notes === undefined ? {} : { notes: s.notes }),
  };
}

/** A local zone: its name is confirmed, where it is is not. */
function localZone(apiCode: string, displayName: string, claimedCity: string, claimedCountry: string): RegionFacts {
  return {
    provider: "ovhcloud",
    code: apiCode.toLowerCase(),
    displayName,
    kind: "region",
    city: unconfirmed(`read off the local-zone name ${apiCode} only`, claimedCity),
    country: unconfirmed(`read off the local-zone name ${apiCode} only; OVHcloud's local-zone list was not retrieved`, claimedCountry),
    status: unconfirmed(
      "the local zone exists in OVHcloud's own tooling; general availability was not confirmed (re-checked 2026-12-03: OVHcloud's local-zone list still not found)",
      "ga",
    ),
    zones: ZONES_UNKNOWN,
    services: COMPUTE,
    apiCodes: { virtualMachine: apiCode, network: apiCode },
    notes: "Local zones are activated per project for compute (ProjectRegion); object storage there is not confirmed.",
  };
}

const city = (name: string): Fact<string> => fact(name, RF);

export const OVHCLOUD_REGIONS: readonly RegionFacts[] = [
  site({
    code: "gra",
    displayName: "Gravelines",
    city: city("Gravelines"),
    country: "FR",
    compute: "GRA11",
    s3: "gra",
    notes: "Older compute regions GRA7 and GRA9 are at the same site.",
  }),
  site({
    code: "sbg",
    displayName: "Strasbourg",
    city: city("Strasbourg"),
    country: "FR",
    compute: "SBG5",
    s3: "sbg",
    notes: "SBG7 is another compute region at the same site.",
  }),
  site({ code: "rbx", displayName: "Roubaix", city: city("Roubaix"), country: "FR", compute: "RBX-A", s3: "rbx" }),
  site({ code: "eu-west-par", displayName: "Paris (3-AZ)", city: city("Paris"), country: "FR", compute: "EU-WEST-PAR", s3: "eu-west-par" }),
  site({
    code: "eu-south-mil",
    displayName: "Milan (3-AZ)",
    city: city("Milan"),
    country: "IT",
    compute: "EU-SOUTH-MIL",
    s3: "eu-south-mil",
  }),
  site({
    code: "de",
    displayName: "Germany (Frankfurt / Limburg)",
    city: unconfirmed("secondary sources say Frankfurt or Limburg", "Limburg an der Lahn"),
    country: "DE",
    compute: "DE1",
    s3: "de",
  }),
  site({ code: "waw", displayName: "Warsaw", city: fact("Warsaw (Ożarów)", RF), country: "PL", compute: "WAW1", s3: "waw" }),
  site({
    code: "uk",
    displayName: "London",
    city: fact("London (Erith)", RF),
    country: "GB",
    compute: "UK1",
    s3: "uk",
    notes: "United Kingdom: outside the EU/EEA (GDPR adequacy only).",
  }),
  localZone("EU-WEST-LZ-BRU-A", "Brussels local zone", "Brussels", "BE"),
  localZone("EU-SOUTH-LZ-MAD-A", "Madrid local zone", "Madrid", "ES"),
  localZone("EU-WEST-LZ-LUX-A", "Luxembourg local zone", "Luxembourg", "LU"),
  // Outside Europe: here to be rejected by fact.
  site({ code: "bhs", displayName: "Beauharnois", city: city("Beauharnois"), country: "CA", compute: "BHS5", s3: "bhs" }),
  site({ code: "ca-east-tor", displayName: "Toronto", city: city("Toronto"), country: "CA", compute: "CA-EAST-TOR" }),
  site({ code: "sgp", displayName: "Singapore", city: city("Singapore"), country: "SG", compute: "SGP1" }),
  site({ code: "syd", displayName: "Sydney", city: city("Sydney"), country: "AU", compute: "SYD1" }),
  site({ code: "ap-south-mum", displayName: "Mumbai", city: city("Mumbai"), country: "IN", compute: "AP-SOUTH-MUM" }),
  {
    ...site({
      code: "us-east-va",
      displayName: "US East (Virginia)",
      city: unconfirmed("city not in the sources read", "Vint Hill, VA"),
      country: "US",
      services: COMPUTE,
    }),
    operator: OVH_US_OPERATOR,
    notes: "Operated by OVHcloud's US entity, not OVH SAS. Compute region code (US-EAST-VA-1?) not confirmed.",
  },
  {
    ...site({
      code: "us-west-or",
      displayName: "US West (Oregon)",
      city: unconfirmed("city not in the sources read", "Hillsboro, OR"),
      country: "US",
      services: COMPUTE,
    }),
    operator: OVH_US_OPERATOR,
    notes: "Operated by OVHcloud's US entity, not OVH SAS. Compute region code not confirmed.",
  },
];
