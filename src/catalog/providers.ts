/**
 * Providers and the legal entities that operate them.
 *
 * For the hyperscalers the operator is the entity a customer in the EEA contracts with, and its
 * `parent` is the ultimate parent. `euControlled` follows Gaia-X Label 3 (P5.1.4 head office and main
 * establishment in the EU/EEA, P5.1.5 no control by shareholders outside the EU/EEA): `true` only
 * when a source supports both, `false` when a source shows a non-EU parent, otherwise unconfirmed.
 * Unconfirmed facts never satisfy a clause (a gaia-x-l3 contract needs `euControlled` confirmed true).
 *
 * Certifications: residency-facts §5 leaves per-provider holdings UNCONFIRMED and no certificate or
 * registry entry was read, so every certification below is an unconfirmed claim for humans to read.
 * Sources: `sources/providers.ts`.
 */
import type { CertificationFact, CertificationId, LegalEntity, ProviderFacts, ProviderId } from "./types";
import { fact, unconfirmed } from "./types";

/** A certification someone claims for the provider but no certificate or registry entry confirmed. */
function claimed(id: CertificationId, note: string): CertificationFact {
  return { id, fact: unconfirmed(`claimed, not verified against the certificate or the issuer's registry: ${note}`, true) };
}

const NO_CMK_SOURCE =
  "no source found that the provider's own KMS can encrypt its object storage and VM disks with a customer-controlled key";

const AWS_OPERATOR: LegalEntity = {
  id: "aws-emea",
  name: fact(
    "Amazon Web Services EMEA SARL",
    "aws-marketplace-billing-emea",
    "AWS Europe; the contracting party for accounts based in EMEA except Turkey and South Africa (AWS Customer Agreement §14)",
  ),
  headquarters: fact(
    "LU",
    "aws-europe-notice-2018",
    "AWS Europe is headquartered in Luxembourg with branches in 15 countries (secondary copy of an AWS notice)",
  ),
  parent: fact(
    "Amazon.com, Inc. (Seattle, US)",
    "amazon-10k-2025-ex21",
    'AWS Europe is AWS\'s "European based AWS Contracting Party"; AWS, Inc. is 100% owned by Amazon.com, Inc. (Delaware)',
  ),
  euControlled: fact(
    false,
    "amazon-10k-2025-ex21",
    "an AWS group company, ultimately controlled by Amazon.com, Inc. (US); see also aws-customer-agreement-europe",
  ),
};

const MICROSOFT_OPERATOR: LegalEntity = {
  id: "microsoft-ireland",
  name: fact("Microsoft Ireland Operations Limited", "microsoft-mosa-emea", "contracting party of the EMEA Online Subscription Agreement"),
  headquarters: fact("IE", "microsoft-10k-2016-ex21", "incorporated in Ireland"),
  parent: fact("Microsoft Corporation (Redmond, US)", "microsoft-10k-2016-ex21", "listed among the subsidiaries of Microsoft Corporation"),
  euControlled: fact(false, "microsoft-10k-2016-ex21", "a subsidiary of Microsoft Corporation (US)"),
};

const GOOGLE_OPERATOR: LegalEntity = {
  id: "google-cloud-emea",
  name: unconfirmed(
    "the Google contracting entity depends on the billing country; the EEA rows of the google-entity page were not readable in the copy stored here, only third-party records name Google Cloud EMEA Limited",
    "Google Cloud EMEA Limited",
    "google-cloud-emea-secondary",
  ),
  headquarters: unconfirmed("Dublin per third-party records only", "IE", "google-cloud-emea-secondary"),
  parent: fact(
    "Google LLC / Alphabet Inc. (Mountain View, US)",
    "alphabet-google-parent",
    "Google Cloud is an arm of Alphabet Inc. (secondary)",
  ),
  euControlled: fact(
    false,
    "alphabet-google-parent",
    "every Google contracting entity (google-contracting-entity) is a Google group company; Google is owned by Alphabet Inc. (US)",
  ),
};

