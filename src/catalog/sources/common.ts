import { defineSources } from "./types";

/** Sources shared by several parts of the catalog (countries, adequacy, standards, Gaia-X). */
export const COMMON_SOURCES = defineSources({
  "ms-eudb-countries": {
    title: "Microsoft: EU Data Boundary, countries in scope (EU27 + EFTA)",
    ref: "MicrosoftDocs/azure-docs, Communication Services EU Data Boundary page",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "eu-adequacy": {
    title: "European Commission: Adequacy decisions",
    ref: "https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "cnpd-adequacy": {
    title: "CNPD Luxembourg: list of adequacy decisions (US limited to DPF-certified organisations)",
    ref: "https://cnpd.public.lu (transfers outside the EU, adequacy)",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "uk-adequacy-renewal": {
    title:
      "European Commission, Daily News of 19 December 2025: 'Commission renews decisions to allow free flow of personal data with the UK' (GDPR and Law Enforcement Directive decisions renewed, sunset clause of six years running until 27 December 2031, review after four years)",
    ref: "European Commission press corner, Daily News 19/12/2025 (copy: https://cna.org.cy/en/press_releases/article/9563124/press-release-european-commission); also itpro.com 2025-12-24",
    asOf: "2026-12-03",
    kind: "primary",
  },
  "brazil-adequacy": {
    title:
      "Commission Implementing Decision (EU) 2026/179 of 26 January 2026 pursuant to Regulation (EU) 2016/679 on the adequate protection of personal data by Brazil (announced 27 January, published in the Official Journal 28 January 2026; applies to private and public sector recipients)",
    ref: "http://data.europa.eu/eli/dec_impl/2026/179/oj (EUR-Lex); title and OJ date as recorded by the Norwegian EEA database https://europalov.no/rettsakt/beskyttelse-av-personopplysninger-ved-datautveksling-med-brasil/id-34841; scope per deleporte-wentz-avocat.com and cms.law summaries",
    asOf: "2026-12-03",
    kind: "primary",
  },
  "efta-members": {
    title: "EFTA member states: Iceland, Liechtenstein, Norway, Switzerland",
    ref: "https://www.efta.int/about-efta/the-efta-states",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "eea-agreement": {
    title: "EEA = EU member states + Iceland, Liechtenstein, Norway",
    ref: "https://www.efta.int/eea",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "scs-0100-v3": {
    title: "SCS-0100 v3 Flavor Naming (Stable since 2023-06-14, text v3.3)",
    ref: "SovereignCloudStack/standards @077174d Standards/scs-0100-v3-flavor-naming.md",
    asOf: "2026-08-21",
    kind: "primary",
  },
  "scs-0103-v1": {
    title: "SCS-0103 v1 Standard Flavors (Stable since 2024-02-08, text v1.2)",
    ref: "SovereignCloudStack/standards @077174d Standards/scs-0103-v1-standard-flavors.md",
    asOf: "2026-08-21",
    kind: "primary",
  },
  "gaia-x-labels": {
    title: "Gaia-X Labels L1/L2/L3 (glossary) and PRLD 22.11 criteria P5.1.x",
    ref: "gaia-x.gitlab.io/glossary; GAIA-X4PLC-AAD/ontology-management-base 436a77a gx/gx_shacl.ttl",
    asOf: "2026-11-28",
    kind: "primary",
  },
  "residency-facts": {
    title: "sovereign-cloud shared/reference/residency-facts.md (compiled from public sources)",
    ref: "shared/reference/residency-facts.md",
    asOf: "2026-11-28",
    kind: "secondary",
  },
});
