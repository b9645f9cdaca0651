/**
 * `evaluate(contract, placement)`: does this placement satisfy the contract? Pure: no Pulumi.
 *
 * Each clause is checked against catalog facts. A fact we do not know (unconfirmed) never
 * satisfies a clause: the violation is reported with `unknown: true` and says what is missing.
 */
import { countryLabel } from "../catalog/countries";
import { offersService } from "../catalog/kubernetes";
import { findRegion, REGIONS } from "../catalog/regions/index";
import { PROVIDERS } from "../catalog/providers";
import { describeSource, type SourceId } from "../catalog/sources/index";
import type { CertificationId, Fact, PortableService, RegionFacts } from "../catalog/types";
import { ErrorCode, type Problem } from "../errors";
import { allowedCountries, DATA_LOCATION_LABELS, locationSource, partialAdequacyNote } from "./locations";
import { placementLabel, type Placement } from "./placement";
import type { ResidencyContract } from "./schema";

export type ClauseId = "regionStatus" | "dataLocation" | "countries" | "providerControl" | "certifications" | "replication" | "encryption";

export const CLAUSES: readonly ClauseId[] = [
  "regionStatus",
  "dataLocation",
  "countries",
  "providerControl",
  "certifications",
  "replication",
  "encryption",
];

const CLAUSE_CODES: Readonly<Record<ClauseId, Problem["code"]>> = {
  regionStatus: ErrorCode.ResidencyRegionStatus,
  dataLocation: ErrorCode.ResidencyDataLocation,
  countries: ErrorCode.ResidencyCountries,
  providerControl: ErrorCode.ResidencyProviderControl,
  certifications: ErrorCode.ResidencyCertifications,
  replication: ErrorCode.ResidencyReplication,
  encryption: ErrorCode.ResidencyEncryption,
};

/** The catalog fact a violation rests on, with its source rendered for humans. */
export interface FactRef {
  readonly statement: string;
  readonly source?: string;
}

export interface Violation {
  readonly clause: ClauseId;
  readonly code: Problem["code"];
  /** True when the clause fails because a fact is unknown, not because it is known to be wrong. */
  readonly unknown: boolean;
  readonly reason: string;
  readonly facts: readonly FactRef[];
}

export interface Verdict {
  readonly placement: string;
  readonly satisfied: boolean;
  readonly violations: readonly Violation[];
  readonly satisfiedClauses: readonly ClauseId[];
  /** Placements (`provider:region`) that satisfy the contract; empty when satisfied. */
  readonly alternatives: readonly string[];
}

export interface EvaluateOptions {
  /** Only suggest alternatives that offer this service. */
  readonly service?: PortableService;
  /** How many alternatives to suggest. @default 5 */
  readonly maxAlternatives?: number;
}

/** Check a placement against a contract. */
export function evaluate(contract: ResidencyContract, placement: Placement, options: EvaluateOptions = {}): Verdict {
  const violations = check(contract, placement);
  const failed = new Set(violations.map((v) => v.clause));
  const satisfied = violations.length === 0;
  return {
    placement: placementLabel(placement),
    satisfied,
    violations,
    satisfiedClauses: CLAUSES.filter((c) => !failed.has(c)),
    alternatives: satisfied || options.maxAlternatives === 0 ? [] : alternatives(contract, placement, options),
  };
}

/** What a clause function needs: the contract, the placement and its region's label for messages. */
interface ClauseInput {
  readonly contract: ResidencyContract;
  readonly placement: Placement;
  /** `provider:code (display name)`. */
  readonly where: string;
}

function violation(clause: ClauseId, unknown: boolean, reason: string, facts: readonly FactRef[]): Violation {
  return { clause, code: CLAUSE_CODES[clause], unknown, reason, facts };
}

/** regionStatus: only generally available (or restricted-access) regions are places to deploy. */
function regionStatusClause({ placement: { region }, where }: ClauseInput): Violation[] {
  if (!region.status.confirmed)
    return [
      violation("regionStatus", true, `the status of ${where} is not confirmed (${region.status.note})`, [
        factRef(region.status, `status of ${where}`),
      ]),
    ];
  if (region.status.value === "announced")
    return [violation("regionStatus", false, `${where} is announced but not available`, [factRef(region.status, `status of ${where}`)])];
  return [];
}

