import { describe, expect, it } from "vitest";
import { resourceValidationArgs, type ResourceInput } from "../../../src/policy/args";
import { instanceMetadataRule as rule } from "../../../src/policy/rules/instance-metadata";
import { contract, messages, mutated, res, sdkProxy, UNKNOWN } from "./harness";

const HARDENED = { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1, instanceMetadataTags: "disabled" };

/** What sovereign-cloud's AWS driver sets, on every type that launches EC2 instances; other providers' VMs. */
const compliant: ResourceInput[] = [
  res("aws:ec2/instance:Instance", "web", { instanceType: "t3.small", metadataOptions: HARDENED }),
  res("aws:ec2/launchTemplate:LaunchTemplate", "lt", { metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 2 } }),
  res("aws:ec2/launchConfiguration:LaunchConfiguration", "lc", { metadataOptions: { httpEndpoint: "disabled" } }),
  res("aws:ec2/spotInstanceRequest:SpotInstanceRequest", "spot", { metadataOptions: HARDENED }),
  res("gcp:compute/instance:Instance", "gvm", { machineType: "e2-small", metadata: {} }),
  res("azure-native:compute:VirtualMachine", "avm", {}),
  res("hcloud:index/server:Server", "hs", { serverType: "cx22" }),
];

function change(name: string, mutate: (props: Record<string, any>) => void): ResourceInput[] {
  return compliant.map((r) => (r.name === name ? { ...r, props: mutated(r.props, mutate) } : r));
}
const c = contract();

describe("instance-metadata", () => {
  it("is a mandatory resource rule named after its file", () => {
    expect([rule.kind, rule.name, rule.enforcementLevel, rule.severity]).toEqual(["resource", "instance-metadata", "mandatory", "high"]);
  });

  it("passes IMDSv2-only and disabled metadata services, and VMs of providers with nothing to set", async () => {
    expect(await messages(rule, compliant, c)).toEqual([]);
  });

  it("reports IMDSv1 left on", async () => {
    expect(
      await messages(
        rule,
        change("web", (p) => (p.metadataOptions.httpTokens = "optional")),
        c,
      ),
    ).toEqual([
      "EC2 instance allows IMDSv1: metadataOptions.httpTokens is optional, so any request from the instance (e.g. a forged one) can read its credentials without a session token.",
    ]);
    expect(
      await messages(
        rule,
        change("lt", (p) => (p.metadataOptions.httpTokens = "optional")),
        c,
      ),
    ).toEqual([
      "EC2 launch template allows IMDSv1: metadataOptions.httpTokens is optional, so any request from the instance (e.g. a forged one) can read its credentials without a session token.",
    ]);
  });

  it("cannot tell when httpTokens is left to the AMI or account default", async () => {
    expect(
      await messages(
        rule,
        change("web", (p) => delete p.metadataOptions),
        c,
      ),
    ).toEqual([
      "cannot tell whether EC2 instance requires IMDSv2: metadataOptions.httpTokens is not set, so the AMI or the account's default decides whether IMDSv1 answers.",
    ]);
    expect(
      await messages(
        rule,
        change("spot", (p) => delete p.metadataOptions.httpTokens),
        c,
      ),
    ).toEqual([
      "cannot tell whether EC2 spot instance request requires IMDSv2: metadataOptions.httpTokens is not set, so the AMI or the account's default decides whether IMDSv1 answers.",
    ]);
  });

  it("fails on an httpTokens value not known during preview instead of passing it", () => {
    const web = res("aws:ec2/instance:Instance", "web", { metadataOptions: { httpTokens: UNKNOWN } });
    expect(() => rule.validate(resourceValidationArgs(web), c, () => undefined)).toThrow(
      "value at .metadataOptions.httpTokens can't be known during preview",
    );
    const proxied = { ...resourceValidationArgs(web), props: sdkProxy.unknownCheckingProxy(web.props) };
    expect(() => rule.validate(proxied, c, () => undefined)).toThrow(sdkProxy.UnknownValueError);
  });
});
