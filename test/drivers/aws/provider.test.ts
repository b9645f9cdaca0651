import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { awsDriver } from "../../../src/drivers/aws/index";
import { awsTags } from "../../../src/drivers/aws/provider";
import { one, resetRecorded, setConfig, settle, useMocks } from "../../helpers/pulumi";
import { bucketSpec, scope } from "./fixtures";

beforeAll(async () => {
  await useMocks();
});
beforeEach(() => {
  resetRecorded();
  setConfig({});
});

const provider = () => one("pulumi:providers:aws");

describe("aws provider per component", () => {
  it("pins the provider to the placement's region even when aws:region says otherwise", async () => {
    setConfig({ "aws:region": "us-east-1" });
    awsDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    expect(provider().inputs.region).toBe("eu-central-1");
  });

  it("forwards the credential settings the user put under aws: in the stack config", async () => {
    setConfig({
      "aws:profile": "sovereign",
      "aws:skipRequestingAccountId": "true",
      "aws:assumeRoles": [{ roleArn: "arn:aws:iam::111122223333:role/deployer" }],
    });
    awsDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    const inputs = provider().inputs;
    expect(inputs.profile).toBe("sovereign");
    expect(inputs.skipRequestingAccountId).toBe("true");
    expect(JSON.parse(inputs.assumeRoles)).toEqual([{ roleArn: "arn:aws:iam::111122223333:role/deployer" }]);
  });

  it("forwards nothing that is not in the stack config", async () => {
    awsDriver.bucket(bucketSpec(), scope("docs"));
    await settle();
    const inputs = provider().inputs;
    expect(inputs.profile).toBeUndefined();
    expect(inputs.assumeRoles).toBeUndefined();
    expect(inputs.accessKey).toBeUndefined();
  });

  it("tags every resource with the component's labels through defaultTags, merged over aws:defaultTags", async () => {
    setConfig({ "aws:defaultTags": { tags: { team: "platform", app: "old" } } });
    awsDriver.bucket(bucketSpec(), scope("docs", undefined, { app: "docs", "sovereign-cloud/residency": "eu" }));
    await settle();
    expect(JSON.parse(provider().inputs.defaultTags)).toEqual({ tags: { team: "platform", app: "docs", "sovereign-cloud/residency": "eu" } });
  });

  it("cleans tag keys and values to what AWS accepts", () => {
    expect(awsTags({ "aws:owner": "x", "a#b": "v!", ["k".repeat(200)]: "v" })).toEqual({
      "_aws:owner": "x",
      a_b: "v_",
      ["k".repeat(128)]: "v",
    });
  });
});