/** dataLocation: every place the data may be stored (the region, or each member of a multi/dual region) is in the contract's area. */
function dataLocationClause({ contract, placement: { region }, where }: ClauseInput): Violation[] {
  const out: Violation[] = [];
  const places = storagePlaces(region);
  const allowed = allowedCountries(contract.dataLocation);
  const area = DATA_LOCATION_LABELS[contract.dataLocation];
  for (const place of places) {
    const label = `${place.provider}:${place.code}`;
    if (!place.country.confirmed) {
      out.push(
        violation(
          "dataLocation",
          true,
          `the country of ${label} is not confirmed (${place.country.note}), so it cannot count as inside ${area}`,
          [factRef(place.country, `country of ${label}`, countryLabel)],
        ),
      );
      continue;
    }
    const cc = place.country.value;
    if (allowed.has(cc)) continue;
    const partial = contract.dataLocation === "adequacy" ? partialAdequacyNote(cc) : undefined;
    out.push(
      violation("dataLocation", false, `${label} is in ${countryLabel(cc)}, which is outside ${area}${partial ? `; ${partial}` : ""}`, [
        factRef(place.country, `country of ${label}`, countryLabel),
        { statement: `membership of ${area}`, source: describeSource(locationSource(contract.dataLocation, cc)) },
      ]),
    );
  }
  if (region.members && places.length < region.members.length) {
    out.push(violation("dataLocation", true, `${where} names member regions the catalog does not have`, []));
  }
  return out;
}

/** countries: every place the data may be stored is one of the contract's countries (unconfirmed countries fail dataLocation). */
function countriesClause({ contract, placement: { region } }: ClauseInput): Violation[] {
  const countries = contract.countries;
  if (!countries) return [];
  return storagePlaces(region).flatMap((place) => {
    if (!place.country.confirmed || countries.includes(place.country.value)) return [];
    const label = `${place.provider}:${place.code}`;
    return [
      violation(
        "countries",
        false,
        `${label} is in ${countryLabel(place.country.value)}, not one of the contract's countries (${countries.join(", ")})`,
        [factRef(place.country, `country of ${label}`, countryLabel)],
      ),
    ];
  });
}

/** providerControl: the operator's head office and control must be in the EU/EEA (Gaia-X L3 P5.1.4/P5.1.5). */
function providerControlClause({ contract, placement }: ClauseInput): Violation[] {
  if (contract.providerControl !== "eu") return [];
  const operator = placement.region.operator ?? placement.provider.operator;
  const name = operator.name.confirmed ? operator.name.value : (operator.name.claimed ?? operator.id);
  const hq = operator.headquarters;
  const ctl = operator.euControlled;
  if (hq.confirmed && !allowedCountries("eea").has(hq.value)) {
    return [
      violation("providerControl", false, `${name} is headquartered in ${countryLabel(hq.value)}, outside the EU/EEA`, [
        factRef(hq, `headquarters of ${name}`, countryLabel),
      ]),
    ];
  }
  if (ctl.confirmed && !ctl.value) {
    const seat = hq.confirmed ? `, headquartered in ${countryLabel(hq.value)},` : "";
    return [
      violation(
        "providerControl",
        false,
        `${name}${seat} is controlled from outside the EU/EEA${operator.parent?.confirmed ? ` (parent: ${operator.parent.value})` : ""}`,
        [
          factRef(ctl, `${name} controlled from the EU/EEA`),
          ...(hq.confirmed ? [factRef(hq, `headquarters of ${name}`, countryLabel)] : []),
          ...(operator.parent ? [factRef(operator.parent, `parent of ${name}`)] : []),
        ],
      ),
    ];
  }
  if (!hq.confirmed || !ctl.confirmed) {
    const why = !ctl.confirmed ? ` (${ctl.note})` : !hq.confirmed ? ` (${hq.note})` : "";
    return [
      violation("providerControl", true, `whether ${name} is headquartered and controlled in the EU/EEA is not confirmed${why}`, [
        factRef(hq, `headquarters of ${name}`, countryLabel),
        factRef(ctl, `${name} controlled from the EU/EEA`),
      ]),
    ];
  }
  return [];
}

/** certifications: each one held (confirmed) by the region or the provider. */
function certificationsClause({ contract, placement, where }: ClauseInput): Violation[] {
  const held = new Map<CertificationId, Fact<true>>();
  for (const c of [...placement.provider.certifications, ...(placement.region.certifications ?? [])])
    if (c.fact.confirmed) held.set(c.id, c.fact);
  const missing = contract.certifications.filter((c) => !held.has(c));
  return missing.length === 0
    ? []
    : [
        violation(
          "certifications",
          true,
          `no confirmed ${missing.join(", ")} for ${where} or ${placement.provider.name} in the catalog`,
          [],
        ),
      ];
}

/** replication: same-region forbids multi/dual regions; within-contract is covered by dataLocation over every member. */
function replicationClause({ contract, placement: { region }, where }: ClauseInput): Violation[] {
  if (contract.replication !== "same-region" || region.kind === "region") return [];
  return [
    violation(
      "replication",
      false,
      `${where} is a ${region.kind} that stores copies in ${(region.members ?? []).join(", ") || "several regions"}, but the contract keeps data in one region`,
      [],
    ),
  ];
}

