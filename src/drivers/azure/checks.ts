/**
 * Pre-flight checks for what only Azure refuses (names, limits, settings it cannot apply), plus
 * the `overrides.azure` blocks. Pure: they run during validation, before anything exists.
 */
import { known } from "../../catalog/types";
import { problems, show, type Problem } from "../../errors";
import type { BucketSpec, CheckContext, NetworkSpec, VirtualMachineSpec } from "../types";
import { CONTAINER_NAME, KEY_VAULT_NAME, RESOURCE_GROUP_NAME, STORAGE_ACCOUNT_NAME } from "./common";
import { FIRST_PRIORITY, LAST_PRIORITY, MAX_RULE_DESCRIPTION, PRIORITY_STEP } from "./network";

const PATH = "args.overrides.azure";
const BUCKET_KEYS = ["resourceGroupName", "storageAccountName", "containerName", "softDeleteDays", "coldTier", "lockExistingRetentionPolicy", "keyVaultName"];
const NETWORK_KEYS = ["resourceGroupName", "defaultOutboundAccess"];
const VM_KEYS = ["vmSize", "imageUrn", "resourceGroupName", "encryptionAtHost", "trustedLaunch", "osDiskType", "keyVaultName"];
const OS_DISK_TYPES = ["Premium_LRS", "StandardSSD_LRS", "Premium_ZRS", "StandardSSD_ZRS"];
/** Admin user names Azure refuses (OSProfile.adminUsername, Azure Compute API reference). */
export const AZURE_RESERVED_USERS = [
  "administrator", "admin", "user", "user1", "test", "user2", "test1", "user3", "admin1", "1", "123", "a", "actuser", "adm", "admin2",
  "aspnet", "backup", "console", "david", "guest", "john", "owner", "root", "server", "sql", "support", "support_388945a0", "sys",
  "test2", "test3", "user4", "user5",
];

type Block = Readonly<Record<string, unknown>>;

/** The override block as a plain record, with a problem for each key the driver does not know. */
function block(value: unknown, keys: readonly string[]): { o: Block; found: Problem[] } {
  if (value === undefined) return { o: {}, found: [] };
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { o: {}, found: [problems.invalidArgument(PATH, "must be an object.", value, keys.join(", "), `write ${PATH} as { ${keys[0]}: ... }.`)] };
  }
  const o = value as Block;
  const found = Object.keys(o)
    .filter((k) => !keys.includes(k))
    .map((k) => problems.invalidArgument(`${PATH}.${k}`, "is not an Azure override of this component.", k, keys.join(", "), "remove it or fix its spelling."));
  return { o, found };
}

function name(o: Block, key: string, what: string, pattern: RegExp, allowed: string): Problem[] {
  const v = o[key];
  if (v === undefined || (typeof v === "string" && pattern.test(v))) return [];
  return [problems.invalidArgument(`${PATH}.${key}`, `is not a valid Azure ${what}.`, v, allowed, `fix it, or leave ${key} out to use the driver's default.`)];
}

function bool(o: Block, key: string): Problem[] {
  const v = o[key];
  return v === undefined || typeof v === "boolean" ? [] : [problems.invalidArgument(`${PATH}.${key}`, "must be true or false.", v, "true, false", `set ${key} to a boolean.`)];
}

function oneOf(o: Block, key: string, values: readonly string[]): Problem[] {
  const v = o[key];
  return v === undefined || (typeof v === "string" && values.includes(v)) ? [] : [problems.invalidArgument(`${PATH}.${key}`, "is not one of the allowed values.", v, values.join(", "), `use one of ${values.join(", ")}.`)];
}

const RG_ALLOWED = "1-90 letters, digits, underscores, hyphens, periods and parentheses, not ending with a period";
const KV_ALLOWED = "3-24 letters, digits and single hyphens, starting with a letter and ending with a letter or digit (globally unique)";

