/**
 * The law an exit plan cites: the EU Data Act's switching terms and DORA's exit-strategy
 * requirement, as sourced facts (article, what it says, the official text it comes from, the day it
 * was read). Facts only, quoted or closely restated from the Official Journal texts; no reading of
 * how they apply to a given contract (that is legal advice, which this tool does not give).
 *
 * Article numbers were checked on 2026-12-03 against the Official Journal texts as restated in
 * public compliance repositories (verbatim quotes of Article 25(2)(a), (d), (g), (h), 25(4), 29(1) to
 * (3) and 50 of Regulation (EU) 2023/2854, and of Articles 28(8), 30(3)(f) and 64 of Regulation
 * (EU) 2022/2554).
 */
import type { Source } from "../catalog/sources/types";

/** The day the texts below were read. */
export const LAW_AS_OF = "2026-12-03";

export const LAW_SOURCES = {
  "data-act": {
    title:
      "Regulation (EU) 2023/2854 of the European Parliament and of the Council of 13 December 2023 on harmonised rules on fair access to and use of data (Data Act), OJ L, 2023/2854, 22.12.2023; Chapter VI: switching between data processing services",
    ref: "http://data.europa.eu/eli/reg/2023/2854/oj",
    asOf: LAW_AS_OF,
    kind: "primary",
  },
  dora: {
    title:
      "Regulation (EU) 2022/2554 of the European Parliament and of the Council of 14 December 2022 on digital operational resilience for the financial sector (DORA), OJ L 333, 27.12.2022; Chapter V: managing of ICT third-party risk",
    ref: "http://data.europa.eu/eli/reg/2022/2554/oj",
    asOf: LAW_AS_OF,
    kind: "primary",
  },
} as const satisfies Record<string, Source>;

export type LawSourceId = keyof typeof LAW_SOURCES;

/** One provision, as a fact with its source. */
export interface LawFact {
  /** Stable id (`data-act.notice-period`). */
  readonly id: string;
  /** Which law: the Data Act or DORA. */
  readonly law: "EU Data Act" | "DORA";
  /** The article (and paragraph/point) the fact rests on, e.g. `Article 25(2)(d)`. */
  readonly article: string;
  /** What the provision sets, in one line (`notice period`, `transition period`, ...). */
  readonly topic: string;
  /** The figure or date, when there is one (`at most 2 months`). */
  readonly value?: string;
  /** What the provision says, restated closely (quotes are verbatim). */
  readonly statement: string;
  readonly source: LawSourceId;
}

/** The switching terms of the Data Act and DORA's exit strategy, in the order the report shows them. */
export const LAW: readonly LawFact[] = [
  {
    id: "data-act.application",
    law: "EU Data Act",
    article: "Article 50",
    topic: "application date",
    value: "12 September 2025",
    statement:
      '"It shall apply from 12 September 2025." Chapter VI (switching between data processing services, Articles 23 to 31) applies from that date.',
    source: "data-act",
  },
  {
    id: "data-act.notice-period",
    law: "EU Data Act",
    article: "Article 25(2)(d)",
    topic: "notice period",
    value: "at most 2 months",
    statement:
      'The contract includes "a maximum notice period for initiation of the switching process, which shall not exceed two months".',
    source: "data-act",
  },
  {
    id: "data-act.transition-period",
    law: "EU Data Act",
    article: "Article 25(2)(a)",
    topic: "transition period",
    value: "at most 30 calendar days",
    statement:
      'The customer can switch, or port all exportable data and digital assets to on-premises ICT infrastructure, "without undue delay and in any event not after the mandatory maximum transitional period of 30 calendar days", starting after the notice period, during which the service contract remains applicable.',
    source: "data-act",
  },
  {
    id: "data-act.transition-extension",
    law: "EU Data Act",
    article: "Article 25(4)",
    topic: "transition period, when technically unfeasible",
    value: "at most 7 months",
    statement:
      "Where the 30-day transitional period is technically unfeasible, the provider says so within 14 working days of the switching request and indicates an alternative transitional period, which shall not exceed seven months; service continuity is ensured during it.",
    source: "data-act",
  },
  {
    id: "data-act.retrieval-period",
    law: "EU Data Act",
    article: "Article 25(2)(g)",
    topic: "data retrieval period",
    value: "at least 30 calendar days",
    statement:
      'The contract includes "a minimum period for data retrieval of at least 30 calendar days, starting after the termination of the transitional period".',
    source: "data-act",
  },
  {
    id: "data-act.erasure",
    law: "EU Data Act",
    article: "Article 25(2)(h)",
    topic: "erasure after retrieval",
    statement:
      "The contract includes a clause guaranteeing full erasure of the customer's exportable data and digital assets after the expiry of the retrieval period of point (g).",
    source: "data-act",
  },
  {
    id: "data-act.switching-charges",
    law: "EU Data Act",
    article: "Article 29(1)",
    topic: "end of switching charges",
    value: "from 12 January 2027",
    statement:
      '"From 12 January 2027, providers of data processing services shall not impose any switching charges on the customer for the switching process." From 11 January 2024 to 12 January 2027 reduced switching charges may be imposed (Article 29(2)); they shall not exceed the provider\'s costs directly linked to the switching process (Article 29(3)).',
    source: "data-act",
  },
  {
    id: "dora.exit-strategy",
    law: "DORA",
    article: "Article 28(8)",
    topic: "exit strategy",
    value: "required for ICT services supporting critical or important functions",
    statement:
      '"For ICT services supporting critical or important functions, financial entities shall put in place exit strategies." Exit plans shall be comprehensive, documented, sufficiently tested and reviewed periodically; financial entities identify alternative solutions and develop transition plans to remove the contracted ICT services and the relevant data and securely and integrally transfer them to alternative providers or reincorporate them in-house.',
    source: "dora",
  },
  {
    id: "dora.contract-exit",
    law: "DORA",
    article: "Article 30(3)(f)",
    topic: "exit terms in the contract",
    statement:
      "Contracts for ICT services supporting critical or important functions include exit strategies, in particular the establishment of a mandatory adequate transition period during which the provider continues to provide the services.",
    source: "dora",
  },
  {
    id: "dora.application",
    law: "DORA",
    article: "Article 64",
    topic: "application date",
    value: "17 January 2025",
    statement: '"It shall apply from 17 January 2025."',
    source: "dora",
  },
];

/** What the report says about the law section, every time. */
export const LAW_DISCLAIMER =
  "Facts restated from the Official Journal texts, with their articles; not legal advice. Whether a provision applies to your contract (a data processing service under the Data Act, an ICT service supporting a critical or important function under DORA) is for your counsel to decide.";
