/**
 * @pulumi/azure-native (3.28): what the policy engine knows about Azure resources.
 *
 * Location: a resource's own `location`; without one, its resource group's (the provider fills it
 * from the group), so every resource but a group has the group as parent. Only a resource group
 * takes the provider's `location` (stack config azure-native:location).
 * Global (no location, no customer data): role assignments and definitions, public DNS zones and
 * private DNS zones with their records and virtual network links (ARM `location: "global"`), user-
 * assigned managed identities (Entra ID identities), action groups and alerts with location "global".
 *
 * Security-relevant API defaults (sources):
 * - Storage accounts: always encrypted with platform keys; `minimumTlsVersion` defaults to TLS1_0;
 *   geo-redundant SKUs (GRS, RA-GRS, GZRS, RA-GZRS) copy to the region's pair
 *   (https://learn.microsoft.com/azure/storage/common/storage-redundancy).
 * - Azure SQL Database backups: "By default, SQL Database stores backups in geo-redundant storage
 *   blobs that are replicated to a paired region" unless `requestedBackupStorageRedundancy` is Local
 *   or Zone (https://learn.microsoft.com/azure/azure-sql/database/automated-backups-overview).
 * - PostgreSQL/MySQL Flexible Server: always encrypted at rest; `backup.geoRedundantBackup`
 *   defaults to Disabled, Enabled copies backups to the paired region
 *   (https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore).
 * - Cosmos DB: encrypted at rest by default; every entry of `locations` holds a full copy
 *   (https://learn.microsoft.com/azure/cosmos-db/distribute-data-globally).
 * - AKS: the API server is public and open to every address unless `apiServerAccessProfile`
 *   makes it private or sets `authorizedIPRanges` (https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges).
 * - SQL/PostgreSQL firewall rules 0.0.0.0-255.255.255.255 open the server to the internet.
 */
import { at, items, str, strings, type Path } from "../read";
import { azureKnownOutside } from "./outside";
import { alwaysEncrypted, DNS_IS_GLOBAL, EDGE, regionInput } from "./shared";
import type { EncryptionCheck, EncryptionJudgement, ExposureCheck, GlobalService, PackageModule, Props, Replica } from "./types";

const RESOURCE_GROUP = "azure-native:resources:ResourceGroup";
/** A resource's or provider's `location`. */
const atLocation = regionInput("location");

const GLOBAL_SERVICES: readonly GlobalService[] = [
  {
    type: "azure-native:cdn:Profile",
    what: "an Azure Front Door / CDN profile",
    why: "Azure Front Door and Azure CDN terminate TLS and cache at Microsoft's points of presence worldwide",
  },
  { type: "azure-native:frontdoor:FrontDoor", what: "an Azure Front Door (classic)", why: `Azure Front Door ${EDGE}` },
];

/** Types whose ARM location is "global" by design and which hold no customer data. */
const GLOBAL_CAPABLE = [
  "azure-native:monitor:ActionGroup",
  "azure-native:monitor:ActivityLogAlert",
  "azure-native:monitor:MetricAlert",
  "azure-native:network:Profile",
  "azure-native:trafficmanager:",
];

const firewallOpen =
  (what: string): ExposureCheck =>
  (p) => {
    const start = str(at(p, "startIpAddress"));
    const end = str(at(p, "endIpAddress"));
    return start === "0.0.0.0" && end === "255.255.255.255"
      ? [`${what} opens the server to the whole internet: startIpAddress 0.0.0.0, endIpAddress 255.255.255.255.`]
      : [];
  };

/** Always encrypted at rest; a customer key when `keyPath` names one, else `managed` keys apply. */
const keyOr = (what: string, keyPath: Path, managed: string): EncryptionCheck => alwaysEncrypted(what, keyPath, `${managed} apply`);

/** Storage accounts: platform keys, or a Key Vault key with `encryption.keySource: Microsoft.Keyvault`. */
const storageAccountEncryption: EncryptionCheck = (p) => {
  const source = str(at(p, "encryption", "keySource"));
  return source?.toLowerCase() === "microsoft.keyvault"
    ? [{ what: "Azure storage account", atRest: "yes", cmk: "yes" }]
    : [
        {
          what: "Azure storage account",
          atRest: "yes",
          cmk: "no",
          cmkWhy: `encryption.keySource is ${source ?? "not set"} (Microsoft-managed keys)`,
        },
      ];
};

