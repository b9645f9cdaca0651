/**
 * Google Cloud naming rules the driver depends on: labels, network tags and the names Pulumi
 * derives for child resources. Pure functions; no SDK.
 */
import { problems, type Problem } from "../../errors";

/** Longest component name the driver accepts: the longest child suffix (`-ingress-NN`, 11) plus Pulumi's random suffix (8) must fit in 63. */
export const MAX_NAME_LENGTH = 40;

/**
 * GCP label rules: keys and values at most 63 characters of lowercase letters, digits, `_` and `-`;
 * keys start with a lowercase letter; at most 64 labels per resource. Other characters become `_`,
 * upper case becomes lower case, a key that does not start with a letter gets a `k_` prefix.
 */
export function sanitizeLabels(labels: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels).slice(0, 64)) {
    let key = k.toLowerCase().replace(/[^a-z0-9_-]/g, "_");
    if (!/^[a-z]/.test(key)) key = `k_${key}`;
    out[key.slice(0, 63)] = v
      .toLowerCase()
      .replace(/[^a-z0-9_-]/g, "_")
      .slice(0, 63);
  }
  return out;
}

/**
 * The network tag that binds a network's firewall rules to its VMs. Tags follow RFC 1035: 1-63
 * lowercase letters, digits and hyphens, starting with a letter and not ending with a hyphen.
 */
export function networkTag(name: string): string {
  const body = name
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, "-")
    .replace(/-+/g, "-");
  return `sc-${body}`.slice(0, 63).replace(/-+$/, "");
}

/**
 * Child resources are auto-named by Pulumi from the component name plus a random suffix, and GCP
 * names (networks, subnetworks, firewalls, instances, buckets) must be RFC 1035 labels.
 */
export function checkComponentName(name: string): Problem[] {
  if (/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(name) && name.length <= MAX_NAME_LENGTH) return [];
  return [
    problems.invalidArgument(
      "name",
      `on Google Cloud the component name becomes part of resource names, which must be lowercase RFC 1035 labels of at most 63 characters (with the driver's suffixes, the name may have at most ${MAX_NAME_LENGTH}).`,
      name,
      `lowercase letters, digits and hyphens; starts with a letter, does not end with a hyphen; at most ${MAX_NAME_LENGTH} characters`,
      "rename the component (e.g. `docs-bucket`).",
    ),
  ];
}

/** Cloud Storage bucket names: 3-63 of [a-z0-9._-], starting and ending alphanumeric; no `goog` prefix, no `google`. */
export function checkBucketName(path: string, name: string): Problem[] {
  const ok = /^[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]$/.test(name) && !name.startsWith("goog") && !name.includes("google");
  if (ok) return [];
  return [
    problems.invalidArgument(
      path,
      "is not a valid Cloud Storage bucket name.",
      name,
      "3-63 lowercase letters, digits, hyphens, underscores and dots; starts and ends with a letter or digit; does not start with `goog` or contain `google`",
      "choose a valid, globally unique bucket name or leave it out to get an auto-generated one.",
    ),
  ];
}

/** A Cloud KMS crypto key resource name. */
export const KMS_KEY_NAME = /^projects\/[^/]+\/locations\/[^/]+\/keyRings\/[^/]+\/cryptoKeys\/[^/]+$/;

/** Rotation period in the form Cloud KMS takes (`<seconds>s`). */
export function rotationPeriod(days: number): string {
  return `${days * 86_400}s`;
}
