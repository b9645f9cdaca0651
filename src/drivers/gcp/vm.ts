/**
 * VirtualMachine on Google Cloud: one Compute Engine instance in a zone of the target region, on
 * the network's subnetwork, with a Shielded VM boot (secure boot, vTPM, integrity monitoring), no
 * external IP unless asked, no service account unless asked, and SSH limited to the spec's keys.
 *
 * Metadata, and why:
 * - `block-project-ssh-keys=TRUE`: keys in project metadata do not open this VM; only its own do.
 * - `enable-oslogin=FALSE` (unless `overrides.gcp.osLogin`): the portable `sshKeys` are delivered
 *   as instance metadata `ssh-keys`, which VMs with OS Login ignore; turning OS Login on would lock
 *   out the keys the user gave. Use `osLogin: true` to manage access through IAM instead.
 * - `user-data`: processed by cloud-init, which Ubuntu's GCE images run. Google's Debian images do
 *   not run cloud-init; for them a shell script (`#!...`) goes to `startup-script`, which Google's
 *   guest agent runs at EVERY boot (make it idempotent), and a cloud-config is rejected up front.
 */
import { overrideProblems } from "../override-schema";
import { networkDriverProblems } from "../network-checks";
import { GCP_VM_OVERRIDES } from "./overrides-schema";
import * as pulumi from "@pulumi/pulumi";
import type { CheckContext, DriverScope, VirtualMachineResult, VirtualMachineSpec } from "../types";
import { GCP_IMAGE_RUNS_CLOUD_INIT, GCP_IMAGES } from "../../catalog/images/gcp";
import { problems, type Problem } from "../../errors";
import { checkKeyOverrides } from "./bucket";
import { customerKey, DEFAULT_KEY_ROTATION_DAYS } from "./kms";
import { checkComponentName, sanitizeLabels } from "./naming";
import type { GcpNetworkData } from "./network";
import type { GcpVirtualMachineOverrides } from "./overrides";
import { checkProject, childOptions, createProvider, resolveProject } from "./provider";
import { sdk } from "./sdk";

function overridesOf(spec: VirtualMachineSpec): GcpVirtualMachineOverrides {
  return spec.overrides.gcp ?? {};
}

/** The zone: override, else the target's zone, else the region's first confirmed zone. */
export function chooseZone(spec: VirtualMachineSpec, ctx: Pick<CheckContext, "placement">): string | undefined {
  const region = ctx.placement.region;
  return overridesOf(spec).zone ?? ctx.placement.zone ?? (region.zones.confirmed ? region.zones.value[0] : undefined);
}

/** Where user data goes: cloud-init's `user-data`, the guest agent's `startup-script`, or nowhere (a problem). */
export function userDataKey(spec: VirtualMachineSpec): "user-data" | "startup-script" | undefined {
  if (spec.userData === undefined) return undefined;
  if (overridesOf(spec).image !== undefined) return "user-data"; // custom image: cloud-init convention
  const runsCloudInit = GCP_IMAGE_RUNS_CLOUD_INIT[spec.image];
  if (runsCloudInit.confirmed && runsCloudInit.value) return "user-data";
  return spec.userData.startsWith("#!") ? "startup-script" : undefined;
}

export function checkVirtualMachine(spec: VirtualMachineSpec, ctx: CheckContext): Problem[] {
  const o = overridesOf(spec);
  const region = ctx.placement.region;
  const found: Problem[] = [...checkProject(o.project, ctx, "overrides.gcp.project"), ...checkComponentName(ctx.name)];
  found.push(
    ...networkDriverProblems(
      spec.network,
      "gcp",
      "a Network placed on gcp",
      (other) => `the VM is on Google Cloud but its network was made by the ${other} driver.`,
    ),
  );
  const zone = chooseZone(spec, ctx);
  const zones = region.zones.confirmed ? region.zones.value : undefined;
  if (zone === undefined) {
    found.push(
      problems.providerLimitation(
        "target.zone",
        `a Compute Engine VM needs a zone, and the catalog confirms no zone for ${region.code}.`,
        region.code,
        `a zone of ${region.code}, e.g. ${region.code}-a, in the target or in overrides.gcp.zone`,
        `give the target as gcp:${region.code}:<zone> or set overrides.gcp.zone.`,
      ),
    );
  } else if (o.zone !== undefined && ((zones !== undefined && !zones.includes(o.zone)) || !o.zone.startsWith(`${region.code}-`))) {
    found.push(problems.unknownZone("overrides.gcp.zone", region.code, o.zone, zones, zones?.slice(0, 1) ?? []));
  }
  found.push(...overrideProblems(GCP_VM_OVERRIDES, spec.overrides.gcp));
  if (o.image === undefined && !GCP_IMAGES[spec.image].confirmed) {
    found.push(problems.imageUnavailable("image", spec.image, "gcp", "the catalog has no confirmed image family for it"));
  }
  if (o.osLogin === true && spec.sshKeys.length > 0) {
    found.push(
      problems.conflictingArguments(
        "sshKeys",
        "with overrides.gcp.osLogin the VM ignores metadata SSH keys, so the given sshKeys would never work.",
        spec.sshKeys.length,
        "drop sshKeys (grant roles/compute.osLogin in IAM instead) or drop osLogin.",
      ),
    );
  }
  if (o.serviceAccount !== undefined && (typeof o.serviceAccount?.email !== "string" || !o.serviceAccount.email.includes("@"))) {
    found.push(
      problems.invalidArgument(
        "overrides.gcp.serviceAccount.email",
        "must be a service account e-mail address.",
        o.serviceAccount?.email,
        "name@project.iam.gserviceaccount.com",
        "give the service account's e-mail.",
      ),
    );
  }
  found.push(...checkKeyOverrides(o.kmsKeyName, o.keyRotationDays));
  if (spec.userData !== undefined && userDataKey(spec) === undefined) {
    found.push(
      problems.invalidArgument(
        "userData",
        `Google's ${spec.image} image does not run cloud-init, so a cloud-config would be ignored; only a shell script (starting with "#!") can run there, as a startup script at every boot.`,
        spec.userData.split("\n")[0],
        'a shell script starting with "#!", or image ubuntu-24.04 for cloud-config',
        "turn the user data into an idempotent shell script, or use ubuntu-24.04.",
      ),
    );
  }
  return found;
}

