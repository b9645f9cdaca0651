/**
 * The defect classes of issue 10, one block each: false alarms on global services and component
 * resources, and the silent misses (edge APIs, Cosmos DB locations, S3 replication to an unknown
 * bucket, Kinesis and ECR defaults, inherited Azure locations, non-European GCS multi-regions).
 * Each runs the real rules through `policies()` and `runPolicies`, as the engine would.
 */
import { describe, expect, it } from "vitest";
import { ALL_RULES, policies, runPolicies, type ResourceInput } from "../../src/policy/index";
import { provider, res } from "./helpers";

const US = provider("aws", "default", { region: "us-east-1" });
const EU = provider("aws", "default", { region: "eu-central-1" });

async function findings(resources: readonly ResourceInput[], contract: object | string = "eu") {
  return runPolicies(policies(contract as never), resources, () => ({}));
}
const names = (ds: readonly { policyName: string; urn?: string }[]) => ds.map((d) => `${d.policyName} ${d.urn?.split("::").pop()}`);

describe("global control-plane resources raise no location finding, whatever the default region", () => {
  const globals = (p: typeof US): ResourceInput[] => [
    res("aws:iam/role:Role", "role", { assumeRolePolicy: "{}" }, { provider: p }),
    res("aws:iam/policy:Policy", "policy", { policy: "{}" }, { provider: p }),
    res(
      "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
      "attach",
      { role: "r", policyArn: "arn:aws:iam::aws:policy/x" },
      { provider: p },
    ),
    res("aws:iam/user:User", "user", {}, { provider: p }),
    res("aws:iam/group:Group", "group", {}, { provider: p }),
    res("aws:route53/zone:Zone", "zone", { name: "example.org" }, { provider: p }),
    res("aws:route53/record:Record", "record", { zoneId: "Z1", name: "www", type: "A", records: ["203.0.113.1"] }, { provider: p }),
  ];
  it("in a US stack", async () => {
    expect(names(await findings(globals(US)))).toEqual([]);
  });
  it("in an EU stack, and they are reported global, not at the provider's region", async () => {
    expect(names(await findings(globals(EU)))).toEqual([]);
    const { locate } = await import("../../src/policy/locator");
    expect(locate("aws:iam/role:Role", {}, { region: "eu-central-1" })).toMatchObject({ from: "global" });
    expect(locate("aws:iam/role:Role", {}, { region: "eu-central-1" }).region).toBeUndefined();
  });
  it("Azure private DNS zones and virtual network links (location global)", async () => {
    const rg = res("azure-native:resources:ResourceGroup", "rg", { location: "germanywestcentral", resourceGroupName: "rg" });
    const zone = res("azure-native:privatedns:PrivateZone", "zone", {
      location: "global",
      resourceGroupName: "rg",
      privateZoneName: "privatelink.postgres.database.azure.com",
    });
    const link = res("azure-native:privatedns:VirtualNetworkLink", "link", {
      location: "global",
      resourceGroupName: "rg",
      privateZoneName: "z",
      virtualNetwork: { id: "vnet" },
      registrationEnabled: false,
    });
    expect(names(await findings([rg, zone, link]))).toEqual([]);
  });
  it("GCP service accounts and project IAM", async () => {
    const p = provider("gcp", "default", { region: "us-central1" });
    expect(
      names(
        await findings([
          res("gcp:serviceaccount/account:Account", "sa", { accountId: "app" }, { provider: p }),
          res(
            "gcp:projects/iAMMember:IAMMember",
            "m",
            { role: "roles/viewer", member: "user:a@example.org", project: "p" },
            { provider: p },
          ),
        ]),
      ),
    ).toEqual([]);
  });
});

describe("component resources are never judged: their children are", () => {
  it("the SDK's helpers and a team's component under a provider package get no finding", async () => {
    const sub = res("aws:cloudwatch:EventRuleEventSubscription", "nightly", {}, { provider: US });
    const mine = res("aws:acme:StaticSite", "site", {});
    expect(names(await findings([sub, mine]))).toEqual([]);
  });
});

