/**
 * @pulumiverse/scaleway (1.54): what the policy engine knows about Scaleway resources.
 *
 * Location: own `region`, else the region of its `zone` (`fr-par-1` -> `fr-par`), else the
 * provider's (stack config scaleway:region / scaleway:zone). IAM objects and account SSH keys are
 * organization-wide: global.
 *
 * Security-relevant API defaults (sources: @pulumiverse/scaleway 1.54 .d.ts, Scaleway docs):
 * - Managed Database `encryptionAtRest`: off unless set ("Enable or disable encryption at rest",
 *   databases/instance.d.ts; https://www.scaleway.com/en/docs/managed-databases-for-postgresql-and-mysql/how-to/encrypt-volumes/).
 * - Managed Database `backupSameRegion`: "Boolean to store logical backups in the same region as the
 *   database instance"; unset, Scaleway stores them in another of its regions.
 * - Database ACL rules open to 0.0.0.0/0 let every address reach the public endpoint.
 * - Object Storage, Instance and Block volumes: see the encryption-at-rest rule.
 *
 * Types are declared by their current tokens only; the older `index/` tokens the SDK still ships
 * (`scaleway.DatabaseInstance`, `scaleway.InstanceServer`, ...) are judged as the current ones
 * through `legacyTypes` (./scaleway-legacy.ts).
 */
import { at, bool, items, str } from "../read";
import { SCALEWAY_LEGACY_TYPES } from "./scaleway-legacy";
import { DNS_IS_GLOBAL, NO_FORCE_DESTROY_REMEDIATION, regionAndZone } from "./shared";
import { bridgedComponent, type PackageModule } from "./types";

const RDB = "scaleway:databases/instance:Instance";

export const scalewayPackage: PackageModule = {
  name: "scaleway",
  legacyTypes: SCALEWAY_LEGACY_TYPES,
  provider: "scaleway",
  configHint: "set `region`/`zone` on the resource or its provider (stack config scaleway:region)",
  global: [
    ["scaleway:iam/", "Scaleway IAM objects are organization-wide identities"],
    ["scaleway:account/", "account projects and SSH keys are organization-wide configuration"],
    ["scaleway:domain/", DNS_IS_GLOBAL],
  ],
  dataBearing: [
    "scaleway:object/bucket:Bucket",
    "scaleway:object/item:Item",
    RDB,
    "scaleway:databases/readReplica:ReadReplica",
    "scaleway:databases/databaseBackup:DatabaseBackup",
    "scaleway:instance/server:Server",
    "scaleway:instance/volume:Volume",
    "scaleway:block/volume:Volume",
    "scaleway:block/snapshot:Snapshot",
    "scaleway:kubernetes/cluster:Cluster",
    "scaleway:redis/cluster:Cluster",
    "scaleway:secrets/secret:Secret",
    "scaleway:mnq/",
    "scaleway:registry/namespace:Namespace",
    "scaleway:containers/",
    "scaleway:functions/",
  ],
  parents: [],
  own: (_type, props) => regionAndZone(props, str(props.region), "zone", (zone) => zone.replace(/-\d+$/, "")),
  fromProvider(p) {
    const zone = str(p.zone);
    const region = str(p.region) ?? (zone ? zone.replace(/-\d+$/, "") : undefined);
    return { ...(region ? { region } : {}), ...(zone ? { zone } : {}) };
  },
  isComponent: bridgedComponent,
  replicas: {
    [RDB]: (p) =>
      bool(at(p, "backupSameRegion")) === true || bool(at(p, "disableBackup")) === true
        ? []
        : [{ what: "Managed Database logical backups (backupSameRegion not true)", otherRegion: true }],
  },
  encryption: {
    [RDB]: (p) =>
      bool(at(p, "encryptionAtRest")) === true
        ? [
            {
              what: "Scaleway Managed Database",
              atRest: "yes",
              cmk: "unknown",
              cmkWhy: "Scaleway manages the volume keys; customer-managed keys are not confirmed in the catalog",
            },
          ]
        : [
            {
              what: "Scaleway Managed Database",
              atRest: "no",
              atRestWhy: `encryptionAtRest is ${bool(at(p, "encryptionAtRest")) === false ? "false" : "not set (off by default)"}`,
              cmk: "unknown",
            },
          ],
  },
  exposure: {
    "scaleway:kubernetes/acl:Acl": (p) =>
      items(p, "aclRules").flatMap((r) =>
        /\/0+$/.test(str(at(r, "ip")) ?? "") ? [`Kapsule API server accepts every address: aclRules includes ${str(at(r, "ip"))}.`] : [],
      ),
    "scaleway:databases/acl:Acl": (p) =>
      items(p, "aclRules").flatMap((r) =>
        /\/0+$/.test(str(at(r, "ip")) ?? "")
          ? [`Scaleway database ACL opens the instance to the whole internet: aclRules includes ${str(at(r, "ip"))}.`]
          : [],
      ),
  },
  mockOutputs(type, name, inputs) {
    switch (type) {
      case "scaleway:object/bucket:Bucket": {
        const bucket = inputs.name ?? `${name}-abc123`;
        return {
          name: bucket,
          endpoint: `https://${bucket}.s3.${inputs.region}.scw.cloud`,
          apiEndpoint: `https://s3.${inputs.region}.scw.cloud`,
        };
      }
      case "scaleway:instance/ip:Ip":
        return { address: "203.0.113.40" };
      case "scaleway:instance/server:Server":
        return {
          privateIps: [{ id: `${name}-pn-ip`, address: "10.20.1.2" }],
          publicIps: inputs.ipId ? [{ id: inputs.ipId, address: "203.0.113.40" }] : [],
        };
      default:
        return undefined;
    }
  },
  remediation: {
    "data-location":
      "Set `region`/`zone` on the resource or its scaleway.Provider (stack config scaleway:region) to a region the contract allows.",
    replication: "Set backupSameRegion: true on Managed Databases (or disableBackup when backups are taken elsewhere).",
    "encryption-at-rest":
      "Set encryptionAtRest: true on Managed Databases; Scaleway cannot show encryption of Instance and Block volumes: encrypt inside the server (e.g. LUKS) or choose another target.",
    "no-public-access":
      "Drop public ACLs from buckets and bucket policies; restrict database ACL rules to your own ranges, or use a Private Network only.",
    "tls-only":
      "Scaleway documents no bucket setting that refuses plain HTTP: make clients use the HTTPS endpoint, and with sovereign-cloud's Bucket set tlsOnly: false to record the decision.",
    "admin-ports": "Set inboundDefaultPolicy: drop on the security group and allow admin ports only from your admin range.",
    "no-force-destroy": NO_FORCE_DESTROY_REMEDIATION,
  },
};