const SCALEWAY_OPERATOR: LegalEntity = {
  id: "scaleway",
  name: fact("Scaleway SAS", "scaleway-sas-identity", "RCS Paris 433 115 904 (secondary: hosting notices)"),
  headquarters: fact("FR", "scaleway-sas-identity", "8 rue de la Ville l'Évêque, 75008 Paris"),
  parent: fact(
    "Iliad SA (Paris, FR), controlled by Xavier Niel",
    "scaleway-iliad-subsidiary",
    "Scaleway is the cloud subsidiary of the Iliad group",
  ),
  euControlled: fact(
    true,
    "iliad-niel-control",
    "Iliad is held 96.58% (capital) by its French founder Xavier Niel (AMF, Sept 2021, via press); no non-EU controlling shareholder found. Re-check after changes in Iliad's shareholding",
  ),
  registrationNumbers: [
    fact(
      { kind: "local", value: "433115904", register: "RCS Paris" },
      "scaleway-sas-identity",
      "RCS Paris 433 115 904 (SIREN), as hosting notices name it; not checked against the register",
    ),
  ],
};

const OVH_OPERATOR: LegalEntity = {
  id: "ovh",
  name: fact("OVH SAS", "ovh-sas-conditions", "RCS B 424 761 419; subsidiary of the listed OVH Groupe SA (OVHcloud)"),
  headquarters: fact("FR", "ovh-sas-conditions", "2 rue Kellermann, 59100 Roubaix"),
  parent: fact("OVH Groupe SA (OVHcloud), controlled by the Klaba family", "ovh-klaba-majority"),
  euControlled: fact(
    true,
    "ovh-klaba-majority",
    "the founding Klaba family (France) stays majority shareholder after the 2021 IPO; KKR and TowerBrook (US funds) are minority shareholders since 2016 (ovhcloud-urd-history). Statement dates from 2021: re-check the current shareholding",
  ),
  registrationNumbers: [
    fact(
      { kind: "local", value: "424761419", register: "RCS Lille Métropole" },
      "ovh-sas-hosting-notice",
      "RCS 424 761 419 (SIREN; the notice gives the SIRET 424 761 419 00045); also in ovh-sas-conditions (2009); not checked against the register",
    ),
    fact(
      { kind: "vatID", value: "FR22424761419" },
      "ovh-sas-hosting-notice",
      "VAT number FR 22 424 761 419 as the notice writes it; not checked against VIES",
    ),
  ],
};

/** OVHcloud's US regions are run by a separate US entity, not by OVH SAS. */
export const OVH_US_OPERATOR: LegalEntity = {
  id: "ovh-us",
  name: unconfirmed("OVHcloud's US regions are operated by a US entity of the group; its exact legal name was not read", "OVH US LLC"),
  headquarters: fact(
    "US",
    "ovh-us-entities-separate",
    "the OVH Group's US entities are located in, and handled separately for, the United States",
  ),
  euControlled: unconfirmed("ownership of the US entity not read; it fails providerControl by its US headquarters anyway"),
};

const HETZNER_OPERATOR: LegalEntity = {
  id: "hetzner",
  name: fact("Hetzner Online GmbH", "hetzner-privacy-policy"),
  headquarters: fact("DE", "hetzner-privacy-policy", "Industriestr. 25, 91710 Gunzenhausen"),
  // Gaia-X P5.1.5 is about who holds the shares; one local news item calling the managing director
  // "the owner" does not show the shareholding, so this stays unconfirmed (gaia-x-l3 rejects it as unknown).
  euControlled: unconfirmed(
    "headquarters confirmed in Germany and managing director Martin Hetzner (hetzner-fdp-visit); only a local news report calls him the owner (hetzner-owner-falk-report); no shareholder register or filing was read",
    true,
    "hetzner-owner-falk-report",
  ),
  registrationNumbers: [
    fact(
      { kind: "local", value: "HRB 6089", register: "Amtsgericht Ansbach" },
      "hetzner-registration-form-copy",
      "Ansbach register court, HRB 6089; not checked against the register",
    ),
    fact({ kind: "vatID", value: "DE812871812" }, "hetzner-registration-form-copy", "VAT Reg. No. DE812871812; not checked against VIES"),
  ],
};

