import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openstackDriver } from "../../../src/drivers/openstack/index";
import {
  customTypes,
  invokes,
  ofType,
  onDefaultProvider,
  one,
  resetRecorded,
  setConfig,
  settle,
  useMocks,
  valueOf,
} from "../../helpers/pulumi";
import { bucketSpec, placement, scope, T } from "./fixtures";

beforeAll(async () => {
  await useMocks();
});
beforeEach(() => {
  resetRecorded();
  setConfig({});
});

const byName = (name: string) => ofType(T.container).find((r) => r.name === name)!;

describe("openstack bucket (Swift container)", () => {
  it("creates the container and its versions archive in the placement's region on the component's own provider", async () => {
    openstackDriver.bucket(bucketSpec(), scope("docs", placement("otc", "eu-de")));
    await settle();
    expect(customTypes()).toEqual([T.provider, T.container, T.container].sort());
    expect(one(T.provider).inputs.region).toBe("eu-de");
    for (const r of ofType(T.container)) {
      expect(r.inputs.region, r.name).toBe("eu-de");
      expect(r.provider, r.name).toContain("otc-eu-de");
      expect(r.options.parent, r.name).toContain("test:index:Parent");
    }
    expect(onDefaultProvider()).toEqual([]);
  });

  it("versions objects into the archive container and keeps both private (no ACLs)", async () => {
    openstackDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    const main = byName("docs").inputs;
    expect(main.name).toBe("docs-test");
    expect(main.versioningLegacy).toEqual({ type: "versions", location: "docs-test-versions" });
    expect(byName("docs-versions").inputs.name).toBe("docs-test-versions");
    for (const r of ofType(T.container)) {
      expect(r.inputs.containerRead, r.name).toBeUndefined();
      expect(r.inputs.containerWrite, r.name).toBeUndefined();
    }
    expect(main.metadata).toEqual({ app: "docs" });
  });

  it("creates a single unversioned container when versioning is off, named from the overrides", async () => {
    openstackDriver.bucket(
      bucketSpec({ versioning: false, overrides: { openstack: { containerName: "records", storagePolicy: "ec42" } } }),
      scope("docs"),
    );
    await settle();
    const main = one(T.container).inputs;
    expect(main).toMatchObject({ name: "records", storagePolicy: "ec42" });
    expect(main.versioningLegacy).toBeUndefined();
  });

  it("keeps both containers when the stack is destroyed and never empties them by default", async () => {
    openstackDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    for (const r of ofType(T.container)) {
      expect(r.options.retainOnDelete, r.name).toBe(true);
      expect(r.inputs.forceDestroy, r.name).toBe(false);
    }
    expect(one(T.provider).options.retainOnDelete).toBe(false);
  });

  it("deletes the containers and their objects only when the user opted out of retention", async () => {
    openstackDriver.bucket(bucketSpec({ retainOnDelete: false, emptyOnDelete: true }), scope("docs"));
    await settle();
    for (const r of ofType(T.container)) {
      expect(r.options.retainOnDelete, r.name).toBe(false);
      expect(r.inputs.forceDestroy, r.name).toBe(true);
    }
  });

  it("returns the container name and its HTTPS URL from the region's object-store endpoint in the Keystone catalog", async () => {
    const result = openstackDriver.bucket(bucketSpec(), scope("docs"));
    expect(await valueOf(result.bucketName)).toBe("docs-test");
    expect(await valueOf(result.endpoint)).toBe("https://object-store.kna1.example/v1/AUTH_0123456789abcdef/docs-test");
    await settle();
    expect(invokes.find((i) => i.token === "openstack:identity/getAuthScope:getAuthScope")?.inputs.region).toBe("Kna1");
  });
});
