/**
 * The OpenStack stack files with the reference program through the offline engine: what Swift
 * cannot do stops the Bucket unless the stack turns it off (as the shipped files do), and the
 * shipped stacks put every resource in the stack's cloud and region.
 */
import { resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { SovereignCloudError } from "../../../src/errors";
import { inventory } from "../../../src/offline/inventory";
import { listStacks, readProject } from "../../../src/offline/project";
import { runOffline } from "../../../src/offline/engine";
import { T } from "./fixtures";

const TEST_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx3bq6sBmOd0LPXl3Zs1Nvdeu2Q8e5kfjy4bq4Hpj3o test@example";
const project = readProject(resolve(__dirname, "../../../Pulumi.yaml"));
const STACKS = ["openstack-cleura", "openstack-otc"];

describe("OpenStack stack files", () => {
  it("exist for Cleura and Open Telekom Cloud", () => {
    expect(listStacks(project)).toEqual(expect.arrayContaining(STACKS));
  });

  it.each(STACKS)(
    "stack %s: with versioning, retention and lifecycle on, the Bucket stops, naming what Swift cannot do, before anything is created",
    async (stack) => {
      vi.resetModules();
      const on = { bucketVersioning: "true", bucketRetentionDays: "30", bucketLifecycle: "true" };
      const run = await runOffline(project, stack, () => import("../../../stacks/index"), { sshPublicKey: TEST_KEY, ...on });
      expect(SovereignCloudError.is(run.error)).toBe(true);
      const e = run.error as SovereignCloudError;
      expect(e.message).toContain('Bucket "documents"');
      expect(e.problems.map((p) => `${p.code} ${p.path}`)).toEqual([
        "SC_PROVIDER_LIMITATION versioning",
        "SC_PROVIDER_LIMITATION retentionDays",
        "SC_PROVIDER_LIMITATION lifecycle",
        "SC_PROVIDER_LIMITATION lifecycle.coldAfterDays",
      ]);
      expect(run.resources).toEqual([]);
    },
  );

  it.each(STACKS)(
    "stack %s as shipped: every resource in the stack's cloud and region, none on a default provider, with a floating IP",
    async (stack) => {
      vi.resetModules();
      const run = await runOffline(project, stack, () => import("../../../stacks/index"), { sshPublicKey: TEST_KEY });
      expect(run.error).toBeUndefined();
      const [provider, region, zone] = run.config["sovereign-cloud:target"]!.split(":") as [string, string, string | undefined];
      const items = inventory(run.resources);
      const types = new Set(items.map((i) => i.type));
      for (const t of [
        T.provider,
        T.container,
        T.network,
        T.subnet,
        T.router,
        T.routerInterface,
        T.secGroup,
        T.rule,
        T.port,
        T.keypair,
        T.instance,
        T.floatingIp,
        T.floatingIpAssociate,
      ])
        expect(types, t).toContain(t);
      for (const item of items) {
        if (!item.type.startsWith("pulumi:providers:"))
          expect(item.providerName, `${item.type} ${item.name} is on a default provider`).toBeDefined();
        if (item.location.from === "global") continue;
        // Every resource carries the OpenStack region; which cloud it is comes from the provider's Keystone URL.
        expect(item.location.region, `${item.type} ${item.name}`).toBe(region);
        if (item.location.provider !== undefined) expect(item.location.provider, `${item.type} ${item.name}`).toBe(provider);
        // Which cloud it is comes from the Keystone URL the driver sets on the provider.
        expect(item.location, `${item.type} ${item.name}`).toMatchObject({ from: "resource", provider, code: region });
      }
      const providers = run.resources.filter((r) => r.type === T.provider);
      expect(providers.map((r) => r.inputs.region)).toEqual(providers.map(() => region));
      expect(run.resources.find((r) => r.type === T.instance)!.inputs.availabilityZone).toBe(zone);
      const server = run.resources.find((r) => r.type === T.instance)!.inputs;
      expect(server.flavorName).toBe(stack === "openstack-otc" ? "s3.large.2" : "b.2c4gb");
    },
  );
});
