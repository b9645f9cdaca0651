/**
 * Pre-flight checks for what only Azure refuses (names, limits, settings it cannot apply), plus
 * the `overrides.azure` blocks. Pure: they run during validation, before anything exists.
 */
import { known } from "../../catalog/types";
import { problems, show, type Problem } from "../../errors";
import type { BucketSpec, CheckContext, NetworkSpec, VirtualMachineSpec } from "../types";
import { overrideProblems } from "../override-schema";
import { AZURE_BUCKET_OVERRIDES, AZURE_NETWORK_OVERRIDES, AZURE_VM_OVERRIDES } from "./overrides-schema";
import { FIRST_PRIORITY, LAST_PRIORITY, MAX_RULE_DESCRIPTION, PRIORITY_STEP } from "./network";

/** Admin user names Azure refuses (OSProfile.adminUsername, Azure Compute API reference). */
export const AZURE_RESERVED_USERS = [
  "administrator",
  "admin",
  "user",
  "user1",
  "test",
  "user2",
  "test1",
  "user3",
  "admin1",
  "1",
  "123",
  "a",
  "actuser",
  "adm",
  "admin2",
  "aspnet",
  "backup",
  "console",
  "david",
  "guest",
  "john",
  "owner",
  "root",
  "server",
  "sql",
  "support",
  "support_388945a0",
  "sys",
  "test2",
  "test3",
  "user4",
  "user5",
];

export function checkBucket(spec: BucketSpec, ctx: CheckContext): Problem[] {
  const found = overrideProblems(AZURE_BUCKET_OVERRIDES, spec.overrides.azure);

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
  if (spec.retentionLocked && spec.overrides.azure?.lockExistingRetentionPolicy !== true) {
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
  const found = overrideProblems(AZURE_NETWORK_OVERRIDES, spec.overrides.azure);
  const max = Math.floor((LAST_PRIORITY - FIRST_PRIORITY) / PRIORITY_STEP) + 1;
  if (spec.ingress.length > max) {
    found.push(
      problems.providerLimitation(
        "args.ingress",
        `an Azure network security group rule needs a priority between ${FIRST_PRIORITY} and ${LAST_PRIORITY}; the driver spaces rules ${PRIORITY_STEP} apart, which fits ${max} rules.`,
        `${spec.ingress.length} rules`,
        `at most ${max} rules`,
        "merge rules (port ranges, wider source ranges).",
      ),
    );
  }
  spec.ingress.forEach((r, i) => {
    if (r.description.length > MAX_RULE_DESCRIPTION) {
      found.push(
        problems.providerLimitation(
          `args.ingress[${i}].description`,
          `Azure limits a security rule description to ${MAX_RULE_DESCRIPTION} characters.`,
          `${r.description.length} characters`,
          `at most ${MAX_RULE_DESCRIPTION} characters`,
          "shorten the description.",
        ),
      );
    }
  });
  return found;
}

export function checkVirtualMachine(spec: VirtualMachineSpec, _ctx: CheckContext): Problem[] {
  const found = overrideProblems(AZURE_VM_OVERRIDES, spec.overrides.azure);
  if (spec.sshKeys.length === 0) {
    found.push(
      problems.providerLimitation(
        "args.sshKeys",
        "Azure requires at least one SSH public key for a Linux VM whose password login is off (it always is).",
        [],
        "one or more OpenSSH public keys",
        "pass the contents of your .pub file in sshKeys.",
      ),
    );
  }
  if (AZURE_RESERVED_USERS.includes(spec.adminUsername)) {
    found.push(
      problems.invalidArgument(
        "args.adminUsername",
        "Azure refuses this admin user name.",
        spec.adminUsername,
        `any valid name except ${AZURE_RESERVED_USERS.slice(0, 8).join(", ")}, ...`,
        'use e.g. "sovereign" or "ops".',
      ),
    );
  }
  return found;
}