describe("silent misses", () => {
  it("an API Gateway REST API without endpointConfiguration is EDGE (global-services); REGIONAL is not", async () => {
    const edge = res("aws:apigateway/restApi:RestApi", "api", { name: "api" }, { provider: EU });
    const regional = res(
      "aws:apigateway/restApi:RestApi",
      "api2",
      { name: "api2", endpointConfiguration: { types: "REGIONAL" } },
      { provider: EU },
    );
    const found = await findings([edge, regional]);
    expect(names(found)).toEqual(["global-services api"]);
    expect(found[0]!.message).toContain("EDGE (the default when endpointConfiguration.types is not set)");
  });

  it("a Cosmos DB account with a location outside the contract", async () => {
    const rg = res("azure-native:resources:ResourceGroup", "rg", { location: "westeurope", resourceGroupName: "rg" });
    const cosmos = res("azure-native:cosmosdb:DatabaseAccount", "cosmos", {
      resourceGroupName: "rg",
      location: "westeurope",
      databaseAccountOfferType: "Standard",
      locations: [
        { locationName: "westeurope", failoverPriority: 0 },
        { locationName: "eastus", failoverPriority: 1 },
      ],
    });
    const found = await findings([rg, cosmos], { preset: "eu", replication: "within-contract" });
    expect(found.map((d) => d.message)).toEqual([
      expect.stringMatching(
        /^a Cosmos DB account location \(failover priority 1\) copies data to azure:eastus.*violates the contract's dataLocation clause/,
      ),
    ]);
  });

  it("S3 replication to a bucket ARN that is not in the program is cannot tell, never a pass", async () => {
    const src = res("aws:s3/bucket:Bucket", "src", { bucket: "src-1", region: "eu-central-1" });
    const config = res(
      "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
      "repl",
      {
        bucket: "src-1-id",
        region: "eu-central-1",
        role: "arn:aws:iam::123456789012:role/r",
        rules: [{ id: "all", status: "Enabled", destination: { bucket: "arn:aws:s3:::someone-elses-bucket" } }],
      },
      { dependencies: [src.urn!] },
    );
    const found = (await findings([src, config], { preset: "eu", replication: "within-contract" })).filter(
      (d) => d.policyName === "replication",
    );
    expect(found).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(
          'cannot tell where S3 replication rule "all" copies data to: its destination bucket arn:aws:s3:::someone-elses-bucket is not in this program',
        ),
        cannotTell: { unreadable: expect.stringContaining("the destination of S3 replication rule") },
      }),
    ]);
  });

  it("a Kinesis stream without encryption (API default NONE)", async () => {
    const found = (await findings([res("aws:kinesis/stream:Stream", "events", { shardCount: 1 }, { provider: EU })])).filter(
      (d) => d.policyName === "encryption-at-rest",
    );
    expect(found.map((d) => d.message)).toEqual([
      "Kinesis data stream is not encrypted at rest: encryptionType is not set (the API default is NONE). Contract encryption: provider-managed.",
    ]);
    expect(
      (
        await findings([
          res(
            "aws:kinesis/stream:Stream",
            "events",
            { shardCount: 1, encryptionType: "KMS", kmsKeyId: "alias/aws/kinesis" },
            { provider: EU },
          ),
        ])
      ).filter((d) => d.policyName === "encryption-at-rest"),
    ).toEqual([]);
  });

  it("an ECR repository policy granting Principal * write and delete", async () => {
    const policy = JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: "*", Action: ["ecr:PutImage", "ecr:BatchDeleteImage"] }],
    });
    const found = (
      await findings([res("aws:ecr/repositoryPolicy:RepositoryPolicy", "p", { repository: "app", policy }, { provider: EU })])
    ).filter((d) => d.policyName === "no-public-access");
    expect(found.map((d) => d.message)).toEqual([
      'ECR repository policy grants public access: statement 1 allows ecr:PutImage, ecr:BatchDeleteImage to anyone (Principal "*") without a narrowing condition.',
    ]);
  });

  it("an Azure storage account in an East US resource group carries its own inherited-location violation, whatever else it has", async () => {
    const rg = res("azure-native:resources:ResourceGroup", "rg", { location: "eastus", resourceGroupName: "rg" });
    const sa = res("azure-native:storage:StorageAccount", "data", {
      resourceGroupName: "rg",
      sku: { name: "Standard_LRS" },
      kind: "StorageV2",
      allowBlobPublicAccess: true,
    });
    const found = await findings([rg, sa]);
    const onAccount = found.filter((d) => d.urn === sa.urn).map((d) => d.policyName);
    expect(onAccount).toContain("no-public-access");
    expect(onAccount).toContain("inherited-location");
    expect(found.find((d) => d.urn === sa.urn && d.policyName === "inherited-location")!.message).toMatch(
      /^it takes its location from its resource group: azure:eastus .*violates the contract's dataLocation clause/,
    );
  });

  it("GCS US and ASIA multi-regions and NAM4 are definite violations, not cannot tell", async () => {
    for (const location of ["US", "ASIA", "NAM4", "us-east1"]) {
      const found = (await findings([res("gcp:storage/bucket:Bucket", "b", { location, publicAccessPrevention: "enforced" })])).filter(
        (d) => d.policyName === "data-location",
      );
      expect(found, location).toEqual([
        expect.objectContaining({ message: expect.stringContaining("violates the contract's dataLocation clause") }),
      ]);
      expect(found[0]!.cannotTell, location).toBeUndefined();
    }
  });
});

describe("every mandatory cannot tell names what could not be read", () => {
  it("across the rules", async () => {
    const resources: ResourceInput[] = [
      res("aws:s3/bucket:Bucket", "nowhere", {}),
      res("azure-native:storage:StorageAccount", "orphan", { resourceGroupName: "elsewhere" }),
      res("hcloud:index/volume:Volume", "vol", { size: 10 }),
      res("aws:ec2/instance:Instance", "vm", { ami: "ami-1", instanceType: "t3.micro" }, { provider: EU }),
      res("gcp:pubsub/topic:Topic", "t", {}, { provider: provider("gcp", "default", { region: "europe-west3" }) }),
      res("scaleway:object/bucket:Bucket", "scw", { region: "fr-par" }),
    ];
    const found = await runPolicies(policies("eu", ALL_RULES), resources, () => ({}));
    const cannot = found.filter((d) => d.cannotTell !== undefined);
    expect(cannot.length).toBeGreaterThan(4);
    for (const d of cannot) expect(d.cannotTell!.unreadable.length, d.message).toBeGreaterThan(3);
    // A message saying "cannot tell" always carries the structured field.
    for (const d of found.filter((x) => /cannot tell/i.test(x.message))) expect(d.cannotTell, d.message).toBeDefined();
    expect(found.find((d) => d.urn === resources[4]!.urn && d.policyName === "data-location")?.message).toContain(
      "messageStoragePolicy.allowedPersistenceRegions",
    );
  });
});
