/**
 * Sovereign Cloud Stack flavor names (scs-0100 v3 grammar) and the scs-0103 v1.2 standard flavors.
 * Pure data and parsing; no Pulumi.
 *
 * Grammar (scs-0100-v3, case-sensitive):
 *   SCS- N(L|V|T|C)[i] - N[u][o] [ - [Mx]N[n|h|s|p] | - ] [ _EXT... ]
 */
import type { SourceId } from "./sources/index";
import type { PortableSize } from "./types";

/** scs-0103 v1.2: mandatory standard flavors (x86-64). */
export const SCS_MANDATORY_FLAVORS = [
  "SCS-1V-4",
  "SCS-2V-8",
  "SCS-4V-16",
  "SCS-4V-16-100s",
  "SCS-8V-32",
  "SCS-1V-2",
  "SCS-2V-4",
  "SCS-2V-4-20s",
  "SCS-4V-8",
  "SCS-8V-16",
  "SCS-16V-32",
  "SCS-1V-8",
  "SCS-2V-16",
  "SCS-4V-32",
  "SCS-1L-1",
] as const;

/** scs-0103 v1.2: recommended standard flavors (part 1 and part 2). */
export const SCS_RECOMMENDED_FLAVORS = [
  "SCS-1V-4-10",
  "SCS-2V-8-20",
  "SCS-4V-16-50",
  "SCS-8V-32-100",
  "SCS-1V-2-5",
  "SCS-2V-4-10",
  "SCS-4V-8-20",
  "SCS-8V-16-50",
  "SCS-16V-32-100",
  "SCS-1V-8-20",
  "SCS-2V-16-50",
  "SCS-4V-32-100",
  "SCS-1L-1-5",
  "SCS-16V-64",
  "SCS-8V-64",
  "SCS-16V-128",
] as const;

export const SCS_STANDARD_FLAVORS_SOURCE: SourceId = "scs-0103-v1";
export const SCS_GRAMMAR_SOURCE: SourceId = "scs-0100-v3";

export type ScsCpuClass = "L" | "V" | "T" | "C";
export type ScsDiskType = "n" | "h" | "s" | "p";

/** A parsed SCS flavor name. */
export interface ScsFlavor extends PortableSize {
  readonly scsName: string;
  readonly cpuClass: ScsCpuClass;
  /** `i`: insecure CPU (missing mitigations). */
  readonly insecure: boolean;
  /** `u`: no ECC memory. */
  readonly noEcc: boolean;
  /** `o`: memory oversubscribed. */
  readonly memoryOversubscribed: boolean;
  /**
   * Root disk: absent = no root disk (boot from volume); `{ sizeGB: undefined }` = the cloud picks a
   * size at least the image's min_disk; otherwise the size (GB) per disk, the disk count and type.
   */
  readonly disk?: { readonly sizeGB?: number; readonly count: number; readonly type?: ScsDiskType };
  /** Extensions after `_`, verbatim (`kvm`, `hwv`, `z3h`, `GNa-72-24`, `ib`, ...). */
  readonly extensions: readonly string[];
}

export type ScsParseResult = { readonly ok: true; readonly flavor: ScsFlavor } | { readonly ok: false; readonly why: string };

const NAME = /^SCS-(\d+)([LVTC])(i?)-(\d+(?:\.5)?)(u?)(o?)(?:(-)(?:(?:(\d+)x)?(\d+)([nhsp]?))?)?((?:_[A-Za-z0-9-]+)*)$/;

/**
 * Parse an SCS flavor name. Returns `{ ok: false, why }` with the first reason it is not valid.
 * Half GiB of RAM is allowed only below 10 GiB (scs-0100 v3).
 */
export function parseScsFlavor(name: string): ScsParseResult {
  if (!name.startsWith("SCS-")) return { ok: false, why: 'it does not start with "SCS-" (names are case-sensitive)' };
  if (/^SCS-\d+i[LVTC]/.test(name))
    return { ok: false, why: "the insecure marker `i` goes after the CPU class (SCS-2Ti-..., not SCS-2iT-...)" };
  const m = NAME.exec(name);
  if (!m) return { ok: false, why: grammarHint(name) };
  const [, cpus, cls, insecure, ram, noEcc, overs, diskDash, count, size, dtype, ext] = m;
  const vcpus = Number(cpus);
  const memoryGiB = Number(ram);
  if (vcpus < 1) return { ok: false, why: "the vCPU count must be at least 1" };
  if (memoryGiB <= 0) return { ok: false, why: "the memory must be more than 0 GiB" };
  if (memoryGiB >= 10 && !Number.isInteger(memoryGiB)) return { ok: false, why: "half GiB steps are only allowed below 10 GiB" };
  let disk: ScsFlavor["disk"];
  if (size !== undefined) {
    const sizeGB = Number(size);
    const n = count === undefined ? 1 : Number(count);
    if (sizeGB < 1 || n < 1) return { ok: false, why: "disk size and disk count must be at least 1" };
    disk = { sizeGB, count: n, ...(dtype ? { type: dtype as ScsDiskType } : {}) };
  } else if (diskDash !== undefined) {
    disk = { count: 1 };
  }
  const flavor: ScsFlavor = {
    scsName: name,
    vcpus,
    memoryGiB,
    cpuClass: cls as ScsCpuClass,
    insecure: insecure === "i",
    noEcc: noEcc === "u",
    memoryOversubscribed: overs === "o",
    ...(disk ? { disk } : {}),
    ...(disk?.sizeGB !== undefined ? { diskGB: disk.sizeGB } : {}),
    extensions: ext ? ext.split("_").filter(Boolean) : [],
  };
  return { ok: true, flavor };
}

function grammarHint(name: string): string {
  if (/^SCS-\d+[a-z]/.test(name)) return "the CPU class must be one of L, V, T, C in upper case";
  if (/^SCS-\d+[LVTC]i?$/.test(name)) return "the memory part (-<GiB>) is missing";
  if (/^SCS-[^\d]/.test(name)) return "the vCPU count must follow SCS-";
  if (/^SCS-\d+[LVTC]i?-\d+(\.\d+)?/.test(name) && /^SCS-\d+[LVTC]i?-\d+\.(?!5)/.test(name))
    return "memory may only use .5 steps (e.g. 3.5)";
  return "it does not follow SCS-<n><L|V|T|C>[i]-<GiB>[u][o][-[<m>x]<GB>[n|h|s|p]][_<ext>]";
}

/** True for the flavors scs-0103 lists (mandatory or recommended). */
export function isScsStandardFlavor(name: string): boolean {
  return (SCS_MANDATORY_FLAVORS as readonly string[]).includes(name) || (SCS_RECOMMENDED_FLAVORS as readonly string[]).includes(name);
}

/** Every standard flavor name, mandatory first. */
export const SCS_STANDARD_FLAVORS: readonly string[] = [...SCS_MANDATORY_FLAVORS, ...SCS_RECOMMENDED_FLAVORS];
