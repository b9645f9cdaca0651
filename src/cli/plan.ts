/** `sovereign-cloud plan <stack>`: run the program offline for one stack and report what it would create, where. */
import { SovereignCloudError } from "../errors";
import { runOffline } from "../offline/engine";
import { inventory, type InventoryItem } from "../offline/inventory";
import type { PulumiProject } from "../offline/project";

export interface PlanReport {
  readonly stack: string;
  readonly target?: string;
  readonly residency?: string;
  readonly ok: boolean;
  readonly resources: readonly InventoryItem[];
  /** Resources registered on a default provider (none expected: drivers always pass an explicit one). */
  readonly onDefaultProvider: readonly string[];
  /** Resources whose location could not be read. */
  readonly unlocated: readonly string[];
  readonly error?: { readonly code: string; readonly message: string };
}

export async function plan(
  project: PulumiProject,
  stack: string,
  load: () => Promise<unknown>,
  extraConfig: Readonly<Record<string, string>> = {},
): Promise<PlanReport> {
  const run = await runOffline(project, stack, load, extraConfig);
  const items = inventory(run.resources);
  const real = items.filter((i) => !i.type.startsWith("pulumi:providers:"));
  const error = run.error === undefined ? undefined : describeError(run.error);
  return {
    stack,
    ...(run.config["sovereign-cloud:target"] ? { target: run.config["sovereign-cloud:target"] } : {}),
    ...(run.config["sovereign-cloud:residency"] ? { residency: run.config["sovereign-cloud:residency"] } : {}),
    ok: error === undefined,
    resources: items,
    onDefaultProvider: real.filter((i) => i.providerName === undefined).map((i) => `${i.type} ${i.name}`),
    unlocated: real.filter((i) => i.location.from === "unknown").map((i) => `${i.type} ${i.name}`),
    ...(error ? { error } : {}),
  };
}

function describeError(e: unknown): { code: string; message: string } {
  if (SovereignCloudError.is(e)) return { code: e.code, message: e.message };
  return { code: "SC_PROGRAM_FAILED", message: e instanceof Error ? e.message : String(e) };
}

/** Human-readable report. */
export function formatPlan(r: PlanReport): string {
  const lines = [`stack ${r.stack}: target ${r.target ?? "(none)"}, residency ${r.residency ?? "(default: eu)"}`];
  if (r.error) {
    const before = r.resources.length === 0 ? "before any resource was registered" : `after ${r.resources.length} resources were registered (a real update would fail at this point)`;
    lines.push(`REJECTED ${before}:`, r.error.message);
    return lines.join("\n");
  }
  const width = Math.max(...r.resources.map((i) => i.type.length), 10);
  for (const i of r.resources) {
    const where = i.location.region ? `${i.location.region}${i.location.zone ? ` / ${i.location.zone}` : ""}` : "location unknown";
    lines.push(`  ${i.type.padEnd(width)}  ${i.name.padEnd(28)}  ${where}${i.retainOnDelete ? "  [retained on delete]" : ""}`);
  }
  lines.push(`${r.resources.length} resources; ${r.onDefaultProvider.length} on a default provider; ${r.unlocated.length} without a readable location.`);
  return lines.join("\n");
}