/** encryption: customer-managed keys need a customer-controlled KMS at the provider. */
function encryptionClause({ contract, placement: { provider } }: ClauseInput): Violation[] {
  if (contract.encryption !== "customer-managed") return [];
  const cmk = provider.customerManagedKeys;
  const fact = [factRef(cmk, `${provider.name} offers customer-managed keys`)];
  if (!cmk.confirmed)
    return [violation("encryption", true, `whether ${provider.name} offers customer-managed keys is not confirmed (${cmk.note})`, fact)];
  if (!cmk.value) return [violation("encryption", false, `${provider.name} offers no customer-managed keys`, fact)];
  return [];
}

/** One function per clause, in the order of {@link CLAUSES}. */
const CLAUSE_CHECKS: Readonly<Record<ClauseId, (input: ClauseInput) => Violation[]>> = {
  regionStatus: regionStatusClause,
  dataLocation: dataLocationClause,
  countries: countriesClause,
  providerControl: providerControlClause,
  certifications: certificationsClause,
  replication: replicationClause,
  encryption: encryptionClause,
};

/** Every violated clause, clause by clause in the order of {@link CLAUSES}. */
function check(contract: ResidencyContract, placement: Placement): Violation[] {
  const { region } = placement;
  const input: ClauseInput = { contract, placement, where: `${region.provider}:${region.code} (${region.displayName})` };
  const out: Violation[] = [];
  for (const clause of CLAUSES) out.push(...CLAUSE_CHECKS[clause](input));
  return out;
}

/** The regions that physically hold the data: the region itself, or each member of a multi/dual region. */
function storagePlaces(region: RegionFacts): RegionFacts[] {
  if (!region.members) return [region];
  return region.members.map((m) => findRegion(region.provider, m)).filter((r): r is RegionFacts => r !== undefined);
}

/** `subject: value [source]`, or `subject: unknown (why)`. */
function factRef<T>(f: Fact<T>, subject: string, show: (v: T) => string = String): FactRef {
  const source = f.source as SourceId | undefined;
  const s = f.confirmed ? `${subject}: ${show(f.value)}` : `${subject}: unknown (${f.note})`;
  return source === undefined ? { statement: s } : { statement: s, source: describeSource(source) };
}

/** Placements that would satisfy the contract: same provider first, then same country, then any. */
function alternatives(contract: ResidencyContract, placement: Placement, options: EvaluateOptions): string[] {
  const home = placement.region.country.confirmed ? placement.region.country.value : undefined;
  const ok = REGIONS.filter(
    (r) =>
      (options.service === undefined || offersService(r, options.service)) &&
      check(contract, { provider: PROVIDERS[r.provider], region: r }).length === 0,
  );
  const rank = (r: RegionFacts) =>
    (r.provider === placement.provider.id ? 0 : 2) + (home !== undefined && r.country.confirmed && r.country.value === home ? 0 : 1);
  return ok
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .slice(0, options.maxAlternatives ?? 5)
    .map(({ r }) => `${r.provider}:${r.code}`);
}

/** One problem per violation, for component errors. */
export function verdictProblems(verdict: Verdict, contract: ResidencyContract, path: string): Problem[] {
  const fix =
    verdict.alternatives.length > 0
      ? `choose a placement the contract allows, e.g. ${verdict.alternatives.join(", ")}; or change the contract deliberately.`
      : "no placement in the catalog satisfies this contract; relax the contract or extend the catalog with sourced facts.";
  return verdict.violations.map((v) => ({
    code: v.code,
    path: `${path} (${v.clause})`,
    message: `${verdict.placement} violates the contract's ${v.clause} clause: ${v.reason}.`,
    received: verdict.placement,
    allowed: clauseAllows(contract, v.clause),
    facts: v.facts.map((f) => (f.source ? `${f.statement} [source: ${f.source}]` : f.statement)),
    fix,
  }));
}

/** What a clause of this contract allows, in words. */
export function clauseAllows(contract: ResidencyContract, clause: ClauseId): string {
  switch (clause) {
    case "regionStatus":
      return "a region whose status is confirmed: generally available, or restricted (access on request); not announced";
    case "dataLocation":
      return `data stored only in ${DATA_LOCATION_LABELS[contract.dataLocation]} (dataLocation: ${contract.dataLocation})`;
    case "countries":
      return `data stored only in ${(contract.countries ?? []).join(", ")}`;
    case "providerControl":
      return "an operator headquartered in the EU/EEA and not controlled from outside it (providerControl: eu)";
    case "certifications":
      return `regions or providers holding ${contract.certifications.join(", ")} (confirmed)`;
    case "replication":
      return contract.replication === "same-region"
        ? "a single region (replication: same-region)"
        : "replicas only where the contract allows";
    case "encryption":
      return "a provider with customer-managed keys (encryption: customer-managed)";
  }
}
