/**
 * Locations the catalog does not list (it lists European regions and a few others) but that are
 * known to store data outside Europe, with the countries they are in. A location read from a
 * program that is not in the catalog is "cannot tell" unless it is here: then it is judged against
 * the contract's countries like any region (`US` stores data in the United States, full stop).
 *
 * Sources (read 2026-12-03):
 * - AWS: Regions and their geographies, https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html
 * - Azure: Azure geographies and regions, https://learn.microsoft.com/azure/reliability/regions-list
 * - Google Cloud: Cloud locations https://cloud.google.com/about/locations and Cloud Storage
 *   bucket locations (multi-regions US, ASIA; dual-regions NAM4, ASIA1),
 *   https://cloud.google.com/storage/docs/locations; BigQuery/Firestore/Spanner multi-region names
 *   (`US`, `nam5`, `nam3`...), https://cloud.google.com/firestore/docs/locations and
 *   https://cloud.google.com/spanner/docs/instance-configurations.
 */
import type { CountryCode } from "../../catalog/types";
import type { KnownOutside } from "./types";

type Table = readonly (readonly [RegExp, readonly CountryCode[], string])[];

const AWS_SOURCE = "https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html";
const AZURE_SOURCE = "https://learn.microsoft.com/azure/reliability/regions-list";
const GCP_SOURCE = "https://cloud.google.com/about/locations; https://cloud.google.com/storage/docs/locations";

const AWS: Table = [
  [/^us-(gov-)?(east|west)-\d$/, ["US"], "an AWS Region in the United States"],
  [/^ca-(central|west)-\d$/, ["CA"], "an AWS Region in Canada"],
  [/^mx-central-\d$/, ["MX"], "an AWS Region in Mexico"],
  [/^sa-east-\d$/, ["BR"], "an AWS Region in Brazil"],
  [/^ap-northeast-[13]$/, ["JP"], "an AWS Region in Japan"],
  [/^ap-northeast-2$/, ["KR"], "an AWS Region in South Korea"],
  [/^ap-southeast-1$/, ["SG"], "an AWS Region in Singapore"],
  [/^ap-southeast-[24]$/, ["AU"], "an AWS Region in Australia"],
  [/^ap-southeast-3$/, ["ID"], "an AWS Region in Indonesia"],
  [/^ap-southeast-5$/, ["MY"], "an AWS Region in Malaysia"],
  [/^ap-southeast-6$/, ["NZ"], "an AWS Region in New Zealand"],
  [/^ap-southeast-7$/, ["TH"], "an AWS Region in Thailand"],
  [/^ap-south-\d$/, ["IN"], "an AWS Region in India"],
  [/^ap-east-1$/, ["HK"], "an AWS Region in Hong Kong"],
  [/^ap-east-2$/, ["TW"], "an AWS Region in Taiwan"],
  [/^cn-(north|northwest)-\d$/, ["CN"], "an AWS Region in China"],
  [/^me-south-1$/, ["BH"], "an AWS Region in Bahrain"],
  [/^me-central-1$/, ["AE"], "an AWS Region in the United Arab Emirates"],
  [/^il-central-1$/, ["IL"], "an AWS Region in Israel"],
  [/^af-south-1$/, ["ZA"], "an AWS Region in South Africa"],
];

