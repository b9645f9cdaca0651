/**
 * stacks/Pulumi.hetzner-falkenstein.yaml with the unchanged reference program, through the offline
 * engine (test/stacks/stacks.test.ts checks that it evaluates cleanly as shipped). Without the
 * stack's `bucketLifecycle: false` the bucket asks for lifecycle rules and a cold tier, which the
 * Hetzner driver cannot deliver (see src/drivers/hetzner/capabilities.ts): the run stops at the
 * Bucket with exactly those two problems and creates nothing; what the stack file opts out of
 * otherwise (encryption at rest, TLS-only) is not reported.
 */
import { resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { SovereignCloudError } from "../../../src/errors";
import { inventory } from "../../../src/offline/inventory";
import { listStacks, readProject } from "../../../src/offline/project";
import { runOffline } from "../../../src/offline/engine";

const TEST_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx3bq6sBmOd0LPXl3Zs1Nvdeu2Q8e5kfjy4bq4Hpj3o test@example";
const project = readProject(resolve(__dirname, "../../../Pulumi.yaml"));
const STACK = "hetzner-falkenstein";

describe("the hetzner-falkenstein stack with the reference program", () => {
  it("is a stack of the project, targeting hetzner:fsn1 under an EU contract that accepts unencrypted storage", async () => {
    expect(listStacks(project)).toContain(STACK);
    vi.resetModules();
    const run = await runOffline(project, STACK, () => import("../../../stacks/index"), { sshPublicKey: TEST_KEY });
    expect(run.config["sovereign-cloud:target"]).toBe("hetzner:fsn1");
    expect(JSON.parse(run.config["sovereign-cloud:residency"]!)).toEqual({ preset: "eu", encryption: "any" });
    expect(run.config["sovereign-cloud-reference:bucketTlsOnly"]).toBe("false");
    expect(run.config["sovereign-cloud-reference:bucketLifecycle"]).toBe("false");
  });

  it("with lifecycle rules on, stops at the bucket's lifecycle rules and cold tier, which Hetzner cannot deliver, and creates nothing", async () => {
    vi.resetModules();
    const run = await runOffline(project, STACK, () => import("../../../stacks/index"), {
      sshPublicKey: TEST_KEY,
      bucketLifecycle: "true",
    });
    expect(SovereignCloudError.is(run.error)).toBe(true);
    const e = run.error as SovereignCloudError;
    expect(e.problems.map((p) => [p.code, p.path])).toEqual([
      ["SC_PROVIDER_LIMITATION", "lifecycle"],
      ["SC_PROVIDER_LIMITATION", "lifecycle.coldAfterDays"],
    ]);
    expect(e.message).toContain("documents");
    expect(inventory(run.resources)).toEqual([]);
  });
});
