import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { awsDriver } from "../../../src/drivers/aws/index";
import { awsTags } from "../../../src/drivers/aws/provider";
import { custom, one, resetRecorded, setConfig, settle, useMocks } from "../../helpers/pulumi";
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

  it("tags each taggable child with the component's labels (which win over aws:defaultTags), and keeps aws:defaultTags on the shared provider", async () => {
    setConfig({ "aws:defaultTags": { tags: { team: "platform", app: "old" } } });
    awsDriver.bucket(bucketSpec(), scope("docs", undefined, { app: "docs", "sovereign-cloud/residency": "eu" }));
    await settle();
    expect(JSON.parse(provider().inputs.defaultTags)).toEqual({ tags: { team: "platform", app: "old" } });
    expect(one("aws:s3/bucket:Bucket").inputs.tags).toEqual({ app: "docs", "sovereign-cloud/residency": "eu" });
  });

  it("shares one provider, named after the Region and parented to the stack, between components placed there", async () => {
    awsDriver.bucket(bucketSpec(), scope("docs"));
    awsDriver.bucket(bucketSpec(), scope("logs"));
    await settle();
    expect(provider().name).toBe("aws-eu-central-1");
    expect(provider().options.parent).toBe("");
    const buckets = custom().filter((r) => r.type === "aws:s3/bucket:Bucket");
    expect(buckets.map((b) => b.name).sort()).toEqual(["docs", "logs"]);
    for (const b of buckets) expect(b.provider).toContain("pulumi:providers:aws::aws-eu-central-1::");
  });

  it("gives another credentials set at the same Region a provider of its own, with a stable distinct name", async () => {
    awsDriver.bucket(bucketSpec(), scope("docs"));
    setConfig({ "aws:profile": "other-account" });
    awsDriver.bucket(bucketSpec(), scope("logs"));
    await settle();
    const names = custom()
      .filter((r) => r.type === "pulumi:providers:aws")
      .map((p) => p.name)
      .sort();
    expect(names).toHaveLength(2);
    expect(names[0]).toBe("aws-eu-central-1");
    expect(names[1]).toMatch(/^aws-eu-central-1-[0-9a-f]{8}$/);
  });

  it("cleans tag keys and values to what AWS accepts", () => {
    expect(awsTags({ "aws:owner": "x", "a#b": "v!", ["k".repeat(200)]: "v" })).toEqual({
      "_aws:owner": "x",
      a_b: "v_",
      ["k".repeat(128)]: "v",
    });
  });
});
