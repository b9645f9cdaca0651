/**
 * VirtualMachine on AWS: an EC2 instance in the network's subnet and security group, with an
 * encrypted gp3 root volume (customer-managed KMS key when the contract asks), IMDSv2 required
 * with a hop limit of 1, no public IP unless asked, and SSH keys delivered as described in
 * `cloudinit.ts`.
 *
 * Image: the portable image's SSM public parameter is read with `ssm.getParameterOutput` (an
 * invoke, through the same explicit provider and Region). Passing `resolve:ssm:<path>` as `ami`
 * would avoid the invoke, but terraform-provider-aws (which @pulumi/aws wraps) then plans a
 * replacement on every run because the API returns the resolved AMI id
 * (hashicorp/terraform-provider-aws#43364, #37967). The looked-up AMI is only used at creation
 * (`ignoreChanges: ["ami"]`): a newer AMI published later must not replace a running VM and its
 * root disk. Pin `overrides.aws.ami` to control the image explicitly.
 */
import * as pulumi from "@pulumi/pulumi";
import { AWS_IMAGES } from "../../catalog/images/aws";
import { known } from "../../catalog/types";
import type { DriverScope, VirtualMachineResult, VirtualMachineSpec } from "../types";
import { renderUserData } from "../cloudinit";
import type { AwsNetworkData } from "./network";
import { awsContext, childTags } from "./provider";
import { sdk } from "./sdk";

export function createVirtualMachine(spec: VirtualMachineSpec, scope: DriverScope): VirtualMachineResult {
  const { ec2, kms, ssm } = sdk();
  const ctx = awsContext(scope);
  const { region, opts } = ctx;
  const o = spec.overrides.aws ?? {};
  const name = scope.name;
  const net = spec.network.data as AwsNetworkData;

  let ami: pulumi.Input<string>;
  if (o.ami !== undefined) {
    ami = o.ami;
  } else {
    const path = known(AWS_IMAGES[spec.image]);
    if (path === undefined)
      throw new Error(`aws: image ${spec.image} has no confirmed SSM parameter (checkVirtualMachine should have reported this)`);
    ami = ssm.getParameterOutput({ name: path, region }, { provider: opts.provider, parent: scope.parent }).value;
  }

  let kmsKeyId: pulumi.Input<string> | undefined;
  if (spec.encryption === "customer-managed") {
    kmsKeyId =
      o.kmsKeyArn ??
      new kms.Key(
        `${name}-disk-key`,
        {
          region,
          description: `sovereign-cloud VM ${name}: customer-managed root volume key`,
          enableKeyRotation: true,
          // The longest waiting period, so a deleted key can still be recovered for snapshots.
          deletionWindowInDays: 30,
          tags: childTags(ctx),
        },
        opts,
      ).arn;
  }

  const firstKey = spec.sshKeys[0];
  const keyPair =
    firstKey === undefined
      ? undefined
      : new ec2.KeyPair(`${name}-ssh-key`, { region, publicKey: firstKey.trim(), tags: childTags(ctx) }, opts);
  const userData = renderUserData(spec.adminUsername, spec.sshKeys, spec.userData);

  const instance = new ec2.Instance(
    name,
    {
      region,
      ami,
      instanceType: o.instanceType ?? spec.instanceType,
      subnetId: net.subnetId,
      vpcSecurityGroupIds: [net.securityGroupId],
      ...(net.zone === undefined ? {} : { availabilityZone: net.zone }),
      // Public IP only when asked for.
      associatePublicIpAddress: spec.publicIp,
      // IMDSv2 only, not reachable from containers/forwarded hops, no tags in metadata.
      metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1, instanceMetadataTags: "disabled" },
      rootBlockDevice: {
        volumeType: "gp3",
        volumeSize: spec.diskGiB,
        encrypted: true,
        ...(kmsKeyId === undefined ? {} : { kmsKeyId }),
        deleteOnTermination: true,
      },
      ...(keyPair === undefined ? {} : { keyName: keyPair.keyName }),
      ...(userData === undefined ? {} : { userData }),
      tags: childTags(ctx, { Name: name }),
    },
    // A newer AMI behind the SSM parameter must not replace the VM (identity, root disk).
    { ...opts, ...(o.ami === undefined ? { ignoreChanges: ["ami"] } : {}) },
  );

  return {
    bootDiskGiB: spec.diskGiB,
    instanceId: instance.id,
    privateIp: instance.privateIp,
    publicIp: spec.publicIp ? instance.publicIp.apply((ip) => (ip === "" ? undefined : ip)) : pulumi.output<string | undefined>(undefined),
    zone: instance.availabilityZone.apply((z) => (z === undefined || z === "" ? net.zone : z)),
  };
}
