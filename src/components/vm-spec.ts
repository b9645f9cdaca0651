/** VirtualMachineArgs: the portable arguments, their validation, and the spec handed to the driver. */
import { DRIVER_IDS } from "../catalog/types";
import { IMAGES } from "../catalog/images/index";
import { parseScsFlavor } from "../catalog/scs";
import { INSTANCE_TYPES, largestType, pickInstanceType } from "../catalog/sizes/index";
import { PORTABLE_IMAGES, type PortableImage, type PortableSize } from "../catalog/types";
import { ENCRYPTION_MODES, type EncryptionMode } from "../contract/schema";
import { closest } from "../contract/suggest";
import type { VirtualMachineOverrides, VirtualMachineSpec } from "../drivers/types";
import { problems, type Problem } from "../errors";
import { intInRange, labelsAndOverrides, notAList, optionalBoolean, optionalEnum, unknownKeys } from "./checks";
import type { PlacementArgs, ResolvedContext } from "./context";
import { Network } from "./network";
import { checkNetworkArg, sameNetworkPlace } from "./network-member";

/** A portable size given by numbers instead of an SCS flavor name. */
export interface SizeSpec {
  /**
   * Minimum vCPUs.
   * @default - none: required
   */
  readonly vcpus: number;
  /**
   * Minimum memory in GiB.
   * @default - none: required
   */
  readonly memoryGiB: number;
}

export interface VirtualMachineArgs extends PlacementArgs {
  /**
   * An SCS standard flavor name (`SCS-2V-4`, `SCS-4V-16-100s`, ...; scs-0100 v3 grammar) or
   * `{ vcpus, memoryGiB }`. Resolved to the provider's smallest instance type that meets it.
   * @default - none: required
   */
  readonly size: string | SizeSpec;
  /**
   * Portable image name.
   * @default "debian-12"
   */
  readonly image?: PortableImage;
  /**
   * Root disk size in GiB (always encrypted).
   * @default - the flavor's disk size when the flavor names one, else 30
   */
  readonly diskGiB?: number;
  /**
   * The network to join; it must be on the same provider and region.
   * @default - none: required
   */
  readonly network: Network;
  /**
   * Give the VM a public IP address. The network's ingress rules still decide what is reachable.
   * @default false
   */
  readonly publicIp?: boolean;
  /**
   * SSH public keys allowed to log in as `adminUsername` (password login is always off).
   * @default []
   */
  readonly sshKeys?: readonly string[];
  /**
   * Login user created on the VM.
   * @default "sovereign"
   */
  readonly adminUsername?: string;
  /**
   * cloud-init user data (plain text, at most 16 KiB).
   * @default - none
   */
  readonly userData?: string;
  /**
   * Who manages the disk encryption keys; may be stricter than the contract, never weaker.
   * @default - the contract's `encryption`
   */
  readonly encryption?: EncryptionMode;
  /**
   * Provider-specific knobs, one typed block per provider; only the block of the target's provider is read.
   * @default - none
   */
  readonly overrides?: VirtualMachineOverrides;
}

const KEYS = [
  "target",
  "residency",
  "labels",
  "size",
  "image",
  "diskGiB",
  "network",
  "publicIp",
  "sshKeys",
  "adminUsername",
  "userData",
  "encryption",
  "overrides",
];
export const DEFAULT_IMAGE: PortableImage = "debian-12";
export const DEFAULT_DISK_GIB = 30;
export const DEFAULT_ADMIN = "sovereign";
const SSH_KEY =
  /^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\.com|sk-ecdsa-sha2-nistp256@openssh\.com) [A-Za-z0-9+/]+={0,3}( [^\n]*)?$/;
/** Names Linux images or Azure reserve for the login user. */
const RESERVED_USERS = [
  "root",
  "admin",
  "administrator",
  "adm",
  "user",
  "test",
  "guest",
  "sys",
  "bin",
  "daemon",
  "nobody",
  "backup",
  "owner",
  "server",
  "sql",
  "support",
  "console",
];
const MAX_USER_DATA = 16 * 1024;

