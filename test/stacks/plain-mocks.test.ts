/**
 * The reference program (stacks/index.ts) for every shipped stack under Pulumi's documented plain
 * mocks, the ones users write in their own unit tests: `newResource` returns the inputs as state,
 * `call` returns its own arguments. No output a provider would compute exists there (no ARN, no
 * endpoint, no flavor list), so this catches any driver that reads one without a fallback (it would
 * throw in an `apply`) or waits for a lookup that never matches (the run would not settle).
 * The program must register exactly the resources (types and names) the offline engine sees.
 */
import { resolve } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it, vi } from "vitest";
import { runOffline } from "../../src/offline/engine";
import { listStacks, readProject, readStackConfig } from "../../src/offline/project";
import { setStackConfig, settle } from "../../src/offline/recorder";

const TEST_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx3bq6sBmOd0LPXl3Zs1Nvdeu2Q8e5kfjy4bq4Hpj3o test@example";
const project = readProject(resolve(__dirname, "../../Pulumi.yaml"));
const stacks = listStacks(project);

/** `type name` of every resource, sorted. */
type Registered = string[];

/** Run the program under the plain mocks; resolves with what was registered, rejects on any failure. */
async function underPlainMocks(stack: string): Promise<Registered> {
  const registered: string[] = [];
  const failures: unknown[] = [];
  const onRejection = (e: unknown) => failures.push(e);
  process.on("unhandledRejection", onRejection);
  try {
    await pulumi.runtime.setMocks(
      {
        // Pulumi's testing guide, verbatim in spirit: the inputs are the state, the call echoes its arguments.
        newResource: (args) => {
          registered.push(`${args.type} ${args.name}`);
          return { id: `${args.name}_id`, state: args.inputs };
        },
        call: (args) => args.inputs,
      },
      project.name,
      stack,
      false,
    );
    setStackConfig({ ...readStackConfig(project, stack), [`${project.name}:sshPublicKey`]: TEST_KEY });
    vi.resetModules();
    const program = (await import("../../stacks/index")) as Record<string, unknown>;
    // Every stack output must resolve (an apply that throws on a missing output rejects here).
    for (const [key, value] of Object.entries(program)) {
      await (pulumi.output(value) as unknown as { promise(): Promise<unknown> })
        .promise()
        .catch((e: unknown) => failures.push(new Error(`output ${key}: ${String(e)}`)));
    }
    await settle();
  } finally {
    process.off("unhandledRejection", onRejection);
  }
  if (failures.length > 0) throw failures[0];
  return registered.sort();
}

async function underOfflineEngine(stack: string): Promise<Registered> {
  vi.resetModules();
  const run = await runOffline(project, stack, () => import("../../stacks/index"), { sshPublicKey: TEST_KEY });
  expect(run.error).toBeUndefined();
  return run.resources.map((r) => `${r.type} ${r.name}`).sort();
}

describe("reference program under Pulumi's plain mocks", () => {
  it.each(stacks)("stack %s settles without an error and registers what the offline engine registers", async (stack) => {
    const plain = await underPlainMocks(stack);
    const offline = await underOfflineEngine(stack);
    expect(plain).toEqual(offline);
    expect(plain.length).toBeGreaterThan(5);
  });
});
