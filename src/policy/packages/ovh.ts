/**
 * @ovhcloud/pulumi-ovh (2.19): what the policy engine knows about OVHcloud resources.
 *
 * Location: own `regionName`/`region` (OVHcloud codes `GRA11`, `GRA`, `gra`), a managed
 * database's `nodes[].region`; OVHcloud providers take no region. Project users, S3 credentials and
 * policies, SSH keys and vRack private networks hold no data: global.
 *
 * Security-relevant API defaults (sources: @ovhcloud/pulumi-ovh 2.19 .d.ts):
 * - Managed databases: `backupRegions` "List of region where backups are pushed" (each a copy);
 *   unset, OVHcloud replicates the backups off-site to another region it picks (see `replicas`).
 * - `ipRestrictions` / Kubernetes `KubeIpRestrictions` open to 0.0.0.0/0 let every address in.
 * - Object Storage: SSE-S3 with OVHcloud-managed keys (`encryption.sseAlgorithm`), or SSE-C keys sent
 *   with each request; the default is not confirmed. Instance disks and volume types: encryption at
 *   rest not confirmed (see `encryption`).
 */
import { OVHCLOUD_IMAGES } from "../../catalog/images/ovhcloud";
import { OVHCLOUD_FLAVOR_DISK_GB, OVHCLOUD_INSTANCE_TYPES } from "../../catalog/sizes/ovhcloud";
import { at, items, peek, str, strings } from "../read";
import { DNS_IS_GLOBAL, regionAndZone, unknownAtRest } from "./shared";
import { bridgedComponent, type EncryptionCheck, type PackageModule, type ParentSpec, type Replica } from "./types";

const DATABASE = "ovh:CloudProject/database:Database";
/** A Managed Kubernetes cluster's parts (`kubeId`) live where it does. */
const IN_KUBE: ParentSpec = { type: "ovh:CloudProject/kube:Kube", via: "kubeId", what: "Kubernetes cluster" };

/** Object Storage containers: OVHcloud-managed keys only; customer keys (SSE-C) are per request. */
const storageEncryption: EncryptionCheck = (p) => {
  const what = "OVHcloud Object Storage container";
  const algorithm = str(at(p, "encryption", "sseAlgorithm"));
  const cmkWhy =
    "OVHcloud Object Storage sets only OVHcloud-managed keys on a container; customer keys (SSE-C) come with each request and are not visible here";
  if (algorithm === undefined)
    return [
      {
        what,
        atRest: "unknown",
        atRestWhy: "encryption.sseAlgorithm is not set and OVHcloud's default is not confirmed",
        cmk: "no",
        cmkWhy,
      },
    ];
  if (algorithm.toLowerCase() === "plaintext")
    return [{ what, atRest: "no", atRestWhy: "encryption.sseAlgorithm is plaintext", cmk: "no", cmkWhy }];
  return [{ what, atRest: "yes", cmk: "no", cmkWhy }];
};
const instanceDisk: EncryptionCheck = () =>
  unknownAtRest("OVHcloud instance disk", "nothing confirms that an OVHcloud instance's local disk is encrypted at rest");

/** Addresses an OVHcloud instance reports: a fixed private IP per private network, a documentation IP on the public interface. */
function ovhInstanceNetworks(networks: readonly any[]): unknown[] {
  return networks.map((n) =>
    n.networkId === undefined
      ? { id: "ext-net", addresses: [{ ip: "203.0.113.40", type: "FIXED", version: 4 }] }
      : { id: n.networkId, subnetId: n.subnetId, addresses: [{ ip: "10.0.1.20", type: "FIXED", version: 4 }] },
  );
}

