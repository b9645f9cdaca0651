import { describe, expect, it } from "vitest";
import { globalServicesRule } from "../../../src/policy/rules/global-services";
import { diagnostics, messages, res } from "../helpers";

const rule = globalServicesRule;

describe("global-services: compliant", () => {
  it("passes regional load balancers, internal global forwarding rules and backend services without Cloud CDN", async () => {
    const resources = [
      res("aws:lb/loadBalancer:LoadBalancer", "alb", { region: "eu-central-1" }),
      res("gcp:compute/regionBackendService:RegionBackendService", "rbs", { region: "europe-west3" }),
      res("gcp:compute/globalForwardingRule:GlobalForwardingRule", "internal", { loadBalancingScheme: "INTERNAL_MANAGED" }),
      res("gcp:compute/backendService:BackendService", "no-cdn", { enableCdn: false }),
      res("azure-native:network:ApplicationGateway", "agw", { location: "francecentral" }),
    ];
    expect(await messages(rule, resources)).toEqual([]);
  });
});

describe("global-services: one violation per service", () => {
  it("a CloudFront distribution (mandatory)", async () => {
    expect(await diagnostics(rule, [res("aws:cloudfront/distribution:Distribution", "cdn", { enabled: true })])).toEqual([
      {
        policyName: "global-services",
        enforcementLevel: "mandatory",
        urn: "urn:pulumi:test::test::aws:cloudfront/distribution:Distribution::cdn",
        message:
          "a CloudFront distribution carries data out of the region: CloudFront serves and caches content at edge locations worldwide, outside the contract's region.",
      },
    ]);
  });

  const cases: [string, Record<string, unknown>, string][] = [
    [
      "aws:globalaccelerator/accelerator:Accelerator",
      {},
      "a Global Accelerator carries data out of the region: Global Accelerator receives client traffic at AWS edge locations worldwide (anycast).",
    ],
    [
      "aws:s3control/multiRegionAccessPoint:MultiRegionAccessPoint",
      {},
      "an S3 Multi-Region Access Point carries data out of the region: a Multi-Region Access Point is a global endpoint that routes requests to buckets in several Regions.",
    ],
    [
      "azure-native:cdn:Profile",
      { location: "global", sku: { name: "Standard_AzureFrontDoor" } },
      "an Azure Front Door / CDN profile carries data out of the region: Azure Front Door and Azure CDN terminate TLS and cache at Microsoft's points of presence worldwide.",
    ],
    [
      "azure-native:frontdoor:FrontDoor",
      { location: "global" },
      "an Azure Front Door (classic) carries data out of the region: Azure Front Door serves and caches content at edge locations worldwide, outside the contract's region.",
    ],
    [
      "gcp:compute/backendBucket:BackendBucket",
      { bucketName: "b" },
      "a global backend bucket carries data out of the region: a backend bucket serves the bucket through Google's global external load balancer, whose Google Front Ends worldwide terminate client connections (and cache when Cloud CDN is on).",
    ],
    [
      "gcp:compute/globalForwardingRule:GlobalForwardingRule",
      {},
      "a global forwarding rule carries data out of the region: it is the front end of a global external load balancer: Google Front Ends at points of presence worldwide terminate client connections.",
    ],
    [
      "gcp:compute/globalForwardingRule:GlobalForwardingRule",
      { loadBalancingScheme: "EXTERNAL_MANAGED" },
      "a global forwarding rule carries data out of the region: it is the front end of a global external load balancer: Google Front Ends at points of presence worldwide terminate client connections.",
    ],
    [
      "gcp:compute/backendService:BackendService",
      { enableCdn: true },
      "a global backend service with Cloud CDN carries data out of the region: Cloud CDN caches responses at Google's edge worldwide.",
    ],
  ];
  for (const [type, props, message] of cases) {
    it(`${type} ${JSON.stringify(props)}`, async () => {
      expect(await messages(rule, [res(type, "g", props)])).toEqual([message]);
    });
  }
});
