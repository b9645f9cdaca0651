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
import { loadSupplement, parseSupplement, type Supplement } from "./supplement";

/** What the evidence needs of a component: its URN and its `residency` output (every sovereign-cloud component has both). */
export interface EvidenceComponent {
  readonly urn: pulumi.Output<string>;
  readonly residency: pulumi.Output<ResidencyRecord>;
}

/** Options of {@link gaiaxEvidence}: those of the builder, with the supplement also given as a file. */
export interface GaiaxEvidenceOptions extends Omit<EvidenceOptions, "supplement"> {
  /**
   * The user's statements for what the catalog cannot state: a path to a supplement JSON file (read
   * and checked when the program runs), or the supplement object itself (`statements`, `statedBy`).
   * A malformed one throws SC_SUPPLEMENT_INVALID (SC_SUPPLEMENT_UNREADABLE for a file that cannot be read).
   * @default - none
   */
  readonly supplement?: string | Supplement | { readonly statements: readonly unknown[]; readonly statedBy?: string };
}

/** A supplement object, checked (an already loaded {@link Supplement} keeps its origin). */
function checked(given: Exclude<GaiaxEvidenceOptions["supplement"], string | undefined>): Supplement {
  if ("origin" in given) {
    const { origin, ...body } = given;
    return parseSupplement(body, origin);
  }
  return parseSupplement(given);
}

/**
 * The Gaia-X 25.11 evidence (unsigned credentials, JSON-LD) of these components, for the current
 * project and stack. Unknown during a preview where a component's residency depends on values the
 * provider computes (a VM's zone).
 * @param components - `Bucket`, `Network` and `VirtualMachine` components; duplicates count once.
 * @param options - `issuer` and `validFrom` of the credentials, and a `supplement`. @default {} (issuer and validFrom left for the signer, no supplement)
 */
export function gaiaxEvidence(
  components: readonly EvidenceComponent[],
  options: GaiaxEvidenceOptions = {},
): pulumi.Output<EvidenceDocument> {
  const { supplement: given, ...rest } = options;
  // Checked now, so a malformed supplement fails the program before anything is deployed.
  const supplement = given === undefined ? undefined : typeof given === "string" ? loadSupplement(given) : checked(given);
  const built: EvidenceOptions = { ...rest, ...(supplement ? { supplement } : {}) };
  const pairs = components.map((c) => pulumi.all([c.urn, c.residency]).apply(([urn, residency]) => ({ urn, residency })));
  return pulumi.all(pairs).apply((list) => {
    const unique = [...new Map(list.map((x) => [x.urn, x])).values()];
    return buildEvidence([{ project: pulumi.getProject(), stack: pulumi.getStack(), components: unique }], built).document;
  });
}
