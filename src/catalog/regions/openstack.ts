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
 * monitored as subjects pco-prod1..pco-prod4 (`scs-compliance-subjects`). That these subject names
 * are the OpenStack region names, and where the regions are, was not confirmed: countries and cities
 * are UNCONFIRMED, so every placement there is rejected as unknown until sourced.
 */
import type { PortableService, ProviderId, RegionFacts } from "../types";
import { fact, unconfirmed } from "../types";

const ALL: readonly PortableService[] = ["bucket", "network", "virtualMachine"];
const COMPUTE: readonly PortableService[] = ["network", "virtualMachine"];

function base(provider: ProviderId, code: string, displayName: string): Pick<RegionFacts, "provider" | "code" | "displayName" | "kind"> {
  return { provider, code, displayName, kind: "region" };
}

const OTC_DOC = "otc-regions-endpoints" as const;

const OTC_REGIONS: readonly RegionFacts[] = [
  {
    ...base("otc", "eu-de", "eu-de (Germany)"),
    city: unconfirmed("OTC docs give no city; press places T-Systems' cloud data centres in Biere/Magdeburg", "Biere / Magdeburg", "tsystems-biere-datacenter"),
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
    notes: "Switzerland: outside the EU/EEA (GDPR adequacy only). Whether T-Systems International GmbH or a Swiss entity operates it is not confirmed.",
  },
];

const CLEURA = "cleura-public-versions" as const;

function cleura(code: string, cityName: string, country: string): RegionFacts {
  return {
    ...base("cleura", code, `${code} (${cityName})`),
    city: fact(cityName, "cleura-regions-secondary", "Cleura names its regions Stockholm, Karlskrona, Frankfurt (cleura-docs-sovereignty); code-to-city from a secondary table"),
    country: fact(country, "cleura-regions-secondary"),
    status: fact("ga", CLEURA, "Public Cloud region with production service versions listed"),
    zones: unconfirmed("Cleura availability-zone names were not found in a source"),
    services: ALL,
  };
}

const CLEURA_REGIONS: readonly RegionFacts[] = [cleura("Kna1", "Karlskrona", "SE"), cleura("Sto2", "Stockholm", "SE"), cleura("Fra1", "Frankfurt", "DE")];

function pco(n: number): RegionFacts {
  return {
    ...base("pluscloud-open", `pco-prod${n}`, `pluscloud open prod${n}`),
    city: unconfirmed("where pluscloud open regions are was not found in a source"),
    country: unconfirmed("where pluscloud open regions are was not found in a source (plusserver is in Cologne, DE)", "DE"),
    status: fact("ga", "scs-compliance-overview", "public cloud for customers, 4 SCS regions, regularly tested for SCS compliance"),
    zones: unconfirmed("zone names not found"),
    services: COMPUTE,
    notes: "The code is the SCS compliance-monitor subject name; the OpenStack region name the API takes is not confirmed. Object storage not confirmed.",
  };
}

const PLUSCLOUD_OPEN_REGIONS: readonly RegionFacts[] = [1, 2, 3, 4].map(pco);

export const OPENSTACK_REGIONS: readonly RegionFacts[] = [...OTC_REGIONS, ...CLEURA_REGIONS, ...PLUSCLOUD_OPEN_REGIONS];
