import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { azureDriver } from "../../../src/drivers/azure/index";
import { one, resetRecorded, setConfig, settle, useMocks } from "../../helpers/pulumi";
import { networkSpec, placement, scope, T } from "./fixtures";

/** Secret inputs reach the mocks as `{ <signature>: ..., value }`. */
const plain = (v: unknown) => (typeof v === "object" && v !== null && "value" in v ? (v as { value: unknown }).value : v);

beforeAll(async () => {
  await useMocks();
});
beforeEach(() => {
  resetRecorded();
  setConfig({});
});

describe("azure explicit provider", () => {
  it("forwards the azure-native credential settings from stack config, but never its location", async () => {
    setConfig({
      "azure-native:subscriptionId": "11111111-1111-1111-1111-111111111111",
      "azure-native:tenantId": "22222222-2222-2222-2222-222222222222",
      "azure-native:clientId": "33333333-3333-3333-3333-333333333333",
      "azure-native:useOidc": "true",
      "azure-native:environment": "public",
      "azure-native:clientSecret": "s3cret",
      "azure-native:location": "westus",
    });
    azureDriver.network(networkSpec(), scope("app", placement("swedencentral")));
    await settle();
    const p = one(T.provider).inputs;
    expect(p.location).toBe("swedencentral");
    expect(plain(p.subscriptionId)).toBe("11111111-1111-1111-1111-111111111111");
    expect(plain(p.tenantId)).toBe("22222222-2222-2222-2222-222222222222");
    expect(plain(p.clientId)).toBe("33333333-3333-3333-3333-333333333333");
    expect(plain(p.clientSecret)).toBe("s3cret");
    expect(p.environment).toBe("public");
    // Explicit provider inputs reach the engine JSON-encoded.
    expect(p.useOidc).toBe("true");
  });

  it("passes no credentials when the stack config has no azure-native settings", async () => {
    azureDriver.network(networkSpec(), scope("app"));
    await settle();
    const p = one(T.provider).inputs;
    expect(p.location).toBe("germanywestcentral");
    for (const k of ["subscriptionId", "tenantId", "clientId", "clientSecret", "useOidc", "useMsi", "oidcToken"])
      expect(p[k], k).toBeUndefined();
  });
});
