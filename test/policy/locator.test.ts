import * as proxyModule from "@pulumi/policy/proxy";
import { describe, expect, it } from "vitest";
import { stackValidationArgs } from "../../src/policy/args";
import { locateResources } from "../../src/policy/index";
import { locate, locateAll, packageOf } from "../../src/policy/locator";
import { res } from "./helpers";

const HETZNER_S3 = {
  region: "fsn1",
  endpoints: JSON.stringify([{ s3: "https://fsn1.your-objectstorage.com" }]),
  skipCredentialsValidation: "true",
};

/** Locate every resource of a little stack (the way stack rules and the offline plan do). */
const all = locateResources;

describe("AWS", () => {
  it("takes the resource's own region over the provider's", () => {
    expect(locate("aws:s3/bucket:Bucket", { region: "eu-central-1" }, { region: "us-east-1" })).toMatchObject({
      from: "resource",
      provider: "aws",
      code: "eu-central-1",
    });
  });
  it("falls back to the provider's region (the default provider: aws:region config)", () => {
    expect(locate("aws:s3/bucket:Bucket", {}, { region: "eu-west-3" })).toMatchObject({
      from: "provider",
      provider: "aws",
      code: "eu-west-3",
    });
  });
  it("reads the region off an availability zone", () => {
    expect(locate("aws:ec2/instance:Instance", { availabilityZone: "eu-north-1a" }, {})).toMatchObject({
      from: "resource",
      code: "eu-north-1",
      zone: "eu-north-1a",
    });
  });
  it("says it cannot tell when neither the resource nor the provider has a region", () => {
    const loc = locate("aws:s3/bucket:Bucket", {}, {});
    expect(loc).toMatchObject({ from: "unknown", provider: "aws" });
    expect(loc.code).toBeUndefined();
    expect(loc.reason).toContain("aws:region");
  });
  it("knows a region the catalog lacks is not a location it can confirm", () => {
    const loc = locate("aws:s3/bucket:Bucket", { region: "xx-moon-1" }, {});
    expect(loc).toMatchObject({ provider: "aws", region: "xx-moon-1" });
    expect(loc.code).toBeUndefined();
    expect(loc.outside).toBeUndefined();
    expect(loc.reason).toBe('aws location "xx-moon-1" is not in the catalog, so where it is cannot be confirmed');
  });
  it("knows a location outside the catalog that is outside Europe, with its country", () => {
    const loc = locate("gcp:storage/bucket:Bucket", { location: "US" }, {});
    expect(loc.code).toBeUndefined();
    expect(loc.outside?.countries).toEqual(["US"]);
  });
  it("puts S3 resources behind Hetzner's endpoint in Hetzner, not AWS (endpoints JSON-encoded as the engine sends them)", () => {
    expect(locate("aws:s3/bucketV2:BucketV2", { region: "fsn1" }, HETZNER_S3)).toMatchObject({
      from: "provider",
      provider: "hetzner",
      code: "fsn1",
    });
  });
  it("reads Scaleway, OVHcloud and OTC S3 endpoints too", () => {
    expect(locate("aws:s3/bucket:Bucket", {}, { endpoints: [{ s3: "https://s3.nl-ams.scw.cloud" }] })).toMatchObject({
      provider: "scaleway",
      code: "nl-ams",
    });
    expect(locate("aws:s3/bucket:Bucket", {}, { endpoints: [{ s3: "https://s3.gra.io.cloud.ovh.net" }] })).toMatchObject({
      provider: "ovhcloud",
      code: "gra",
    });
    expect(locate("aws:s3/bucket:Bucket", {}, { endpoints: [{ s3: "obs.eu-nl.otc.t-systems.com" }] })).toMatchObject({
      provider: "otc",
      code: "eu-nl",
    });
  });
  it("cannot tell where an S3 endpoint it does not know stores data", () => {
    const loc = locate(
      "aws:s3/bucket:Bucket",
      { region: "eu-central-1" },
      { region: "eu-central-1", endpoints: [{ s3: "https://minio.example.com" }] },
    );
    expect(loc).toMatchObject({ from: "unknown", region: "eu-central-1" });
    expect(loc.provider).toBeUndefined();
    expect(loc.reason).toBe("its provider sends S3 requests to https://minio.example.com, an endpoint the catalog does not know");
  });
  it("does not move non-S3 resources of such a provider out of AWS", () => {
    const loc = locate("aws:ec2/instance:Instance", {}, HETZNER_S3);
    expect(loc).toMatchObject({ provider: "aws", region: "fsn1" });
    expect(loc.code).toBeUndefined();
  });
});

