/**
 * Test harness for Pulumi programs under the SDK's own mock engine (`pulumi.runtime.setMocks`).
 * See shared/reference/pulumi-mechanics.md §1 for why each piece is here.
 */
import * as pulumi from "@pulumi/pulumi";

export interface Recorded {
  readonly type: string;
  readonly name: string;
  readonly inputs: Record<string, any>;
  /** `""` for default-provider resources and components; `<urn>::<id>` for an explicit provider. */
  readonly provider: string;
  readonly custom: boolean;
  /** Resource options the mock engine received (read off the RegisterResource request). */
  readonly options: RecordedOptions;
}

export interface RecordedOptions {
  readonly retainOnDelete: boolean;
  readonly protect: boolean;
  /** Parent URN (`""` for the stack). */
  readonly parent: string;
  readonly ignoreChanges: readonly string[];
  /** URNs of the resources this one explicitly depends on (`dependsOn`, plus input dependencies). */
  readonly dependencies?: readonly string[];
}

const pendingOptions = new Map<string, RecordedOptions>();

/** Every resource registered since the last {@link resetRecorded}. */
export const recorded: Recorded[] = [];
export const invokes: { token: string; inputs: Record<string, any> }[] = [];

/** The AWS partition and DNS suffix a real provider would use for a region (aws-eusc for eusc-*). */
function awsPartition(region: unknown): { partition: string; dnsSuffix: string } {
  return typeof region === "string" && region.startsWith("eusc-")
    ? { partition: "aws-eusc", dnsSuffix: "amazonaws.eu" }
    : { partition: "aws", dnsSuffix: "amazonaws.com" };
}

/** Outputs a real provider would compute, keyed by resource type. */
function computed(type: string, name: string, inputs: Record<string, any>): Record<string, unknown> {
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
    default:
      return {};
  }
}

export const mocks: pulumi.runtime.Mocks = {
  newResource(a) {
    const key = `${a.type}::${a.name}`;
    const options = pendingOptions.get(key) ?? { retainOnDelete: false, protect: false, parent: "", ignoreChanges: [] };
    pendingOptions.delete(key);
    recorded.push({ type: a.type, name: a.name, inputs: a.inputs, provider: a.provider ?? "", custom: a.custom ?? true, options });
    const id = a.custom === false ? undefined : `${a.name}-id`;
    return { id, state: { ...a.inputs, ...computed(a.type, a.name, a.inputs) } };
  },
  call(a) {
    invokes.push({ token: a.token, inputs: a.inputs });
    switch (a.token) {
      case "aws:index/getCallerIdentity:getCallerIdentity":
        return { accountId: "123456789012", arn: "arn:aws:iam::123456789012:user/test", userId: "test", id: "123456789012" };
      case "aws:ssm/getParameter:getParameter":
        return { name: a.inputs.name, value: "ami-0123456789abcdef0", type: "String", insecureValue: "ami-0123456789abcdef0", version: 1, id: a.inputs.name, arn: `arn:${awsPartition(a.inputs.region).partition}:ssm:${a.inputs.region}::parameter${a.inputs.name}`, withDecryption: true };
      case "azure-native:authorization:getClientConfig":
        return { clientId: "client", objectId: "00000000-0000-0000-0000-000000000001", subscriptionId: "00000000-0000-0000-0000-000000000002", tenantId: "00000000-0000-0000-0000-000000000003" };
      case "gcp:storage/getProjectServiceAccount:getProjectServiceAccount":
        return { emailAddress: "service-123@gs-project-accounts.iam.gserviceaccount.com", project: a.inputs.project, id: "x" };
      case "gcp:organizations/getProject:getProject":
        return { number: "123456789012", projectId: a.inputs.projectId, name: a.inputs.projectId, id: `projects/${a.inputs.projectId}` };
      default:
        return a.inputs;
    }
  },
};

/** Install the mocks and the given stack config (keys like `sovereign-cloud:target`; objects are JSON-encoded). */
export async function useMocks(config: Record<string, unknown> = {}, project = "sovereign-test", stack = "test"): Promise<void> {
  await pulumi.runtime.setMocks(mocks, project, stack, false);
  // The Mocks API does not pass resource options to newResource; read them off the request.
  const monitor = pulumi.runtime.getMonitor() as any;
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req: any, callback: any) => {
    pendingOptions.set(`${req.getType()}::${req.getName()}`, {
      retainOnDelete: req.getRetainondelete?.() ?? false,
      protect: req.getProtect?.() ?? false,
      parent: req.getParent?.() ?? "",
      ignoreChanges: req.getIgnorechangesList?.() ?? [],
      dependencies: req.getDependenciesList?.() ?? [],
    });
    return register(req, callback);
  };
  setConfig(config);
}

/** Replace the whole stack config. */
export function setConfig(config: Record<string, unknown>): void {
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(config)) flat[k] = typeof v === "string" ? v : JSON.stringify(v);
  pulumi.runtime.setAllConfig(flat);
}

export function resetRecorded(): void {
  recorded.length = 0;
  invokes.length = 0;
}

/** Wait until every pending registration (including ones made inside `apply`) reached the mocks. */
export async function settle(): Promise<void> {
  const rt = pulumi.runtime as unknown as { waitForRPCs?: () => Promise<void> };
  if (typeof rt.waitForRPCs === "function") await rt.waitForRPCs();
  else await pulumi.runtime.disconnect();
}

/** The value of an output; `undefined` when unknown. Never hangs. */
export function valueOf<T>(o: pulumi.Output<T>): Promise<T | undefined> {
  const anyO = o as any;
  return typeof anyO.promise === "function"
    ? anyO.promise(true).then((v: any) => (pulumi.Output.isInstance(v) ? undefined : v))
    : new Promise((r) => o.apply((v) => { r(v); return v; }));
}

/** Recorded resources of one type. */
export function ofType(type: string): Recorded[] {
  return recorded.filter((r) => r.type === type);
}

/** The single recorded resource of a type; fails loudly when there are zero or several. */
export function one(type: string): Recorded {
  const found = ofType(type);
  if (found.length !== 1) throw new Error(`expected exactly one ${type}, found ${found.length}: ${recorded.map((r) => r.type).join(", ")}`);
  return found[0]!;
}

/** Custom (non-component) resources that were registered without an explicit provider. */
export function onDefaultProvider(): Recorded[] {
  return recorded.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:") && r.provider === "");
}