export const ovhPackage: PackageModule = {
  name: "ovh",
  provider: "ovhcloud",
  configHint: "set `region`/`regionName` on the resource (OVHcloud providers take no region)",
  global: [
    ["ovh:CloudProject/user:User", "an OVHcloud project user is an identity"],
    ["ovh:index/cloudSSHKey:CloudSSHKey", "an OVHcloud SSH key is a project-wide public key (it takes no region)"],
    ["ovh:CloudProject/s3Credential:S3Credential", "S3 credentials are an identity's keys"],
    ["ovh:CloudProject/s3Policy:S3Policy", "an S3 policy is an identity's permissions"],
    [
      "ovh:CloudProject/networkPrivate:NetworkPrivate",
      "a vRack private network spans the regions it is attached to; its subnets are located",
    ],
    ["ovh:Domain/", DNS_IS_GLOBAL],
  ],
  dataBearing: [
    "ovh:CloudProject/storage:Storage",
    DATABASE,
    "ovh:CloudProject/instance:Instance",
    "ovh:index/cloudInstance:CloudInstance",
    "ovh:CloudProject/volume:Volume",
    "ovh:CloudProject/kube:Kube",
    "ovh:CloudProject/containerRegistry:ContainerRegistry",
  ],
  // A Managed Kubernetes cluster's node pools, API IP restrictions and OIDC settings take no region:
  // they are parts of the cluster (`kubeId`) and live where it does.
  parents: [
    ["ovh:CloudProject/kubeNodePool:KubeNodePool", IN_KUBE],
    ["ovh:CloudProject/kubeIpRestrictions:KubeIpRestrictions", IN_KUBE],
    ["ovh:CloudProject/kubeOidc:KubeOidc", IN_KUBE],
  ],
  own(type, props) {
    const region =
      str(props.regionName) ?? str(props.region) ?? (type === DATABASE ? str(at(items(props, "nodes")[0], "region")) : undefined);
    return regionAndZone(props, region, "availabilityZone");
  },
  fromProvider: () => ({}),
  isComponent: bridgedComponent,
  encryption: {
    "ovh:CloudProject/storage:Storage": storageEncryption,
    "ovh:CloudProject/instance:Instance": instanceDisk,
    "ovh:index/cloudInstance:CloudInstance": instanceDisk,
    "ovh:CloudProject/volume:Volume": (p) =>
      unknownAtRest(
        "OVHcloud Block Storage volume",
        `encryption at rest of volume type ${str(peek(p, "type")) ?? "(the default type)"} is not confirmed`,
      ),
  },
  replicas: {
    [DATABASE]: (p) => {
      const own = str(at(items(p, "nodes")[0], "region"))
        ?.toLowerCase()
        .replace(/\d+$/, "");
      // Unset, OVHcloud pushes the backups off-site to another region it picks ("Backups are first
      // prepared on-site and then replicated to another region"; a default off-site location per
      // service region: https://support.us.ovhcloud.com/hc/en-us/articles/20735484294547-Cloud-Databases-Automated-Backups).
      if (at(p, "backupRegions") === undefined)
        return [{ what: "managed database off-site backups (backupRegions not set: OVHcloud's default)", otherRegion: true }];
      return strings(at(p, "backupRegions"))
        .filter((r) => r.toLowerCase().replace(/\d+$/, "") !== own)
        .map((region): Replica => ({ what: "managed database backups (backupRegions)", region }));
    },
  },
  exposure: {
    [DATABASE]: (p) =>
      items(p, "ipRestrictions").flatMap((r) =>
        /\/0+$/.test(str(at(r, "ip")) ?? "")
          ? [`OVHcloud managed database accepts every address: ipRestrictions includes ${str(at(r, "ip"))}.`]
          : [],
      ),
    "ovh:CloudProject/kubeIpRestrictions:KubeIpRestrictions": (p) =>
      strings(at(p, "ips"))
        .filter((ip) => /\/0+$/.test(ip))
        .map((ip) => `OVHcloud Kubernetes API server accepts every address: ips includes ${ip}.`),
  },
  mockOutputs(type, name, inputs) {
    switch (type) {
      case "ovh:CloudProject/storage:Storage":
        return {
          name: inputs.name ?? `${name}-abc123`,
          region: inputs.regionName,
          virtualHost: `${inputs.name ?? `${name}-abc123`}.s3.${String(inputs.regionName).toLowerCase()}.io.cloud.ovh.net`,
        };
      case "ovh:index/cloudSSHKey:CloudSSHKey":
        return { name: inputs.name ?? `${name}-abc123` };
      case "ovh:index/cloudInstance:CloudInstance":
        return { availabilityZone: inputs.availabilityZone ?? "", currentState: { networks: ovhInstanceNetworks(inputs.networks ?? []) } };
      default:
        return undefined;
    }
  },
  invokeResult(token, inputs) {
    switch (token) {
      case "ovh:index/getCloudInstanceFlavors:getCloudInstanceFlavors":
        // Every catalog flavor, offered in the region asked for.
        return {
          id: "offline",
          serviceName: inputs.serviceName,
          region: inputs.region,
          flavors: OVHCLOUD_INSTANCE_TYPES.types.map((t) => ({
            id: `flavor-${t.name}`,
            name: t.name,
            vcpus: t.vcpus,
            ram: t.memoryGiB * 1024,
            disk: OVHCLOUD_FLAVOR_DISK_GB[t.name] ?? 0,
            ephemeral: 0,
            swap: 0,
            isPublic: true,
            description: "",
            location: { region: inputs.region, availabilityZone: "" },
          })),
        };
      case "ovh:index/getCloudInstanceImages:getCloudInstanceImages":
        // Every catalog image, active in the region asked for.
        return {
          id: "offline",
          serviceName: inputs.serviceName,
          region: inputs.region,
          images: Object.values(OVHCLOUD_IMAGES)
            .flatMap((f) => (f.confirmed ? [f.value] : []))
            .map((imageName) => ({
              id: `image-${imageName.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
              name: imageName,
              status: "active",
              visibility: "public",
              createdAt: "2026-01-01T00:00:00Z",
              updatedAt: "2026-01-01T00:00:00Z",
              minDisk: 0,
              minRam: 0,
              size: 0,
              location: { region: inputs.region, availabilityZone: "" },
            })),
        };
      default:
        return undefined;
    }
  },
  remediation: {
    "data-location":
      "Set `region`/`regionName` on the resource to an OVHcloud region the contract allows (GRA, SBG, RBX, ... not BHS or the US/APAC regions).",
    replication: "Keep backupRegions of managed databases and replication destinations in allowed regions.",
    "encryption-at-rest":
      "Set encryption.sseAlgorithm AES256 on Object Storage containers; OVHcloud cannot show encryption of instance disks and volume types: encrypt inside the server or choose another target.",
    "no-public-access": "Restrict ipRestrictions of managed databases and KubeIpRestrictions to your own ranges.",
    "tls-only": "OVHcloud documents no container setting that refuses plain HTTP: make clients use the HTTPS endpoint.",
    "admin-ports": "Allow admin ports in the security group only from your admin range.",
  },
};
