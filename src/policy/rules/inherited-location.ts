/**
 * inherited-location: resources that take their location from another resource (an Azure resource
 * without `location` takes its resource group's; a GCS object its bucket's; a Cloud KMS key its key
 * ring's; a Hetzner volume its server's) need the whole stack to be located. One resource at a time
 * (data-location) cannot tell, so this stack rule looks the parent up: found and located, the
 * parent's own data-location verdict covers the child; not in the program, or not locatable, the
 * child is reported as "cannot tell".
 */
import { cannotTell, isLocatable } from "../judge";
import { locateAll } from "../locator";
import type { StackRule } from "../rule";
import { isGlobalServiceType } from "./global-services";

export const inheritedLocationRule: StackRule = {
  kind: "stack",
  name: "inherited-location",
  description: "Resources without a location of their own (e.g. Azure resources that take their resource group's) can be located through a resource in the same program.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Give the resource its own location (e.g. `location` on the Azure resource), or create its parent (resource group, bucket, key ring, server) in the same program so its location can be read.",
  validate(args, _contract, report) {
    const locations = locateAll(args.resources);
    for (const r of args.resources) {
      if (!isLocatable(r.type) || isGlobalServiceType(r.type)) continue;
      const loc = locations.get(r.urn);
      if (loc?.inherits === undefined || loc.from !== "unknown" || loc.computed) continue;
      report(cannotTell(r.type, r.name, loc), r.urn);
    }
  },
};