export function checkBucket(spec: BucketSpec, ctx: CheckContext): Problem[] {
  const { o, found } = block(spec.overrides.azure, BUCKET_KEYS);
  found.push(...name(o, "resourceGroupName", "resource group name", RESOURCE_GROUP_NAME, RG_ALLOWED));
  found.push(...name(o, "storageAccountName", "storage account name", STORAGE_ACCOUNT_NAME, "3-24 lowercase letters and digits (globally unique)"));
  found.push(...name(o, "containerName", "blob container name", CONTAINER_NAME, "3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit"));
  found.push(...name(o, "keyVaultName", "Key Vault name", KEY_VAULT_NAME, KV_ALLOWED));
  found.push(...bool(o, "lockExistingRetentionPolicy"));
  found.push(...oneOf(o, "coldTier", ["Cool", "Cold"]));
  const days = o["softDeleteDays"];
  if (days !== undefined && !(typeof days === "number" && Number.isInteger(days) && days >= 1 && days <= 365)) {
    found.push(problems.invalidArgument(`${PATH}.softDeleteDays`, "Azure keeps soft-deleted blobs and containers for 1 to 365 days.", days, "an integer 1..365", "give a number of days between 1 and 365."));
  }

  const pair = ctx.placement.region.pairedRegion;
  if (spec.geoRedundantTo !== undefined && known(pair) !== spec.geoRedundantTo) {
    found.push(
      problems.providerLimitation(
        "args.geoRedundantTo",
        `Azure geo-redundant storage replicates only to the region's pair, and the pair of ${ctx.placement.region.code} is ${pair?.confirmed ? show(pair.value) : "not confirmed"}.`,
        spec.geoRedundantTo,
        pair?.confirmed && pair.value !== null ? pair.value : "no geo-replication",
        "keep the data in the region (replication: same-region).",
      ),
    );
  }
  if (spec.retentionLocked && o["lockExistingRetentionPolicy"] !== true) {
    found.push(
      problems.providerLimitation(
        "args.retentionLocked",
        "Azure creates an immutability policy only unlocked; it can be locked (irreversibly) only once it exists.",
        true,
        "retentionLocked: false on the first deployment; then retentionLocked: true with overrides.azure.lockExistingRetentionPolicy: true",
        "deploy with retentionLocked: false first, then set retentionLocked: true and overrides.azure.lockExistingRetentionPolicy: true and run `pulumi up` again.",
      ),
    );
  }
  if (!spec.retainOnDelete && !spec.emptyOnDelete && spec.retentionDays === undefined) {
    found.push(
      problems.providerLimitation(
        "args.emptyOnDelete",
        "on Azure, deleting the bucket deletes its storage account with every blob in it: Azure cannot refuse to delete a bucket that still holds objects.",
        { retainOnDelete: false, emptyOnDelete: false },
        "retainOnDelete: true (keep the data), or retainOnDelete: false with emptyOnDelete: true (destroy deletes the data)",
        "set emptyOnDelete: true to confirm that `pulumi destroy` deletes the data, or keep retainOnDelete: true.",
      ),
    );
  }
  return found;
}

export function checkNetwork(spec: NetworkSpec, _ctx: CheckContext): Problem[] {
  const { o, found } = block(spec.overrides.azure, NETWORK_KEYS);
  found.push(...name(o, "resourceGroupName", "resource group name", RESOURCE_GROUP_NAME, RG_ALLOWED));
  found.push(...bool(o, "defaultOutboundAccess"));
  const max = Math.floor((LAST_PRIORITY - FIRST_PRIORITY) / PRIORITY_STEP) + 1;
  if (spec.ingress.length > max) {
    found.push(problems.providerLimitation("args.ingress", `an Azure network security group rule needs a priority between ${FIRST_PRIORITY} and ${LAST_PRIORITY}; the driver spaces rules ${PRIORITY_STEP} apart, which fits ${max} rules.`, `${spec.ingress.length} rules`, `at most ${max} rules`, "merge rules (port ranges, wider source ranges)."));
  }
  spec.ingress.forEach((r, i) => {
    if (r.description.length > MAX_RULE_DESCRIPTION) {
      found.push(problems.providerLimitation(`args.ingress[${i}].description`, `Azure limits a security rule description to ${MAX_RULE_DESCRIPTION} characters.`, `${r.description.length} characters`, `at most ${MAX_RULE_DESCRIPTION} characters`, "shorten the description."));
    }
  });
  return found;
}

export function checkVirtualMachine(spec: VirtualMachineSpec, _ctx: CheckContext): Problem[] {
  const { o, found } = block(spec.overrides.azure, VM_KEYS);
  found.push(...name(o, "resourceGroupName", "resource group name", RESOURCE_GROUP_NAME, RG_ALLOWED));
  found.push(...name(o, "keyVaultName", "Key Vault name", KEY_VAULT_NAME, KV_ALLOWED));
  found.push(...name(o, "vmSize", "VM size", /^[A-Za-z0-9_]+$/, "an Azure VM size name such as Standard_D2s_v5"));
  found.push(...name(o, "imageUrn", "image URN", /^[^:\s]+:[^:\s]+:[^:\s]+:[^:\s]+$/, "publisher:offer:sku:version, e.g. Debian:debian-12:12-gen2:latest"));
  found.push(...bool(o, "encryptionAtHost"), ...bool(o, "trustedLaunch"), ...oneOf(o, "osDiskType", OS_DISK_TYPES));
  if (spec.sshKeys.length === 0) {
    found.push(problems.providerLimitation("args.sshKeys", "Azure requires at least one SSH public key for a Linux VM whose password login is off (it always is).", [], "one or more OpenSSH public keys", "pass the contents of your .pub file in sshKeys."));
  }
  if (AZURE_RESERVED_USERS.includes(spec.adminUsername)) {
    found.push(problems.invalidArgument("args.adminUsername", "Azure refuses this admin user name.", spec.adminUsername, `any valid name except ${AZURE_RESERVED_USERS.slice(0, 8).join(", ")}, ...`, 'use e.g. "sovereign" or "ops".'));
  }
  return found;
}
