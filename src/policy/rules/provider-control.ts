/**
 * provider-control: when the contract says `providerControl: eu`, every resource's operator is
 * headquartered and controlled in the EU/EEA (Gaia-X Label 3 P5.1.4/P5.1.5), by catalog fact.
 *
 * The operator is the region's (AWS European Sovereign Cloud, OVHcloud's US regions) or else the
 * provider's. When the region cannot be read but every catalog region of the provider has the
 * provider's operator, the provider is judged; when not even the provider is known (an unknown S3
 * endpoint or OpenStack cloud), that is reported. A resource that inherits its location at a provider
 * whose operator depends on the region is judged by inherited-location. Global services are judged too: they run at the
 * provider, wherever their edges are. Global objects without data (firewalls, SSH keys, IAM) are not.
 */
import { PROVIDERS } from "../../catalog/providers";
import { isLocatable, label, locateResource, placementOf, providerWidePlacement, violations, where } from "../judge";
import { cannotRead, type ResourceRule } from "../rule";

export const providerControlRule: ResourceRule = {
  kind: "resource",
  name: "provider-control",
  description:
    "With providerControl: eu, every resource runs at an operator headquartered and controlled in the EU/EEA (confirmed by catalog facts).",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Move the resource to a provider whose operator is EU/EEA-controlled by catalog fact (`npx sovereign-cloud regions --contract gaia-x-l3` lists them), or relax the contract's providerControl deliberately.",
  validate(args, contract, report) {
    if (contract.providerControl !== "eu" || !isLocatable(args.type)) return;
    const loc = locateResource(args.type, args.props, args.provider?.props);
    if (loc.from === "global") return; // no data: the data-bearing resources at the same provider are judged
    const placement = placementOf(loc) ?? (loc.provider ? providerWidePlacement(loc.provider) : undefined);
    // A resource that takes its location from another one (an OVHcloud node pool from its cluster)
    // at a provider whose operator depends on the region: inherited-location judges it with the
    // whole stack (its parent's region, providerControl included), and reports it when the parent
    // cannot be read. Judged here alone it could only ever be "cannot tell".
    if (!placement && loc.inherits !== undefined && loc.from === "unknown" && loc.provider !== undefined) return;
    if (!placement) {
      const why = loc.provider
        ? `${PROVIDERS[loc.provider].name} has regions run by different operators and the region cannot be read (${loc.reason ?? "unknown"})`
        : (loc.reason ?? "its provider cannot be told");
      report(
        `cannot tell who operates ${label(args.type, args.name)}: ${why}. An operator that cannot be told never counts as EU-controlled.`,
        undefined,
        cannotRead(loc.provider ? `the region (${loc.reason ?? "unknown"})` : `the provider (${loc.reason ?? "unknown"})`),
      );
      return;
    }
    const subject = placementOf(loc) ? where(loc) : PROVIDERS[placement.provider.id].name;
    for (const v of violations(contract, placement, ["providerControl"])) {
      report(`${subject} violates the contract's providerControl clause: ${v.reason}.`);
    }
  },
};
