/** Which countries each `dataLocation` admits, from the catalog's country groups. */
import { ADEQUACY, EEA, EU27, EU_DATA_BOUNDARY, type CountryGroup } from "../catalog/countries";
import type { SourceId } from "../catalog/sources/index";
import type { CountryCode } from "../catalog/types";
import type { DataLocation } from "./schema";

/** Human name of each data location, for messages. */
export const DATA_LOCATION_LABELS: Readonly<Record<DataLocation, string>> = {
  eu: "the EU (27 member states)",
  eea: "the EEA (EU + IS, LI, NO)",
  "eu-data-boundary": "the EU Data Boundary (EU + EFTA: IS, LI, NO, CH)",
  adequacy: "the EEA or a country with a full GDPR adequacy decision",
};

/** Countries with a full-scope adequacy decision. Partial ones (US DPF, CA commercial, JP private sector) bind recipients, not places. */
const FULL_ADEQUACY: CountryGroup = {
  members: ADEQUACY.filter((a) => a.scope === "full").map((a) => a.country),
  source: "eu-adequacy",
};

const GROUPS: Readonly<Record<DataLocation, readonly CountryGroup[]>> = {
  eu: [EU27],
  eea: [EEA],
  "eu-data-boundary": [EU_DATA_BOUNDARY],
  adequacy: [EEA, FULL_ADEQUACY],
};

const SETS = new Map<DataLocation, ReadonlySet<CountryCode>>(
  (Object.keys(GROUPS) as DataLocation[]).map((l) => [l, new Set(GROUPS[l].flatMap((g) => g.members))]),
);

export function allowedCountries(location: DataLocation): ReadonlySet<CountryCode> {
  return SETS.get(location)!;
}

/** The source that decides whether `country` is in `location` (the group that admits it, or the first group). */
export function locationSource(location: DataLocation, country: CountryCode): SourceId {
  const groups = GROUPS[location];
  const adequacy = ADEQUACY.find((a) => a.country === country);
  if (location === "adequacy" && adequacy && !EEA.members.includes(country)) return adequacy.source;
  return (groups.find((g) => g.members.includes(country)) ?? groups[0]!).source;
}

/** Why a partial adequacy decision does not admit a place, if there is one. */
export function partialAdequacyNote(country: CountryCode): string | undefined {
  const a = ADEQUACY.find((x) => x.country === country && x.scope !== "full");
  return a
    ? `${a.name} has only a partial adequacy decision (${a.scope}${a.note ? `: ${a.note}` : ""}), which covers recipients, not a location`
    : undefined;
}