/** The portable size asked for, or the problem with it. */
export function parseSize(size: unknown, path = "args.size"): { size?: PortableSize; problems: Problem[] } {
  if (typeof size === "string") {
    const parsed = parseScsFlavor(size);
    return parsed.ok ? { size: parsed.flavor, problems: [] } : { problems: [problems.invalidFlavorName(path, size, parsed.why)] };
  }
  if (typeof size === "object" && size !== null && !Array.isArray(size)) {
    const s = size as Partial<SizeSpec>;
    const found = [...unknownKeys(s, ["vcpus", "memoryGiB"], path), ...intInRange(`${path}.vcpus`, s.vcpus ?? null, 1, 448, "vCPUs")];
    if (typeof s.memoryGiB !== "number" || !(s.memoryGiB > 0) || s.memoryGiB > 12_288) {
      found.push(
        problems.invalidArgument(
          `${path}.memoryGiB`,
          "memory must be a number of GiB above 0 and at most 12288.",
          s.memoryGiB,
          "0.5..12288",
          "give the memory in GiB.",
        ),
      );
    }
    return found.length > 0 ? { problems: found } : { size: { vcpus: s.vcpus!, memoryGiB: s.memoryGiB! }, problems: [] };
  }
  return {
    problems: [
      problems.invalidArgument(
        path,
        "size is required: an SCS flavor name or { vcpus, memoryGiB }.",
        size,
        "SCS-2V-4, SCS-4V-16-100s, { vcpus: 2, memoryGiB: 8 }",
        "set size.",
      ),
    ],
  };
}

/** Provider-independent checks. */
export function checkVmArgs(args: VirtualMachineArgs): Problem[] {
  const found: Problem[] = [...unknownKeys(args, KEYS)];
  found.push(...parseSize(args.size).problems);
  if (args.image !== undefined && !(PORTABLE_IMAGES as readonly unknown[]).includes(args.image)) {
    found.push(problems.unknownImage("args.image", String(args.image), PORTABLE_IMAGES, closest(String(args.image), PORTABLE_IMAGES)));
  }
  found.push(...intInRange("args.diskGiB", args.diskGiB, 10, 4096, "GiB"));
  found.push(...checkNetworkArg(args.network, "a VirtualMachine needs the Network it joins."));
  found.push(...optionalBoolean("args.publicIp", args.publicIp));
  if (args.sshKeys !== undefined && !Array.isArray(args.sshKeys)) {
    found.push(notAList("args.sshKeys", args.sshKeys, "public keys", '["ssh-ed25519 AAAA... you@host"]', "wrap the key in a list."));
  } else {
    (args.sshKeys ?? []).forEach((k, i) => {
      if (typeof k !== "string" || !SSH_KEY.test(k.trim())) {
        const shown = typeof k === "string" ? `${k.slice(0, 30)}${k.length > 30 ? "..." : ""}` : k;
        found.push(
          problems.invalidArgument(
            `args.sshKeys[${i}]`,
            "not an OpenSSH public key (private keys and ssh-dss are refused).",
            shown,
            "ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256/384/521 or sk-* keys in OpenSSH format",
            "paste the contents of your .pub file.",
          ),
        );
      }
    });
  }
  const user = args.adminUsername;
  if (user !== undefined && (typeof user !== "string" || !/^[a-z_][a-z0-9_-]{0,31}$/.test(user) || RESERVED_USERS.includes(user))) {
    found.push(
      problems.invalidArgument(
        "args.adminUsername",
        "must be a lowercase Linux user name (1-32 chars) that no image or provider reserves.",
        user,
        `[a-z_][a-z0-9_-]*, not ${RESERVED_USERS.slice(0, 6).join(", ")}, ...`,
        `use e.g. "${DEFAULT_ADMIN}" or "ops".`,
      ),
    );
  }
  if (args.userData !== undefined && (typeof args.userData !== "string" || Buffer.byteLength(args.userData) > MAX_USER_DATA)) {
    found.push(
      problems.invalidArgument(
        "args.userData",
        "must be text of at most 16 KiB (the smallest limit across providers).",
        typeof args.userData === "string" ? `${Buffer.byteLength(args.userData)} bytes` : args.userData,
        "up to 16384 bytes",
        "shorten it, or fetch a larger script from the bucket at boot.",
      ),
    );
  }
  found.push(...optionalEnum("args.encryption", args.encryption, ENCRYPTION_MODES));
  found.push(...labelsAndOverrides(args, DRIVER_IDS));
  return found;
}

