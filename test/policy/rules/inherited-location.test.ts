import { describe, expect, it } from "vitest";
import { inheritedLocationRule } from "../../../src/policy/rules/inherited-location";
import { diagnostics, messages, res } from "../helpers";

const rule = inheritedLocationRule;
const rg = res("azure-native:resources:ResourceGroup", "rg", { location: "francecentral", resourceGroupName: "rg1" });

describe("inherited-location: compliant", () => {
  it("passes resources located through a parent in the program (by name, by property dependency, by dependency)", async () => {
    const resources = [
      rg,
      res("azure-native:storage:StorageAccount", "by-name", { resourceGroupName: "rg1" }),
      res("azure-native:network:VirtualNetwork", "by-dependency", {}, { dependencies: [rg.urn!] }),
      res("gcp:storage/bucket:Bucket", "b", { location: "EU", name: "b1" }),
      res("gcp:storage/bucketObject:BucketObject", "o", { bucket: "b1" }),
    ];
    expect(await messages(rule, resources)).toEqual([]);
  });

  it("leaves resources with a location of their own to data-location, even outside the contract", async () => {
    expect(
      await messages(rule, [res("azure-native:storage:StorageAccount", "us", { location: "eastus", resourceGroupName: "elsewhere" })]),
    ).toEqual([]);
  });
});

describe("inherited-location: cannot tell", () => {
  it("an Azure resource whose resource group is not in the program (mandatory)", async () => {
    expect(await diagnostics(rule, [res("azure-native:storage:StorageAccount", "sa", { resourceGroupName: "existing-rg" })])).toEqual([
      {
        policyName: "inherited-location",
        enforcementLevel: "mandatory",
        urn: "urn:pulumi:test::test::azure-native:storage:StorageAccount::sa",
        message:
          'cannot tell where azure-native:storage:StorageAccount "sa" lives: it takes its location from its resource group (resourceGroupName), which is not in this program or has no readable location. A location that cannot be read never counts as compliant.',
        cannotTell: { unreadable: "the location of its resource group (resourceGroupName)" },
      },
    ]);
  });

  it("a child whose parent is in the program but cannot be located itself", async () => {
    const noLocation = res("azure-native:resources:ResourceGroup", "rg", { resourceGroupName: "rg2" });
    expect(await messages(rule, [noLocation, res("azure-native:storage:StorageAccount", "sa", { resourceGroupName: "rg2" })])).toEqual([
      'cannot tell where azure-native:storage:StorageAccount "sa" lives: it takes its location from azure-native:resources:ResourceGroup "rg", whose location cannot be told (no location on the resource and none on its provider (set `location` on the resource or its provider (stack config azure-native:location))). A location that cannot be read never counts as compliant.',
    ]);
  });

  it("a Hetzner volume attached to a server that is not in the program", async () => {
    expect(await messages(rule, [res("hcloud:index/volume:Volume", "v", { serverId: 42, size: 10 })])).toEqual([
      'cannot tell where hcloud:index/volume:Volume "v" lives: it takes its location from its server (serverId), which is not in this program or has no readable location. A location that cannot be read never counts as compliant.',
    ]);
  });
});
