import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { gcpDriver } from "../../../src/drivers/gcp/index";
import {
  customTypes,
  invokes,
  ofType,
  onDefaultProvider,
  one,
  resetRecorded,
  setConfig,
  settle,
  useMocks,
  valueOf,
} from "../../helpers/pulumi";
import { fakeHandle, KEYS, networkSpec, placement, PROJECT, scope, T, vmSpec } from "./fixtures";

const CONFIG = { "gcp:project": PROJECT };

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  resetRecorded();
  setConfig(CONFIG);
});

function instance() {
  return one(T.instance).inputs;
}

describe("gcp virtual machine", () => {
  it("creates the region's provider and one instance in the region's first confirmed zone (the zone is on the instance, not the shared provider)", async () => {
    gcpDriver.virtualMachine(vmSpec(fakeHandle()), scope("app"));
    await settle();
    expect(customTypes()).toEqual([T.provider, T.instance].sort());
    const provider = one(T.provider);
    expect(provider.name).toBe("gcp-europe-west3");
    expect(provider.inputs.region).toBe("europe-west3");
    expect(provider.inputs.zone).toBeUndefined();
    const vm = one(T.instance);
    expect(vm.name).toBe("app");
    expect(vm.inputs.zone).toBe("europe-west3-a");
    expect(vm.provider).toContain("pulumi:providers:gcp::gcp-europe-west3");
    expect(vm.options.parent).toContain("test:index:Parent");
    expect(onDefaultProvider()).toEqual([]);
  });

  it("uses europe-west1-b in europe-west1, which has no zone a", async () => {
    const p = placement("europe-west1");
    gcpDriver.virtualMachine(vmSpec(fakeHandle(p)), scope("app", p));
    await settle();
    expect(instance().zone).toBe("europe-west1-b");
  });

  it("uses the target's zone, and the override zone over it", async () => {
    const p = placement("europe-west3", "europe-west3-c");
    gcpDriver.virtualMachine(vmSpec(fakeHandle(p)), scope("a", p));
    gcpDriver.virtualMachine(vmSpec(fakeHandle(p), { overrides: { gcp: { zone: "europe-west3-b" } } }), scope("b", p));
    await settle();
    const zones = Object.fromEntries(ofType(T.instance).map((r) => [r.name, r.inputs.zone]));
    expect(zones).toEqual({ a: "europe-west3-c", b: "europe-west3-b" });
  });

  it("boots the portable image family on a balanced disk of the spec's size, with the spec's machine type", async () => {
    gcpDriver.virtualMachine(vmSpec(fakeHandle()), scope("deb"));
    gcpDriver.virtualMachine(vmSpec(fakeHandle(), { image: "ubuntu-24.04", diskGiB: 40, instanceType: "e2-highmem-4" }), scope("ubu"));
    await settle();
    const vms = Object.fromEntries(ofType(T.instance).map((r) => [r.name, r.inputs]));
    expect(vms.deb!.machineType).toBe("e2-standard-2");
    expect(vms.deb!.bootDisk.initializeParams).toEqual({ image: "debian-cloud/debian-12", size: 20, type: "pd-balanced" });
    expect(vms.ubu!.machineType).toBe("e2-highmem-4");
    expect(vms.ubu!.bootDisk.initializeParams).toEqual({ image: "ubuntu-os-cloud/ubuntu-2404-lts-amd64", size: 40, type: "pd-balanced" });
    expect(vms.deb!.bootDisk.kmsKeySelfLink).toBeUndefined();
  });

  it("runs as a Shielded VM with secure boot, vTPM and integrity monitoring", async () => {
    gcpDriver.virtualMachine(vmSpec(fakeHandle()), scope("app"));
    await settle();
    expect(instance().shieldedInstanceConfig).toEqual({ enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true });
  });

  it("has no external IP, no service account and no deletion protection unless asked", async () => {
    const result = gcpDriver.virtualMachine(vmSpec(fakeHandle()), scope("app"));
    await settle();
    const vm = instance();
    expect(vm.networkInterfaces).toEqual([{ subnetwork: `projects/${PROJECT}/regions/europe-west3/subnetworks/net-subnet` }]);
    expect(vm.serviceAccount).toBeUndefined();
    expect(vm.deletionProtection).toBe(false);
    expect(await valueOf(result.publicIp)).toBeUndefined();
    expect(await valueOf(result.privateIp)).toBe("10.0.1.2");
    expect(await valueOf(result.zone)).toBe("europe-west3-a");
    expect(await valueOf(result.instanceId)).toBe("app-1234");
  });

  it("gets an ephemeral external IP when asked", async () => {
    const result = gcpDriver.virtualMachine(vmSpec(fakeHandle(), { publicIp: true }), scope("app"));
    await settle();
    expect(instance().networkInterfaces[0].accessConfigs).toEqual([{}]);
    expect(await valueOf(result.publicIp)).toBe("203.0.113.30");
  });

  it("carries the network's tag so that exactly the network's firewall rules apply", async () => {
    gcpDriver.virtualMachine(vmSpec(fakeHandle()), scope("app"));
    await settle();
    expect(instance().tags).toEqual(["sc-net"]);
  });

  it("joins a network the driver created, by subnetwork id and tag", async () => {
    const net = gcpDriver.network(networkSpec(), scope("web"));
    gcpDriver.virtualMachine(vmSpec(net.handle), scope("app"));
    await settle();
    expect(instance().networkInterfaces[0].subnetwork).toBe("web-subnet-id");
    expect(instance().tags).toEqual(["sc-web"]);
    expect(ofType(T.firewall)[0]!.inputs.targetTags).toEqual(["sc-web"]);
  });

  it("blocks project-wide SSH keys, keeps OS Login off and installs exactly the spec's keys for the admin user", async () => {
    gcpDriver.virtualMachine(vmSpec(fakeHandle()), scope("app"));
    await settle();
    const md = instance().metadata;
    expect(md["block-project-ssh-keys"]).toBe("TRUE");
    expect(md["enable-oslogin"]).toBe("FALSE");
    expect(md["serial-port-enable"]).toBe("FALSE");
    expect(md["ssh-keys"]).toBe(KEYS.map((k) => `operator:${k}`).join("\n"));
  });

  it("hands access to OS Login and writes no ssh-keys when overrides ask for it", async () => {
    gcpDriver.virtualMachine(vmSpec(fakeHandle(), { sshKeys: [], overrides: { gcp: { osLogin: true } } }), scope("app"));
    await settle();
    expect(instance().metadata["enable-oslogin"]).toBe("TRUE");
    expect(instance().metadata["ssh-keys"]).toBeUndefined();
  });

  it("passes user data to cloud-init on Ubuntu and a shell script to the startup script on Debian", async () => {
    gcpDriver.virtualMachine(vmSpec(fakeHandle(), { image: "ubuntu-24.04", userData: "#cloud-config\npackages: [nginx]\n" }), scope("ubu"));
    gcpDriver.virtualMachine(vmSpec(fakeHandle(), { userData: "#!/bin/sh\necho hi\n" }), scope("deb"));
    await settle();
    const md = Object.fromEntries(ofType(T.instance).map((r) => [r.name, r.inputs.metadata]));
    expect(md.ubu!["user-data"]).toBe("#cloud-config\npackages: [nginx]\n");
    expect(md.ubu!["startup-script"]).toBeUndefined();
    expect(md.deb!["startup-script"]).toBe("#!/bin/sh\necho hi\n");
    expect(md.deb!["user-data"]).toBeUndefined();
  });

  it("attaches a service account only when overrides name one", async () => {
    gcpDriver.virtualMachine(
      vmSpec(fakeHandle(), { overrides: { gcp: { serviceAccount: { email: "app@p.iam.gserviceaccount.com" } } } }),
      scope("app"),
    );
    await settle();
    expect(instance().serviceAccount).toEqual({ email: "app@p.iam.gserviceaccount.com", scopes: ["cloud-platform"] });
  });

  it("uses the machine type, image, disk type and project from overrides", async () => {
    gcpDriver.virtualMachine(
      vmSpec(fakeHandle(), {
        overrides: { gcp: { machineType: "n2-standard-4", image: "my-proj/my-family", diskType: "pd-ssd", project: "other" } },
      }),
      scope("app"),
    );
    await settle();
    expect(one(T.provider).inputs.project).toBe("other");
    expect(instance().bootDisk.initializeParams).toEqual({ image: "my-proj/my-family", size: 20, type: "pd-ssd" });
    expect(gcpDriver.overriddenInstanceType?.({ gcp: { machineType: "n2-standard-4" } })).toBe("n2-standard-4");
    expect(gcpDriver.overriddenImage?.({ gcp: { image: "my-proj/my-family" } })).toBe("my-proj/my-family");
    expect(gcpDriver.overriddenInstanceType?.({})).toBeUndefined();
  });

  it("labels the instance with GCP-safe labels", async () => {
    gcpDriver.virtualMachine(vmSpec(fakeHandle()), scope("app"));
    await settle();
    expect(instance().labels).toEqual({ app: "docs", cost_centre: "r_d_42" });
  });

  it("creates no key when the encryption is provider-managed", async () => {
    gcpDriver.virtualMachine(vmSpec(fakeHandle()), scope("app"));
    await settle();
    expect([...ofType(T.keyRing), ...ofType(T.key), ...ofType(T.keyUser)]).toEqual([]);
  });

  it("encrypts the boot disk with a key in the VM's region that the Compute Engine service agent may use", async () => {
    gcpDriver.virtualMachine(vmSpec(fakeHandle(), { encryption: "customer-managed" }), scope("app"));
    await settle();
    expect(customTypes()).toEqual([T.provider, T.instance, T.keyRing, T.key, T.keyUser].sort());
    expect(one(T.keyRing).inputs.location).toBe("europe-west3");
    expect(one(T.key).inputs.rotationPeriod).toBe("7776000s");
    const grant = one(T.keyUser).inputs;
    expect(grant.member).toBe("serviceAccount:service-123456789012@compute-system.iam.gserviceaccount.com");
    expect(grant.role).toBe("roles/cloudkms.cryptoKeyEncrypterDecrypter");
    expect(instance().bootDisk.kmsKeySelfLink).toBe("app-key-id");
    expect(one(T.instance).options.dependencies?.some((u) => u.endsWith("app-key-user"))).toBe(true);
    expect(invokes.find((i) => i.token === "gcp:organizations/getProject:getProject")?.inputs.projectId).toBe(PROJECT);
    expect(onDefaultProvider()).toEqual([]);
  });
});