describe("Azure", () => {
  it("normalises display names", () => {
    expect(locate("azure-native:storage:StorageAccount", { location: "West Europe" }, {})).toMatchObject({
      provider: "azure",
      code: "westeurope",
    });
  });
  it("gives a resource group without location the provider's location", () => {
    expect(locate("azure-native:resources:ResourceGroup", {}, { location: "germanywestcentral" })).toMatchObject({
      from: "provider",
      code: "germanywestcentral",
    });
  });
  it("does not give other resources the provider's location: they take their resource group's", () => {
    const loc = locate("azure-native:storage:StorageAccount", { resourceGroupName: "rg1" }, { location: "germanywestcentral" });
    expect(loc).toMatchObject({
      from: "unknown",
      provider: "azure",
      inherits: { type: "azure-native:resources:ResourceGroup", via: "resourceGroupName", value: "rg1" },
    });
    expect(loc.code).toBeUndefined();
  });
  it("locates a resource without location through its resource group in the same program", () => {
    const rg = res("azure-native:resources:ResourceGroup", "rg", { location: "francecentral", resourceGroupName: "rg1" });
    const sa = res("azure-native:storage:StorageAccount", "sa", { resourceGroupName: "rg1" });
    const loc = all([rg, sa]).get(sa.urn!);
    expect(loc).toMatchObject({ from: "inherited", provider: "azure", code: "francecentral", source: rg.urn });
    expect(loc?.reason).toBe('location of azure-native:resources:ResourceGroup "rg"');
  });
  it("finds the resource group through a dependency when the name is not known (offline runs)", () => {
    const rg = res("azure-native:resources:ResourceGroup", "rg", { location: "swedencentral" });
    const sa = res("azure-native:storage:StorageAccount", "sa", {}, { dependencies: [rg.urn!] });
    expect(all([rg, sa]).get(sa.urn!)).toMatchObject({ from: "inherited", code: "swedencentral" });
  });
  it("locates a child through the located Azure resources it depends on", () => {
    const sa = res("azure-native:storage:StorageAccount", "sa", { location: "northeurope" });
    const container = res("azure-native:storage:BlobContainer", "c", { accountName: "sa1" }, { dependencies: [sa.urn!] });
    expect(all([sa, container]).get(container.urn!)).toMatchObject({ from: "inherited", code: "northeurope", source: sa.urn });
  });
  it("cannot tell when the resource group is not in the program", () => {
    const sa = res("azure-native:storage:StorageAccount", "sa", { resourceGroupName: "existing-rg" });
    const loc = all([sa]).get(sa.urn!);
    expect(loc).toMatchObject({ from: "unknown", inherits: { value: "existing-rg" } });
    expect(loc?.reason).toBe(
      "it takes its location from its resource group (resourceGroupName), which is not in this program or has no readable location",
    );
  });
  it("treats location global on a data-bearing type as no region", () => {
    const loc = locate("azure-native:storage:StorageAccount", { location: "global", resourceGroupName: "rg" }, {});
    expect(loc.code).toBeUndefined();
    expect(loc.reason).toBe('its location is "global": it runs worldwide, not in one region');
  });
});

