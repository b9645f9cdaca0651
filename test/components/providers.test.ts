/**
 * Providers behind the components: one shared provider per placement for a whole stack, the user's
 * own provider when the resource options carry one, and a provider that contradicts the target
 * refused with SC_PROVIDER_MISMATCH before any of the component's resources is registered.
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import * as aws from "@pulumi/aws";
import * as gcp from "@pulumi/gcp";
import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Bucket, Network, SovereignCloudError, VirtualMachine } from "../../src/index";
import { custom, ofType, one, recorded, resetRecorded, setConfig, settle, useMocks } from "../helpers/pulumi";

const CONFIG = { "sovereign-cloud:target": "aws:eu-central-1" };
const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx3bq6sBmOd0LPXl3Zs1Nvdeu2Q8e5kfjy4bq4Hpj3o ops@example";

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  setConfig(CONFIG);
  resetRecorded();
});

const children = () => custom().filter((r) => !r.type.startsWith("pulumi:providers:"));

class Platform extends pulumi.ComponentResource {
  constructor(name: string, opts: pulumi.ComponentResourceOptions) {
    super("test:index:Platform", name, {}, opts);
  }
}

describe("one provider per placement", () => {
  it("gives a stack of three components one aws provider, named after the Region and owned by the stack", async () => {
    const network = new Network("app", { ingress: [{ port: 443, from: "0.0.0.0/0" }] });
    new Bucket("documents");
    new VirtualMachine("web", { size: "SCS-2V-4", image: "debian-12", network, sshKeys: [KEY] });
    await settle();
    const providers = ofType("pulumi:providers:aws");
    expect(providers.map((p) => p.name)).toEqual(["aws-eu-central-1"]);
    expect(providers[0]!.options.parent).toBe("");
    expect(providers[0]!.inputs.region).toBe("eu-central-1");
    expect(children().length).toBeGreaterThan(15);
    for (const c of children())
      expect(c.provider, `${c.type} ${c.name}`).toMatch(/^urn:pulumi:test::sovereign-test::pulumi:providers:aws::aws-eu-central-1::/);
  });

  it("gives components in two Regions one provider each", async () => {
    new Bucket("documents");
    new Bucket("archive", { target: "aws:eu-west-3" });
    new Bucket("logs", { target: "aws:eu-west-3" });
    await settle();
    expect(
      ofType("pulumi:providers:aws")
        .map((p) => [p.name, p.inputs.region])
        .sort(),
    ).toEqual([
      ["aws-eu-central-1", "eu-central-1"],
      ["aws-eu-west-3", "eu-west-3"],
    ]);
  });
});

describe("the user's own provider", () => {
  it("is used for every child when passed as { provider }, and no shared provider is created", async () => {
    const deployer = new aws.Provider("deployer", {
      region: "eu-central-1",
      assumeRoles: [{ roleArn: "arn:aws:iam::111122223333:role/deploy" }],
    });
    new Bucket("documents", {}, { provider: deployer });
    await settle();
    expect(ofType("pulumi:providers:aws").map((p) => p.name)).toEqual(["deployer"]);
    expect(children().length).toBeGreaterThan(5);
    for (const c of children()) expect(c.provider, c.type).toMatch(/::pulumi:providers:aws::deployer::/);
    // The component waits for the provider check, so it depends on the provider.
    expect(one("sovereign-cloud:index:Bucket").options.dependencies.some((u) => u.endsWith("pulumi:providers:aws::deployer"))).toBe(true);
  });

  it("is used when passed as { providers: { aws } } or inherited from a parent component", async () => {
    const viaMap = new aws.Provider("account-a", { region: "eu-central-1" });
    const inherited = new aws.Provider("account-b", { region: "eu-central-1" });
    new Bucket("a", {}, { providers: { aws: viaMap } });
    new Bucket("b", {}, { parent: new Platform("platform", { providers: [inherited] }) });
    await settle();
    const bucket = (n: string) => ofType("aws:s3/bucket:Bucket").find((r) => r.name === n)!;
    expect(bucket("a").provider).toMatch(/::pulumi:providers:aws::account-a::/);
    expect(bucket("b").provider).toMatch(/::pulumi:providers:aws::account-b::/);
    expect(
      ofType("pulumi:providers:aws")
        .map((p) => p.name)
        .sort(),
    ).toEqual(["account-a", "account-b"]);
  });

  it("still gets the target's Region on every regional child when its own Region is left to the environment", async () => {
    const noRegion = new aws.Provider("ambient", {});
    new Bucket("documents", {}, { provider: noRegion });
    await settle();
    for (const c of children().filter((r) => r.type.startsWith("aws:"))) expect(c.inputs.region, c.type).toBe("eu-central-1");
  });

  it("of another package than the target's driver uses is refused with SC_PROVIDER_MISMATCH, and nothing is registered", async () => {
    const google = new gcp.Provider("google", { project: "p", region: "europe-west3" });
    let error: unknown;
    try {
      new Bucket("documents", {}, { provider: google });
    } catch (e) {
      error = e;
    }
    await settle();
    expect(SovereignCloudError.is(error)).toBe(true);
    const problem = (error as SovereignCloudError).problems.find((p) => p.code === "SC_PROVIDER_MISMATCH")!;
    expect(problem.path).toBe("opts.provider");
    expect(problem.received).toBe('"gcp"');
    expect(problem.message).toContain("aws:eu-central-1");
    expect(problem.allowed).toContain("aws");
    expect(recorded.map((r) => r.type)).toEqual(["pulumi:providers:gcp"]);
  });
});

/** Run the fixture program in its own process, as `pulumi up` runs a program. */
function runProgram(region: string): { codes: string[]; messages: string[]; registered: string[] } {
  const tsx = resolve(__dirname, "../../node_modules/tsx/dist/cli.mjs");
  const run = spawnSync(process.execPath, [tsx, join(__dirname, "fixtures/contradicting-provider.ts"), region], {
    encoding: "utf8",
    timeout: 60_000,
  });
  const line = run.stdout.split("\n").find((l) => l.startsWith("{"));
  if (!line) throw new Error(`the program printed no report (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  return JSON.parse(line);
}

describe("a user provider whose Region contradicts the target", () => {
  it("fails the run with SC_PROVIDER_MISMATCH naming both Regions, before the component or any child is registered", () => {
    const r = runProgram("us-east-1");
    expect(r.codes.length).toBeGreaterThan(0);
    expect(new Set(r.codes)).toEqual(new Set(["SC_PROVIDER_MISMATCH"]));
    expect(r.messages[0]).toContain('Bucket "documents"');
    expect(r.messages[0]).toContain('received: "us-east-1"');
    expect(r.messages[0]).toContain("allowed:  eu-central-1");
    expect(r.registered).toEqual(["pulumi:providers:aws us-deployer"]);
  });

  it("is accepted when it agrees: the same program registers the component and its children", () => {
    const r = runProgram("eu-central-1");
    expect(r.codes).toEqual([]);
    expect(r.registered).toContain("sovereign-cloud:index:Bucket documents");
    expect(r.registered).toContain("aws:s3/bucket:Bucket documents");
  });
});
