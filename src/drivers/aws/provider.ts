/**
 * One explicit `aws.Provider` per component, pinned to the placement's Region.
 *
 * An explicit provider does not read the `aws:` stack config the way the default provider does,
 * so the credential and endpoint settings a user put there (profile, assumed roles, ...) are
 * forwarded. `aws:region` is never forwarded: the placement decides the Region, and every regional
 * child also carries the per-resource `region` input.
 */
import * as pulumi from "@pulumi/pulumi";
import type * as aws from "@pulumi/aws";
import type { DriverScope } from "../types";
import { sdk } from "./sdk";

/** `aws:` config keys forwarded to the explicit provider when set in the stack config. */
export const FORWARDED_CONFIG_KEYS = [
  "profile",
  "sharedConfigFiles",
  "sharedCredentialsFiles",
  "assumeRoles",
  "assumeRoleWithWebIdentity",
  "allowedAccountIds",
  "forbiddenAccountIds",
  "customCaBundle",
  "ec2MetadataServiceEndpoint",
  "ec2MetadataServiceEndpointMode",
  "endpoints",
  "httpProxy",
  "httpsProxy",
  "noProxy",
  "insecure",
  "maxRetries",
  "retryMode",
  "s3UsePathStyle",
  "skipCredentialsValidation",
  "skipMetadataApiCheck",
  "skipRegionValidation",
  "skipRequestingAccountId",
  "stsRegion",
  "useDualstackEndpoint",
  "useFipsEndpoint",
  "ignoreTags",
  "tokenBucketRateLimiterCapacity",
] as const;

/** Credentials: forwarded as secrets. */
const SECRET_CONFIG_KEYS = ["accessKey", "secretKey", "token"] as const;

/** What every AWS child needs: the provider, the Region and the resource options. */
export interface AwsContext {
  readonly provider: aws.Provider;
  readonly region: string;
  /** `{ parent, provider }` for every child. */
  readonly opts: pulumi.CustomResourceOptions;
}

/**
 * AWS tag rules (Tagging AWS resources, docs.aws.amazon.com/tag-editor): keys up to 128 and values
 * up to 256 characters of letters, digits, spaces and `_ . : / = + - @`; keys must not start with
 * `aws:`. Other characters become `_`.
 */
export function awsTags(labels: Readonly<Record<string, string>>): Record<string, string> {
  const clean = (s: string, max: number) => s.replace(/[^\p{L}\p{N} _.:/=+\-@]/gu, "_").slice(0, max);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels)) {
    let key = clean(k, 128);
    if (key.toLowerCase().startsWith("aws:")) key = `_${key}`.slice(0, 128);
    if (key.length > 0) out[key] = clean(v, 256);
  }
  return out;
}

/** The provider arguments: the placement's Region, forwarded `aws:` config and default tags. */
export function providerArgs(scope: DriverScope): aws.ProviderArgs {
  const raw = new pulumi.Config("aws");
  const typed = sdk().config as unknown as Record<string, unknown>;
  const args: Record<string, unknown> = { region: scope.placement.region.code };
  for (const key of FORWARDED_CONFIG_KEYS) {
    if (raw.get(key) !== undefined) args[key] = typed[key];
  }
  for (const key of SECRET_CONFIG_KEYS) {
    const v = raw.get(key);
    if (v !== undefined) args[key] = pulumi.secret(v);
  }
  const userTags = (typed["defaultTags"] as { tags?: Record<string, string> } | undefined)?.tags ?? {};
  const tags = { ...userTags, ...awsTags(scope.labels) };
  if (Object.keys(tags).length > 0) args["defaultTags"] = { tags };
  return args as aws.ProviderArgs;
}

/** Create the component's explicit provider (`<name>-provider`) and the options for its children. */
export function awsContext(scope: DriverScope): AwsContext {
  const provider = new (sdk().Provider)(`${scope.name}-provider`, providerArgs(scope), { parent: scope.parent });
  return { provider, region: scope.placement.region.code, opts: { parent: scope.parent, provider } };
}