describe("GCP", () => {
  it("maps multi- and dual-region codes case-insensitively", () => {
    expect(locate("gcp:storage/bucket:Bucket", { location: "EU" }, {})).toMatchObject({ code: "eu" });
    expect(locate("gcp:storage/bucket:Bucket", { location: "EUR4" }, {})).toMatchObject({ code: "eur4" });
    expect(locate("gcp:storage/bucket:Bucket", { location: "eur5" }, {})).toMatchObject({ code: "eur5" });
    expect(locate("gcp:storage/bucket:Bucket", { location: "EUROPE-WEST3" }, {})).toMatchObject({ code: "europe-west3" });
  });
  it("reads the region off a zone, the resource's or the provider's", () => {
    expect(locate("gcp:compute/instance:Instance", { zone: "europe-west3-b" }, {})).toMatchObject({
      from: "resource",
      code: "europe-west3",
      zone: "europe-west3-b",
    });
    expect(locate("gcp:compute/instance:Instance", {}, { zone: "europe-west4-a" })).toMatchObject({
      from: "provider",
      code: "europe-west4",
    });
  });
  it("reads a KMS key's location off its key ring id, else from the key ring in the program", () => {
    expect(
      locate("gcp:kms/cryptoKey:CryptoKey", { keyRing: "projects/p/locations/europe-west4/keyRings/r" }, { region: "us-central1" }),
    ).toMatchObject({ from: "resource", code: "europe-west4" });
    const ring = res("gcp:kms/keyRing:KeyRing", "ring", { location: "europe-west1" });
    const key = res("gcp:kms/cryptoKey:CryptoKey", "key", { keyRing: "ring-id" }, { dependencies: [ring.urn!] });
    expect(all([ring, key]).get(key.urn!)).toMatchObject({ from: "inherited", code: "europe-west1" });
  });
  it("locates a bucket object through its bucket, not the provider", () => {
    const bucket = res("gcp:storage/bucket:Bucket", "b", { location: "EUR4", name: "b1" });
    const obj = res("gcp:storage/bucketObject:BucketObject", "o", { bucket: "b1" });
    expect(locate(obj.type, obj.props, { region: "europe-west3" })).toMatchObject({ from: "unknown", inherits: { type: bucket.type } });
    expect(all([bucket, obj]).get(obj.urn!)).toMatchObject({ from: "inherited", code: "eur4" });
  });
  it("treats VPC networks, firewall rules, IAM bindings and DNS as global objects without data", () => {
    expect(locate("gcp:compute/network:Network", {}, {})).toMatchObject({ from: "global", provider: "gcp" });
    expect(locate("gcp:dns/recordSet:RecordSet", {}, {})).toMatchObject({ from: "global" });
    expect(locate("gcp:storage/bucketIAMMember:BucketIAMMember", { bucket: "b" }, {})).toMatchObject({ from: "global" });
  });
});

describe("Scaleway, OVHcloud, Hetzner", () => {
  it("reads Scaleway zones and the provider's region", () => {
    expect(locate("scaleway:instance/server:Server", { zone: "fr-par-2" }, {})).toMatchObject({ code: "fr-par", zone: "fr-par-2" });
    expect(locate("scaleway:object/bucket:Bucket", {}, { region: "pl-waw" })).toMatchObject({ from: "provider", code: "pl-waw" });
  });
  it("maps OVHcloud's codes (GRA, GRA11, gra, older GRA9, DE1) to catalog sites", () => {
    for (const written of ["GRA", "GRA11", "gra", "GRA9"])
      expect(locate("ovh:CloudProject/storage:Storage", { regionName: written }, {})).toMatchObject({ provider: "ovhcloud", code: "gra" });
    expect(locate("ovh:CloudProject/instance:Instance", { region: "DE1" }, {})).toMatchObject({ code: "de" });
    expect(locate("ovh:CloudProject/instance:Instance", { region: "UK1" }, {})).toMatchObject({ code: "uk" });
  });
  it("cannot tell an OVHcloud resource without region (the provider takes none)", () => {
    expect(locate("ovh:CloudProject/storage:Storage", {}, { endpoint: "ovh-eu" })).toMatchObject({ from: "unknown", provider: "ovhcloud" });
  });
  it("reads Hetzner locations and datacenters", () => {
    expect(locate("hcloud:index/server:Server", { location: "nbg1" }, {})).toMatchObject({ provider: "hetzner", code: "nbg1" });
    expect(locate("hcloud:index/primaryIp:PrimaryIp", { datacenter: "fsn1-dc14" }, {})).toMatchObject({ code: "fsn1" });
    expect(locate("hcloud:index/server:Server", {}, { token: "x" }).reason).toContain("Hetzner picks a location itself");
  });
  it("treats Hetzner firewalls and SSH keys as global objects without data", () => {
    expect(locate("hcloud:index/firewall:Firewall", {}, {})).toMatchObject({
      from: "global",
      provider: "hetzner",
      reason: "no location needed: a Hetzner firewall is a project-wide set of rules",
    });
    expect(locate("hcloud:index/sshKey:SshKey", {}, {})).toMatchObject({ from: "global" });
    expect(locate("ovh:index/cloudSSHKey:CloudSSHKey", { serviceName: "p", publicKey: "ssh-ed25519 AAAA" }, {})).toMatchObject({
      from: "global",
    });
  });
  it("locates a Hetzner volume created on a server through the server", () => {
    const server = res("hcloud:index/server:Server", "s", { location: "hel1" });
    const volume = res("hcloud:index/volume:Volume", "v", { serverId: 42 }, { dependencies: [server.urn!] });
    expect(all([server, volume]).get(volume.urn!)).toMatchObject({ from: "inherited", code: "hel1" });
  });
});