const TSYSTEMS_OPERATOR: LegalEntity = {
  id: "t-systems",
  name: fact("T-Systems International GmbH", "otc-data-protection"),
  headquarters: fact("DE", "tsystems-germany", "central office in Germany (secondary); a German GmbH in the Deutsche Telekom group"),
  parent: fact("Deutsche Telekom AG (Bonn, DE)", "dt-annual-report-tsystems", "T-Systems is Deutsche Telekom's corporate-customer arm"),
  euControlled: fact(
    true,
    "dt-shareholders",
    "Deutsche Telekom's largest shareholders are the German Federal Republic and KfW (about 28-30%); the largest non-EU holder found is SoftBank with 4.5%, no controlling stake",
  ),
};

const CLEURA_OPERATOR: LegalEntity = {
  id: "cleura",
  name: fact("Cleura AB", "cleura-ab-copyright", "formerly City Network Hosting AB (secondary)"),
  headquarters: fact("SE", "cleura-karlskrona-press", "a Swedish aktiebolag; the company was Karlskrona-based as City Network"),
  // Gaia-X P5.1.5 is about who holds control; a self-description as "fully European" does not show it.
  euControlled: unconfirmed(
    "only the provider's own statement that it is a fully European provider not subject to US extraterritorial laws; who holds its shares was not found",
    true,
    "cleura-docs-sovereignty",
  ),
};

const PLUSSERVER_OPERATOR: LegalEntity = {
  id: "plusserver",
  name: fact("PlusServer GmbH", "plusserver-imprint"),
  headquarters: fact("DE", "plusserver-imprint", "Hohenzollernring 72, 50672 Cologne"),
  registrationNumbers: [
    fact(
      { kind: "local", value: "HRB 84977", register: "Amtsgericht Köln" },
      "plusserver-imprint",
      "HRB 84977, Cologne District Court; not checked against the register",
    ),
  ],
  parent: unconfirmed(
    "sold in 2017 to private-equity firm BC Partners; the current owner and its domicile were not confirmed",
    "BC Partners (2017)",
    "plusserver-bc-partners-2017",
  ),
  euControlled: unconfirmed<boolean>(
    "the 2017 buyer BC Partners may be a non-EU (UK) investor; current ownership not confirmed",
    undefined,
    "plusserver-bc-partners-2017",
  ),
};

