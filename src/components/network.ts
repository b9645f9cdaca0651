import * as pulumi from "@pulumi/pulumi";
import type { NetworkHandle } from "../drivers/types";
import { checkNetworkArgs, type NetworkArgs } from "./network-spec";
import { driverScope, prepare } from "./prepare";
import { residencyRecord, type ResidencyRecord } from "./residency";

export type { IngressRule, NetworkArgs } from "./network-spec";

/**
 * A private network: one VPC/VNet, one private subnet and one firewall whose only inbound rules
 * are the ones given. Placed by target and checked against the residency contract first.
 *
 * @example
 * const net = new Network("app", { ingress: [{ port: 443, from: "0.0.0.0/0" }, { port: 22, from: "198.51.100.0/24" }] });
 */
export class Network extends pulumi.ComponentResource {
  /** The provider's id of the VPC / VNet / VPC network. */
  public readonly networkId!: pulumi.Output<string>;
  /** The provider's id of the private subnet. */
  public readonly subnetId!: pulumi.Output<string>;
  /** The provider's id of the firewall (security group, NSG, firewall tag). */
  public readonly firewallId!: pulumi.Output<string>;
  public readonly cidr!: pulumi.Output<string>;
  public readonly subnetCidr!: pulumi.Output<string>;
  public readonly region!: pulumi.Output<string>;
  public readonly residency!: pulumi.Output<ResidencyRecord>;
  /** What a VirtualMachine needs to join this network (same provider and region). */
  public readonly handle!: NetworkHandle;

  constructor(name: string, args: NetworkArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    // Everything is validated before super(): a rejected network registers nothing.
    const {
      ctx,
      spec,
      opts: checkedOpts,
    } = prepare(
      "Network",
      name,
      args,
      "network",
      {
        checkArgs: (a) => checkNetworkArgs(a).problems,
        // Only called once checkArgs found nothing, so the spec exists.
        spec: () => checkNetworkArgs(args).spec!,
        checkDriver: (c, s) => c.driver.checkNetwork(s, { name, placement: c.placement }),
      },
      opts,
    );
    super("sovereign-cloud:index:Network", name, {}, checkedOpts);
    const result = ctx.driver.network(spec, driverScope(name, this, { ctx }));
    this.networkId = result.networkId;
    this.subnetId = result.subnetId;
    this.firewallId = result.firewallId;
    this.handle = result.handle;
    this.cidr = pulumi.output(spec.cidr);
    this.subnetCidr = pulumi.output(spec.subnetCidr);
    this.region = pulumi.output(ctx.placement.region.code);
    this.residency = pulumi.output(residencyRecord(ctx));
    this.registerOutputs({
      networkId: this.networkId,
      subnetId: this.subnetId,
      firewallId: this.firewallId,
      cidr: this.cidr,
      subnetCidr: this.subnetCidr,
      region: this.region,
      residency: this.residency,
    });
  }
}
