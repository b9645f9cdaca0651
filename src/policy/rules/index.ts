/**
 * Every rule of the pack, in the order the pack lists them. One rule per file; `policies()` in
 * `../index.ts` wraps them into `@pulumi/policy` policies.
 */
import type { Rule } from "../rule";
import { dataLocationRule } from "./data-location";
import { encryptionAtRestRule } from "./encryption-at-rest";
import { globalServicesRule } from "./global-services";
import { inheritedLocationRule } from "./inherited-location";
import { providerControlRule } from "./provider-control";
import { replicationRule } from "./replication";

export const ALL_RULES: readonly Rule[] = [
  dataLocationRule,
  inheritedLocationRule,
  providerControlRule,
  replicationRule,
  globalServicesRule,
  encryptionAtRestRule,
];
