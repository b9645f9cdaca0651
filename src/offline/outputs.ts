/**
 * What a real provider would compute for the resources our drivers create, so programs run under
 * mocks see plausible outputs (ids, IPs, endpoints) instead of `undefined`. Values are fake and
 * recognisable (documentation IP ranges, account 123456789012, AMI ami-0123456789abcdef0).
 */
import { OVHCLOUD_IMAGES } from "../catalog/images/ovhcloud";
import { OVHCLOUD_FLAVOR_DISK_GB, OVHCLOUD_INSTANCE_TYPES } from "../catalog/sizes/ovhcloud";

/** The AWS partition and DNS suffix a real provider would use for a region (aws-eusc for eusc-*). */
function awsPartition(region: unknown): { partition: string; dnsSuffix: string } {
  return typeof region === "string" && region.startsWith("eusc-")
    ? { partition: "aws-eusc", dnsSuffix: "amazonaws.eu" }
    : { partition: "aws", dnsSuffix: "amazonaws.com" };
}

/** Outputs a real provider would compute, keyed by resource type. */
export function computedOutputs(type: string, name: string, inputs: Record<string, any>): Record<string, unknown> {
  switch (type) {
    case "aws:s3/bucket:Bucket": {
      const bucket = inputs.bucket ?? `${name}-abc123`;
      const { partition, dnsSuffix } = awsPartition(inputs.region);
      return { bucket, arn: `arn:${partition}:s3:::${bucket}`, bucketRegionalDomainName: `${bucket}.s3.${inputs.region}.${dnsSuffix}` };
    }
    case "aws:kms/key:Key":
      return { arn: `arn:${awsPartition(inputs.region).partition}:kms:${inputs.region}:123456789012:key/${name}`, keyId: `${name}-key-id` };
    case "aws:ec2/keyPair:KeyPair":
      return { keyName: inputs.keyName ?? `${name}-abc123` };
    case "aws:ec2/instance:Instance":
      return { privateIp: "10.0.1.10", publicIp: inputs.associatePublicIpAddress ? "203.0.113.10" : "", availabilityZone: inputs.availabilityZone };
    case "azure-native:resources:ResourceGroup":
      // Auto-named like the engine does (name + suffix); without a value, resources that pass
      // `rg.name` would carry neither the name nor the dependency on the group.
      return { name: inputs.resourceGroupName ?? `${name}abc123` };
    case "azure-native:storage:StorageAccount":
      return { name: inputs.accountName ?? `${name}sa`, primaryEndpoints: { blob: `https://${inputs.accountName ?? name}.blob.core.windows.net/` } };
    case "azure-native:network:NetworkInterface":
      return { ipConfigurations: [{ privateIPAddress: "10.0.1.4" }] };
    case "azure-native:network:PublicIPAddress":
      return { ipAddress: "203.0.113.20" };
    case "gcp:storage/bucket:Bucket":
      return { name: inputs.name ?? `${name}-abc123`, url: `gs://${inputs.name ?? name}`, selfLink: `https://www.googleapis.com/storage/v1/b/${inputs.name ?? name}` };
    case "gcp:compute/instance:Instance":
      return {
        instanceId: `${name}-1234`,
        networkInterfaces: (inputs.networkInterfaces ?? []).map((n: any) => ({
          ...n,
          networkIp: "10.0.1.2",
          accessConfigs: (n.accessConfigs ?? []).map((a: any) => ({ ...a, natIp: "203.0.113.30" })),
        })),
      };
    case "scaleway:object/bucket:Bucket": {
      const bucket = inputs.name ?? `${name}-abc123`;
      return { name: bucket, endpoint: `https://${bucket}.s3.${inputs.region}.scw.cloud`, apiEndpoint: `https://s3.${inputs.region}.scw.cloud` };
    }
    case "scaleway:instance/ip:Ip":
      return { address: "203.0.113.40" };
    case "scaleway:instance/server:Server":
      return { privateIps: [{ id: `${name}-pn-ip`, address: "10.20.1.2" }], publicIps: inputs.ipId ? [{ id: inputs.ipId, address: "203.0.113.40" }] : [] };
    case "ovh:CloudProject/storage:Storage":
      return { name: inputs.name ?? `${name}-abc123`, region: inputs.regionName, virtualHost: `${inputs.name ?? `${name}-abc123`}.s3.${String(inputs.regionName).toLowerCase()}.io.cloud.ovh.net` };
    case "ovh:index/cloudSSHKey:CloudSSHKey":
      return { name: inputs.name ?? `${name}-abc123` };
    case "ovh:index/cloudInstance:CloudInstance":
      return { availabilityZone: inputs.availabilityZone ?? "", currentState: { networks: ovhInstanceNetworks(inputs.networks ?? []) } };
    case "openstack:compute/instance:Instance":
      return { accessIpV4: "10.0.1.30", availabilityZone: inputs.availabilityZone ?? "" };
    case "openstack:networking/floatingIp:FloatingIp":
      return { address: "203.0.113.50" };
    default:
      return {};
  }
}

