import * as pulumi from "@pulumi/pulumi";
import { virtualMachineNeeds } from "../drivers/capabilities";
import { PlacedComponent } from "./component";
import { virtualMachineDeployment } from "./deployment";
import { encryptionNotWeaker } from "./checks";
import { checkVmArgs, checkVmInContext, parseSize, vmSpec, type VirtualMachineArgs } from "./vm-spec";
import { networkTarget } from "./network-member";
import { driverProblems, driverScope, prepare } from "./prepare";
import { residencyRecord } from "./residency";

export type { SizeSpec, VirtualMachineArgs } from "./vm-spec";

/**
 * A Linux virtual machine in a {@link Network}: portable size (SCS flavor) and image, SSH-key login
 * only, encrypted disk, hardened metadata where the provider allows, no public IP unless asked.
 *
 * @example
 * const web = new VirtualMachine("web", { size: "SCS-2V-4", network: net, publicIp: true, sshKeys: [key] });
 */
export class VirtualMachine extends PlacedComponent {
  /** The provider's id of the instance. */
  public readonly instanceId!: pulumi.Output<string>;
  /** The provider's instance type the portable size resolved to. */
  public readonly instanceType!: pulumi.Output<string>;
  public readonly privateIp!: pulumi.Output<string>;
  /** `undefined` unless `publicIp: true`. */
  public readonly publicIp!: pulumi.Output<string | undefined>;
  public readonly zone!: pulumi.Output<string | undefined>;

  constructor(name: string, args: VirtualMachineArgs, opts?: pulumi.ComponentResourceOptions) {
    // Everything is validated before super(): a rejected VM registers nothing.
    const prepared = prepare("VirtualMachine", name, args, "virtualMachine", opts, {
      checkArgs: checkVmArgs,
      checkWithContract: encryptionNotWeaker("VM"),
      checkWithContext: checkVmInContext,
      spec: (c) => vmSpec(args, c),
      checkDriver: (c, s, at) => driverProblems(c, virtualMachineNeeds(s), c.driver.checkVirtualMachine(s, at)),
      fallbackTarget: networkTarget(args),
    });
    super(name, prepared);
    const { ctx, spec } = prepared;
    const result = ctx.driver.virtualMachine(spec, driverScope(name, this, prepared));
    const overrides = args.overrides ?? {};
    const pinnedType = ctx.driver.overriddenInstanceType?.(overrides);
    const pinnedImage = ctx.driver.overriddenImage?.(overrides);
    const deployed = virtualMachineDeployment(parseSize(args.size).size!, spec, result.bootDiskGiB, {
      ...(pinnedType === undefined ? {} : { instanceType: pinnedType }),
      ...(pinnedImage === undefined ? {} : { image: pinnedImage }),
    });
    this.publish<VirtualMachine>({
      instanceId: result.instanceId,
      instanceType: pulumi.output(spec.instanceType),
      privateIp: result.privateIp,
      publicIp: result.publicIp,
      region: pulumi.output(ctx.placement.region.code),
      zone: result.zone,
      residency: result.zone.apply((z) => residencyRecord(ctx, z, { virtualMachine: deployed })),
    });
  }
}