export const PROVIDERS: Readonly<Record<ProviderId, ProviderFacts>> = {
  aws: {
    id: "aws",
    name: "Amazon Web Services",
    driver: "aws",
    pulumiPackage: "@pulumi/aws",
    operator: AWS_OPERATOR,
    certifications: [claimed("iso-27001", "residency-facts §5"), claimed("bsi-c5", "commonly cited (residency-facts §5)")],
    customerManagedKeys: fact(
      true,
      "aws-cdk-s3-kms",
      "S3 SSE-KMS with a key managed by the account owner; EBS volumes take kmsKeyId (pulumi-aws-ebs-kms)",
    ),
  },
  azure: {
    id: "azure",
    name: "Microsoft Azure",
    driver: "azure",
    pulumiPackage: "@pulumi/azure-native",
    operator: MICROSOFT_OPERATOR,
    certifications: [claimed("iso-27001", "residency-facts §5"), claimed("bsi-c5", "commonly cited (residency-facts §5)")],
    customerManagedKeys: fact(
      true,
      "azure-disks-cmk",
      "managed disks via Key Vault + DiskEncryptionSet; storage accounts via encryption keySource Microsoft.Keyvault (azure-native-storage-keysource)",
    ),
  },
  gcp: {
    id: "gcp",
    name: "Google Cloud",
    driver: "gcp",
    pulumiPackage: "@pulumi/gcp",
    operator: GOOGLE_OPERATOR,
    certifications: [
      claimed("iso-27001", "listed on Google's compliance offerings page (secondary summary)"),
      claimed("bsi-c5", "commonly cited (residency-facts §5)"),
    ],
    customerManagedKeys: fact(true, "gcp-storage-cmek", "Cloud KMS CMEK for Cloud Storage; Compute Engine disks too (gcp-compute-cmek)"),
  },
  scaleway: {
    id: "scaleway",
    name: "Scaleway",
    driver: "scaleway",
    pulumiPackage: "@pulumiverse/scaleway",
    operator: SCALEWAY_OPERATOR,
    certifications: [
      claimed("iso-27001", "hosting notices of Scaleway customers"),
      claimed("hds", "hosting notices of Scaleway customers"),
    ],
    customerManagedKeys: unconfirmed<boolean>(
      `Scaleway Key Manager exists for envelope encryption of the customer's own keys (scaleway-key-manager); ${NO_CMK_SOURCE}`,
      undefined,
      "scaleway-key-manager",
    ),
  },
  ovhcloud: {
    id: "ovhcloud",
    name: "OVHcloud",
    driver: "ovhcloud",
    // OVHcloud Public Cloud is OpenStack (residency-facts §4.1), so the openstack driver deploys there too.
    alternativeDrivers: ["openstack"],
    pulumiPackage: "@ovhcloud/pulumi-ovh",
    operator: OVH_OPERATOR,
    certifications: [
      claimed("iso-27001", "Object Storage, per a secondary summary of docs.ovhcloud.com (residency-facts §4.1)"),
      claimed("hds", "Object Storage, per a secondary summary (residency-facts §4.1)"),
      claimed("secnumcloud", "held for some OVHcloud offers, which ones is unconfirmed (residency-facts §5)"),
    ],
    customerManagedKeys: unconfirmed<boolean>(`OVHcloud KMS (OKMS) exists (ovh-okms); ${NO_CMK_SOURCE}`, undefined, "ovh-okms"),
  },
  hetzner: {
    id: "hetzner",
    name: "Hetzner",
    driver: "hetzner",
    pulumiPackage: "@pulumi/hcloud",
    operator: HETZNER_OPERATOR,
    certifications: [],
    customerManagedKeys: unconfirmed(`${NO_CMK_SOURCE}; no KMS resource is known in @pulumi/hcloud`),
  },
  otc: {
    id: "otc",
    name: "Open Telekom Cloud",
    driver: "openstack",
    pulumiPackage: "@pulumi/openstack",
    operator: TSYSTEMS_OPERATOR,
    certifications: [claimed("bsi-c5", "commonly cited (residency-facts §5)")],
    customerManagedKeys: unconfirmed(
      `a Key Management Service endpoint exists in eu-de and eu-nl (otc-regions-endpoints); ${NO_CMK_SOURCE}`,
      true,
      "otc-regions-endpoints",
    ),
  },
  cleura: {
    id: "cleura",
    name: "Cleura",
    driver: "openstack",
    pulumiPackage: "@pulumi/openstack",
    operator: CLEURA_OPERATOR,
    certifications: [
      claimed(
        "iso-27001",
        "Cleura says its Public and Compliant Cloud facilities are ISO 27001-certified (cleura-docs-sovereignty); a facility certificate is not the provider's",
      ),
    ],
    customerManagedKeys: unconfirmed<boolean>(
      `Barbican (secret storage) runs in every region (cleura-public-versions); ${NO_CMK_SOURCE}`,
      undefined,
      "cleura-public-versions",
    ),
  },
  "pluscloud-open": {
    id: "pluscloud-open",
    name: "pluscloud open (plusserver)",
    driver: "openstack",
    pulumiPackage: "@pulumi/openstack",
    operator: PLUSSERVER_OPERATOR,
    certifications: [claimed("bsi-c5", "plusserver is commonly cited as C5-attested (residency-facts §5)")],
    customerManagedKeys: unconfirmed(NO_CMK_SOURCE),
  },
};

export const PROVIDER_IDS = Object.keys(PROVIDERS) as ProviderId[];