/** Addresses an OVHcloud instance reports: a fixed private IP per private network, a documentation IP on the public interface. */
function ovhInstanceNetworks(networks: readonly any[]): unknown[] {
  return networks.map((n) =>
    n.networkId === undefined
      ? { id: "ext-net", addresses: [{ ip: "203.0.113.40", type: "FIXED", version: 4 }] }
      : { id: n.networkId, subnetId: n.subnetId, addresses: [{ ip: "10.0.1.20", type: "FIXED", version: 4 }] },
  );
}

/** Answers to the invokes our drivers make. */
export function invokeResult(token: string, inputs: Record<string, any>): Record<string, unknown> {
  switch (token) {
    case "aws:index/getCallerIdentity:getCallerIdentity":
      return { accountId: "123456789012", arn: "arn:aws:iam::123456789012:user/offline", userId: "offline", id: "123456789012" };
    case "aws:ssm/getParameter:getParameter":
      return { name: inputs.name, value: "ami-0123456789abcdef0", type: "String", insecureValue: "ami-0123456789abcdef0", version: 1, id: inputs.name, arn: `arn:${awsPartition(inputs.region).partition}:ssm:${inputs.region}::parameter${inputs.name}`, withDecryption: true };
    case "azure-native:authorization:getClientConfig":
      return { clientId: "offline", objectId: "00000000-0000-0000-0000-000000000001", subscriptionId: "00000000-0000-0000-0000-000000000002", tenantId: "00000000-0000-0000-0000-000000000003" };
    case "gcp:storage/getProjectServiceAccount:getProjectServiceAccount":
      return { emailAddress: "service-123@gs-project-accounts.iam.gserviceaccount.com", project: inputs.project, id: "offline" };
    case "gcp:organizations/getProject:getProject":
      return { number: "123456789012", projectId: inputs.projectId, name: inputs.projectId, id: `projects/${inputs.projectId}` };
    case "ovh:index/getCloudInstanceFlavors:getCloudInstanceFlavors":
      // Every catalog flavor, offered in the region asked for.
      return {
        id: "offline",
        serviceName: inputs.serviceName,
        region: inputs.region,
        flavors: OVHCLOUD_INSTANCE_TYPES.types.map((t) => ({
          id: `flavor-${t.name}`, name: t.name, vcpus: t.vcpus, ram: t.memoryGiB * 1024, disk: OVHCLOUD_FLAVOR_DISK_GB[t.name] ?? 0,
          ephemeral: 0, swap: 0, isPublic: true, description: "", location: { region: inputs.region, availabilityZone: "" },
        })),
      };
    case "ovh:index/getCloudInstanceImages:getCloudInstanceImages":
      // Every catalog image, active in the region asked for.
      return {
        id: "offline",
        serviceName: inputs.serviceName,
        region: inputs.region,
        images: Object.values(OVHCLOUD_IMAGES).flatMap((f) => (f.confirmed ? [f.value] : [])).map((imageName) => ({
          id: `image-${imageName.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`, name: imageName, status: "active", visibility: "public",
          createdAt: "2026-01-01T00:00:00Z", updatedAt: "2026-01-01T00:00:00Z", minDisk: 0, minRam: 0, size: 0, location: { region: inputs.region, availabilityZone: "" },
        })),
      };
    case "openstack:networking/getNetwork:getNetwork":
      // The external network a router's gateway and floating IPs use, found by id or by name.
      return { ...inputs, id: inputs.networkId ?? `net-${String(inputs.name).toLowerCase().replace(/[^a-z0-9]+/g, "-")}`, name: inputs.name ?? "public", external: true };
    case "openstack:images/getImage:getImage":
      return { ...inputs, id: `image-${String(inputs.name).toLowerCase().replace(/[^a-z0-9]+/g, "-")}` };
    case "openstack:identity/getAuthScope:getAuthScope":
      // A Keystone catalog with one object-store endpoint in the region asked for.
      return {
        id: "offline", name: inputs.name, region: inputs.region ?? "", projectId: "0123456789abcdef", roles: [],
        serviceCatalogs: [{ id: "swift", name: "swift", type: "object-store", endpoints: [{ id: "swift-public", interface: "public", region: inputs.region ?? "", regionId: inputs.region ?? "", url: `https://object-store.${String(inputs.region ?? "").toLowerCase()}.example/v1/AUTH_0123456789abcdef` }] }],
      };
    default:
      return inputs;
  }
}
