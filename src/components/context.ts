/**
 * The first half of every component: find the target and the contract (args override stack
 * config), resolve the placement, pick the driver, and evaluate the contract. Collects problems;
 * never creates anything.
 */
import type { PortableService } from "../catalog/types";
import type { ContractInput, ResidencyContract } from "../contract/schema";
import { evaluate, verdictProblems, type Verdict } from "../contract/evaluate";
import { parseContract } from "../contract/parse";
import { driverOf, type Placement } from "../contract/placement";
import { placementOf, type TargetInput } from "../contract/target";
import { availableDrivers, driverFor } from "../drivers/registry";
import type { Driver } from "../drivers/types";
import { problems, type Problem } from "../errors";
import { readConfig, RESIDENCY_KEY, TARGET_KEY } from "./config";

/** Args every component takes. */
export interface PlacementArgs {
  /**
   * Where to deploy: `provider:region[:zone]` (e.g. `scaleway:fr-par`, `gcp:europe-west3:europe-west3-b`)
   * or `{ provider, region, zone? }`.
   * @default - the stack's `sovereign-cloud:target` config
   */
  readonly target?: TargetInput;
  /**
   * The residency contract this component must satisfy: a preset name (`eu`, `gaia-x-l3`, ...) or an
   * object with an optional `preset` and overriding clauses.
   * @default - the stack's `sovereign-cloud:residency` config, else the `eu` preset
   */
  readonly residency?: ContractInput;
  /**
   * Extra tags/labels for every child resource that takes them (keys and values are adapted to each
   * provider's rules).
   * @default {}
   */
  readonly labels?: Readonly<Record<string, string>>;
}

export interface ResolvedContext {
  readonly placement: Placement;
  readonly contract: ResidencyContract;
  readonly driver: Driver;
  readonly verdict: Verdict;
}

export interface ContextResult {
  readonly context?: ResolvedContext;
  readonly problems: Problem[];
  /** The contract, when it parsed (used by arg checks that depend on it, e.g. encryption). */
  readonly contract?: ResidencyContract;
}

/**
 * Resolve placement and contract for a component that needs `service`. `fallbackTarget` is used
 * when neither args nor stack config give one (a VM defaults to its network's placement).
 */
export function resolveContext(args: PlacementArgs, service: PortableService, fallbackTarget?: TargetInput): ContextResult {
  const found: Problem[] = [];

  const cfgResidency = args.residency === undefined ? readConfig("residency") : { value: undefined, problems: [] };
  found.push(...cfgResidency.problems);
  const contractInput = args.residency ?? cfgResidency.value;
  const contractPath = args.residency !== undefined ? "args.residency" : RESIDENCY_KEY;
  const contractKey = memoKey(contractPath, args.residency, cfgResidency.raw, "eu");
  const parsedContract = memoised(CONTRACTS, contractKey, () =>
    contractInput === undefined ? parseContract("eu", "default contract") : parseContract(contractInput, contractPath),
  );
  found.push(...parsedContract.problems);

  const cfgTarget = args.target === undefined ? readConfig("target") : { value: undefined, problems: [] };
  found.push(...cfgTarget.problems);
  const targetInput = args.target ?? cfgTarget.value ?? fallbackTarget;
  const targetPath = args.target !== undefined ? "args.target" : cfgTarget.value !== undefined ? TARGET_KEY : "network placement";
  const targetKey = memoKey(targetPath, args.target, cfgTarget.raw, fallbackTarget);
  let placement: Placement | undefined;
  if (targetInput === undefined) {
    if (cfgTarget.problems.length === 0) found.push(problems.targetMissing("args.target"));
  } else {
    const resolved = memoised(PLACEMENTS, targetKey === undefined ? undefined : `${service}\u0000${targetKey}`, () =>
      placementOf(targetInput, targetPath, service),
    );
    found.push(...resolved.problems);
    placement = resolved.value;
  }

  let driver: Driver | undefined;
  if (placement) {
    driver = driverFor(driverOf(placement));
    if (!driver) found.push(problems.driverUnavailable(targetPath, driverOf(placement), availableDrivers()));
  }

  const contract = parsedContract.value;
  if (!placement || !contract || !driver) return { problems: found, ...(contract ? { contract } : {}) };
  const verdictKey = contractKey === undefined || targetKey === undefined ? undefined : `${service}\u0000${contractKey}\u0000${targetKey}`;
  const verdict = memoisedValue(VERDICTS, verdictKey, () => evaluate(contract, placement, { service }));
  found.push(...verdictProblems(verdict, contract, targetPath));
  return { context: { placement, contract, driver, verdict }, problems: found, contract };
}

/*
 * Every component of a stack usually reads the same contract and target from stack config, so the
 * parsed contract, the resolved placement and the verdict are memoised per input (results without
 * problems only; a failing component throws anyway). Only inputs that are fully described by a
 * string are memoised: a string arg, or the config text an object was parsed from. The results
 * depend on nothing else (the catalog and presets are static).
 */
const MEMO_LIMIT = 256;
const CONTRACTS = new Map<string, ReturnType<typeof parseContract>>();
const PLACEMENTS = new Map<string, ReturnType<typeof placementOf>>();
const VERDICTS = new Map<string, Verdict>();

/** A key for a config-or-arg input, or `undefined` when the input is not a plain string/config text. */
function memoKey(path: string, arg: unknown, configText: string | undefined, fallback: unknown): string | undefined {
  if (arg !== undefined) return typeof arg === "string" ? `${path}\u0000arg\u0000${arg}` : undefined;
  if (configText !== undefined) return `${path}\u0000config\u0000${configText}`;
  if (fallback === undefined) return `${path}\u0000none`;
  return typeof fallback === "string" ? `${path}\u0000fallback\u0000${fallback}` : undefined;
}

function remember<V>(memo: Map<string, V>, key: string, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

function memoised<T>(
  memo: Map<string, { readonly value?: T; readonly problems: Problem[] }>,
  key: string | undefined,
  compute: () => { readonly value?: T; readonly problems: Problem[] },
) {
  if (key === undefined) return compute();
  const hit = memo.get(key);
  if (hit) return hit;
  const result = compute();
  return result.problems.length === 0 && result.value !== undefined ? remember(memo, key, result) : result;
}

function memoisedValue<V>(memo: Map<string, V>, key: string | undefined, compute: () => V): V {
  if (key === undefined) return compute();
  return memo.get(key) ?? remember(memo, key, compute());
}

/** The labels every child gets: who manages it, which component it belongs to, plus the user's. */
export function childLabels(
  kind: string,
  name: string,
  ctx: ResolvedContext,
  extra: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  return {
    "managed-by": "sovereign-cloud",
    "sovereign-cloud-component": kind,
    "sovereign-cloud-name": name,
    ...(ctx.contract.preset ? { "sovereign-cloud-contract": ctx.contract.preset } : {}),
    ...extra,
  };
}
