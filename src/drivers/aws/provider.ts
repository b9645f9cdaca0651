/**
 * The `aws.Provider` of AWS children: the user's own (validated by the component), else one shared
 * provider per Region and credentials per program run (`aws-eu-central-1`, see shared-providers.ts).
 *
 * An explicit provider does not read the `aws:` stack config the way the default provider does,
 * so the credential and endpoint settings a user put there (profile, assumed roles, ...) are
 * forwarded. `aws:region` is never forwarded: the placement decides the Region, and every regional
 * child also carries the per-resource `region` input, so a user provider configured for another
 * Region (or whose Region is only known at deploy time) still places every child in the target's.
 * The component's labels are tags on each taggable child (a shared provider cannot carry one
 * component's labels as `defaultTags`); `aws:defaultTags` from the stack config stays on the provider.
 */
import * as pulumi from "@pulumi/pulumi";
import type * as aws from "@pulumi/aws";
import { childProvider } from "../shared-providers";
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
  /** The component's labels as AWS tags, for every child that takes tags. */
  readonly tags: Record<string, string>;
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

/** The provider arguments: the placement's Region, forwarded `aws:` config and `aws:defaultTags`. */
export function providerArgs(scope: Pick<DriverScope, "placement">): aws.ProviderArgs {
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
  const userTags = (typed["defaultTags"] as { tags?: Record<string, string> } | undefined)?.tags;
  if (userTags !== undefined && Object.keys(userTags).length > 0) args["defaultTags"] = { tags: userTags };
  return args as aws.ProviderArgs;
}

/** The provider for the component's children (the user's, else the shared one) and their options. */
export function awsContext(scope: DriverScope): AwsContext {
  const region = scope.placement.region.code;
  const provider = childProvider(
    scope,
    "aws",
    { name: ["aws", region] },
    (name, opts) => new (sdk().Provider)(name, providerArgs(scope), opts),
  );
  return { provider, region, opts: { parent: scope.parent, provider }, tags: awsTags(scope.labels) };
}

/** Tags for one child: the component's labels plus the child's own (`Name`). */
export function childTags(ctx: Pick<AwsContext, "tags">, own: Record<string, string> = {}): Record<string, string> {
  return { ...ctx.tags, ...own };
}
