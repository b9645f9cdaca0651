/** Exit plans and exit rehearsals: what the same program becomes on another target (`sovereign-cloud exit-plan`). */
export {
  changeOf,
  COMPONENT_FEATURE_PREFIX,
  countChanges,
  featureDeltas,
  featuresOf,
  type FeatureChange,
  type FeatureDelta,
} from "./features";
export { bucketMove, databaseMove, diskMove, EXIT_STEPS, objectStoreOf, TOOL_DOCS, type DataMove, type Endpoint } from "./data";
export { LAW, LAW_AS_OF, LAW_DISCLAIMER, LAW_SOURCES, type LawFact } from "./law";
export {
  buildExitPlan,
  EXIT_PLAN_SCHEMA,
  runResult,
  type ComponentPlan,
  type ContractVerdict,
  type ExitPlan,
  type RunResult,
} from "./plan";
export { nearestComponent, rawResources, type RawResource } from "./raw";
export { inProcessPlanner, type Planner } from "./rehearse";
export {
  currentStack,
  destinationOf,
  exitPlan,
  exitPlanAny,
  type ExcludedTarget,
  type ExitAnyReport,
  type ExitOptions,
  type RankedTarget,
} from "./run";
export { exitAnyMarkdown, exitMarkdown } from "./markdown";
