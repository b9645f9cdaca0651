/**
 * Managed Kubernetes, per provider: which service it is, which Kubernetes minor versions a new
 * cluster can be created with (as of each source's date), and in which catalog regions the service
 * is offered. Data only. A region missing from a table is unknown, and an unknown never lets a
 * cluster be created there (the component refuses it with SC_SERVICE_UNAVAILABLE).
 *
 * The control plane of every service here is operated by the provider in the cluster's region, so
 * the placement (region, country, operator) that the contract judges is the control plane's too.
 */
import type { Fact, PortableService, ProviderId, RegionFacts } from "./types";
import { fact, known, unconfirmed } from "./types";

export interface ManagedKubernetesOffering {
  readonly provider: ProviderId;
  /** The provider's name for the service ("Amazon EKS"), or `null` when there is none we know of. */
  readonly service: string | null;
  /** Kubernetes minor versions (`1.34`) a new cluster can be created with, as of the source. */
  readonly versions: Fact<readonly string[]>;
  /** Catalog region code -> whether the service is offered there. A missing code is unknown. */
  readonly regions: Readonly<Record<string, Fact<boolean>>>;
  /** Why a region missing from `regions` is unknown. */
  readonly unlistedNote: string;
  /**
   * The provider's API region codes for the service at a catalog region, when they differ from the
   * catalog code (OVHcloud: the site `gra` offers Managed Kubernetes in GRA5, GRA7 and GRA9).
   */
  readonly apiRegions?: Readonly<Record<string, Fact<readonly string[]>>>;
}

function offeredIn(codes: readonly string[], source: Parameters<typeof fact>[1], note?: string): Record<string, Fact<boolean>> {
  return Object.fromEntries(codes.map((c) => [c, fact(true, source, note)]));
}

const EKS_EU = ["eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3"];
const EKS_OTHER = ["il-central-1", "me-central-1", "me-south-1", "af-south-1", "us-east-1"];
const GKE_EU = [
  "europe-central2",
  "europe-north1",
  "europe-southwest1",
  "europe-west1",
  "europe-west2",
  "europe-west3",
  "europe-west4",
  "europe-west6",
  "europe-west8",
  "europe-west9",
];
const GKE_OTHER = ["me-central1", "me-central2", "me-west1"];

export const MANAGED_KUBERNETES: Readonly<Record<ProviderId, ManagedKubernetesOffering>> = {
  aws: {
    provider: "aws",
    service: "Amazon EKS",
    versions: fact(
      ["1.33", "1.34", "1.35"],
      "eol-amazon-eks",
      "minor versions in standard support on the source's date; older ones are in paid extended support",
    ),
    regions: offeredIn([...EKS_EU, ...EKS_OTHER], "aws-eks-endpoints", "an EKS service endpoint is listed for the Region"),
    unlistedNote: "no EKS service endpoint for this Region in the endpoints table read (the aws-eusc partition is not in it)",
  },
  azure: {
    provider: "azure",
    service: "Azure Kubernetes Service (AKS)",
    versions: fact(
      ["1.34", "1.35", "1.36"],
      "aks-supported-versions",
      "GA and before end of life on the source's date (1.37 was planned GA for October 2026)",
    ),
    regions: {},
    unlistedNote: "AKS availability per Azure region was not confirmed from a source (the products-by-region table was not retrieved)",
  },
  gcp: {
    provider: "gcp",
    service: "Google Kubernetes Engine (Standard)",
    versions: fact(["1.33", "1.34", "1.35"], "eol-gke", "minor versions maintained on the source's date"),
    regions: offeredIn([...GKE_EU, ...GKE_OTHER], "gke-mesh-regions", "listed as a region GKE clusters can be in"),
    unlistedNote: "not in the list of GKE regions read (europe-west10, europe-west12 and europe-north2 are missing from it)",
  },
  scaleway: {
    provider: "scaleway",
    service: "Kubernetes Kapsule",
    versions: fact(
      ["1.32", "1.33", "1.34"],
      "scaleway-k8s-versions",
      "released and not deprecated on the source's date (1.31 deprecated from 2025-12-02)",
    ),
    regions: offeredIn(
      ["fr-par", "nl-ams", "pl-waw"],
      "scaleway-products-availability",
      "Kubernetes listed in all three zones of the region",
    ),
    unlistedNote: "not a Scaleway region of the product availability guide",
  },
  ovhcloud: {
    provider: "ovhcloud",
    service: "OVHcloud Managed Kubernetes Service",
    versions: fact(["1.32", "1.33", "1.34"], "ovh-mks-versions", "the three newest of the releases listed as supported (1.29-1.34)"),
    regions: offeredIn(
      ["gra", "sbg", "de", "waw", "uk", "bhs", "sgp", "syd"],
      "ovh-kube-regions",
      "a Managed Kubernetes region of the API enum is at this site",
    ),
    unlistedNote: "no Managed Kubernetes region of the API enum read is at this site",
    apiRegions: {
      gra: fact(["GRA5", "GRA7", "GRA9"], "ovh-kube-regions"),
      sbg: fact(["SBG5"], "ovh-kube-regions"),
      de: fact(["DE1"], "ovh-kube-regions"),
      waw: fact(["WAW1"], "ovh-kube-regions"),
      uk: fact(["UK1"], "ovh-kube-regions"),
      bhs: fact(["BHS5"], "ovh-kube-regions"),
      sgp: fact(["SGP1"], "ovh-kube-regions"),
      syd: fact(["SYD1"], "ovh-kube-regions"),
    },
  },
  hetzner: {
    provider: "hetzner",
    service: null,
    versions: unconfirmed("Hetzner Cloud offers no managed Kubernetes in the product documentation read"),
    regions: {},
    unlistedNote: "Hetzner Cloud has no managed Kubernetes service in the sources read",
  },
  otc: {
    provider: "otc",
    service: null,
    versions: unconfirmed(
      "Open Telekom Cloud's managed Kubernetes (CCE) has its own API, not OpenStack Magnum; whether Magnum is offered was not confirmed",
    ),
    regions: {},
    unlistedNote: "no source read confirms an OpenStack Magnum (container-infra) endpoint on Open Telekom Cloud",
  },
  cleura: {
    provider: "cleura",
    service: null,
    versions: unconfirmed("whether Cleura offers OpenStack Magnum, and with which Kubernetes versions, was not confirmed"),
    regions: {},
    unlistedNote: "no source read confirms an OpenStack Magnum (container-infra) endpoint on Cleura",
  },
  "pluscloud-open": {
    provider: "pluscloud-open",
    service: null,
    versions: unconfirmed("pluscloud open's Kubernetes offering is not confirmed to be OpenStack Magnum"),
    regions: {},
    unlistedNote: "no source read confirms an OpenStack Magnum (container-infra) endpoint on pluscloud open",
  },
};

/** Whether the provider's managed Kubernetes is offered at a catalog region (unknown when not listed). */
export function managedKubernetesAt(region: Pick<RegionFacts, "provider" | "code">): Fact<boolean> {
  const offering = MANAGED_KUBERNETES[region.provider];
  return offering.regions[region.code] ?? unconfirmed(offering.unlistedNote);
}

/** Whether a region offers a portable service; a Kubernetes cluster needs a confirmed managed service there. */
export function offersService(region: RegionFacts, service: PortableService): boolean {
  if (service === "kubernetesCluster") return region.services.includes("virtualMachine") && known(managedKubernetesAt(region)) === true;
  return region.services.includes(service);
}
