/**
 * Every rule of the pack, in the order the pack lists them. One rule per file; `policies()` in
 * `../index.ts` wraps them into `@pulumi/policy` policies.
 */
import type { Rule } from "../rule";
import { adminPortsRule } from "./admin-ports";
import { dataLocationRule } from "./data-location";
import { encryptionAtRestRule } from "./encryption-at-rest";
import { globalServicesRule } from "./global-services";
import { inheritedLocationRule } from "./inherited-location";
import { instanceMetadataRule } from "./instance-metadata";
import { noForceDestroyRule } from "./no-force-destroy";
import { noPublicAccessRule } from "./no-public-access";
import { providerControlRule } from "./provider-control";
import { replicationRule } from "./replication";
import { tlsOnlyRule } from "./tls-only";

export const ALL_RULES: readonly Rule[] = [
  // Where data lives.
  dataLocationRule,
  inheritedLocationRule,
  providerControlRule,
  replicationRule,
  globalServicesRule,
  // How it is protected.
  encryptionAtRestRule,
  noPublicAccessRule,
  tlsOnlyRule,
  instanceMetadataRule,
  adminPortsRule,
  noForceDestroyRule,
];
