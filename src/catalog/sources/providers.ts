import { defineSources } from "./types";

/**
 * Sources for the providers part of the catalog: the legal entity that operates each provider, who
 * controls it, whether it offers customer-managed keys, and certification claims.
 *
 * Read through the project's stored copies of public pages and repositories on 2026-11-28 unless a
 * `ref` says otherwise. `secondary` = a third party (press, another project) restating the fact.
 */
export const PROVIDERS_SOURCES = defineSources({
  // --- Amazon Web Services -------------------------------------------------------------------
  "aws-marketplace-billing-emea": {
    title:
      "AWS Marketplace Buyer Guide: accounts based in EMEA (excluding Turkey and South Africa) are billed by Amazon Web Services EMEA SARL (AWS Europe)",
    ref: "awsdocs/aws-marketplace-user-guide-for-buyers doc_source/buyer-paying-for-products.md",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "aws-customer-agreement-europe": {
    title:
      "AWS Customer Agreement: since 1 July 2018 customers in Europe, the Middle East or Africa contract with AWS's European based AWS Contracting Party (Section 14)",
    ref: "https://aws.amazon.com/agreement/ (version of 30 April 2019, archived copy at https://www.docracy.com/0l6b9wo3ek3/aws-customer-agreement)",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "aws-europe-notice-2018": {
    title:
      "AWS customer notice (June 2018): invoicing for EMEA accounts moves to AWS Europe, headquartered in Luxembourg with branches in 15 countries",
    ref: "https://pastebin.com/cKdkrrMs (copy of the AWS e-mail)",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "amazon-10k-2025-ex21": {
    title:
      "Amazon.com, Inc. Form 10-K 2025, Exhibit 21.1: Amazon Web Services, Inc. (Delaware) is a 100% owned subsidiary of Amazon.com, Inc.",
    ref: "https://www.sec.gov/Archives/edgar/data/1018724/000101872426000004/amzn-20251231xex211.htm",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "aws-cdk-s3-kms": {
    title: "AWS CDK reference: S3 encryption mode KMS = server-side encryption with an AWS KMS key managed by the account owner",
    ref: "https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_glue.S3EncryptionMode.html",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "pulumi-aws-ebs-kms": {
    title: "@pulumi/aws 7.48.0 ebs.Volume input kmsKeyId: ARN of the KMS key for the EBS volume (EBS KMS CMK provisioning)",
    ref: "npm @pulumi/aws@7.48.0 ebs/volume.d.ts",
    asOf: "2026-11-28",
    kind: "primary",
  },
  // --- Microsoft Azure -----------------------------------------------------------------------
  "microsoft-mosa-emea": {
    title: "Microsoft Online Subscription Agreement (EMEA): agreement between the customer and Microsoft Ireland Operations Limited",
    ref: "http://www.microsoft.com/online/mosa/MOSA2013Agr(EMEA)ExUKR(ENG)(Oct2013)(HTML).htm",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "microsoft-10k-2016-ex21": {
    title:
      "Microsoft Corporation Form 10-K, Exhibit 21 (subsidiaries as of 30 June 2016): Microsoft Ireland Operations Limited, incorporated in Ireland",
    ref: "https://www.sec.gov/Archives/edgar/data/789019/000119312516662209/d187868dex21.htm",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "azure-disks-cmk": {
    title: "Azure: enable customer-managed keys (Azure Key Vault + DiskEncryptionSet) for server-side encryption of managed disks",
    ref: "MicrosoftDocs/azure-docs articles/virtual-machines/windows/disks-enable-customer-managed-keys-powershell.md",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "azure-native-storage-keysource": {
    title: "@pulumi/azure-native 3.28.0 storage encryption keySource: Microsoft.Storage or Microsoft.Keyvault (customer-managed key)",
    ref: "npm @pulumi/azure-native@3.28.0 types/enums/storage/index.d.ts",
    asOf: "2026-11-28",
    kind: "primary",
  },
  // --- Google Cloud --------------------------------------------------------------------------
  "google-contracting-entity": {
    title:
      "Google Cloud: Google Contracting Entity (the Google entity depends on the customer's billing address; EEA countries have their own rows)",
    ref: "https://cloud.google.com/terms/google-entity (version of 12 July 2021)",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "google-cloud-emea-secondary": {
    title:
      "Third-party records naming Google Cloud EMEA Limited, 70 Sir John Rogerson's Quay, Dublin 2, Ireland, as the Google Cloud contracting party (privacy notices, G-Cloud listing)",
    ref: 'public repositories found by exact-string search for "Google Cloud EMEA Limited"',
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "alphabet-google-parent": {
    title:
      "Google Cloud is an arm of Alphabet Inc.; Alphabet is an American holding company headquartered in Mountain View, California, and the parent of Google",
    ref: "https://www.techradar.com/news/google-expands-emea-cloud-business; https://people.wiki/alphabet-inc/",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "gcp-storage-cmek": {
    title: "Cloud Storage: customer-managed encryption keys (CMEK) in Cloud KMS",
    ref: "https://docs.cloud.google.com/storage/docs/encryption/customer-managed-keys",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "gcp-compute-cmek": {
    title: "Compute Engine: protect disks and other storage resources with Cloud KMS keys (CMEK)",
    ref: "https://cloud.google.com/assured-workloads/docs/create-workload-persistent-disk",
    asOf: "2026-11-28",
    kind: "primary",
  },
  // --- Scaleway ------------------------------------------------------------------------------
  "scaleway-sas-identity": {
    title:
      "Scaleway SAS, 8 rue de la Ville l'Évêque, 75008 Paris, France (RCS Paris 433 115 904), as named in hosting notices of many sites hosted on Scaleway",
    ref: 'public repositories found by exact-string search for "Scaleway SAS, 8 rue de la Ville"',
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "scaleway-iliad-subsidiary": {
    title: "Scaleway is the cloud subsidiary of the Iliad group (Free)",
    ref: "https://www.universfreebox.com/article/583041/ (2025-06); https://www.linforme.com/tech-telecom/article/scaleway-filiale-cloud-d-iliad-s-enfonce-dans-le-rouge_835.html; https://www.lemondeinformatique.fr/actualites/lire-yann-lechelle-quitte-la-direction-generale-de-scaleway-maj-88973.html",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "iliad-niel-control": {
    title: "AMF, 29 Sept 2021 (via press): Xavier Niel holds directly and indirectly 96.58% of Iliad's capital after his buy-back offer",
    ref: "https://matzavreview.com/2021/09/29/with-more-than-96-of-the-capital-xavier-niel-can-withdraw-iliad-from-the-stock-exchange/",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "scaleway-key-manager": {
    title: "Scaleway Key Manager: key encryption keys for envelope encryption of the customer's own data encryption keys",
    ref: "https://www.scaleway.com/en/docs/key-manager/reference-content/understanding-key-manager/",
    asOf: "2026-11-28",
    kind: "primary",
  },
  // --- OVHcloud ------------------------------------------------------------------------------
  "ovh-sas-conditions": {
    title: "OVH general conditions of service: OVH, SAS, a French company, 2 rue Kellermann 59100 Roubaix, RCS B 424 761 419",
    ref: "https://paperzz.com/doc/7357749/general-conditions-of-service-fr-uk-version (copy, 2009); legal notices citing OVH SAS, 2 rue Kellermann, Roubaix",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "ovh-sas-hosting-notice": {
    title:
      "Legal notice of a site hosted by OVH, naming its host: OVH SAS, RCS Lille 424 761 419 00045, VAT FR 22 424 761 419, 2 rue Kellermann, 59100 Roubaix",
    ref: "https://www.overthemoon-paris.com/en/legal-notices/",
    asOf: "2026-11-29",
    kind: "secondary",
  },
  "ovhcloud-urd-history": {
    title:
      "OVHcloud Universal Registration Document: history (founded by Octave Klaba; KKR and TowerBrook Capital Partners shareholders since 2016)",
    ref: "https://ovhcloud.fr.digital-report.net/en/report/3010",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "ovh-klaba-majority": {
    title:
      'OVHcloud before its 2021 IPO: "Octave Klaba et sa famille resteraient actionnaires majoritaires"; AFP at the IPO: the family remains largely majority',
    ref: "https://www.nextinpact.com/article/46355/la-decision-est-prise-ovhcloud-se-prepare-a-eventuelle-introduction-en-bourse; https://limportant.fr/430626",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "ovh-us-entities-separate": {
    title: "OVHcloud privacy policy: OVH Hosting Inc. and companies within the OVH Group, excluding entities located in the United States",
    ref: "https://www.ovhcloud.com/en/terms-and-conditions/privacy-policy/ (via proxy copy)",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "ovh-okms": {
    title: "OVHcloud KMS (OKMS) resources in @ovhcloud/pulumi-ovh: okms.Okms, okms.ServiceKey",
    ref: "https://www.pulumi.com/registry/packages/ovh/api-docs/okms/servicekey",
    asOf: "2026-11-28",
    kind: "primary",
  },
  // --- Hetzner -------------------------------------------------------------------------------
  "hetzner-privacy-policy": {
    title: "Hetzner privacy policy: controller Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen, Germany",
    ref: "https://www.hetzner.com/privacy-policy-notice",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "hetzner-owner-falk-report": {
    title:
      "Falk-Report (Gunzenhausen local news, Sept 2024): the mayor convinced the owner (Eigentümer) Martin Hetzner to build Hetzner Online's new headquarters in Gunzenhausen, DE",
    ref: "https://www.falk-report.de/2024/09/hetzner-online-baut-silicon-valley/",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "hetzner-fdp-visit": {
    title:
      "Altmühlfranken: Hetzner Online, managing director Martin Hetzner; headquarters still in Gunzenhausen; data centres in Falkenstein, Nuremberg, Helsinki, Ashburn (US) under construction",
    ref: "https://www.altmuehlfranken-online.de/fdp-besucht-hetzner-online-in-nuernberg",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  // --- Open Telekom Cloud --------------------------------------------------------------------
  "otc-data-protection": {
    title: "Open Telekom Cloud data privacy page: T-Systems International GmbH is responsible",
    ref: "https://open-telekom-cloud.com/en/data-protection",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "dt-annual-report-tsystems": {
    title: "Deutsche Telekom Annual Report 2016: T-Systems is the group's corporate customer arm",
    ref: "https://www.annualreport.telekom.com/site0317/management-report/group-organization/business-activities-and-organization.html",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "tsystems-germany": {
    title: "T-Systems belongs to Deutsche Telekom AG; central office in Germany",
    ref: "https://mybroadband.co.za/vb/showthread.php/355054-T-Systems; https://itworldcanada.com/article/deutsche-telekom-seeks-intl-partner-for-it-unit/27554",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "dt-shareholders": {
    title:
      "Deutsche Telekom (Bonn): the Federal Republic of Germany and KfW remain its largest shareholders (about 27.8% after the 2024 sale); SoftBank (JP) held 4.5%",
    ref: "https://xity.de/panorama/staatliche-foerderbank-kfw-verkauft-110-millionen-telekom-aktien (AFP); https://aussiedlerbote.de/en/kfw-eyes-billions-in-proceeds-from-telekoms-share-sale",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  // --- Cleura --------------------------------------------------------------------------------
  "cleura-docs-sovereignty": {
    title:
      "Cleura docs, Security & Digital Sovereignty: a fully European provider not subject to US extraterritorial surveillance laws; regions Stockholm, Karlskrona, Frankfurt keep data in the EU",
    ref: "cleura/docs docs/background/waf/security-digital-sovereignty.md",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "cleura-karlskrona-press": {
    title: "Cleura press release (2014, as City Network): the Karlskrona-based hosting company City Network",
    ref: "https://cleura.com/press-releases/a-seal-of-quality-city-network-among-the-fastest-growing-companies/",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "cleura-ab-copyright": {
    title:
      'Copyright headers "Copyright (c) 2023 Cleura AB" / "Copyright 2026, Cleura AB" in public OpenStack tooling (e.g. the OpenStack Ansible SIG modules volume_type and volume_type_info)',
    ref: 'public repositories found by exact-string search for "Cleura AB" (the hosting repositories were not identified)',
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "hetzner-registration-form-copy": {
    title:
      'Hetzner Online GmbH form "Domain Transfer Order (konsoleH to Robot)" (status 29.07.2015), footer: Ansbach Registration Office HRB 6089, VAT Reg. No. DE812871812; the same HRB in Hetzner staff e-mail signatures on public mailing lists',
    ref: "https://studylib.net/doc/8403937/domain-transfer-order--konsoleh-to-robot-",
    asOf: "2026-11-29",
    kind: "secondary",
  },
  // --- plusserver (pluscloud open) -----------------------------------------------------------
  "plusserver-imprint": {
    title: "plusserver legal notice: PlusServer GmbH, Hohenzollernring 72, 50672 Cologne, Germany (HRB 84977, Cologne District Court)",
    ref: "https://www.plusserver.com/en/imprint",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "plusserver-bc-partners-2017": {
    title: "GoDaddy sold its PlusServer business (from Host Europe Group) to private-equity firm BC Partners for EUR 397 million (2017)",
    ref: "http://domainincite.com/tag/acquisition/page/5",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "scs-compliance-overview": {
    title:
      "SCS compliance monitor overview: pluscloud open, public cloud for customers (4 SCS regions), operator plusserver GmbH, listed as non-certified SCS-compatible IaaS",
    ref: "SovereignCloudStack/standards compliance-monitor/templates/overview.md.j2",
    asOf: "2026-11-28",
    kind: "primary",
  },
});
