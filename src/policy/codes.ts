/**
 * From what a program writes (a region, zone or location in a provider's own spelling, an S3
 * endpoint, an OpenStack auth URL) to the catalog: which provider, which catalog region. Pure: no
 * Pulumi. Anything not recognised here is `undefined`, which the locator reports as "cannot tell".
 *
 * Where the spellings come from:
 * - Hetzner Object Storage `https://<location>.your-objectstorage.com`, OVHcloud S3
 *   `s3.<region>.io.cloud.ovh.net` and Scaleway `s3.<region>.scw.cloud`: residency-facts §4 (the
 *   same endpoints the drivers use).
 * - Open Telekom Cloud `iam.<region>...` (IAM/Keystone) and `obs.<region>.otc.t-systems.com` (OBS): the catalog source
 *   `otc-regions-endpoints` (opentelekomcloud-docs/regions-and-endpoints).
 * - OpenStack Keystone URLs (OTC, Cleura, pluscloud open, OVHcloud): the openstack driver's
 *   per-cloud table (src/catalog/openstack-clouds.ts) with its sources. A Keystone URL not in it is "cannot tell".
 */
import { findRegion, regionsOf } from "../catalog/regions/index";
import type { ProviderId, RegionFacts } from "../catalog/types";
import { CLOUDS, type CloudDefaults } from "../catalog/openstack-clouds";

/**
 * The catalog region for a code as a provider's API writes it, or `undefined` when the catalog
 * does not have it. Case-insensitive; also matches `apiCodes` (OVHcloud `GRA11` -> `gra`), zones
 * (Scaleway `fr-par-1`, GCP `europe-west3-b`), Azure display names (`West Europe`) and Hetzner
 * datacenters (`fsn1-dc14`).
 */
export function catalogRegion(provider: ProviderId, written: string): RegionFacts | undefined {
  const w = written.trim();
  if (w === "") return undefined;
  const exact = findRegion(provider, w) ?? findRegion(provider, w.toLowerCase());
  if (exact) return exact;
  const lower = w.toLowerCase();
  const regions = regionsOf(provider);
  const byCode = (c: string) => regions.find((r) => r.code.toLowerCase() === c);
  const byApi = (c: string) => regions.find((r) => Object.values(r.apiCodes ?? {}).some((a) => a?.toLowerCase() === c));
  switch (provider) {
    case "azure":
      return byCode(lower.replace(/\s+/g, ""));
    case "gcp":
      return byCode(lower) ?? byCode(lower.replace(/-[a-z]$/, ""));
    case "scaleway":
      return byCode(lower.replace(/-\d+$/, ""));
    case "hetzner":
      return byCode(lower.replace(/-dc\d+$/, ""));
    case "ovhcloud":
      // GRA11 (compute), gra (S3), and older compute regions of the same site (GRA7, GRA9, SBG7: the catalog notes them).
      return byCode(lower) ?? byApi(lower) ?? byCode(lower.replace(/\d+$/, ""));
    default:
      return byCode(lower) ?? byApi(lower);
  }
}

/** A place an endpoint or auth URL points at; `region` as the URL writes it. */
export interface EndpointPlace {
  readonly provider: ProviderId;
  readonly region: string;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

const S3_HOSTS: readonly (readonly [RegExp, ProviderId])[] = [
  [/^([a-z0-9-]+)\.your-objectstorage\.com$/, "hetzner"],
  [/^s3\.([a-z0-9-]+)\.scw\.cloud$/, "scaleway"],
  [/^s3\.([a-z0-9-]+)\.io\.cloud\.ovh\.net$/, "ovhcloud"],
  [/^obs\.([a-z0-9-]+)\.otc\.t-systems\.com$/, "otc"],
  [/^s3[.-]([a-z0-9-]+)\.amazonaws\.com$/, "aws"],
];

/** Where an S3 endpoint URL sends data, if it is one the catalog knows. */
export function s3EndpointPlace(url: string): EndpointPlace | undefined {
  const host = hostOf(url);
  if (host === undefined) return undefined;
  for (const [re, provider] of S3_HOSTS) {
    const m = re.exec(host);
    if (m?.[1]) return { provider, region: m[1] };
  }
  return undefined;
}

/**
 * The OpenStack cloud behind a Keystone auth URL, if the catalog knows it: the same per-cloud
 * Keystone URLs the openstack driver configures (src/catalog/openstack-clouds.ts), so what the
 * driver deploys the locator can read back. `region` is set when the URL names one region only.
 */
export function openStackCloud(authUrl: string): { provider: ProviderId; region?: string } | undefined {
  const host = hostOf(authUrl);
  if (host === undefined) return undefined;
  for (const [provider, cloud] of Object.entries(CLOUDS) as [ProviderId, CloudDefaults][]) {
    if (!cloud.authUrl) continue;
    const regions = regionsOf(provider).filter((r) => {
      const url = cloud.authUrl!(r)?.value;
      return url !== undefined && hostOf(url) === host;
    });
    if (regions.length === 1) return { provider, region: regions[0]!.code };
    if (regions.length > 1) return { provider };
  }
  // OTC names every region's IAM endpoint the same way (otc-regions-endpoints), also the ones the
  // driver has no default for (eu-ch2), so those are located, not "cannot tell".
  const otc = /^iam\.([a-z0-9-]+)\.otc\.t-systems\.com$/.exec(host);
  return otc?.[1] ? { provider: "otc", region: otc[1] } : undefined;
}
