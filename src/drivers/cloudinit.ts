/**
 * cloud-init user data that delivers the SSH keys, shared by the drivers whose VMs run cloud-init
 * (AWS, Scaleway, Hetzner, OpenStack).
 *
 * Key pairs on these clouds hold one key, given only to the image's default user (EC2 key pairs,
 * for instance). So a driver imports the first key as the provider's key pair (visible in its API
 * and console, installed for the image's default user) and delivers *all* keys with cloud-init to
 * `spec.adminUsername`, a user created with passwordless sudo and a locked password. When the user
 * also gives `userData`, the two are combined into a MIME multi-part archive (which cloud-init
 * reads on Debian and Ubuntu): the user's part first, then ours, which appends to lists (`users`)
 * instead of replacing them.
 *
 * {@link userDataProblems} is the pre-flight check these drivers share: the user data can be
 * combined with the key part, and the rendered result fits the provider's limit.
 */
import { problems, type Problem } from "../errors";
import type { VirtualMachineSpec } from "./types";

/** User-data formats that can be combined with the key-delivery part, by their first line. */
const PART_TYPES: readonly (readonly [string, string])[] = [
  ["#cloud-config", "text/cloud-config"],
  ["#!", "text/x-shellscript"],
  ["#cloud-boothook", "text/cloud-boothook"],
  ["#include", "text/x-include-url"],
];

/** Fixed, so the rendered user data is stable across runs (no diff, no restart). */
const BOUNDARY = "==sovereign-cloud-user-data==";

/** The MIME type for the user's own user data, or `undefined` when the format cannot be combined. */
export function userDataPartType(userData: string): string | undefined {
  const first = userData.trimStart();
  return PART_TYPES.find(([prefix]) => first.startsWith(prefix))?.[1];
}

/** The cloud-config part that creates `adminUsername` with every key. */
export function keysCloudConfig(adminUsername: string, sshKeys: readonly string[]): string {
  return [
    "#cloud-config",
    "merge_how:",
    "  - name: list",
    "    settings: [append]",
    "  - name: dict",
    "    settings: [no_replace, recurse_list]",
    "users:",
    "  - default",
    `  - name: ${JSON.stringify(adminUsername)}`,
    '    sudo: "ALL=(ALL) NOPASSWD:ALL"',
    "    shell: /bin/bash",
    "    lock_passwd: true",
    "    ssh_authorized_keys:",
    ...sshKeys.map((k) => `      - ${JSON.stringify(k.trim())}`),
    "",
  ].join("\n");
}

/**
 * The instance's user data: the user's own when there are no keys, the key part when there is no
 * user data, else both in one MIME archive. `undefined` when there is nothing to send.
 */
export function renderUserData(adminUsername: string, sshKeys: readonly string[], userData: string | undefined): string | undefined {
  if (sshKeys.length === 0) return userData;
  const keys = keysCloudConfig(adminUsername, sshKeys);
  if (userData === undefined || userData.trim() === "") return keys;
  const userType = userDataPartType(userData) ?? "text/x-shellscript";
  const part = (type: string, body: string) =>
    [`--${BOUNDARY}`, `Content-Type: ${type}; charset="utf-8"`, "MIME-Version: 1.0", "", body].join("\n");
  return [
    `Content-Type: multipart/mixed; boundary="${BOUNDARY}"`,
    "MIME-Version: 1.0",
    "",
    part(userType, userData),
    part("text/cloud-config", keys),
    `--${BOUNDARY}--`,
    "",
  ].join("\n");
}

/** A provider's user-data size limit, on the rendered user data (with the SSH-key part). */
export interface UserDataLimit {
  readonly maxBytes: number;
  /** `base64`: the limit applies to the base64-encoded text (OpenStack Nova). @default - the UTF-8 bytes */
  readonly encoding?: "base64";
  /** What the provider limits, in its own words: "EC2 user data (with the SSH-key part) is limited to 16 KB." */
  readonly message: string;
}

/**
 * The user data's problems on a cloud-init driver: user data that cannot be combined with the
 * SSH-key part (its first line names no format cloud-init knows), and, with `limit`, rendered user
 * data larger than the provider takes.
 */
export function userDataProblems(
  spec: Pick<VirtualMachineSpec, "userData" | "sshKeys" | "adminUsername">,
  limit?: UserDataLimit,
): Problem[] {
  const out: Problem[] = [];
  if (
    spec.userData !== undefined &&
    spec.sshKeys.length > 0 &&
    spec.userData.trim() !== "" &&
    userDataPartType(spec.userData) === undefined
  ) {
    out.push(
      problems.invalidArgument(
        "userData",
        "this user data cannot be combined with the SSH-key part: cloud-init needs to know its type from its first line.",
        spec.userData.slice(0, 40),
        "user data starting with #cloud-config, #!, #cloud-boothook or #include",
        "start the user data with one of those lines.",
      ),
    );
  }
  if (limit === undefined) return out;
  const rendered = renderUserData(spec.adminUsername, spec.sshKeys, spec.userData);
  if (rendered === undefined) return out;
  const base64 = limit.encoding === "base64";
  const size = base64 ? Buffer.from(rendered, "utf8").toString("base64").length : Buffer.byteLength(rendered, "utf8");
  const unit = base64 ? "bytes encoded" : "bytes";
  if (size > limit.maxBytes) {
    out.push(
      problems.invalidArgument(
        "userData",
        limit.message,
        `${size} ${unit}`,
        `at most ${limit.maxBytes} ${unit}`,
        "shorten the user data, e.g. fetch a script instead of inlining it.",
      ),
    );
  }
  return out;
}
