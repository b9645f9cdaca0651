/**
 * The offline engine gives each resource the provider the Pulumi engine would: an explicit
 * provider's recorded inputs, or a default provider built from the namespace's stack config plus
 * `version` (GetPackageConfig + SetProviderVersion in pulumi/pulumi), named `default_<version>`.
 */
import { describe, expect, it } from "vitest";
import { defaultProviderInputs, defaultProviderName, describeError, policyInputs, stackContract } from "../../src/offline/evaluate";
import type { RecordedResource } from "../../src/offline/recorder";
import { SovereignCloudError, problems } from "../../src/errors";

const CONFIG = { "aws:region": "us-east-1", "aws:skipCredentialsValidation": "true", "gcp:project": "p1", "proj:other": "x" };

function resource(type: string, name: string, extra: Partial<RecordedResource> = {}, version = "7.48.0"): RecordedResource {
  return {
    urn: `urn:pulumi:dev::proj::${type}::${name}`,
    type,
    name,
    inputs: {},
    provider: "",
    custom: true,
    options: { retainOnDelete: false, protect: false, parent: "", ignoreChanges: [], dependencies: [], version },
    ...extra,
  };
}

describe("default providers", () => {
  it("are named after the SDK version the resource asked for, as the engine names them", () => {
    expect(defaultProviderName("7.48.0")).toBe("default_7_48_0");
    expect(defaultProviderName("1.2.3-alpha.1+meta")).toBe("default_1_2_3_alpha_1_meta");
    expect(defaultProviderName(undefined)).toBe("default");
  });

  it("take the namespace's stack config as string inputs, without the namespace, plus version", () => {
    expect(defaultProviderInputs("aws", CONFIG, "7.48.0")).toEqual({
      region: "us-east-1",
      skipCredentialsValidation: "true",
      version: "7.48.0",
    });
    expect(defaultProviderInputs("azure-native", CONFIG, undefined)).toEqual({});
  });

  it("are synthesised once per package and version, before the first resource that uses them", () => {
    const inputs = policyInputs("proj", "dev", CONFIG, [
      resource("aws:s3/bucket:Bucket", "a"),
      resource("aws:s3/bucket:Bucket", "b"),
      resource("gcp:storage/bucket:Bucket", "c", {}, "9.37.0"),
    ]);
    expect(inputs.map((i) => `${i.synthesized ? "+" : ""}${i.input.type}::${i.input.name}`)).toEqual([
      "+pulumi:providers:aws::default_7_48_0",
      "aws:s3/bucket:Bucket::a",
      "aws:s3/bucket:Bucket::b",
      "+pulumi:providers:gcp::default_9_37_0",
      "gcp:storage/bucket:Bucket::c",
    ]);
    expect(inputs[1]!.input.provider).toEqual({
      type: "pulumi:providers:aws",
      name: "default_7_48_0",
      urn: "urn:pulumi:dev::proj::pulumi:providers:aws::default_7_48_0",
      props: { region: "us-east-1", skipCredentialsValidation: "true", version: "7.48.0" },
    });
    expect(inputs[4]!.input.provider?.props).toEqual({ project: "p1", version: "9.37.0" });
  });

  it("are not used when the resource names an explicit provider: that provider's recorded inputs are", () => {
    const provider = resource("pulumi:providers:aws", "paris", { inputs: { region: "eu-west-3" } });
    const bucket = resource("aws:s3/bucket:Bucket", "b", { provider: `${provider.urn}::paris-id` });
    const inputs = policyInputs("proj", "dev", CONFIG, [provider, bucket]);
    expect(inputs.some((i) => i.synthesized)).toBe(false);
    expect(inputs[1]!.input.provider).toEqual({
      type: "pulumi:providers:aws",
      name: "paris",
      urn: provider.urn,
      props: { region: "eu-west-3" },
    });
    expect(inputs[0]!.input.provider).toBeUndefined();
  });

  it("are not given to components", () => {
    const inputs = policyInputs("proj", "dev", CONFIG, [resource("acme:index:Thing", "t", { custom: false })]);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]!.input.provider).toBeUndefined();
  });
});

describe("the stack's contract", () => {
  it("is the eu preset when the stack sets none, and the stack's object with defaults applied otherwise", () => {
    expect(stackContract({}).contract).toMatchObject({ dataLocation: "eu", replication: "same-region" });
    expect(stackContract({ "sovereign-cloud:residency": '{"preset":"eu","countries":["FR"]}' }).contract).toMatchObject({
      dataLocation: "eu",
      countries: ["FR"],
      encryption: "provider-managed",
    });
  });

  it("is a config error when it does not parse", () => {
    expect(stackContract({ "sovereign-cloud:residency": "{oops" }).error).toMatchObject({ code: "SC_CONFIG_INVALID", kind: "config" });
    expect(stackContract({ "sovereign-cloud:residency": "eu-strict" }).error).toMatchObject({ code: "SC_UNKNOWN_PRESET", kind: "config" });
  });
});

describe("errors", () => {
  it("are a residency rejection only when every problem is a residency clause", () => {
    const residency = new SovereignCloudError("Bucket", [{ code: "SC_RESIDENCY_DATA_LOCATION", path: "x", message: "m" }]);
    expect(describeError(residency)).toMatchObject({ kind: "residency", code: "SC_RESIDENCY_DATA_LOCATION" });
    const mixed = new SovereignCloudError("Bucket", [
      { code: "SC_RESIDENCY_DATA_LOCATION", path: "x", message: "m" },
      problems.targetMissing("target"),
    ]);
    expect(describeError(mixed)).toMatchObject({
      kind: "config",
      code: "SC_MULTIPLE_PROBLEMS",
      codes: ["SC_RESIDENCY_DATA_LOCATION", "SC_TARGET_MISSING"],
    });
    expect(describeError(new TypeError("x is undefined"))).toMatchObject({
      kind: "program",
      code: "SC_PROGRAM_FAILED",
      message: "x is undefined",
    });
  });
});