function metadata(spec: VirtualMachineSpec, o: GcpVirtualMachineOverrides): Record<string, string> {
  const md: Record<string, string> = {
    // Identity: only this VM's own keys open it, never project-wide ones.
    "block-project-ssh-keys": "TRUE",
    "enable-oslogin": o.osLogin === true ? "TRUE" : "FALSE",
    "serial-port-enable": "FALSE",
  };
  if (o.osLogin !== true && spec.sshKeys.length > 0) md["ssh-keys"] = spec.sshKeys.map((k) => `${spec.adminUsername}:${k}`).join("\n");
  const key = userDataKey(spec);
  if (key !== undefined && spec.userData !== undefined) md[key] = spec.userData;
  return md;
}

export function createVirtualMachine(spec: VirtualMachineSpec, scope: DriverScope): VirtualMachineResult {
  const g = sdk();
  const o = overridesOf(spec);
  const project = resolveProject(o.project).project!;
  const zone = chooseZone(spec, scope)!;
  const provider = createProvider(scope, project);
  const net = spec.network.data as GcpNetworkData;
  const family = GCP_IMAGES[spec.image];
  const image = o.image ?? (family.confirmed ? family.value : undefined);

  let kmsKeySelfLink: pulumi.Output<string> | undefined;
  const dependsOn: pulumi.Resource[] = [];
  if (spec.encryption === "customer-managed") {
    const p = g.organizations.getProjectOutput({ projectId: project }, { provider, parent: scope.parent });
    const key = customerKey(scope, provider, {
      location: scope.placement.region.code,
      ...(o.kmsKeyName === undefined ? {} : { existingKeyName: o.kmsKeyName }),
      rotationDays: o.keyRotationDays ?? DEFAULT_KEY_ROTATION_DAYS,
      // The Compute Engine service agent encrypts persistent disks.
      member: pulumi.interpolate`serviceAccount:service-${p.number}@compute-system.iam.gserviceaccount.com`,
      retainOnDelete: false,
    });
    kmsKeySelfLink = key.keyName;
    dependsOn.push(key.grant);
  }

  const instance = new g.compute.Instance(
    scope.name,
    {
      zone,
      machineType: spec.instanceType,
      bootDisk: {
        autoDelete: true,
        initializeParams: { image, size: spec.diskGiB, type: o.diskType ?? "pd-balanced" },
        ...(kmsKeySelfLink === undefined ? {} : { kmsKeySelfLink }),
      },
      // An external IP only when asked for; otherwise the VM has a private address only.
      networkInterfaces: [{ subnetwork: net.subnetworkId, ...(spec.publicIp ? { accessConfigs: [{}] } : {}) }],
      tags: [net.targetTag],
      shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true },
      metadata: metadata(spec, o),
      // No service account unless asked: the default compute account often holds broad roles.
      ...(o.serviceAccount === undefined
        ? {}
        : { serviceAccount: { email: o.serviceAccount.email, scopes: [...(o.serviceAccount.scopes ?? ["cloud-platform"])] } }),
      deletionProtection: false,
      allowStoppingForUpdate: true,
      labels: sanitizeLabels(scope.labels),
    },
    childOptions(scope, provider, { dependsOn }),
  );

  const nic = instance.networkInterfaces.apply((n) => n[0]);
  return {
    bootDiskGiB: spec.diskGiB,
    instanceId: instance.instanceId,
    privateIp: nic.apply((n) => n?.networkIp ?? ""),
    publicIp: spec.publicIp ? nic.apply((n) => n?.accessConfigs?.[0]?.natIp) : pulumi.output<string | undefined>(undefined),
    zone: instance.zone,
  };
}