/** Managed disks: platform keys, or a DiskEncryptionSet. */
const diskEncryption: EncryptionCheck = (p) => {
  const type = str(at(p, "encryption", "type"));
  const set = str(at(p, "encryption", "diskEncryptionSetId")) ?? str(at(p, "securityProfile", "secureVMDiskEncryptionSetId"));
  return set && type !== "EncryptionAtRestWithPlatformKey"
    ? [{ what: "Azure managed disk", atRest: "yes", cmk: "yes" }]
    : [
        {
          what: "Azure managed disk",
          atRest: "yes",
          cmk: "no",
          cmkWhy: "no encryption.diskEncryptionSetId, so platform-managed keys apply",
        },
      ];
};

/** A VM's OS and data disks. */
const vmDiskEncryption: EncryptionCheck = (p) => {
  const disks: [string, unknown][] = [["Azure VM OS disk", at(p, "storageProfile", "osDisk")]];
  for (const d of items(p, "storageProfile", "dataDisks")) disks.push([`Azure VM data disk (lun ${String(at(d, "lun") ?? "?")})`, d]);
  const out: EncryptionJudgement[] = [];
  for (const [what, disk] of disks) {
    if (disk === undefined) continue;
    // An attached existing disk is judged on its own Disk resource.
    if (String(at(disk, "createOption") ?? "").toLowerCase() === "attach") continue;
    if (str(at(disk, "managedDisk", "diskEncryptionSet", "id"))) out.push({ what, atRest: "yes", cmk: "yes" });
    else if (at(disk, "vhd") !== undefined)
      out.push({ what, atRest: "yes", cmk: "unknown", cmkWhy: "an unmanaged VHD disk takes the encryption of its storage account" });
    else out.push({ what, atRest: "yes", cmk: "no", cmkWhy: "no managedDisk.diskEncryptionSet, so platform-managed keys apply" });
  }
  return out;
};

