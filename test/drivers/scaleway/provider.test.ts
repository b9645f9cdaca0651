import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { scalewayDriver } from "../../../src/drivers/scaleway/index";
import { one, resetRecorded, setConfig, settle, useMocks } from "../../helpers/pulumi";
import { bucketSpec, placement, scope } from "./fixtures";

beforeAll(async () => {
  await useMocks();
});
beforeEach(() => {
  resetRecorded();
  setConfig({});
});

const provider = () => one("pulumi:providers:scaleway");

describe("scaleway provider per component", () => {
  it("pins region and zone to the placement even when scaleway:region and scaleway:zone say otherwise", async () => {
    setConfig({ "scaleway:region": "nl-ams", "scaleway:zone": "nl-ams-1" });
    scalewayDriver.bucket(bucketSpec(), scope("docs", placement("pl-waw")));
    await settle();
    expect(provider().inputs.region).toBe("pl-waw");
    expect(provider().inputs.zone).toBe("pl-waw-1");
  });

  it("forwards the account settings the user put under scaleway: in the stack config", async () => {
    setConfig({
      "scaleway:projectId": "11111111-2222-3333-4444-555555555555",
      "scaleway:organizationId": "66666666-7777-8888-9999-000000000000",
      "scaleway:profile": "sovereign",
      "scaleway:apiUrl": "https://api.scaleway.com",
    });
    scalewayDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    const inputs = provider().inputs;
    expect(inputs.projectId).toBe("11111111-2222-3333-4444-555555555555");
    expect(inputs.organizationId).toBe("66666666-7777-8888-9999-000000000000");
    expect(inputs.profile).toBe("sovereign");
    expect(inputs.apiUrl).toBe("https://api.scaleway.com");
  });

  it("forwards the access and secret keys as secrets", async () => {
    setConfig({ "scaleway:accessKey": "SCWXXXXXXXXXXXXXXXXX", "scaleway:secretKey": "00000000-1111-2222-3333-444444444444" });
    scalewayDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    const inputs = provider().inputs;
    // Under mocks a secret reaches the provider as the 4dabf18193072939515e22adb298388d marker object.
    expect(inputs.accessKey).toEqual({
      "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
      value: "SCWXXXXXXXXXXXXXXXXX",
    });
    expect(inputs.secretKey).toEqual({
      "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
      value: "00000000-1111-2222-3333-444444444444",
    });
  });

  it("forwards nothing that is not in the stack config", async () => {
    scalewayDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    const inputs = provider().inputs;
    expect(inputs.projectId).toBeUndefined();
    expect(inputs.profile).toBeUndefined();
    expect(inputs.accessKey).toBeUndefined();
  });
});
