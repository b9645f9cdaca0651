/**
 * Shared by the rules: which resources the placement rules judge, the catalog placement of a
 * location, the verdict for a set of contract clauses (memoised: a stack has many resources in few
 * places), and the wording of messages.
 */
import { countryLabel } from "../catalog/countries";
import { PROVIDERS } from "../catalog/providers";
import { findRegion, regionsOf } from "../catalog/regions/index";
import type { ProviderId } from "../catalog/types";
import { evaluate, type ClauseId, type Violation } from "../contract/evaluate";
import type { Placement } from "../contract/placement";
import { allowedCountries, DATA_LOCATION_LABELS, partialAdequacyNote } from "../contract/locations";
import type { ResidencyContract } from "../contract/schema";
import type { KnownOutside } from "./packages/types";
import { cannotRead, type CannotTell } from "./rule";
import { locate, type Location } from "./locator";
import { memoised } from "./memo";
import { isComponentType, LOCATABLE_PACKAGES, packageOf } from "./packages/index";

/** `aws:s3/bucket:Bucket "docs"`. */
export function label(type: string, name: string): string {
  return `${type} "${name}"`;
}

/**
 * True for custom resources of the seven providers' packages: not provider resources, and not
 * component resources (the SDK's helpers, a team's `ComponentResource`), whose children are judged.
 */
export function isLocatable(type: string): boolean {
  return !type.startsWith("pulumi:") && LOCATABLE_PACKAGES.includes(packageOf(type)) && !isComponentType(type);
}

type Props = Readonly<Record<string, unknown>>;

/**
 * `locate(type, props, providerProps)` for a resource rule: within a policy run (see `./memo`)
 * once per resource, since data-location and provider-control both need it. Keyed by the
 * resource's props; the type and provider props must match too.
 */
export function locateResource(type: string, props: Props, providerProps: Props | undefined): Location {
  const known = memoised("locateResource", props, () => ({ type, providerProps, location: locate(type, props, providerProps) }));
  return known.type === type && known.providerProps === providerProps ? known.location : locate(type, props, providerProps);
}

/** The catalog placement of a location, when the catalog knows the provider and region. */
export function placementOf(loc: Location): Placement | undefined {
  if (loc.provider === undefined || loc.code === undefined) return undefined;
  const region = findRegion(loc.provider, loc.code);
  return region ? { provider: PROVIDERS[loc.provider], region } : undefined;
}

/** `aws:eu-central-1` plus where the answer came from, for messages. */
export function where(loc: Location): string {
  const place = `${loc.provider ?? "?"}:${loc.code ?? loc.region ?? "?"}`;
  switch (loc.from) {
    case "provider":
      return `${place} (from its provider${loc.reason ? `: ${loc.reason}` : ""})`;
    case "inherited":
      return `${place} (${loc.reason ?? "inherited"})`;
    default:
      return place;
  }
}

/** "cannot tell where X lives: <reason>" — reported, never passed. */
export function cannotTell(type: string, name: string, loc: Location): string {
  return `cannot tell where ${label(type, name)} lives: ${loc.reason ?? "its location cannot be read"}. A location that cannot be read never counts as compliant.`;
}

/** What could not be read about a location (the structured "cannot tell"). */
export function unreadableLocation(loc: Location): CannotTell {
  if (loc.inherits) return cannotRead(`the location of its ${loc.inherits.what} (${loc.inherits.via})`);
  if (loc.region) return cannotRead(`location "${loc.region}" (${loc.reason ?? "not in the catalog"})`);
  return cannotRead(`its location (${loc.reason ?? "unknown"})`);
}

/**
 * The contract's verdict on a location outside the catalog that is known to be outside Europe:
 * one reason per clause (dataLocation, countries) its countries violate; empty when every country
 * is allowed (then the location is still "cannot tell", since the catalog lacks its other facts).
 */
export function outsideViolations(
  contract: ResidencyContract,
  written: string,
  outside: KnownOutside,
): { clause: ClauseId; reason: string }[] {
  const allowed = allowedCountries(contract.dataLocation);
  const out: { clause: ClauseId; reason: string }[] = [];
  const bad = outside.countries.filter((c) => !allowed.has(c));
  if (bad.length > 0) {
    const partial = bad.map(partialAdequacyNote).find((n) => n !== undefined);
    out.push({
      clause: "dataLocation",
      reason: `${written} is ${outside.what}, in ${bad.map(countryLabel).join(", ")}, which is outside ${DATA_LOCATION_LABELS[contract.dataLocation]}${partial ? `; ${partial}` : ""} (${outside.source})`,
    });
  }
  const notListed = contract.countries ? outside.countries.filter((c) => !contract.countries!.includes(c)) : [];
  if (notListed.length > 0)
    out.push({
      clause: "countries",
      reason: `${written} is in ${notListed.map(countryLabel).join(", ")}, not among the contract's countries (${contract.countries!.join(", ")})`,
    });
  return out;
}

const cache = new Map<string, readonly Violation[]>();
/** A contract's cache key, serialised once per contract object (rules get the same object for every resource). */
const contractKeys = new WeakMap<ResidencyContract, string>();

function contractKey(contract: ResidencyContract): string {
  let key = contractKeys.get(contract);
  if (key === undefined) contractKeys.set(contract, (key = JSON.stringify(contract)));
  return key;
}

/** The contract's violations for a placement, limited to `clauses`. */
export function violations(contract: ResidencyContract, placement: Placement, clauses: readonly ClauseId[]): Violation[] {
  const key = `${contractKey(contract)}|${placement.provider.id}:${placement.region.code}`;
  let all = cache.get(key);
  if (all === undefined) {
    all = evaluate(contract, placement, { maxAlternatives: 0 }).violations;
    if (cache.size > 1000) cache.clear();
    cache.set(key, all);
  }
  return all.filter((v) => clauses.includes(v.clause));
}

/**
 * A placement standing for the provider as a whole, when every catalog region of the provider has
 * the provider's own operator (so the operator is known without the region). Used by
 * provider-control for resources whose region cannot be read.
 */
export function providerWidePlacement(provider: ProviderId): Placement | undefined {
  const regions = regionsOf(provider);
  if (regions.length === 0 || regions.some((r) => r.operator !== undefined)) return undefined;
  return { provider: PROVIDERS[provider], region: regions[0]! };
}
