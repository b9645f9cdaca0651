/**
 * Regions of the OpenStack clouds (Open Telekom Cloud, Cleura, pluscloud open). Each cloud is its
 * own provider; all share the `openstack` driver. `code` is the OpenStack region name the API takes.
 *
 * Open Telekom Cloud (`otc-regions-endpoints`, primary): regions eu-de and eu-nl with three AZs each;
 * ECS (VMs), VPC (networks) and OBS (object storage) endpoints in both. The country is read off the
 * region name (as AWS codes are read off their descriptions); the data-centre cities are not in the
 * OTC docs: press places T-Systems' cloud campus in Biere/Magdeburg (DE), which is not tied to eu-de
 * in any source read, so the cities stay UNCONFIRMED. eu-ch2 (Swiss OTC, AZs eu-ch2a/eu-ch2b) is from
 * IaC repositories via residency-facts (secondary); CH is outside the EU/EEA.
 *
 * Cleura (`cleura-public-versions`, primary): Public Cloud regions Kna1, Sto2, Fra1 run Nova, Neutron
 * and Ceph object storage with an S3 API. Cleura names its regions Stockholm, Karlskrona and Frankfurt
 * (`cleura-docs-sovereignty`); the code-to-city mapping is secondary (`cleura-regions-secondary`).
 * Zone names were not found.
 *
 * pluscloud open (`scs-compliance-overview`, primary): "public cloud for customers (4 SCS regions)",
 * monitored as subjects pco-prod1..pco-prod4 (`scs-compliance-subjects`). plusserver's docs list the
 * public environments prod1..prod4 with their region, availability zone and Keystone endpoint
 * (`pco-environments`): prod1 DE-WEST/DE-WEST-1, prod2 DE-NORTH/DE-NORTH-1, prod3 DE-NORTH/DE-NORTH-2,
 * prod4 DE-WEST/DE-WEST-2; and place the zones in Germany: DE-NORTH-1/-2 Hamburg, DE-WEST-1
 * Cologne, DE-WEST-2 Dusseldorf (`pco-regions-azs`). Each environment is a separate OpenStack with
 * its own Keystone. Object storage speaks Swift and S3 (`pco-object-storage`). The OpenStack region
 * name inside each environment is only known from public Terraform code (`region = "prod1"`,
 * `pco-region-name-iac`, secondary), recorded in `apiCodes`.
 */
import type { PortableService, ProviderId, RegionFacts } from "../types";
import { fact, unconfirmed } from "../types";

const ALL: readonly PortableService[] = ["bucket", "network", "virtualMachine"];
/** Compute only (no object storage confirmed). */
const COMPUTE: readonly PortableService[] = ["network", "virtualMachine"];

function base(provider: ProviderId, code: string, displayName: string): Pick<RegionFacts, "provider" | "code" | "displayName" | "kind"> {
  return { provider, code, displayName, kind: "region" };
}

const OTC_DOC = "otc-regions-endpoints" as const;

const OTC_REGIONS: readonly RegionFacts[] = [
  {
    ...base("otc", "eu-de", "eu-de (Germany)"),
    city: unconfirmed(
      "OTC docs give no city; press places T-Systems' cloud data centres in Biere/Magdeburg",
      "Biere / Magdeburg",
      "tsystems-biere-datacenter",
    ),
    country: fact("DE", OTC_DOC, "read off the region name eu-de"),
    status: fact("ga", OTC_DOC, "region with public service endpoints"),
    zones: fact(["eu-de-01", "eu-de-02", "eu-de-03"], OTC_DOC),
    services: ALL,
  },
  {
    ...base("otc", "eu-nl", "eu-nl (Netherlands)"),
    city: unconfirmed("OTC docs give no city", "Amsterdam"),
    country: fact("NL", OTC_DOC, "read off the region name eu-nl"),
    status: fact("ga", OTC_DOC, "region with public service endpoints"),
    zones: fact(["eu-nl-01", "eu-nl-02", "eu-nl-03"], OTC_DOC),
    services: ALL,
  },
  {
    ...base("otc", "eu-ch2", "eu-ch2 (Switzerland, Swiss OTC)"),
    city: unconfirmed("not in the sources read"),
    country: fact("CH", "residency-facts", "Swiss Open Telekom Cloud (IaC repositories, secondary)"),
    status: fact("ga", "residency-facts", "used in public IaC (secondary)"),
    zones: fact(["eu-ch2a", "eu-ch2b"], "residency-facts", "IaC repositories (secondary)"),
    services: COMPUTE,
    notes:
      "Switzerland: outside the EU/EEA (GDPR adequacy only). Whether T-Systems International GmbH or a Swiss entity operates it is not confirmed.",
  },
];

const CLEURA = "cleura-public-versions" as const;

function cleura(code: string, cityName: string, country: string): RegionFacts {
  return {
    ...base("cleura", code, `${code} (${cityName})`),
    city: fact(
      cityName,
      "cleura-regions-secondary",
      "Cleura names its regions Stockholm, Karlskrona, Frankfurt (cleura-docs-sovereignty); code-to-city from a secondary table",
    ),
    country: fact(country, "cleura-regions-secondary"),
    status: fact("ga", CLEURA, "Public Cloud region with production service versions listed"),
    zones: unconfirmed("Cleura availability-zone names were not found in a source"),
    services: ALL,
  };
}

const CLEURA_REGIONS: readonly RegionFacts[] = [
  cleura("Kna1", "Karlskrona", "SE"),
  cleura("Sto2", "Stockholm", "SE"),
  cleura("Fra1", "Frankfurt", "DE"),
];

/** pluscloud open environments: name, region, availability zone, city (`pco-environments`, `pco-regions-azs`). */
const PCO_ENVIRONMENTS: readonly (readonly [n: number, region: string, zone: string, city: string])[] = [
  [1, "DE-WEST", "DE-WEST-1", "Cologne"],
  [2, "DE-NORTH", "DE-NORTH-1", "Hamburg"],
  [3, "DE-NORTH", "DE-NORTH-2", "Hamburg"],
  [4, "DE-WEST", "DE-WEST-2", "Dusseldorf"],
];

function pco([n, region, zone, cityName]: (typeof PCO_ENVIRONMENTS)[number]): RegionFacts {
  const env = `prod${n}`;
  return {
    ...base("pluscloud-open", `pco-prod${n}`, `pluscloud open ${env} (${region}, ${zone})`),
    city: fact(cityName, "pco-regions-azs", `availability zone ${zone}`),
    country: fact("DE", "pco-regions-azs", `${zone} is in ${cityName}, Germany`),
    status: fact("ga", "pco-environments", "listed as a public pluscloud open environment"),
    zones: fact([zone], "pco-environments", "one availability zone per environment"),
    services: ALL,
    // The OpenStack region name the APIs take (secondary: public Terraform code, `pco-region-name-iac`).
    apiCodes: { network: env, virtualMachine: env, bucket: env },
    notes: `Environment ${env}: a separate OpenStack with its own Keystone (https://${env}.api.pco.get-cloud.io:5000). The catalog code is the SCS compliance-monitor subject name.`,
  };
}

const PLUSCLOUD_OPEN_REGIONS: readonly RegionFacts[] = PCO_ENVIRONMENTS.map(pco);

export const OPENSTACK_REGIONS: readonly RegionFacts[] = [...OTC_REGIONS, ...CLEURA_REGIONS, ...PLUSCLOUD_OPEN_REGIONS];
