/**
 * Bucket names on the S3-compatible object stores (AWS S3, Scaleway, Hetzner, OVHcloud): the rules
 * they share, with each provider's differences passed in as {@link BucketNameRules}.
 *
 * Shared (Amazon S3 User Guide, "General purpose bucket naming rules"; Scaleway Object Storage FAQ;
 * Hetzner Object Storage FAQ; OVHcloud Object Storage naming, all S3 rules): lowercase letters,
 * digits and hyphens, beginning and ending with a letter or digit, at most 63 characters (one DNS
 * label). Dots, which S3 allows, are refused everywhere: a dotted name does not match the
 * `*.<endpoint>` TLS certificate, so HTTPS to the virtual-hosted bucket would fail.
 *
 * A bucket without an explicit name is auto-named by Pulumi `<name>-<7 random characters>`, so the
 * component name must be a valid prefix (it may end with a hyphen) of at most 63 - 8 characters.
 */
import { problems, type Problem } from "../../errors";

/** One DNS label. */
export const BUCKET_NAME_MAX = 63;
/** Pulumi's auto-name suffix: a hyphen and 7 random characters. */
export const AUTONAME_SUFFIX = 8;
/** The longest component name that still fits with the auto-name suffix. */
export const PREFIX_MAX = BUCKET_NAME_MAX - AUTONAME_SUFFIX;

/** What differs between providers. */
export interface BucketNameRules {
  /** The overrides block the explicit name is read from (`aws`, `scaleway`, ...), for paths and hints. */
  readonly overrides: "aws" | "scaleway" | "hetzner" | "ovhcloud";
  /** How messages name the thing: "an S3 bucket", "a Scaleway bucket", "an OVHcloud container". */
  readonly what: string;
  /** Shortest explicit name. */
  readonly minLength: number;
  /** Prefixes the provider reserves (AWS: `xn--`, `sthree-`, ...). */
  readonly reservedPrefixes?: readonly string[];
  /** Suffixes the provider reserves (AWS: `-s3alias`, ...). */
  readonly reservedSuffixes?: readonly string[];
}

const PREFIX_SHAPE = /^[a-z0-9][a-z0-9-]*$/;

function shapeProblem(name: string, rules: BucketNameRules): string | undefined {
  if (!PREFIX_SHAPE.test(name)) return "bucket names take only lowercase letters, digits and hyphens, starting with a letter or digit";
  const prefix = rules.reservedPrefixes?.find((p) => name.startsWith(p));
  return prefix === undefined ? undefined : `the prefix "${prefix}" is reserved`;
}

/** Why `name` cannot be the bucket's full name, or `undefined` when it can. */
export function fullNameProblem(name: unknown, rules: BucketNameRules): string | undefined {
  if (typeof name !== "string") return "it is not a string";
  return (
    shapeProblem(name, rules) ??
    (name.length < rules.minLength || name.length > BUCKET_NAME_MAX
      ? `bucket names are ${rules.minLength}-${BUCKET_NAME_MAX} characters`
      : undefined) ??
    (name.endsWith("-") ? "bucket names end with a letter or digit" : undefined) ??
    rules.reservedSuffixes?.filter((s) => name.endsWith(s)).map((s) => `the suffix "${s}" is reserved`)[0]
  );
}

/** Why `name` cannot prefix an auto-named bucket, or `undefined` when it can. */
export function prefixProblem(name: string, rules: BucketNameRules): string | undefined {
  return (
    shapeProblem(name, rules) ??
    (name.length > PREFIX_MAX
      ? `the name is ${name.length} characters; with the random suffix the bucket name would exceed ${BUCKET_NAME_MAX}`
      : undefined)
  );
}

/**
 * The bucket name's problems: the explicit name (`overrides.<provider>.bucketName`) when there is
 * one, else the component name as the auto-name's prefix.
 */
export function bucketNameProblems(componentName: string, bucketName: unknown, rules: BucketNameRules): Problem[] {
  const path = `overrides.${rules.overrides}.bucketName`;
  if (bucketName === undefined) {
    const why = prefixProblem(componentName, rules);
    if (why === undefined) return [];
    return [
      problems.invalidArgument(
        "name",
        `"${componentName}" cannot prefix the name of ${rules.what}: ${why}.`,
        componentName,
        `1-${PREFIX_MAX} lowercase letters, digits and hyphens`,
        `rename the component, or set ${path}.`,
      ),
    ];
  }
  const why = fullNameProblem(bucketName, rules);
  if (why === undefined) return [];
  return [
    problems.invalidArgument(
      path,
      `"${String(bucketName)}" is not a valid name for ${rules.what}: ${why}.`,
      bucketName,
      `${rules.minLength}-${BUCKET_NAME_MAX} lowercase letters, digits and hyphens, starting and ending with a letter or digit`,
      "choose another bucket name.",
    ),
  ];
}
