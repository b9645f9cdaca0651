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
 * - API Gateway REST APIs and custom domains without an endpoint type are EDGE (edge-optimized,
 *   through CloudFront): "If unspecified, defaults to `EDGE`" (@pulumi/aws types/input.d.ts).
 * The services and their parts are declared in the package modules (src/policy/packages/).
 */
import type { ResourceValidationArgs } from "@pulumi/policy";
import { globalServiceFor, isGlobalServicePart, packageModules } from "../packages/index";
import type { GlobalService } from "../packages/types";
import type { ResourceRule } from "../rule";

export type { GlobalService } from "../packages/types";

/** Every package's global services (declared in the package modules). */
export const GLOBAL_SERVICES: readonly GlobalService[] = packageModules().flatMap((m) => m.globalServices ?? []);

/** True when the type is a global service or part of one: the placement rules leave it to this rule. */
export function isGlobalServiceType(type: string): boolean {
  return isGlobalServicePart(type);
}

/** The global service a resource is, if it is one. */
export function globalServiceOf(args: Pick<ResourceValidationArgs, "type" | "props">): GlobalService | undefined {
  const s = globalServiceFor(args.type);
  return s && (s.when === undefined || s.when(args.props)) ? s : undefined;
}

export const globalServicesRule: ResourceRule = {
  kind: "resource",
  name: "global-services",
  description:
    "No service that receives, caches or terminates data at edge locations worldwide (CDNs, front doors, global load balancers, anycast accelerators).",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Serve from the region itself (a regional load balancer or a regional API endpoint), or a CDN operated inside the contract's countries. If the data is public and you accept worldwide edges, disable this policy for the stack with --policy-pack-config and say why.",
  validate(args, _contract, report) {
    const s = globalServiceOf(args);
    if (s) report(`${s.what} carries data out of the region: ${s.why}.`);
  },
};
