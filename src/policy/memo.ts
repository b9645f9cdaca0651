/**
 * Memos that live for one policy run (`runPolicies`, the offline plan's evaluation, and one stack
 * validation by the policy engine): several rules, or several buckets of one rule, need the same
 * derived view of a stack or a resource (the linked stack resources, every resource's location, a
 * bucket's companions), which is computed once per run. Keys are objects the run owns and does not
 * change while it runs (the stack's resource array, a resource's props); outside a run (the engine
 * calling a resource rule, tests calling one directly) nothing is memoised, so an object changed
 * between two calls is always read afresh.
 */
type Tables = Map<string, WeakMap<object, unknown>>;

let active: Tables | undefined;

/**
 * Run `fn` with run-scoped memos. Nested (or overlapping) runs share the outer run's memos; the
 * memos end with the run that opened them.
 */
export async function withRunMemo<T>(fn: () => Promise<T>): Promise<T> {
  if (active !== undefined) return fn();
  const mine: Tables = new Map();
  active = mine;
  try {
    return await fn();
  } finally {
    if (active === mine) active = undefined;
  }
}

/** `compute(key)`, once per run for each `key` of `table` (every call when no run is active). */
export function memoised<K extends object, V>(table: string, key: K, compute: (key: K) => V): V {
  if (active === undefined) return compute(key);
  let t = active.get(table) as WeakMap<K, V> | undefined;
  if (t === undefined) active.set(table, (t = new WeakMap<K, V>()));
  if (t.has(key)) return t.get(key) as V;
  const value = compute(key);
  t.set(key, value);
  return value;
}
