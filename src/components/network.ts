import * as pulumi from "@pulumi/pulumi";
import type { NetworkHandle } from "../drivers/types";
import { checkNetworkArgs, type NetworkArgs } from "./network-spec";
import { PlacedComponent } from "./component";
import { driverScope, prepare } from "./prepare";
import { residencyRecord } from "./residency";

export type { IngressRule, NetworkArgs } from "./network-spec";

/**
 * A private network: one VPC/VNet, one private subnet and one firewall whose only inbound rules
 * are the ones given. Placed by target and checked against the residency contract first.
 *
 * @example
 * const net = new Network("app", { ingress: [{ port: 443, from: "0.0.0.0/0" }, { port: 22, from: "198.51.100.0/24" }] });
 */
export class Network extends PlacedComponent {
  /** The provider's id of the VPC / VNet / VPC network. */
  public readonly networkId!: pulumi.Output<string>;
  /** The provider's id of the private subnet. */
  public readonly subnetId!: pulumi.Output<string>;
  /** The provider's id of the firewall (security group, NSG, firewall tag). */
  public readonly firewallId!: pulumi.Output<string>;
  public readonly cidr!: pulumi.Output<string>;
  public readonly subnetCidr!: pulumi.Output<string>;
  /** What a VirtualMachine needs to join this network (same provider and region). */
  public readonly handle!: NetworkHandle;

  constructor(name: string, args: NetworkArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    // Everything is validated before super(): a rejected network registers nothing.
    const prepared = prepare("Network", name, args, "network", opts, {
      checkArgs: (a) => checkNetworkArgs(a).problems,
      // Only called once checkArgs found nothing, so the spec exists.
      spec: () => checkNetworkArgs(args).spec!,
      checkDriver: (c, s, at) => c.driver.checkNetwork(s, at),
    });
    super(name, prepared);
    const { ctx, spec } = prepared;
    const result = ctx.driver.network(spec, driverScope(name, this, prepared));
    this.handle = result.handle;
    this.publish<Network>({
      networkId: result.networkId,
      subnetId: result.subnetId,
      firewallId: result.firewallId,
      cidr: pulumi.output(spec.cidr),
      subnetCidr: pulumi.output(spec.subnetCidr),
      region: pulumi.output(ctx.placement.region.code),
      residency: pulumi.output(residencyRecord(ctx)),
    });
  }
}