export const azureNativePackage: PackageModule = {
  name: "azure-native",
  provider: "azure",
  configHint: "set `location` on the resource or its provider (stack config azure-native:location)",
  global: [
    ["azure-native:authorization:", "role assignments and definitions hold no data"],
    ["azure-native:dns:", DNS_IS_GLOBAL],
    [
      "azure-native:privatedns:",
      'private DNS zones, their records and virtual network links are global (ARM location "global") name-resolution configuration',
    ],
    ["azure-native:network:PrivateZone", "a private DNS zone is global name-resolution configuration"],
    ["azure-native:network:VirtualNetworkLink", "a private DNS zone's virtual network link is global configuration"],
    ["azure-native:network:PrivateRecordSet", "a private DNS record is name-resolution configuration"],
    ["azure-native:managedidentity:", "a managed identity is an Entra ID identity, not customer data"],
  ],
  globalWhen: (type, props) =>
    GLOBAL_CAPABLE.some((t) => (t.endsWith(":") ? type.startsWith(t) : type === t)) &&
    String(peekLocation(props)).toLowerCase() === "global"
      ? 'its ARM location is "global" and it holds no customer data (alerting or routing configuration)'
      : undefined,
  dataBearing: [
    "azure-native:storage:",
    "azure-native:compute:Disk",
    "azure-native:compute:Snapshot",
    "azure-native:compute:VirtualMachine",
    "azure-native:cosmosdb:",
    "azure-native:sql:",
    "azure-native:dbforpostgresql:",
    "azure-native:dbformysql:",
    "azure-native:cache:",
    "azure-native:keyvault:",
    "azure-native:servicebus:",
    "azure-native:eventhub:",
    "azure-native:operationalinsights:",
    "azure-native:containerregistry:",
    "azure-native:containerservice:ManagedCluster",
    "azure-native:web:",
    "azure-native:app:",
    "azure-native:search:",
    "azure-native:recoveryservices:",
  ],
  parents: [["azure-native:", { type: RESOURCE_GROUP, via: "resourceGroupName", what: "resource group", always: true }]],
  own: (_type, props) => atLocation(props),
  fromProvider: atLocation,
  takesProviderLocation: (type) => type === RESOURCE_GROUP,
  // The azure-native SDK ships no component resources; a team's component in this namespace is unusual.
  isComponent: () => false,
  knownOutside: azureKnownOutside,
  replicas: {
    "azure-native:storage:StorageAccount": (p) => {
      const sku = str(at(p, "sku", "name"));
      return sku && /^(standard|premium)_(ra)?g(z)?rs$/i.test(sku) ? [{ what: `geo-redundant storage (sku ${sku})`, paired: true }] : [];
    },
    "azure-native:cosmosdb:DatabaseAccount": (p) => {
      const own = str(peekLocation(p))?.toLowerCase().replace(/\s+/g, "");
      return items(p, "locations").flatMap((l): Replica[] => {
        const region = str(at(l, "locationName"));
        if (region === undefined) return [{ what: "a Cosmos DB account location", unreadable: "locations[].locationName" }];
        return region.toLowerCase().replace(/\s+/g, "") === own
          ? []
          : [{ what: `a Cosmos DB account location (failover priority ${String(at(l, "failoverPriority") ?? "?")})`, region }];
      });
    },
    "azure-native:sql:Database": (p) => {
      const redundancy = str(at(p, "requestedBackupStorageRedundancy"));
      return redundancy === undefined || /^geo/i.test(redundancy)
        ? [
            {
              what: `Azure SQL Database backups (requestedBackupStorageRedundancy ${redundancy ?? "not set: Geo by default"})`,
              paired: true,
            },
          ]
        : [];
    },
    "azure-native:dbforpostgresql:Server": (p) =>
      /^enabled$/i.test(str(at(p, "backup", "geoRedundantBackup")) ?? "")
        ? [{ what: "geo-redundant PostgreSQL backups (backup.geoRedundantBackup Enabled)", paired: true }]
        : [],
    "azure-native:dbformysql:Server": (p) =>
      /^enabled$/i.test(str(at(p, "backup", "geoRedundantBackup")) ?? "")
        ? [{ what: "geo-redundant MySQL backups (backup.geoRedundantBackup Enabled)", paired: true }]
        : [],
  },
  globalServices: GLOBAL_SERVICES,
  globalServiceParts: ["azure-native:cdn:", "azure-native:frontdoor:"],
  encryption: {
    "azure-native:storage:StorageAccount": storageAccountEncryption,
    "azure-native:compute:Disk": diskEncryption,
    "azure-native:compute:VirtualMachine": vmDiskEncryption,
    "azure-native:cosmosdb:DatabaseAccount": keyOr("Cosmos DB account", ["keyVaultKeyUri"], "service-managed keys"),
    "azure-native:dbforpostgresql:Server": keyOr("PostgreSQL Flexible Server", ["dataEncryption", "primaryKeyURI"], "service-managed keys"),
    "azure-native:dbformysql:Server": keyOr("MySQL Flexible Server", ["dataEncryption", "primaryKeyURI"], "service-managed keys"),
    "azure-native:sql:Database": keyOr("Azure SQL Database", ["encryptionProtector"], "service-managed TDE keys (TDE is on by default)"),
    "azure-native:servicebus:Namespace": keyOr(
      "Service Bus namespace",
      ["encryption", "keyVaultProperties", 0, "keyName"],
      "Microsoft-managed keys",
    ),
    "azure-native:eventhub:Namespace": keyOr(
      "Event Hubs namespace",
      ["encryption", "keyVaultProperties", 0, "keyName"],
      "Microsoft-managed keys",
    ),
    "azure-native:containerregistry:Registry": keyOr(
      "container registry",
      ["encryption", "keyVaultProperties", "keyIdentifier"],
      "Microsoft-managed keys",
    ),
  },
  exposure: {
    "azure-native:sql:FirewallRule": firewallOpen("Azure SQL firewall rule"),
    "azure-native:dbforpostgresql:FirewallRule": firewallOpen("PostgreSQL firewall rule"),
    // Flexible server: `network.publicNetworkAccess` "Enabled" gives the server a public endpoint
    // (like RDS publiclyAccessible); with a delegated subnet it is "Disabled" (azure-native 3.x
    // dbforpostgresql Network.publicNetworkAccess). Unset is judged by the firewall rules.
    "azure-native:dbforpostgresql:Server": (p) =>
      /^enabled$/i.test(str(at(p, "network", "publicNetworkAccess")) ?? "")
        ? ["PostgreSQL flexible server has a public endpoint: network.publicNetworkAccess is Enabled."]
        : [],
    "azure-native:dbformysql:FirewallRule": firewallOpen("MySQL firewall rule"),
    "azure-native:containerservice:ManagedCluster": (p) => {
      if (String(at(p, "apiServerAccessProfile", "enablePrivateCluster")) === "true") return [];
      const ranges = strings(at(p, "apiServerAccessProfile", "authorizedIPRanges"));
      if (ranges.length > 0 && !ranges.some((r) => /\/0+$/.test(r))) return [];
      return [
        `AKS API server is open to the internet: apiServerAccessProfile ${ranges.length === 0 ? "sets neither enablePrivateCluster nor authorizedIPRanges" : `authorizes ${ranges.join(", ")}`}.`,
      ];
    },
    "azure-native:containerregistry:Registry": (p) =>
      String(at(p, "anonymousPullEnabled")) === "true" ? ["container registry allows anonymous pulls: anonymousPullEnabled is true."] : [],
  },
  mockOutputs(type, name, inputs) {
    switch (type) {
      case RESOURCE_GROUP:
        // Auto-named like the engine does (name + suffix); without a value, resources that pass
        // `rg.name` would carry neither the name nor the dependency on the group.
        return { name: inputs.resourceGroupName ?? `${name}abc123` };
      case "azure-native:storage:StorageAccount":
        return {
          name: inputs.accountName ?? `${name}sa`,
          primaryEndpoints: { blob: `https://${inputs.accountName ?? name}.blob.core.windows.net/` },
        };
      case "azure-native:network:NetworkInterface":
        return { ipConfigurations: [{ privateIPAddress: "10.0.1.4" }] };
      case "azure-native:network:PublicIPAddress":
        return { ipAddress: "203.0.113.20" };
      default:
        return undefined;
    }
  },
  invokeResult: (token) =>
    token === "azure-native:authorization:getClientConfig"
      ? {
          clientId: "offline",
          objectId: "00000000-0000-0000-0000-000000000001",
          subscriptionId: "00000000-0000-0000-0000-000000000002",
          tenantId: "00000000-0000-0000-0000-000000000003",
        }
      : undefined,
  remediation: {
    "data-location":
      "Set `location` on the resource or its resource group (stack config azure-native:location) to a region the contract allows.",
    "inherited-location":
      "Put the resource group in an allowed region (a resource without `location` takes its group's), or give the resource its own `location`; create the resource group in the same program so its location can be read.",
    replication:
      "Use LRS/ZRS storage (or GRS only where the catalog pair is allowed), requestedBackupStorageRedundancy Local or Zone on Azure SQL, geoRedundantBackup Disabled, and Cosmos DB locations only in allowed regions.",
    "global-services": "Serve from the region: Azure Application Gateway instead of Front Door / CDN.",
    "encryption-at-rest":
      "Azure encrypts storage, disks and databases with platform keys; for encryption: customer-managed set encryption.keySource Microsoft.Keyvault, a DiskEncryptionSet, or the service's Key Vault key (keyVaultKeyUri, dataEncryption).",
    "no-public-access":
      "Set allowBlobPublicAccess false and container publicAccess None; no firewall rule 0.0.0.0-255.255.255.255; AKS apiServerAccessProfile with authorizedIPRanges or enablePrivateCluster.",
    "tls-only": "Set enableHttpsTrafficOnly true and minimumTlsVersion TLS1_2 on the storage account.",
    "admin-ports": "Allow admin ports in the network security group only from your admin range, or use Azure Bastion.",
  },
};

/** `location` without tripping the SDK's unknown-checking proxy. */
function peekLocation(props: Props): unknown {
  return Reflect.getOwnPropertyDescriptor(props, "location")?.value;
}