const AZURE: Table = [
  [/^(east|west|central|northcentral|southcentral|westcentral)us\d?(euap)?$/, ["US"], "an Azure region in the United States"],
  [/^usgov/, ["US"], "an Azure Government region in the United States"],
  [/^canada(central|east)$/, ["CA"], "an Azure region in Canada"],
  [/^brazil(south|southeast)$/, ["BR"], "an Azure region in Brazil"],
  [/^mexicocentral$/, ["MX"], "an Azure region in Mexico"],
  [/^chilecentral$/, ["CL"], "an Azure region in Chile"],
  [/^japan(east|west)$/, ["JP"], "an Azure region in Japan"],
  [/^korea(central|south)$/, ["KR"], "an Azure region in South Korea"],
  [/^australia(east|southeast|central|central2)$/, ["AU"], "an Azure region in Australia"],
  [/^southeastasia$/, ["SG"], "an Azure region in Singapore"],
  [/^eastasia$/, ["HK"], "an Azure region in Hong Kong"],
  [/^(central|south|west)india$|^jioindia(central|west)$/, ["IN"], "an Azure region in India"],
  [/^uae(north|central)$/, ["AE"], "an Azure region in the United Arab Emirates"],
  [/^southafrica(north|west)$/, ["ZA"], "an Azure region in South Africa"],
  [/^qatarcentral$/, ["QA"], "an Azure region in Qatar"],
  [/^israelcentral$/, ["IL"], "an Azure region in Israel"],
  [/^indonesiacentral$/, ["ID"], "an Azure region in Indonesia"],
  [/^malaysiawest$/, ["MY"], "an Azure region in Malaysia"],
  [/^newzealandnorth$/, ["NZ"], "an Azure region in New Zealand"],
  [/^(china|chinanorth|chinaeast)\d?$/, ["CN"], "an Azure region in China"],
];

const GCP: Table = [
  [/^us$/, ["US"], "the multi-region US (data centers in the United States)"],
  [/^nam\d+$/, ["US"], "a North American dual- or multi-region in the United States"],
  [/^asia$/, ["TW", "HK", "JP", "KR", "SG", "IN", "ID"], "the multi-region ASIA (data centers in Asia)"],
  [/^asia1$/, ["JP"], "the dual-region ASIA1 (Tokyo and Osaka)"],
  [/^us-[a-z]+\d+(-[a-z])?$/, ["US"], "a Google Cloud region in the United States"],
  [/^northamerica-northeast\d(-[a-z])?$/, ["CA"], "a Google Cloud region in Canada"],
  [/^northamerica-south1(-[a-z])?$/, ["MX"], "a Google Cloud region in Mexico"],
  [/^southamerica-east1(-[a-z])?$/, ["BR"], "a Google Cloud region in Brazil"],
  [/^southamerica-west1(-[a-z])?$/, ["CL"], "a Google Cloud region in Chile"],
  [/^asia-east1(-[a-z])?$/, ["TW"], "a Google Cloud region in Taiwan"],
  [/^asia-east2(-[a-z])?$/, ["HK"], "a Google Cloud region in Hong Kong"],
  [/^asia-northeast[12](-[a-z])?$/, ["JP"], "a Google Cloud region in Japan"],
  [/^asia-northeast3(-[a-z])?$/, ["KR"], "a Google Cloud region in South Korea"],
  [/^asia-south[12](-[a-z])?$/, ["IN"], "a Google Cloud region in India"],
  [/^asia-southeast1(-[a-z])?$/, ["SG"], "a Google Cloud region in Singapore"],
  [/^asia-southeast2(-[a-z])?$/, ["ID"], "a Google Cloud region in Indonesia"],
  [/^australia-southeast[12](-[a-z])?$/, ["AU"], "a Google Cloud region in Australia"],
  [/^me-central1(-[a-z])?$/, ["QA"], "a Google Cloud region in Qatar"],
  [/^me-central2(-[a-z])?$/, ["SA"], "a Google Cloud region in Saudi Arabia"],
  [/^me-west1(-[a-z])?$/, ["IL"], "a Google Cloud region in Israel"],
  [/^africa-south1(-[a-z])?$/, ["ZA"], "a Google Cloud region in South Africa"],
];

function find(table: Table, source: string, written: string): KnownOutside | undefined {
  const w = written.trim().toLowerCase().replace(/\s+/g, "");
  const hit = table.find(([re]) => re.test(w));
  return hit ? { countries: hit[1], what: hit[2], source } : undefined;
}

export const awsKnownOutside = (written: string): KnownOutside | undefined => find(AWS, AWS_SOURCE, written);
export const azureKnownOutside = (written: string): KnownOutside | undefined => find(AZURE, AZURE_SOURCE, written);
export const gcpKnownOutside = (written: string): KnownOutside | undefined => find(GCP, GCP_SOURCE, written);
