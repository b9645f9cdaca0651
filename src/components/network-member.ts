/**
 * What the components that join a {@link Network} (VirtualMachine, Database, KubernetesCluster)
 * share: the network argument itself, the network's placement as the default target, and the check
 * that the component and its network are in the same place and use the same driver.
 */
import type { TargetInput } from "../contract/target";
import { placementLabel, type Placement } from "../contract/placement";
import type { NetworkHandle } from "../drivers/types";
import { problems, type Problem } from "../errors";
import { Network } from "./network";

/** `args.network` must be a Network component; `why` says what the component needs it for. */
export function checkNetworkArg(network: unknown, why: string): Problem[] {
  if (network instanceof Network) return [];
  return [
    problems.invalidArgument(
      "args.network",
      why,
      network === undefined ? undefined : typeof network,
      "a Network component",
      "create a Network and pass it as network.",
    ),
  ];
}

/** The network's placement, the target when neither args nor stack config set one. */
export function networkTarget(args: { readonly network?: Network } | undefined): TargetInput | undefined {
  const net = args?.network?.handle?.placement;
  return net
    ? { provider: net.provider.id, region: net.region.code, ...(net.driver === undefined ? {} : { driver: net.driver }) }
    : undefined;
}

/** The `what` at `here`, deployed with `driver`, joins `net`: same provider and region, same driver. */
export function sameNetworkPlace(path: string, what: string, here: Placement, net: NetworkHandle, driver: string): Problem[] {
  const a = placementLabel({ provider: here.provider, region: here.region });
  const b = placementLabel({ provider: net.placement.provider, region: net.placement.region });
  if (a !== b) return [problems.placementMismatch(path, `the ${what} is placed at ${a} but its network is at ${b}.`, a, b)];
  if (net.driver !== driver)
    return [
      problems.placementMismatch(
        path,
        `the ${what} is deployed with the ${driver} driver but its network with the ${net.driver} driver.`,
        driver,
        net.driver,
      ),
    ];
  return [];
}
