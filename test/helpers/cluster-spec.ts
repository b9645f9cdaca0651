/** A hand-written KubernetesCluster driver spec (no component code involved). */
import type { KubernetesClusterSpec, NetworkHandle } from "../../src/drivers/types";

export function clusterSpec(
  network: NetworkHandle,
  instanceType: string,
  over: Partial<KubernetesClusterSpec> = {},
): KubernetesClusterSpec {
  return {
    version: "1.34",
    network,
    nodePools: [{ name: "workers", instanceType, vcpus: 4, memoryGiB: 16, min: 1, max: 3 }],
    privateApi: true,
    apiAllowedFrom: [],
    encryption: "provider-managed",
    overrides: {},
    ...over,
  };
}
