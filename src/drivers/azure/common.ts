/**
 * What every Azure child needs: the provider (the user's own, validated by the component, else one
 * shared provider per location and credentials per program run, `azure-francecentral`), its
 * location, its tags, its resource group, and the names Azure wants globally unique. Every child
 * carries its own `location`, so the provider's is only a default.
 */
import { createHash } from "node:crypto";
import * as pulumi from "@pulumi/pulumi";
import type * as azure from "@pulumi/azure-native";
import type { DriverScope } from "../types";
import { forwardConfig } from "../forward-config";
import { childProvider } from "../shared-providers";
import { sdk } from "./sdk";

/** `azure-native:` stack-config keys an explicit provider does not read by itself; forwarded when set. */
export const FORWARDED_STRING_KEYS = [
  "subscriptionId",
  "tenantId",
  "clientId",
  "clientCertificatePath",
  "environment",
  "metadataHost",
  "msiEndpoint",
  "oidcRequestUrl",
  "oidcTokenFilePath",
  "partnerId",
] as const;
export const FORWARDED_BOOLEAN_KEYS = [
  "useOidc",
  "useMsi",
  "useDefaultAzureCredential",
  "disableInstanceDiscovery",
  "disablePulumiPartnerId",
] as const;
/** Forwarded as secrets. */
export const FORWARDED_SECRET_KEYS = ["clientSecret", "clientCertificatePassword", "oidcToken", "oidcRequestToken"] as const;

export interface AzureContext {
  readonly provider: azure.Provider;
  /** The placement's region code, given as `location` to every child that takes one. */
  readonly location: string;
  readonly tags: Record<string, string>;
  /** `{ parent, provider }` for every child. */
  readonly opts: pulumi.CustomResourceOptions;
  /** Subscription and tenant of the deploying identity (one `getClientConfig` invoke, made on first use). */
  readonly client: () => pulumi.Output<azure.authorization.GetClientConfigResult>;
}

/**
 * The provider arguments: the placement's location plus the credential settings from the
 * `azure-native:` stack config. `azure-native:location` is never forwarded: the placement decides.
 */
export function providerArgs(scope: Pick<DriverScope, "placement">): azure.ProviderArgs {
  const forwarded = forwardConfig("azure-native", {
    strings: FORWARDED_STRING_KEYS,
    booleans: FORWARDED_BOOLEAN_KEYS,
    objects: ["auxiliaryTenantIds"],
    secrets: FORWARDED_SECRET_KEYS,
  });
  return { ...forwarded, location: scope.placement.region.code } as azure.ProviderArgs;
}

/** The provider for the component's children (the user's, else the shared one) and their options. */
export function azureContext(scope: DriverScope): AzureContext {
  const provider = childProvider(
    scope,
    "azure-native",
    { name: ["azure", scope.placement.region.code] },
    (name, opts) => new (sdk().Provider)(name, providerArgs(scope), opts),
  );
  let client: pulumi.Output<azure.authorization.GetClientConfigResult> | undefined;
  return {
    provider,
    location: scope.placement.region.code,
    tags: azureTags(scope.labels),
    opts: { parent: scope.parent, provider },
    client: () => (client ??= sdk().authorization.getClientConfigOutput({ parent: scope.parent, provider })),
  };
}

/** Azure caps a storage account at 15 tags (50 elsewhere). */
export const MAX_STORAGE_ACCOUNT_TAGS = 15;

/**
 * Azure tag rules: names must not contain `< > % & \ ? /`; names up to 128 characters on storage
 * accounts (512 elsewhere, so 128 is used everywhere) and values up to 256. Other characters become `_`.
 */
export function azureTags(labels: Readonly<Record<string, string>>, max = 50): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels).slice(0, max)) {
    const key = k.replace(/[<>%&\\?/]/g, "_").slice(0, 128);
    if (key.length > 0) out[key] = v.slice(0, 256);
  }
  return out;
}

/**
 * The component's resource group: an existing one named in overrides, or a new `<name>-rg` (its
 * Azure name auto-generated with a random suffix, so dev and prod stacks in one subscription do
 * not collide).
 */
export function resourceGroup(
  scope: DriverScope,
  ctx: AzureContext,
  existing: string | undefined,
  opts: pulumi.CustomResourceOptions = ctx.opts,
): { name: pulumi.Input<string>; resource?: azure.resources.ResourceGroup } {
  if (existing !== undefined) return { name: existing };
  const rg = new (sdk().resources.ResourceGroup)(`${scope.name}-rg`, { location: ctx.location, tags: ctx.tags }, opts);
  return { name: rg.name, resource: rg };
}

/**
 * 10 hex characters identifying this component, for the names Azure wants globally unique
 * (storage accounts, key vaults): a hash of the subscription id (unique to the customer), the
 * Pulumi project and stack, the component kind and its name.
 */
export function uniqueSuffix(subscriptionId: string, kind: string, name: string): string {
  const key = [subscriptionId, pulumi.getProject(), pulumi.getStack(), kind, name].join("/");
  return createHash("sha256").update(key).digest("hex").slice(0, 10);
}

/** Lowercase letters and digits of a name, at most `max`. */
const alnum = (name: string, max: number) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .slice(0, max);

/**
 * Storage account name: 3-24 lowercase letters and digits, globally unique. azure-native's
 * auto-naming appends a random suffix to the resource name without lower-casing it or removing
 * hyphens (pulumi/pulumi-azure-native#3665), which yields invalid names, so the driver builds the
 * name: the component name's letters and digits (at most 14) plus a 10-character hash.
 */
export function storageAccountName(subscriptionId: string, name: string): string {
  return `${alnum(name, 14)}${uniqueSuffix(subscriptionId, "bucket", name)}`;
}

/** Key Vault name: 3-24 letters, digits and hyphens starting with a letter, globally unique. */
export function keyVaultName(subscriptionId: string, kind: string, name: string): string {
  return `kv${alnum(name, 12)}${uniqueSuffix(subscriptionId, `${kind}-key-vault`, name)}`;
}

/**
 * Blob container name: 3-63 lowercase letters, digits and hyphens; starts with a letter or digit;
 * every hyphen between two letters or digits.
 */
export function containerName(name: string): string {
  const body = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63)
    .replace(/-+$/, "");
  return body.length >= 3 ? body : `${body}${body.length > 0 ? "-" : ""}data`.replace(/^-/, "");
}

export const STORAGE_ACCOUNT_NAME = /^[a-z0-9]{3,24}$/;
export const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/;
export const KEY_VAULT_NAME = /^(?=.{3,24}$)[a-zA-Z](-?[a-zA-Z0-9])*$/;
/** Resource group names: 1-90 of letters, digits, `_ - . ( )`, not ending with `.`. */
export const RESOURCE_GROUP_NAME = /^[-\w.()]{0,89}[-\w()]$/u;
