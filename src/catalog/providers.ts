/**
 * Providers and the legal entities that operate them. Placeholder facts (all unconfirmed) until the
 * provider research lands; unconfirmed facts never satisfy a clause.
 */
import type { LegalEntity, ProviderFacts, ProviderId } from "./types";
import { unconfirmed } from "./types";

function entity(id: string, name: string, hq: string): LegalEntity {
  return {
    id,
    name: unconfirmed("not yet sourced", name),
    headquarters: unconfirmed("not yet sourced", hq),
    euControlled: unconfirmed("not yet sourced"),
  };
}

export const PROVIDERS: Readonly<Record<ProviderId, ProviderFacts>> = {
  aws: { id: "aws", name: "Amazon Web Services", driver: "aws", pulumiPackage: "@pulumi/aws", operator: entity("aws", "Amazon Web Services, Inc.", "US"), certifications: [], customerManagedKeys: unconfirmed("not yet sourced") },
  azure: { id: "azure", name: "Microsoft Azure", driver: "azure", pulumiPackage: "@pulumi/azure-native", operator: entity("microsoft", "Microsoft Corporation", "US"), certifications: [], customerManagedKeys: unconfirmed("not yet sourced") },
  gcp: { id: "gcp", name: "Google Cloud", driver: "gcp", pulumiPackage: "@pulumi/gcp", operator: entity("google", "Google LLC", "US"), certifications: [], customerManagedKeys: unconfirmed("not yet sourced") },
  scaleway: { id: "scaleway", name: "Scaleway", driver: "scaleway", pulumiPackage: "@pulumiverse/scaleway", operator: entity("scaleway", "Scaleway SAS", "FR"), certifications: [], customerManagedKeys: unconfirmed("not yet sourced") },
  ovhcloud: { id: "ovhcloud", name: "OVHcloud", driver: "ovhcloud", pulumiPackage: "@ovhcloud/pulumi-ovh", operator: entity("ovh", "OVH SAS", "FR"), certifications: [], customerManagedKeys: unconfirmed("not yet sourced") },
  hetzner: { id: "hetzner", name: "Hetzner", driver: "hetzner", pulumiPackage: "@pulumi/hcloud", operator: entity("hetzner", "Hetzner Online GmbH", "DE"), certifications: [], customerManagedKeys: unconfirmed("not yet sourced") },
  otc: { id: "otc", name: "Open Telekom Cloud", driver: "openstack", pulumiPackage: "@pulumi/openstack", operator: entity("t-systems", "T-Systems International GmbH", "DE"), certifications: [], customerManagedKeys: unconfirmed("not yet sourced") },
  cleura: { id: "cleura", name: "Cleura", driver: "openstack", pulumiPackage: "@pulumi/openstack", operator: entity("cleura", "Cleura AB", "SE"), certifications: [], customerManagedKeys: unconfirmed("not yet sourced") },
  "pluscloud-open": { id: "pluscloud-open", name: "pluscloud open (plusserver)", driver: "openstack", pulumiPackage: "@pulumi/openstack", operator: entity("plusserver", "plusserver GmbH", "DE"), certifications: [], customerManagedKeys: unconfirmed("not yet sourced") },
};

export const PROVIDER_IDS = Object.keys(PROVIDERS) as ProviderId[];
