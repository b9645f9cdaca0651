/**
 * Azure regions outside Europe beyond the few in `azure.ts`: every other row of Microsoft's regions
 * list ("All" tab, version of 2025-09-23), catalogued to be rejected by fact (their country), and so
 * that the catalog cross-check (test/catalog/sdk-regions.test.ts) can hold the catalog to the region
 * enums @pulumi/azure-native ships.
 *
 * Each row is the list's own: programmatic name, display name, physical location, country (from the
 * geography column, or the physical location where the geography is "Asia Pacific"), availability
 * zone support, restricted icon and paired region. The physical location is taken as the city only
 * where it names one; a state or province ("Texas", "Sao Paulo State") leaves the city unknown.
 * Pairs are stated as the list gives them; Brazil South's pair (South Central US) is one of the
 * asymmetric pairs of `azure-regions-paired`.
 */
import type { PortableService, RegionFacts, RegionStatus } from "../types";
import { fact, unconfirmed } from "../types";

const ALL_SERVICES: readonly PortableService[] = ["bucket", "network", "virtualMachine"];
const LIST = "azure-regions-list" as const;

/** [code, display name, physical location, city?, country, zones?, restricted?, paired region ("N/A" as the list says when there is none)] */
type Row = readonly [
  code: string,
  name: string,
  location: string,
  city: boolean,
  country: string,
  zones: boolean,
  restricted: boolean,
  pair: string,
];

const ROWS: readonly Row[] = [
  ["australiacentral", "Australia Central", "Canberra", true, "AU", false, false, "australiacentral2"],
  ["australiacentral2", "Australia Central 2", "Canberra", true, "AU", false, true, "australiacentral"],
  ["australiaeast", "Australia East", "New South Wales", false, "AU", true, false, "australiasoutheast"],
  ["australiasoutheast", "Australia Southeast", "Victoria", false, "AU", false, false, "australiaeast"],
  ["brazilsouth", "Brazil South", "Sao Paulo State", false, "BR", true, false, "southcentralus"],
  ["brazilsoutheast", "Brazil Southeast", "Rio", false, "BR", false, true, "brazilsouth"],
  ["canadacentral", "Canada Central", "Toronto", true, "CA", true, false, "canadaeast"],
  ["canadaeast", "Canada East", "Quebec", false, "CA", false, false, "canadacentral"],
  ["centralindia", "Central India", "Pune", true, "IN", true, false, "southindia"],
  ["centralus", "Central US", "Iowa", false, "US", true, false, "eastus2"],
  ["chilecentral", "Chile Central", "Santiago", true, "CL", true, false, "N/A"],
  ["eastasia", "East Asia", "Hong Kong SAR", false, "HK", true, false, "southeastasia"],
  ["eastus2", "East US 2", "Virginia", false, "US", true, false, "centralus"],
  ["indonesiacentral", "Indonesia Central", "Jakarta", true, "ID", true, false, "N/A"],
  ["japaneast", "Japan East", "Tokyo, Saitama", false, "JP", true, false, "japanwest"],
  ["japanwest", "Japan West", "Osaka", true, "JP", true, false, "japaneast"],
  ["koreacentral", "Korea Central", "Seoul", true, "KR", true, false, "koreasouth"],
  ["koreasouth", "Korea South", "Busan", true, "KR", false, false, "koreacentral"],
  ["malaysiawest", "Malaysia West", "Kuala Lumpur", true, "MY", true, false, "N/A"],
  ["mexicocentral", "Mexico Central", "Querétaro State", false, "MX", true, false, "N/A"],
  ["newzealandnorth", "New Zealand North", "Auckland", true, "NZ", true, false, "N/A"],
  ["northcentralus", "North Central US", "Illinois", false, "US", false, false, "southcentralus"],
  ["qatarcentral", "Qatar Central", "Doha", true, "QA", true, false, "N/A"],
  ["southafricanorth", "South Africa North", "Johannesburg", true, "ZA", true, false, "southafricawest"],
  ["southafricawest", "South Africa West", "Cape Town", true, "ZA", false, true, "southafricanorth"],
  ["southcentralus", "South Central US", "Texas", false, "US", true, false, "northcentralus"],
  ["southindia", "South India", "Chennai", true, "IN", false, false, "centralindia"],
  ["southeastasia", "Southeast Asia", "Singapore", true, "SG", true, false, "eastasia"],
  ["westindia", "West India", "Mumbai", true, "IN", false, false, "southindia"],
  ["westus3", "West US 3", "Phoenix", true, "US", true, false, "eastus"],
];

function row([code, displayName, location, isCity, country, zones, restricted, pair]: Row): RegionFacts {
  return {
    provider: "azure",
    code,
    displayName,
    kind: "region",
    city: isCity
      ? fact(location, LIST, "physical location column")
      : unconfirmed<string>(`the regions list gives only "${location}" as the physical location`, undefined, LIST),
    country: fact(country, LIST, `physical location "${location}"`),
    status: restricted
      ? fact<RegionStatus>(
          "restricted",
          LIST,
          "listed with the restricted icon: access is granted on request (disaster-recovery scenarios)",
        )
      : fact<RegionStatus>("ga", LIST, "listed without the restricted or coming-soon icon"),
    zones: zones
      ? fact<readonly string[]>(
          ["1", "2", "3"],
          "azure-az-overview",
          "the regions list marks availability zone support; zones are logical and mapped per subscription",
        )
      : fact<readonly string[]>([], LIST, "no availability zone support in the regions list"),
    services: ALL_SERVICES,
    pairedRegion: pair === "N/A" ? fact(null, LIST, "paired region: N/A") : fact(pair, LIST, `paired region column of ${displayName}`),
    notes: "Outside Europe: catalogued to be rejected by fact.",
  };
}

export const AZURE_WORLD_REGIONS: readonly RegionFacts[] = ROWS.map(row);
