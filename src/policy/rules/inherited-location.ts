/**
 * inherited-location: resources that take their location from another resource (an Azure resource
 * without `location` takes its resource group's; a GCS object its bucket's; a Cloud KMS key its key
 * ring's; a Hetzner volume its server's; a BigQuery table its dataset's) need the whole stack to be
 * located, so this stack rule looks the parent up. Found and located, the child is judged on the
 * parent's location: every child whose inherited location the contract forbids carries its own
 * violation (a storage account in an East US resource group is reported itself, whatever else it
 * has). Not in the program, or not locatable, the child is reported as "cannot tell". At a provider
 * whose operator depends on the region (OVHcloud's US regions), the inherited region's operator is
 * judged here too (providerControl): provider-control cannot tell it from the child alone.
 */
import { cannotTell, isLocatable, placementOf, providerWidePlacement, unreadableLocation, violations, where } from "../judge";
import { locateAll } from "../locator";
import type { StackRule } from "../rule";
import { DATA_LOCATION_CLAUSES } from "./data-location";
import { isGlobalServiceType } from "./global-services";

export const inheritedLocationRule: StackRule = {
  kind: "stack",
  name: "inherited-location",
  description:
    "Resources without a location of their own (e.g. Azure resources that take their resource group's) are judged on the location they inherit, which must be readable through a resource in the same program.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Put the parent (resource group, bucket, key ring, dataset, server) in an allowed region, or give the resource a location of its own; create the parent in the same program so its location can be read.",
  validate(args, contract, report) {
    const locations = locateAll(args.resources);
    for (const r of args.resources) {
      if (!isLocatable(r.type) || isGlobalServiceType(r.type)) continue;
      const loc = locations.get(r.urn);
      if (loc?.inherits === undefined || loc.computed) continue;
      if (loc.from === "unknown") {
        report(cannotTell(r.type, r.name, loc), r.urn, unreadableLocation(loc));
        continue;
      }
      const placement = loc.from === "inherited" ? placementOf(loc) : undefined;
      if (!placement) continue;
      // provider-control leaves these children to this rule when their operator depends on the region (OVHcloud).
      const operatorHere = loc.provider !== undefined && providerWidePlacement(loc.provider) === undefined;
      for (const v of violations(
        contract,
        placement,
        operatorHere ? [...DATA_LOCATION_CLAUSES, "providerControl"] : DATA_LOCATION_CLAUSES,
      )) {
        report(
          `it takes its location from its ${loc.inherits.what}: ${where(loc)} violates the contract's ${v.clause} clause: ${v.reason}.`,
          r.urn,
        );
      }
    }
  },
};