/** Checks that need the placement: the network is in the same place, the size and image exist there. */
export function checkVmInContext(args: VirtualMachineArgs, ctx: ResolvedContext): Problem[] {
  const found: Problem[] = [];
  if (!(args.network instanceof Network)) return found; // already reported by checkVmArgs
  found.push(...sameNetworkPlace("args.network", "VM", ctx.placement, args.network.handle, ctx.driver.id));
  const image = args.image ?? DEFAULT_IMAGE;
  const mapped = IMAGES[ctx.placement.provider.id]?.[image];
  const portable = (PORTABLE_IMAGES as readonly string[]).includes(image); // else already reported
  if (portable && ctx.driver.overriddenImage?.(args.overrides ?? {}) === undefined && !mapped?.confirmed) {
    const why = mapped === undefined ? "the catalog has no image table for this provider" : mapped.note;
    found.push(problems.imageUnavailable("args.image", image, ctx.placement.provider.id, why));
  }
  const size = parseSize(args.size).size;
  if (size && overriddenType(args, ctx) === undefined) {
    const table = INSTANCE_TYPES[ctx.placement.provider.id];
    const largest = table && largestType(table);
    if (!table || !pickInstanceType(table, size)) {
      found.push(
        problems.noMatchingSize(
          "args.size",
          ctx.placement.provider.id,
          describeSize(size),
          largest ? `${largest.name} (${largest.vcpus} vCPU, ${largest.memoryGiB} GiB)` : "nothing (no instance-type table)",
        ),
      );
    }
  }
  return found;
}

function overriddenType(args: VirtualMachineArgs, ctx: ResolvedContext): string | undefined {
  return ctx.driver.overriddenInstanceType?.(args.overrides ?? {});
}

export function describeSize(size: PortableSize): string {
  return `${size.scsName ?? "size"} (${size.vcpus} vCPU, ${size.memoryGiB} GiB${size.cpuClass === "T" || size.cpuClass === "C" ? ", dedicated CPU" : ""})`;
}

/** The driver spec, after every check passed. */
export function vmSpec(args: VirtualMachineArgs, ctx: ResolvedContext): VirtualMachineSpec {
  const size = parseSize(args.size).size!;
  const table = INSTANCE_TYPES[ctx.placement.provider.id];
  const instanceType = overriddenType(args, ctx) ?? pickInstanceType(table!, size)!.name;
  return {
    instanceType,
    vcpus: size.vcpus,
    memoryGiB: size.memoryGiB,
    image: args.image ?? DEFAULT_IMAGE,
    diskGiB: args.diskGiB ?? (size.diskGB !== undefined ? Math.max(size.diskGB, 10) : DEFAULT_DISK_GIB),
    publicIp: args.publicIp ?? false,
    sshKeys: (args.sshKeys ?? []).map((k) => k.trim()),
    adminUsername: args.adminUsername ?? DEFAULT_ADMIN,
    ...(args.userData === undefined ? {} : { userData: args.userData }),
    encryption: args.encryption ?? ctx.contract.encryption,
    network: args.network.handle,
    overrides: args.overrides ?? {},
  };
}
