/**
 * Hetzner Cloud server types for portable sizes (x86-64 only; the Arm `cax` types are left out
 * because the portable images are x86-64).
 *
 * Shared vs dedicated: Hetzner's wiki (`hetzner-wiki-ccx`, primary): CCX types have dedicated vCPUs
 * (1 vCPU = 1 hyper-thread), CX and CPX are shared.
 * vCPU and RAM per type (`hetzner-server-types-secondary`): public benchmark tables and a provider
 * integration's catalogue, which agree. Hetzner replaced cx22..cx52 by cx23..cx43 in 2025 (the newer
 * names come from one integration's table only); both generations are listed, newest first, so the
 * newer type wins a tie. Which types are orderable in which location is not confirmed: set
 * `overrides.hetzner.serverType` if a type is refused. The largest sourced shared type has 16 vCPU /
 * 32 GiB and the largest dedicated one 8 vCPU / 32 GiB; larger CCX types exist but were not sourced.
 */
import type { InstanceType, InstanceTypeTable } from "../types";

function family(sharedCore: boolean, rows: readonly (readonly [string, number, number])[]): InstanceType[] {
  return rows.map(([name, vcpus, memoryGiB]) => ({ name, vcpus, memoryGiB, sharedCore }));
}

export const HETZNER_INSTANCE_TYPES: InstanceTypeTable = {
  provider: "hetzner",
  source: "hetzner-server-types-secondary",
  types: [
    ...family(true, [
      ["cx23", 2, 4],
      ["cx33", 4, 8],
      ["cx43", 8, 16],
      ["cx22", 2, 4],
      ["cx32", 4, 8],
      ["cx42", 8, 16],
      ["cx52", 16, 32],
      ["cpx11", 2, 2],
      ["cpx21", 3, 4],
      ["cpx31", 4, 8],
      ["cpx41", 8, 16],
    ]),
    ...family(false, [
      ["ccx13", 2, 8],
      ["ccx23", 4, 16],
      ["ccx33", 8, 32],
    ]),
  ],
};
