/**
 * Test harness for Pulumi programs under the SDK's own mock engine (`pulumi.runtime.setMocks`),
 * built on the offline engine's recorder so tests and `plan` see the same mocks.
 * See shared/reference/pulumi-mechanics.md §1 for why each piece is here.
 */
import * as pulumi from "@pulumi/pulumi";
import { forgetSharedProviders } from "../../src/drivers/shared-providers";
import { Recorder, setStackConfig, type RecordedResource } from "../../src/offline/recorder";

export { settle } from "../../src/offline/recorder";
export type { RecordedOptions } from "../../src/offline/recorder";
export type Recorded = RecordedResource;

const recorder = new Recorder();

/** Every resource registered since the last {@link resetRecorded}. */
export const recorded: Recorded[] = recorder.resources;
export const invokes = recorder.invokes;

/** Install the mocks and the given stack config (keys like `sovereign-cloud:target`; objects are JSON-encoded). */
export async function useMocks(config: Record<string, unknown> = {}, project = "sovereign-test", stack = "test"): Promise<void> {
  await recorder.install(project, stack);
  setConfig(config);
}

/** Replace the whole stack config. */
export function setConfig(config: Record<string, unknown>): void {
  setStackConfig(config);
}

/**
 * Forget what was recorded and start a fresh program: the shared providers of earlier tests are
 * forgotten too, so each test sees the providers its own components create.
 */
export function resetRecorded(): void {
  recorder.reset();
  forgetSharedProviders();
}

/** The value of an output; `undefined` when unknown. Never hangs. */
export function valueOf<T>(o: pulumi.Output<T>): Promise<T | undefined> {
  const anyO = o as any;
  return typeof anyO.promise === "function"
    ? anyO.promise(true).then((v: any) => (pulumi.Output.isInstance(v) ? undefined : v))
    : new Promise((r) =>
        o.apply((v) => {
          r(v);
          return v;
        }),
      );
}

/** Recorded resources of one type. */
export function ofType(type: string): Recorded[] {
  return recorded.filter((r) => r.type === type);
}

/** The single recorded resource of a type; fails loudly when there are zero or several. */
export function one(type: string): Recorded {
  const found = ofType(type);
  if (found.length !== 1) throw new Error(`expected exactly one ${type}, found ${found.length}: ${recorded.map((r) => r.type).join(", ")}`);
  return found[0]!;
}

/** Custom (non-component) resources, in registration order. */
export function custom(): Recorded[] {
  return recorded.filter((r) => r.custom);
}

/** The types of every custom resource, sorted: what a driver created, for comparing with a sorted list. */
export function customTypes(): string[] {
  return custom()
    .map((r) => r.type)
    .sort();
}

/** Custom (non-component) resources that were registered without an explicit provider. */
export function onDefaultProvider(): Recorded[] {
  return recorded.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:") && r.provider === "");
}
