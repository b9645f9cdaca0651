export * from "./schema";
export { parseContract } from "./parse";
export { PRESETS, PRESET_NAMES, DEFAULT_PRESET, presetContract, type PresetName } from "./presets";
export { parseTarget, resolveTarget, placementOf, type TargetInput } from "./target";
export { evaluate, verdictProblems, CLAUSES, type ClauseId, type Verdict, type Violation, type FactRef } from "./evaluate";
export { allowedCountries, DATA_LOCATION_LABELS } from "./locations";
export type { Placement, Target } from "./placement";
