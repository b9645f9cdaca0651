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
export { gaiaxEvidence, type EvidenceComponent } from "./output";
export { GX, SC, VC_CONTEXT_V2 } from "./vocabulary";
