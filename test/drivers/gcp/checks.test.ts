import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { gcpDriver } from "../../../src/drivers/gcp/index";
import { PROJECT_ENV_VARS } from "../../../src/drivers/gcp/provider";
import type { CheckContext } from "../../../src/drivers/types";
import { recorded, resetRecorded, setConfig, settle, useMocks } from "../../helpers/pulumi";
import { bucketSpec, fakeHandle, networkSpec, placement, PROJECT, vmSpec } from "./fixtures";

const CONFIG = { "gcp:project": PROJECT };
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  resetRecorded();
  setConfig(CONFIG);
  for (const v of PROJECT_ENV_VARS) {
    saved[v] = process.env[v];
    delete process.env[v];
  }
});
afterEach(() => {
  for (const v of PROJECT_ENV_VARS) {
    if (saved[v] === undefined) delete process.env[v];
    else process.env[v] = saved[v];
  }
});

function ctx(name = "docs", region = "europe-west3", zone?: string): CheckContext {
  return { name, placement: placement(region, zone) };
}

const codes = (ps: readonly { code: string }[]) => ps.map((p) => p.code);

describe("gcp driver checks", () => {
  it("pass for well-formed specs at a European region", () => {
    expect(gcpDriver.checkBucket(bucketSpec({ encryption: "customer-managed", retentionDays: 30 }), ctx())).toEqual([]);
    expect(gcpDriver.checkNetwork(networkSpec(), ctx("web"))).toEqual([]);
    expect(gcpDriver.checkVirtualMachine(vmSpec(fakeHandle(), { encryption: "customer-managed" }), ctx("app"))).toEqual([]);
  });

  it("report a missing project for every component before anything is created", async () => {
    setConfig({});
    const all = [
      ...gcpDriver.checkBucket(bucketSpec(), ctx()),
      ...gcpDriver.checkNetwork(networkSpec(), ctx("web")),
      ...gcpDriver.checkVirtualMachine(vmSpec(fakeHandle()), ctx("app")),
    ];
    expect(codes(all)).toEqual(["SC_PROVIDER_SETTING_MISSING", "SC_PROVIDER_SETTING_MISSING", "SC_PROVIDER_SETTING_MISSING"]);
    expect(all[0]!.message).toContain("gcp:project");
    expect(all[0]!.message).toContain("GOOGLE_PROJECT");
    expect(all[0]!.fix).toContain("pulumi config set gcp:project");
    await settle();
    expect(recorded).toEqual([]);
  });

  it("find the project in overrides, or in the environment when the stack config has none", () => {
    setConfig({});
    expect(gcpDriver.checkBucket(bucketSpec({ overrides: { gcp: { project: "p1" } } }), ctx())).toEqual([]);
    process.env.GOOGLE_CLOUD_PROJECT = "from-env";
    expect(gcpDriver.checkBucket(bucketSpec(), ctx())).toEqual([]);
  });

  it("reject customer-managed keys for the eu multi-region and for dual-regions unless a key is named", () => {
    for (const region of ["eu", "eur4", "eur8"]) {
      const found = gcpDriver.checkBucket(bucketSpec({ encryption: "customer-managed" }), ctx("docs", region));
      expect(codes(found), region).toEqual(["SC_PROVIDER_LIMITATION"]);
      expect(found[0]!.message).toContain(region.toUpperCase());
    }
    const keyName = `projects/${PROJECT}/locations/europe/keyRings/r/cryptoKeys/k`;
    expect(
      gcpDriver.checkBucket(bucketSpec({ encryption: "customer-managed", overrides: { gcp: { kmsKeyName: keyName } } }), ctx("docs", "eu")),
    ).toEqual([]);
    expect(gcpDriver.checkBucket(bucketSpec(), ctx("docs", "eu"))).toEqual([]);
  });

  it("reject bad bucket overrides", () => {
    const found = gcpDriver.checkBucket(
      bucketSpec({
        overrides: { gcp: { bucketName: "Google-Docs", kmsKeyName: "my-key", keyRotationDays: 0, coldStorageClass: "GLACIER" as never } },
      }),
      ctx(),
    );
    expect(found.map((p) => p.path).sort()).toEqual(
      ["overrides.gcp.bucketName", "overrides.gcp.coldStorageClass", "overrides.gcp.keyRotationDays", "overrides.gcp.kmsKeyName"].sort(),
    );
  });

  it("reject component names GCP resource names cannot carry", () => {
    for (const name of ["Docs", "my_docs", "9docs", "docs-", "d".repeat(41)]) {
      expect(codes(gcpDriver.checkNetwork(networkSpec(), ctx(name))), name).toEqual(["SC_INVALID_ARGUMENT"]);
    }
    expect(gcpDriver.checkNetwork(networkSpec(), ctx("d".repeat(40)))).toEqual([]);
  });

  it("reject bad network overrides", () => {
    const found = gcpDriver.checkNetwork(networkSpec({ overrides: { gcp: { flowLogSampling: 0 } } }), ctx("web"));
    expect(found.map((p) => p.path)).toEqual(["overrides.gcp.flowLogSampling"]);
  });

  it("ask for a zone when the catalog confirms none for the region", () => {
    const p = placement("europe-west15");
    const found = gcpDriver.checkVirtualMachine(vmSpec(fakeHandle(p)), { name: "app", placement: p });
    expect(codes(found)).toEqual(["SC_PROVIDER_LIMITATION"]);
    expect(found[0]!.fix).toContain("overrides.gcp.zone");
    expect(
      gcpDriver.checkVirtualMachine(vmSpec(fakeHandle(p), { overrides: { gcp: { zone: "europe-west15-a" } } }), {
        name: "app",
        placement: p,
      }),
    ).toEqual([]);
  });

  it("reject an override zone outside the target region", () => {
    for (const zone of ["europe-west1-a", "europe-west4-a"]) {
      const p = placement(zone === "europe-west1-a" ? "europe-west1" : "europe-west3");
      const found = gcpDriver.checkVirtualMachine(vmSpec(fakeHandle(p), { overrides: { gcp: { zone } } }), { name: "app", placement: p });
      expect(codes(found), zone).toEqual(["SC_UNKNOWN_ZONE"]);
    }
  });

  it("reject a cloud-config for Debian, which does not run cloud-init, and accept it for Ubuntu", () => {
    const cfg = "#cloud-config\npackages: [nginx]\n";
    const found = gcpDriver.checkVirtualMachine(vmSpec(fakeHandle(), { userData: cfg }), ctx("app"));
    expect(codes(found)).toEqual(["SC_INVALID_ARGUMENT"]);
    expect(found[0]!.path).toBe("userData");
    expect(gcpDriver.checkVirtualMachine(vmSpec(fakeHandle(), { userData: cfg, image: "ubuntu-24.04" }), ctx("app"))).toEqual([]);
    expect(gcpDriver.checkVirtualMachine(vmSpec(fakeHandle(), { userData: "#!/bin/bash\ntrue\n" }), ctx("app"))).toEqual([]);
  });

  it("reject SSH keys together with OS Login, and a network from another driver", () => {
    const found = gcpDriver.checkVirtualMachine(
      vmSpec({ ...fakeHandle(), driver: "aws" }, { overrides: { gcp: { osLogin: true } } }),
      ctx("app"),
    );
    expect(codes(found).sort()).toEqual(["SC_CONFLICTING_ARGUMENTS", "SC_PLACEMENT_MISMATCH"]);
  });
});
