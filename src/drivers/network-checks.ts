/**
 * Checks for components that join a network (VMs, databases): the network must come from the
 * component's own driver, and be in the project the component is created in.
 */
import type { DriverId } from "../catalog/types";
import { problems, type Problem } from "../errors";
import type { NetworkHandle } from "./types";

/** A component joins only a network of its own driver; `message` says so, naming the network's driver. */
export function networkDriverProblems(
  network: NetworkHandle,
  driver: DriverId,
  allowed: string,
  message: (networkDriver: DriverId) => string,
): Problem[] {
  if (network.driver === driver) return [];
  return [problems.placementMismatch("network", message(network.driver), network.driver, allowed)];
}

/**
 * A component goes into its network's project (GCP project, OVHcloud Public Cloud project): `given`,
 * the project it would be in when known, must be `network`'s.
 */
export function networkProjectProblems(path: string, given: string | undefined, network: string, message: string): Problem[] {
  return given !== undefined && given !== network ? [problems.placementMismatch(path, message, String(given), network)] : [];
}