describe("OpenStack", () => {
  it("knows Open Telekom Cloud by its IAM auth URL, and its region from the URL when none is set", () => {
    const otc = { authUrl: "https://iam.eu-de.otc.t-systems.com/v3" };
    expect(locate("openstack:compute/instance:Instance", {}, otc)).toMatchObject({ from: "provider", provider: "otc", code: "eu-de" });
    expect(locate("openstack:compute/instance:Instance", { region: "eu-nl" }, otc)).toMatchObject({
      from: "resource",
      provider: "otc",
      code: "eu-nl",
    });
  });
  it("knows OVHcloud's Keystone and its compute region codes", () => {
    expect(
      locate("openstack:objectstorage/container:Container", {}, { authUrl: "https://auth.cloud.ovh.net/v3", region: "GRA11" }),
    ).toMatchObject({ provider: "ovhcloud", code: "gra" });
  });
  it("knows Cleura and pluscloud open by the Keystone URLs the openstack driver configures", () => {
    expect(
      locate("openstack:networking/network:Network", { region: "Kna1" }, { authUrl: "https://kna1.citycloud.com:5000" }),
    ).toMatchObject({ provider: "cleura", code: "Kna1" });
    // The Keystone URL names one region: it locates a resource without a region of its own.
    expect(locate("openstack:networking/network:Network", {}, { authUrl: "https://fra1.citycloud.com:5000/v3" })).toMatchObject({
      from: "provider",
      provider: "cleura",
      code: "Fra1",
    });
    expect(
      locate("openstack:compute/instance:Instance", { region: "prod1" }, { authUrl: "https://prod1.api.pco.get-cloud.io:5000" }),
    ).toMatchObject({ provider: "pluscloud-open", code: "pco-prod1" });
  });
  it("locates an OTC region the driver has no default for (eu-ch2) from its IAM URL, outside the EU", () => {
    expect(locate("openstack:compute/instance:Instance", {}, { authUrl: "https://iam.eu-ch2.otc.t-systems.com/v3" })).toMatchObject({
      provider: "otc",
      code: "eu-ch2",
    });
  });
  it("cannot tell which cloud an unknown auth URL, or none, is", () => {
    expect(
      locate("openstack:compute/instance:Instance", { region: "RegionOne" }, { authUrl: "https://keystone.example.org:5000/v3" }),
    ).toMatchObject({
      from: "unknown",
      region: "RegionOne",
      reason: "its OpenStack provider authenticates at https://keystone.example.org:5000/v3, a cloud the catalog does not know",
    });
    expect(locate("openstack:compute/instance:Instance", { region: "eu-de" }, {}).reason).toContain("has no authUrl");
  });
});

describe("scope", () => {
  it("names packages and leaves provider resources and foreign packages out", () => {
    expect(packageOf("pulumi:providers:gcp")).toBe("gcp");
    expect(locate("pulumi:providers:aws", { region: "us-east-1" })).toMatchObject({ from: "global" });
    expect(locate("random:index/randomPet:RandomPet", {})).toMatchObject({
      from: "unknown",
      reason: 'the locator does not know package "random"',
    });
  });
  it("leaves a value computed during preview to the engine (resource at a time), and marks it in the stack view", () => {
    const proxy = (proxyModule as unknown as { unknownCheckingProxy<T>(v: T): T }).unknownCheckingProxy;
    const props = proxy({ region: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" });
    expect(() => locate("aws:s3/bucket:Bucket", props, {})).toThrow(/can't be known during preview/);
    // A zone computed during preview does not hide a region that is known.
    expect(
      locate("aws:ec2/instance:Instance", proxy({ region: "eu-west-1", availabilityZone: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" }), {}),
    ).toMatchObject({ code: "eu-west-1" });
    const [r] = stackValidationArgs([res("aws:s3/bucket:Bucket", "b", {})]).resources;
    const located = locateAll([{ ...r!, props }]).get(r!.urn);
    expect(located).toMatchObject({ from: "unknown", computed: true });
  });
});
