/**
 * Which package modules this release ships: one per Pulumi package the policy engine understands,
 * registered here as src/drivers/registry.ts registers drivers. A package not listed is not
 * located (its resources are not judged by the placement rules).
 */
import type { ProviderId } from "../../catalog/types";
import { awsPackage } from "./aws";
import { azureNativePackage } from "./azure-native";
import { gcpPackage } from "./gcp";
import { hcloudPackage } from "./hcloud";
import { openstackPackage } from "./openstack";
import { ovhPackage } from "./ovh";
import { scalewayPackage } from "./scaleway";
import {
  lookup,
  matches,
  type EncryptionCheck,
  type ExposureCheck,
  type GlobalService,
  type PackageModule,
  type Props,
  type Replica,
  type RuleName,
} from "./types";

export type { PackageModule } from "./types";

const PACKAGES: readonly PackageModule[] = [
  awsPackage,
  azureNativePackage,
  gcpPackage,
  scalewayPackage,
  ovhPackage,
  hcloudPackage,
  openstackPackage,
];
const BY_NAME = new Map(PACKAGES.map((p) => [p.name, p]));

/** The package of a type token: `aws:s3/bucket:Bucket` -> `aws`; `pulumi:providers:gcp` -> `gcp`. */
export function packageOf(type: string): string {
  return type.startsWith("pulumi:providers:") ? type.slice("pulumi:providers:".length) : (type.split(":")[0] ?? "");
}

/** The module of a package name, or `undefined` when this release has none. */
export function packageModule(name: string): PackageModule | undefined {
  return BY_NAME.get(name);
}

/** The module of a type token's package. */
export function moduleOf(type: string): PackageModule | undefined {
  return BY_NAME.get(packageOf(type));
}

/**
 * The token a package module's tables are keyed on: the current token for an older one its SDK
 * still ships (`scaleway:index/instanceServer:InstanceServer` -> `scaleway:instance/server:Server`,
 * the module's `legacyTypes`), else `type` itself. Rules with tables of their own look types up
 * through it too.
 */
export function currentType(type: string): string {
  return moduleOf(type)?.legacyTypes?.[type] ?? type;
}

/** The module whose resources are in a catalog provider (`ovhcloud` -> ovh), if one is. */
export function moduleOfProvider(provider: ProviderId): PackageModule | undefined {
  return PACKAGES.find((p) => p.provider === provider);
}

/** Every registered module. */
export function packageModules(): readonly PackageModule[] {
  return PACKAGES;
}

/** Pulumi package -> the catalog provider its resources are in (`openstack`: decided per provider). */
export const PACKAGE_PROVIDERS: Readonly<Record<string, ProviderId | "openstack">> = Object.fromEntries(
  PACKAGES.map((p) => [p.name, p.provider]),
);

/** The packages the locator understands. */
export const LOCATABLE_PACKAGES: readonly string[] = PACKAGES.map((p) => p.name);

/** True for a component resource type of a known package (never judged as a cloud resource). */
export function isComponentType(type: string): boolean {
  return moduleOf(type)?.isComponent(currentType(type)) ?? false;
}

/** Why a resource of `type` (with `props`) needs no location, if it is global. */
export function globalReason(type: string, props: Readonly<Record<string, unknown>>): string | undefined {
  const m = moduleOf(type);
  const current = currentType(type);
  return m === undefined ? undefined : (lookup(m.global, current) ?? m.globalWhen?.(current, props));
}

/** True when the type holds customer data, per its package module. */
export function holdsData(type: string): boolean {
  const current = currentType(type);
  return moduleOf(type)?.dataBearing.some((p) => matches(p, current)) ?? false;
}

/** The global service a resource type is, if any (before its `when`). */
export function globalServiceFor(type: string): GlobalService | undefined {
  return moduleOf(type)?.globalServices?.find((g) => g.type === currentType(type));
}

/** True when the type is a global service or part of one. */
export function isGlobalServicePart(type: string): boolean {
  const m = moduleOf(type);
  const current = currentType(type);
  return (m?.globalServiceParts ?? []).some((p) => matches(p, current)) || (m?.globalServices ?? []).some((g) => g.type === current);
}

/** The package's encryption check for a type. */
export function encryptionCheck(type: string): EncryptionCheck | undefined {
  return moduleOf(type)?.encryption?.[currentType(type)];
}

/** The package's exposure check for a type. */
export function exposureCheck(type: string): ExposureCheck | undefined {
  return moduleOf(type)?.exposure?.[currentType(type)];
}

/** The package's copies of a type's data elsewhere (replicas, backups), read from its inputs. */
export function replicasOf(type: string): ((props: Props) => Replica[]) | undefined {
  return moduleOf(type)?.replicas?.[currentType(type)];
}

/** The remediation of `rule` for a resource of `type`: its package's, else `fallback`. */
export function remediationFor(rule: string, type: string | undefined, fallback: string): string {
  const m = type === undefined ? undefined : moduleOf(type);
  return m?.remediation[rule as RuleName] ?? fallback;
}
