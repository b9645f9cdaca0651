import * as pulumi from "@pulumi/pulumi";
import { unmetNeeds, virtualMachineNeeds } from "../drivers/capabilities";
import { virtualMachineDeployment } from "./deployment";
import { checkVmAgainstContract, checkVmArgs, checkVmInContext, parseSize, vmSpec, type VirtualMachineArgs } from "./vm-spec";
import { driverScope, prepare } from "./prepare";
import { residencyRecord, type ResidencyRecord } from "./residency";

export type { SizeSpec, VirtualMachineArgs } from "./vm-spec";

/**
 * A Linux virtual machine in a {@link Network}: portable size (SCS flavor) and image, SSH-key login
 * only, encrypted disk, hardened metadata where the provider allows, no public IP unless asked.
 *
 * @example
 * const web = new VirtualMachine("web", { size: "SCS-2V-4", network: net, publicIp: true, sshKeys: [key] });
 */
export class VirtualMachine extends pulumi.ComponentResource {
  /** The provider's id of the instance. */
  public readonly instanceId!: pulumi.Output<string>;
  /** The provider's instance type the portable size resolved to. */
  public readonly instanceType!: pulumi.Output<string>;
  public readonly privateIp!: pulumi.Output<string>;
  /** `undefined` unless `publicIp: true`. */
  public readonly publicIp!: pulumi.Output<string | undefined>;
  public readonly region!: pulumi.Output<string>;
  public readonly zone!: pulumi.Output<string | undefined>;
  public readonly residency!: pulumi.Output<ResidencyRecord>;

  constructor(name: string, args: VirtualMachineArgs, opts?: pulumi.ComponentResourceOptions) {
    // Everything is validated before super(): a rejected VM registers nothing.
    const network = (args as Partial<VirtualMachineArgs> | undefined)?.network;
    const net = network?.handle?.placement;
    const fallback = net
      ? { provider: net.provider.id, region: net.region.code, ...(net.driver === undefined ? {} : { driver: net.driver }) }
      : undefined;
    const {
      ctx,
      spec,
      opts: checkedOpts,
    } = prepare(
      "VirtualMachine",
      name,
      args,
      "virtualMachine",
      {
        checkArgs: checkVmArgs,
        checkWithContract: checkVmAgainstContract,
        checkWithContext: checkVmInContext,
        spec: (c) => vmSpec(args, c),
        checkDriver: (c, s) => [
          ...unmetNeeds(c.driver.capabilities, virtualMachineNeeds(s), c.placement.provider.name),
          ...c.driver.checkVirtualMachine(s, { name, placement: c.placement }),
        ],
        ...(fallback ? { fallbackTarget: fallback } : {}),
      },
      opts,
    );
    super("sovereign-cloud:index:VirtualMachine", name, {}, checkedOpts);
    const result = ctx.driver.virtualMachine(spec, driverScope(name, this, { ctx }));
    this.instanceId = result.instanceId;
    this.instanceType = pulumi.output(spec.instanceType);
    this.privateIp = result.privateIp;
    this.publicIp = result.publicIp;
    this.region = pulumi.output(ctx.placement.region.code);
    this.zone = result.zone;
    const overrides = args.overrides ?? {};
    const pinnedType = ctx.driver.overriddenInstanceType?.(overrides);
    const pinnedImage = ctx.driver.overriddenImage?.(overrides);
    const deployed = virtualMachineDeployment(parseSize(args.size).size!, spec, result.bootDiskGiB, {
      ...(pinnedType === undefined ? {} : { instanceType: pinnedType }),
      ...(pinnedImage === undefined ? {} : { image: pinnedImage }),
    });
    this.residency = result.zone.apply((z) => residencyRecord(ctx, z, { virtualMachine: deployed }));
    this.registerOutputs({
      instanceId: this.instanceId,
      instanceType: this.instanceType,
      privateIp: this.privateIp,
      publicIp: this.publicIp,
      region: this.region,
      zone: this.zone,
      residency: this.residency,
    });
  }
}
