import * as pulumi from "@pulumi/pulumi";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openstackDriver } from "../../../src/drivers/openstack/index";
import { AUTH_ENV_VARS, openstackTags, providerArgs } from "../../../src/drivers/openstack/provider";
import { onDefaultProvider, one, resetRecorded, setConfig, settle, useMocks } from "../../helpers/pulumi";
import { bucketSpec, placement, scope } from "./fixtures";

const saved: Record<string, string | undefined> = {};
beforeAll(async () => {
  await useMocks();
});
beforeEach(() => {
  resetRecorded();
  setConfig({});
  for (const v of AUTH_ENV_VARS) {
    saved[v] = process.env[v];
    delete process.env[v];
  }
});
afterEach(() => {
  for (const v of AUTH_ENV_VARS)
    if (saved[v] === undefined) delete process.env[v];
    else process.env[v] = saved[v];
});

const provider = () => one("pulumi:providers:openstack");
const plainBucket = bucketSpec({ versioning: false, encryption: "any", tlsOnly: false });

describe("openstack provider per component", () => {
  it("pins the provider to the placement's region even when openstack:region says otherwise", async () => {
    setConfig({ "openstack:region": "RegionOne" });
    openstackDriver.bucket(plainBucket, scope("docs", placement("otc", "eu-de")));
    await settle();
    expect(provider().inputs.region).toBe("eu-de");
    expect(onDefaultProvider()).toEqual([]);
  });

  it("uses each cloud's sourced Keystone URL when the user configured none", async () => {
    const cases = [
      [placement("otc", "eu-de"), "https://iam.eu-de.otc.t-systems.com/v3", "eu-de"],
      [placement("otc", "eu-nl"), "https://iam.eu-nl.otc.t-systems.com/v3", "eu-nl"],
      [placement("cleura", "Sto2"), "https://sto2.citycloud.com:5000", "Sto2"],
      [placement("pluscloud-open", "pco-prod3"), "https://prod3.api.pco.get-cloud.io:5000", "prod3"],
      [placement("ovhcloud", "gra"), "https://auth.cloud.ovh.net/v3", "GRA11"],
    ] as const;
    for (const [p, url, region] of cases) {
      const args = providerArgs(scope("docs", p)) as Record<string, unknown>;
      expect(args.authUrl, url).toBe(url);
      expect(args.region, url).toBe(region);
    }
    await settle();
  });

  it("forwards the openstack: settings, keeps secrets secret, and does not add a Keystone URL over a clouds.yaml entry", async () => {
    setConfig({
      "openstack:cloud": "cleura-kna1",
      "openstack:userName": "deployer",
      "openstack:domainName": "CCP_Domain_1",
      "openstack:password": "s3cret",
      "openstack:insecure": "false",
    });
    const args = providerArgs(scope("docs")) as Record<string, unknown>;
    expect(args.cloud).toBe("cleura-kna1");
    expect(args.userName).toBe("deployer");
    expect(args.domainName).toBe("CCP_Domain_1");
    expect(args.insecure).toBe(false);
    expect(args.authUrl).toBeUndefined();
    expect(pulumi.Output.isInstance(args.password)).toBe(true);
    expect(await pulumi.isSecret(args.password as pulumi.Output<string>)).toBe(true);
    openstackDriver.bucket(plainBucket, scope("docs"));
    await settle();
    expect(provider().inputs.cloud).toBe("cleura-kna1");
    expect(provider().inputs.region).toBe("Kna1");
  });

  it("leaves the Keystone URL to the environment when OS_AUTH_URL is set", async () => {
    process.env.OS_AUTH_URL = "https://keystone.example/v3";
    expect((providerArgs(scope("docs")) as Record<string, unknown>).authUrl).toBeUndefined();
    await settle();
  });

  it("writes labels as key=value tags OpenStack accepts", () => {
    expect(openstackTags({ app: "docs", "sovereign-cloud/residency": "eu", x: "a,b", long: "v".repeat(80) })).toEqual([
      "app=docs",
      `long=${"v".repeat(55)}`,
      "sovereign-cloud_residency=eu",
      "x=a_b",
    ]);
  });
});
