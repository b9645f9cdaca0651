/** Gaia-X 25.11 evidence of where components live, who operates them and which contract they satisfy. */
export {
  buildEvidence,
  GAIA_X_RELEASE,
  type ComponentResidency,
  type Evidence,
  type EvidenceDocument,
  type EvidenceOptions,
  type PlanOutcome,
  type StackEvidence,
  type StackEvidenceInput,
  type UnsignedCredential,
} from "./build";
export type { Gap } from "./collector";
export { gaiaxEvidence, type EvidenceComponent, type GaiaxEvidenceOptions } from "./output";
export { loadSupplement, parseSupplement, SUPPLIABLE, type Supplement, type SupplementStatement } from "./supplement";
export { GX, SC, VC_CONTEXT_V2 } from "./vocabulary";
