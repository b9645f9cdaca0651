/**
 * One P1 measurement, in its own process: `node --import tsx bench/p1/child.ts <aws|scaleway>
 * <component|hand|hand-component> <n> [dump]`. Installs the offline engine's mocks (the same Recorder `plan`
 * uses), loads both the SDK and the components before timing, warms up with a few buckets, then
 * times creating `n` buckets until every registration reached the mocks. `dump` prints the
 * recorded child resources instead (the harness compares both variants once).
 */
import * as pulumi from "@pulumi/pulumi";
import { Recorder, setStackConfig, settle, type RecordedResource } from "../../src/offline/recorder";
import { report } from "../lib/child";
import { P1_CASES, type P1Provider, type P1Variant } from "./cases";

const WARM_UP = 20;

/** A recorded resource without what necessarily differs (the component itself, parent URNs). */
export interface ComparableResource {
  readonly type: string;
  readonly name: string;
  readonly inputs: unknown;
  readonly provider: string;
  readonly custom: boolean;
  readonly options: unknown;
}

const lastName = (urn: string) => urn.split("::")[3] ?? urn;

function comparable(r: RecordedResource): ComparableResource {
  const providerUrn = r.provider ? r.provider.slice(0, r.provider.lastIndexOf("::")) : "";
  return {
    type: r.type,
    name: r.name,
    inputs: r.inputs,
    provider: providerUrn ? lastName(providerUrn) : "",
    custom: r.custom,
    options: {
      retainOnDelete: r.options.retainOnDelete,
      protect: r.options.protect,
      ignoreChanges: r.options.ignoreChanges,
      dependencies: r.options.dependencies.map(lastName).sort(),
      version: r.options.version,
    },
  };
}

async function main(): Promise<void> {
  const [provider, variant, count, mode] = process.argv.slice(2) as [P1Provider, P1Variant, string, string | undefined];
  const c = P1_CASES[provider];
  const fn = c?.[variant];
  if (!fn) throw new Error("usage: child.ts <aws|scaleway|aws-database> <component|hand|hand-component> <n> [dump]");
  const n = Number(count);
  const recorder = new Recorder();
  await recorder.install("bench", "p1");
  setStackConfig(c.config);
  const shared = c.setup?.();
  const create = (name: string) => fn(name, shared);

  if (mode === "dump") {
    for (let i = 0; i < n; i++) create(`b${i}`);
    await settle();
    // Components (ours or the hand-written one) differ by type; their children must not.
    const children = recorder.resources.filter((r) => r.custom).map(comparable);
    children.sort((a, b) => `${a.type} ${a.name}`.localeCompare(`${b.type} ${b.name}`));
    report({ resources: children });
    return;
  }

  for (let i = 0; i < WARM_UP; i++) create(`warm${i}`);
  await settle();
  recorder.reset();
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) create(`b${i}`);
  await settle();
  const ms = performance.now() - t0;
  report({ ms, resources: recorder.resources.length, maxRssKiB: process.resourceUsage().maxRSS, pulumi: pulumi.runtime.isDryRun() });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
