/**
 * What several package modules declare the same way: how a region and zone are read from inputs,
 * reasons and remediation texts that hold for more than one cloud, and the shapes of simple
 * encryption-at-rest judgements. Data plus small pure readers, like the modules themselves.
 */
import { at, peek, str, type Path } from "../read";
import type { EncryptionCheck, EncryptionJudgement, Place, Props } from "./types";

/**
 * The place a region input and a zone input give. With a region the zone only refines it (read with
 * `peek`: an unknown zone does not hide a known region); without one, `regionOfZone` derives the
 * region from the zone (absent: the zone alone is the place).
 */
export function regionAndZone(props: Props, region: string | undefined, zoneInput: string, regionOfZone?: (zone: string) => string): Place {
  const zone = str(region ? peek(props, zoneInput) : props[zoneInput]);
  if (region) return { region, ...(zone ? { zone } : {}) };
  if (!zone) return {};
  return regionOfZone ? { region: regionOfZone(zone), zone } : { zone };
}

/** The place one region input names (`region`, `location`), for a resource's or a provider's inputs. */
export const regionInput =
  (input: string) =>
  (props: Props): Place =>
    str(props[input]) ? { region: str(props[input])! } : {};

/** Why DNS zones and records need no location. */
export const DNS_IS_GLOBAL = "DNS zones and records are name-resolution configuration, served worldwide by design";

/** Why a CDN or edge service is a global service (after its name). */
export const EDGE = "serves and caches content at edge locations worldwide, outside the contract's region";

/** The no-force-destroy remediation for the packages whose buckets have `forceDestroy`. */
export const NO_FORCE_DESTROY_REMEDIATION = "Remove forceDestroy from the bucket and set the retainOnDelete resource option.";

/** A customer key when `keyPath` names one; otherwise `no <keyPath>, so <otherwise>` (the keys that apply instead). */
export function keyAt(p: Props, keyPath: Path, otherwise: string): Pick<EncryptionJudgement, "cmk" | "cmkWhy"> {
  return str(at(p, ...keyPath)) ? { cmk: "yes" } : { cmk: "no", cmkWhy: `no ${keyPath.join(".")}, so ${otherwise}` };
}

/** Always encrypted at rest by the service; with a customer key when `keyPath` names one. */
export const alwaysEncrypted =
  (what: string, keyPath: Path, otherwise: string): EncryptionCheck =>
  (p) => [{ what, atRest: "yes", ...keyAt(p, keyPath, otherwise) }];

/** Storage whose encryption at rest (and key) no input can show, and why. */
export function unknownAtRest(what: string, why: string): EncryptionJudgement[] {
  return [{ what, atRest: "unknown", atRestWhy: why, cmk: "unknown" }];
}
