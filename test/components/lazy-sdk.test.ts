/** Drivers load their provider SDK only when they create resources: an AWS stack never loads the Azure or GCP SDK. */
import { createRequire } from "node:module";
import { beforeAll, expect, it } from "vitest";
import { Bucket, Network, VirtualMachine } from "../../src/index";
import { settle, useMocks } from "../helpers/pulumi";

const loaded = (pkg: string) => Object.keys(createRequire(__filename).cache).some((k) => k.includes(`/node_modules/${pkg}/`));

beforeAll(async () => {
  await useMocks({ "sovereign-cloud:target": "aws:eu-central-1" });
});

it("loads only the AWS SDK for an AWS stack", async () => {
  expect(loaded("@pulumi/aws")).toBe(false);
  const net = new Network("app");
  new VirtualMachine("web", { size: "SCS-1V-2", network: net });
  new Bucket("docs");
  await settle();
  expect(loaded("@pulumi/aws")).toBe(true);
  expect(loaded("@pulumi/azure-native")).toBe(false);
  expect(loaded("@pulumi/gcp")).toBe(false);
});
