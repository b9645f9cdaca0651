/**
 * stacks/Pulumi.scaleway-paris.yaml through the offline engine with the unchanged reference
 * program (test/stacks/stacks.test.ts checks it evaluates cleanly): zonal resources in fr-par-1,
 * the SCS size and image it resolves to, and what the stack's two explicit opt-outs protect
 * against (without them the same program is refused before anything exists).
 */
import { resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { SovereignCloudError } from "../../../src/errors";
import { runOffline } from "../../../src/offline/engine";
import { inventory } from "../../../src/offline/inventory";
import { readProject, readStackConfig } from "../../../src/offline/project";

const TEST_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx3bq6sBmOd0LPXl3Zs1Nvdeu2Q8e5kfjy4bq4Hpj3o test@example";
const project = readProject(resolve(__dirname, "../../../Pulumi.yaml"));
const STACK = "scaleway-paris";
const program = () => import("../../../stacks/index");

async function run(extra: Record<string, string> = {}) {
  vi.resetModules();
  return runOffline(project, STACK, program, { sshPublicKey: TEST_KEY, ...extra });
}

describe("stack scaleway-paris with the reference program", () => {
  it("targets fr-par-1 under the gaia-x-l3 preset", () => {
    const config = readStackConfig(project, STACK);
    expect(config["sovereign-cloud:target"]).toBe("scaleway:fr-par:fr-par-1");
    expect(JSON.parse(config["sovereign-cloud:residency"]!)).toMatchObject({ preset: "gaia-x-l3", encryption: "any" });
  });

  it("puts zonal resources in fr-par-1 and configures every provider for fr-par / fr-par-1", async () => {
    const r = await run();
    expect(r.error).toBeUndefined();
    const items = inventory(r.resources);
    for (const t of ["scaleway:instance/securityGroup:SecurityGroup", "scaleway:instance/ip:Ip", "scaleway:instance/server:Server"]) {
      expect(items.find((i) => i.type === t)!.location.zone, t).toBe("fr-par-1");
    }
    const providers = r.resources.filter((x) => x.type === "pulumi:providers:scaleway");
    expect(providers.map((p) => p.name).sort()).toEqual(["scaleway-fr-par"]);
    for (const p of providers) expect([p.inputs.region, p.inputs.zone], p.name).toEqual(["fr-par", "fr-par-1"]);
  });

  it("resolves SCS-2V-4 to PLAY2-NANO with the Debian 12 label, and a public IP as the program asks", async () => {
    const r = await run();
    const server = r.resources.find((x) => x.type === "scaleway:instance/server:Server")!;
    expect(server.inputs.type).toBe("PLAY2-NANO");
    expect(server.inputs.image).toBe("debian_bookworm");
    expect(server.inputs.ipId).toBeDefined();
  });

  it("is refused before anything exists when the bucket must be TLS-only", async () => {
    const r = await run({ bucketTlsOnly: "true" });
    expect(SovereignCloudError.is(r.error) && r.error.codes).toEqual(["SC_PROVIDER_LIMITATION"]);
    expect((r.error as SovereignCloudError).problems.map((p) => p.path)).toEqual(["tlsOnly"]);
    expect(r.resources.filter((x) => x.type.startsWith("scaleway:"))).toEqual([]);
  });

  it("refuses the VM when the contract demands encrypted disks", async () => {
    const r = await run({ "sovereign-cloud:residency": JSON.stringify({ preset: "gaia-x-l3" }) });
    expect(SovereignCloudError.is(r.error) && r.error.codes).toEqual(["SC_PROVIDER_LIMITATION"]);
    const problem = (r.error as SovereignCloudError).problems[0]!;
    expect(problem.path).toBe("encryption");
    expect(problem.message).toContain("VM: disk encryption at rest is not confirmed on Scaleway");
    expect(r.resources.some((x) => x.type === "scaleway:instance/server:Server")).toBe(false);
  });
});
