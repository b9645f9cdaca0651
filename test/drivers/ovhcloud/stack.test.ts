/**
 * stacks/Pulumi.ovhcloud-gravelines.yaml through the offline engine with the unchanged reference
 * program: with the stack's opt-outs (no user data, the image's login user) it builds; without
 * them the VM is refused. Every resource must be located in ovhcloud:gra (or be a provider or an
 * SSH key, which hold no data), on an explicit provider.
 */
import { resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { SovereignCloudError } from "../../../src/errors";
import { inventory, type InventoryItem } from "../../../src/offline/inventory";
import { readProject } from "../../../src/offline/project";
import { runOffline } from "../../../src/offline/engine";
import { T } from "./fixtures";

const TEST_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx3bq6sBmOd0LPXl3Zs1Nvdeu2Q8e5kfjy4bq4Hpj3o test@example";
const STACK = "ovhcloud-gravelines";
const project = readProject(resolve(__dirname, "../../../Pulumi.yaml"));

/** Every item is in OVHcloud's gra (API codes GRA or GRA11), or a provider; none is on a default provider. */
function expectAllInGravelines(items: readonly InventoryItem[]): void {
  for (const item of items) {
    const what = `${item.type} ${item.name}`;
    if (item.type === T.provider) {
      expect(item.location.from, what).toBe("global");
      continue;
    }
    if (item.type === T.sshKey) {
      // A project-wide public key (no region input, no data).
      expect(item.location.from, what).toBe("global");
      expect(item.providerName, `${what} is on a default provider`).toBeDefined();
      continue;
    }
    expect(item.location.from, what).toBe("resource");
    expect([item.location.provider, item.location.code], what).toEqual(["ovhcloud", "gra"]);
    expect(["GRA", "GRA11"], what).toContain(item.location.region);
    expect(item.providerName, `${what} is on a default provider`).toBeDefined();
  }
}

describe("stack ovhcloud-gravelines", () => {
  it("without the stack's opt-outs: creates the bucket and network in Gravelines, and stops the VM on user data and its login user", async () => {
    vi.resetModules();
    const run = await runOffline(project, STACK, () => import("../../../stacks/index"), {
      sshPublicKey: TEST_KEY,
      webUserData: "true",
      webAdminUsername: "",
    });
    expect(SovereignCloudError.is(run.error)).toBe(true);
    const error = run.error as SovereignCloudError;
    expect(error.problems.map((p) => [p.code, p.path])).toEqual([
      ["SC_PROVIDER_LIMITATION", "userData"],
      ["SC_PROVIDER_LIMITATION", "adminUsername"],
    ]);
    expect(
      run.resources
        .filter((r) => !r.custom)
        .map((r) => r.type)
        .sort(),
    ).toEqual(["sovereign-cloud:index:Bucket", "sovereign-cloud:index:Network"]);

    const items = inventory(run.resources);
    expect(items.map((i) => i.type).sort()).toEqual([T.provider, T.storage, T.lifecycle, T.network, T.subnet, T.securityGroup].sort());
    expectAllInGravelines(items);
    const retained = items
      .filter((i) => i.retainOnDelete)
      .map((i) => i.type)
      .sort();
    expect(retained).toEqual([T.storage, T.lifecycle].sort());
  });

  it("with the stack file as shipped (the image's user, no user data): evaluates cleanly, every resource located", async () => {
    vi.resetModules();
    const run = await runOffline(project, STACK, () => import("../../../stacks/index"), { sshPublicKey: TEST_KEY });
    expect(run.error).toBeUndefined();
    const items = inventory(run.resources);
    // The bucket, network and VM children, and the metadata store (Public Cloud Databases, nodes in GRA).
    expect(new Set(items.map((i) => i.type))).toEqual(new Set([...Object.values(T), "ovh:CloudProject/database:Database"]));
    expectAllInGravelines(items);
    const vm = run.resources.find((r) => r.type === T.instance)!;
    expect([vm.inputs.region, vm.inputs.flavorId, vm.inputs.serviceName]).toEqual(["GRA11", "flavor-d2-4", "your-public-cloud-project-id"]);
    expect(vm.inputs.securityGroupIds).toEqual(["app-firewall-id"]);
  });
});
