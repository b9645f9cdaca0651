/**
 * Explicit providers for Hetzner: an `hcloud.Provider` for Hetzner Cloud (one shared per credentials
 * per program run, `hetzner-cloud`), and, for a Bucket, an `aws.Provider` pointed at Hetzner Object
 * Storage's S3 endpoint of the location (one shared per location and credentials,
 * `hetzner-objectstorage-fsn1`). A user's own provider passed to the component (`hcloud`, or `aws`
 * for a Bucket) is used instead, after the component validated it.
 *
 * An explicit provider does not read its namespace's stack config, so the `hcloud:` settings a user
 * put there are forwarded (the token as a secret). Hetzner Cloud providers take no location: every
 * located child carries `location` (servers, volumes) or `networkZone` (subnets) itself.
 */
import type * as pulumi from "@pulumi/pulumi";
import type * as aws from "@pulumi/aws";
import type * as hcloud from "@pulumi/hcloud";
import { forwardConfig } from "../forward-config";
import { childProvider } from "../shared-providers";
import type { DriverScope } from "../types";
import type { HetznerBucketOverrides } from "./overrides";
import { s3Sdk, sdk } from "./sdk";

/** `hcloud:` stack config forwarded to the explicit provider (`token` as a secret). */
export const HCLOUD_FORWARDED = { strings: ["endpoint", "endpointHetzner", "pollInterval", "pollFunction"], secrets: ["token"] } as const;

/**
 * Stack config namespace for the Object Storage S3 credentials (created in the Hetzner Cloud
 * Console): `pulumi config set --secret hetzner-objectstorage:accessKey ...` and `...:secretKey`.
 * Without them the S3 provider falls back to AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.
 */
export const OBJECT_STORAGE_CONFIG = "hetzner-objectstorage";

/** The S3 endpoint of Hetzner Object Storage in a location (`https://fsn1.your-objectstorage.com`). */
export function objectStorageEndpoint(location: string): string {
  return `https://${location}.your-objectstorage.com`;
}

/**
 * Hetzner label rules (Hetzner Cloud API reference, "Labels"): keys and values of at most 63
 * characters of letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit (keys
 * may carry a DNS-style prefix, which is not used here). Other characters become `_`.
 */
export function hetznerLabels(labels: Readonly<Record<string, string>>): Record<string, string> {
  const clean = (s: string) =>
    s
      .replace(/[^A-Za-z0-9._-]/g, "_")
      .slice(0, 63)
      .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "");
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels)) {
    const key = clean(k);
    if (key !== "") out[key] = clean(v);
  }
  return out;
}

/** What every hcloud child needs: the provider and `{ parent, provider }`. */
export interface HcloudContext {
  readonly provider: hcloud.Provider;
  readonly opts: pulumi.CustomResourceOptions;
  readonly labels: Record<string, string>;
}

export function hcloudProviderArgs(): hcloud.ProviderArgs {
  return forwardConfig("hcloud", HCLOUD_FORWARDED) as hcloud.ProviderArgs;
}

/** The hcloud provider for the component's children (the user's, else the shared one). */
export function hcloudContext(scope: DriverScope): HcloudContext {
  const provider = childProvider(
    scope,
    "hcloud",
    { name: ["hetzner-cloud"] },
    (name, opts) => new (sdk().Provider)(name, hcloudProviderArgs(), opts),
  );
  return { provider, opts: { parent: scope.parent, provider }, labels: hetznerLabels(scope.labels) };
}

/**
 * The S3 provider for Hetzner Object Storage: the location code as the region (it is what the
 * endpoint signs with), the location's endpoint, and every AWS-only check switched off (no STS,
 * no account id, no AWS region list, no EC2 metadata). No default tags: Hetzner does not support
 * bucket tagging (Hetzner Object Storage docs, "List of supported actions").
 */
export function objectStorageProviderArgs(location: string, o: HetznerBucketOverrides): aws.ProviderArgs {
  const creds = forwardConfig(OBJECT_STORAGE_CONFIG, { secrets: ["accessKey", "secretKey"] });
  return {
    region: location,
    endpoints: [{ s3: objectStorageEndpoint(location) }],
    skipCredentialsValidation: true,
    skipRequestingAccountId: true,
    skipRegionValidation: true,
    skipMetadataApiCheck: true,
    ...(o.pathStyle === true ? { s3UsePathStyle: true } : {}),
    ...creds,
  } as aws.ProviderArgs;
}

/** The Bucket's S3 provider at the placement's location (the user's aws provider, else the shared one). */
export function objectStorageContext(
  scope: DriverScope,
  o: HetznerBucketOverrides,
): { provider: aws.Provider; opts: pulumi.CustomResourceOptions } {
  const location = scope.placement.region.code;
  const key = {
    name: ["hetzner-objectstorage", location],
    config: OBJECT_STORAGE_CONFIG,
    distinct: o.pathStyle === true ? "path-style" : "virtual-hosted",
  };
  const provider = childProvider(
    scope,
    "aws",
    key,
    (name, opts) => new (s3Sdk().Provider)(name, objectStorageProviderArgs(location, o), opts),
  );
  return { provider, opts: { parent: scope.parent, provider } };
}
