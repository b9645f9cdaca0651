/**
 * data-location: every resource of the seven providers lives where the contract allows. The
 * locator finds the resource's catalog placement; `evaluate` judges it. This rule reports the
 * placement clauses: regionStatus, dataLocation, countries, certifications. providerControl,
 * replication and encryption have rules of their own.
 *
 * A location outside the catalog that its package module knows to be outside Europe (GCS `US`,
 * `ASIA`, an AWS Region in India) is judged by its countries: a definite violation, not "cannot tell".
 *
 * Not judged here: component resources, global objects without data (the locator says `global`), global services and
 * their parts (global-services), and resources that take their location from another resource and
 * do not name one (inherited-location judges them with the whole stack; when the parent is in the
 * program, the parent is judged here).
 */
import type { ClauseId } from "../../contract/evaluate";
import { cannotTell, isLocatable, locateResource, outsideViolations, placementOf, unreadableLocation, violations, where } from "../judge";
import type { ResourceRule } from "../rule";
import { isGlobalServiceType } from "./global-services";

export const DATA_LOCATION_CLAUSES: readonly ClauseId[] = ["regionStatus", "dataLocation", "countries", "certifications"];

export const dataLocationRule: ResourceRule = {
  kind: "resource",
  name: "data-location",
  description:
    "Every resource lives in a region the contract allows (dataLocation, countries, certifications, an available region); a location that cannot be read is reported.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Put the resource in an allowed region: set its region/location (or its provider's), or use sovereign-cloud's components with a target the contract allows (`npx sovereign-cloud regions --contract <preset>` lists them). When the location cannot be read, set it explicitly on the resource or its provider.",
  validate(args, contract, report) {
    if (!isLocatable(args.type) || isGlobalServiceType(args.type)) return;
    const loc = locateResource(args.type, args.props, args.provider?.props);
    if (loc.from === "global") return;
    if (loc.inherits !== undefined && loc.from === "unknown" && loc.code === undefined) return; // judged by inherited-location
    const placement = placementOf(loc);
    if (!placement) {
      // Not in the catalog but known to be outside Europe (GCS `US`, an AWS Region in India): a definite answer.
      const outside = loc.outside && loc.region ? outsideViolations(contract, `${loc.provider ?? "?"}:${loc.region}`, loc.outside) : [];
      for (const v of outside) report(`${v.reason}, so it violates the contract's ${v.clause} clause.`);
      if (outside.length === 0) report(cannotTell(args.type, args.name, loc), undefined, unreadableLocation(loc));
      return;
    }
    for (const v of violations(contract, placement, DATA_LOCATION_CLAUSES)) {
      report(`${where(loc)} violates the contract's ${v.clause} clause: ${v.reason}.`);
    }
  },
};
