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
    title: "UK adequacy renewed December 2025, valid to 27 December 2031",
    ref: "itpro.com 2025-12-24; The Register (via topnews)",
    asOf: "2026-11-28",
    kind: "secondary",
  },
  "brazil-adequacy": {
    title: "EU adequacy decision for Brazil published 27 January 2026",
    ref: "tozzinifreire.com.br 2026-01-27; cde.ual.es; gdprbuzz",
    asOf: "2026-11-28",
    kind: "secondary",
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
