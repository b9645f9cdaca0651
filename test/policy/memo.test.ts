/**
 * Run-scoped memos (src/policy/memo.ts): inside one policy run a stack is linked and located once
 * and shared by the rules; outside a run (the engine calling a rule, a test calling one directly)
 * nothing is memoised, so a resource changed between two calls is read afresh.
 */
import { describe, expect, it } from "vitest";
import { runPolicies, stackValidationArgs } from "../../src/policy/args";
import { locateResources, policies } from "../../src/policy/index";
import { locateResource } from "../../src/policy/judge";
import { locateAll } from "../../src/policy/locator";
import { memoised, withRunMemo } from "../../src/policy/memo";
import { dataLocationRule } from "../../src/policy/rules/data-location";
import { providerControlRule } from "../../src/policy/rules/provider-control";
import { res } from "./helpers";

describe("memoised", () => {
  it("computes once per key within a run, every time outside one", async () => {
    const key = {};
    let calls = 0;
    const count = () => ++calls;
    memoised("t", key, count);
    memoised("t", key, count);
    expect(calls).toBe(2);
    await withRunMemo(async () => {
      expect(memoised("t", key, count)).toBe(3);
      expect(memoised("t", key, count)).toBe(3);
      expect(memoised("other", key, count)).toBe(4);
    });
    memoised("t", key, count);
    expect(calls).toBe(5);
  });

  it("does not keep a value whose computation threw", async () => {
    const key = {};
    let calls = 0;
    await withRunMemo(async () => {
      const fail = () => {
        calls++;
        throw new Error("no");
      };
      expect(() => memoised("t", key, fail)).toThrow("no");
      expect(() => memoised("t", key, fail)).toThrow("no");
    });
    expect(calls).toBe(2);
  });
});

describe("a stack within one run", () => {
  it("is linked and located once: stack rules and locateResources share the answer", async () => {
    const stack = [res("aws:s3/bucket:Bucket", "docs", { region: "eu-central-1" })];
    await withRunMemo(async () => {
      expect(stackValidationArgs(stack).resources).toBe(stackValidationArgs(stack).resources);
      expect(locateResources(stack)).toBe(locateAll(stackValidationArgs(stack).resources));
    });
    expect(stackValidationArgs(stack).resources).not.toBe(stackValidationArgs(stack).resources);
  });

  it("reads a resource changed between two runs afresh", async () => {
    const bucket = res("aws:s3/bucket:Bucket", "docs", { region: "us-east-1" });
    const run = () => runPolicies(policies("gaia-x-l3", [dataLocationRule, providerControlRule]), [bucket]);
    expect((await run()).map((d) => d.policyName)).toEqual(["data-location", "provider-control"]);
    bucket.props.region = "eu-central-1";
    expect((await run()).map((d) => d.policyName)).toEqual(["provider-control"]);
    const stack = [bucket];
    expect(locateAll(stackValidationArgs(stack).resources).get(bucket.urn!)).toMatchObject({ code: "eu-central-1" });
    bucket.props.region = "eu-west-3";
    expect(locateAll(stackValidationArgs(stack).resources).get(bucket.urn!)).toMatchObject({ code: "eu-west-3" });
  });

  it("locates a resource for a rule once per run, and only for the same type and provider", async () => {
    const props = { region: "eu-central-1" };
    await withRunMemo(async () => {
      const first = locateResource("aws:s3/bucket:Bucket", props, undefined);
      expect(locateResource("aws:s3/bucket:Bucket", props, undefined)).toBe(first);
      expect(locateResource("scaleway:object/bucket:Bucket", props, undefined)).not.toBe(first);
      expect(locateResource("aws:s3/bucket:Bucket", props, { region: "eu-west-3" })).not.toBe(first);
    });
    expect(locateResource("aws:s3/bucket:Bucket", props, undefined)).not.toBe(locateResource("aws:s3/bucket:Bucket", props, undefined));
  });
});
