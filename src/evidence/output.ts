/**
 * The evidence as a stack output, for a program after a real `pulumi up`:
 *
 *   export const evidence = gaiaxEvidence([documents, network, web]);
 *
 * then `pulumi stack output evidence --json > evidence.jsonld`. Same document as
 * `sovereign-cloud evidence` builds offline from the plan.
 */
import * as pulumi from "@pulumi/pulumi";
import type { ResidencyRecord } from "../components/residency";
import { buildEvidence, type EvidenceDocument, type EvidenceOptions } from "./build";

/** What the evidence needs of a component: its URN and its `residency` output (every sovereign-cloud component has both). */
export interface EvidenceComponent {
  readonly urn: pulumi.Output<string>;
  readonly residency: pulumi.Output<ResidencyRecord>;
}

/**
 * The Gaia-X 25.11 evidence (unsigned credentials, JSON-LD) of these components, for the current
 * project and stack. Unknown during a preview where a component's residency depends on values the
 * provider computes (a VM's zone).
 * @param components - `Bucket`, `Network` and `VirtualMachine` components; duplicates count once.
 * @param options - `issuer` and `validFrom` of the credentials. @default {} (both left for the signer)
 */
export function gaiaxEvidence(components: readonly EvidenceComponent[], options: EvidenceOptions = {}): pulumi.Output<EvidenceDocument> {
  const pairs = components.map((c) => pulumi.all([c.urn, c.residency]).apply(([urn, residency]) => ({ urn, residency })));
  return pulumi.all(pairs).apply((list) => {
    const unique = [...new Map(list.map((x) => [x.urn, x])).values()];
    return buildEvidence([{ project: pulumi.getProject(), stack: pulumi.getStack(), components: unique }], options).document;
  });
}
