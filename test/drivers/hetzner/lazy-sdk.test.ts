/** A Hetzner stack loads @pulumi/hcloud only; @pulumi/aws only once it has a Bucket (Object Storage speaks S3). */
import { createRequire } from "node:module";
import { beforeAll, expect, it } from "vitest";
import { Bucket, Network, VirtualMachine } from "../../../src/index";
import { settle, useMocks } from "../../helpers/pulumi";

const loaded = (pkg: string) => Object.keys(createRequire(__filename).cache).some((k) => k.includes(`/node_modules/${pkg}/`));

beforeAll(async () => {
  await useMocks({ "sovereign-cloud:target": "hetzner:nbg1", "sovereign-cloud:residency": { preset: "eu", encryption: "any" } });
});

it("loads the hcloud SDK for network and VM, and the aws SDK only for a bucket", async () => {
  expect(loaded("@pulumi/hcloud")).toBe(false);
  const net = new Network("app");
  new VirtualMachine("web", { size: "SCS-1V-2", network: net });
  await settle();
  expect(loaded("@pulumi/hcloud")).toBe(true);
  for (const other of [
    "@pulumi/aws",
    "@pulumi/azure-native",
    "@pulumi/gcp",
    "@pulumiverse/scaleway",
    "@ovhcloud/pulumi-ovh",
    "@pulumi/openstack",
  ])
    expect(loaded(other), other).toBe(false);
  new Bucket("docs", { tlsOnly: false });
  await settle();
  expect(loaded("@pulumi/aws")).toBe(true);
});
