/**
 * global-services: services that by design receive, cache or terminate data outside any one
 * region (CDNs, front doors, global load balancers, anycast accelerators). No region choice makes
 * them compliant, so every use is reported with the reason.
 *
 * Sources for the reasons:
 * - CloudFront: "CloudFront delivers your content through a worldwide network of data centers
 *   called edge locations" (docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Introduction.html).
 * - Azure Front Door / Azure CDN: Microsoft's list of Front Door points of presence worldwide
 *   (learn.microsoft.com/azure/frontdoor/edge-locations-by-abbreviation; applies to Front Door
 *   Standard/Premium, Front Door (classic), CDN Standard from Microsoft); TLS is terminated at the edge.
 * - GCP: "The global external Application Load Balancers are implemented by many proxies called
 *   Google Front Ends (GFEs) ... advertised from various points of presence, and client requests
 *   are directed to the client's nearest GFE" (docs.cloud.google.com/load-balancing/docs/https/request-distribution);
 *   backend buckets are global (a separate RegionBackendBucket exists for regional load balancers);
 *   Cloud CDN caches at Google's edge.
 * - AWS Global Accelerator and S3 Multi-Region Access Points: anycast entry points at AWS edge
 *   locations / routing across Regions (AWS product documentation; not read in full here).
 */
import type { ResourceValidationArgs } from "@pulumi/policy";
import type { ResourceRule } from "../rule";

/** A global service: the type, when it applies, and why it carries data out of the region. */
export interface GlobalService {
  readonly type: string;
  /** What it is, for messages. */
  readonly what: string;
  readonly why: string;
  /** Only when this holds (e.g. a backend service with Cloud CDN enabled). @default always */
  readonly when?: (props: Readonly<Record<string, unknown>>) => boolean;
}

const EDGE = "serves and caches content at edge locations worldwide, outside the contract's region";

export const GLOBAL_SERVICES: readonly GlobalService[] = [
  { type: "aws:cloudfront/distribution:Distribution", what: "a CloudFront distribution", why: `CloudFront ${EDGE}` },
  { type: "aws:globalaccelerator/accelerator:Accelerator", what: "a Global Accelerator", why: "Global Accelerator receives client traffic at AWS edge locations worldwide (anycast)" },
  { type: "aws:s3control/multiRegionAccessPoint:MultiRegionAccessPoint", what: "an S3 Multi-Region Access Point", why: "a Multi-Region Access Point is a global endpoint that routes requests to buckets in several Regions" },
  { type: "azure-native:cdn:Profile", what: "an Azure Front Door / CDN profile", why: `Azure Front Door and Azure CDN terminate TLS and cache at Microsoft's points of presence worldwide` },
  { type: "azure-native:frontdoor:FrontDoor", what: "an Azure Front Door (classic)", why: `Azure Front Door ${EDGE}` },
  { type: "gcp:compute/backendBucket:BackendBucket", what: "a global backend bucket", why: "a backend bucket serves the bucket through Google's global external load balancer, whose Google Front Ends worldwide terminate client connections (and cache when Cloud CDN is on)" },
  {
    type: "gcp:compute/globalForwardingRule:GlobalForwardingRule",
    what: "a global forwarding rule",
    why: "it is the front end of a global external load balancer: Google Front Ends at points of presence worldwide terminate client connections",
    // External schemes (EXTERNAL is the default); internal cross-region load balancers stay in their regions' proxies.
    when: (p) => p.loadBalancingScheme === undefined || p.loadBalancingScheme === "EXTERNAL" || p.loadBalancingScheme === "EXTERNAL_MANAGED",
  },
  { type: "gcp:compute/backendService:BackendService", what: "a global backend service with Cloud CDN", why: "Cloud CDN caches responses at Google's edge worldwide", when: (p) => p.enableCdn === true },
];

/**
 * Types that are parts of a global service and are judged through it (the Front Door/CDN children,
 * URL maps and proxies of global load balancers), not located on their own.
 */
const PARTS: readonly string[] = [
  "azure-native:cdn:",
  "azure-native:frontdoor:",
  "gcp:compute/uRLMap:URLMap",
  "gcp:compute/targetHttpProxy:TargetHttpProxy",
  "gcp:compute/targetHttpsProxy:TargetHttpsProxy",
  "gcp:compute/targetSslProxy:TargetSslProxy",
  "gcp:compute/targetTcpProxy:TargetTcpProxy",
  "gcp:compute/globalAddress:GlobalAddress",
  "gcp:compute/sSLCertificate:SSLCertificate",
  "gcp:compute/managedSslCertificate:ManagedSslCertificate",
  "gcp:compute/sSLPolicy:SSLPolicy",
  "gcp:compute/healthCheck:HealthCheck",
  "gcp:compute/backendBucket:BackendBucket",
  "gcp:compute/globalForwardingRule:GlobalForwardingRule",
  "gcp:compute/backendService:BackendService",
  "aws:cloudfront/",
  "aws:globalaccelerator/",
  "aws:s3control/multiRegionAccessPoint:MultiRegionAccessPoint",
];

/** True when the type is a global service or part of one: the placement rules leave it to this rule. */
export function isGlobalServiceType(type: string): boolean {
  return PARTS.some((p) => (p.endsWith(":") || p.endsWith("/") ? type.startsWith(p) : type === p));
}

/** The global service a resource is, if it is one. */
export function globalServiceOf(args: Pick<ResourceValidationArgs, "type" | "props">): GlobalService | undefined {
  const s = GLOBAL_SERVICES.find((g) => g.type === args.type);
  return s && (s.when === undefined || s.when(args.props)) ? s : undefined;
}

export const globalServicesRule: ResourceRule = {
  kind: "resource",
  name: "global-services",
  description: "No service that receives, caches or terminates data at edge locations worldwide (CDNs, front doors, global load balancers, anycast accelerators).",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Serve from the region itself: a regional load balancer (AWS ALB/NLB, Azure Application Gateway, GCP regional external Application Load Balancer), or a CDN operated inside the contract's countries. If the data is public and you accept worldwide edges, disable this policy for the stack with --policy-pack-config and say why.",
  validate(args, _contract, report) {
    const s = globalServiceOf(args);
    if (s) report(`${s.what} carries data out of the region: ${s.why}.`);
  },
};
