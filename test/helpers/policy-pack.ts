/**
 * The repository's policy pack (policy/) imports `sovereign-cloud/policy` like any consumer's pack,
 * with `sovereign-cloud: file:..` as its dependency. `npm install` in policy/ would link it; tests
 * make the same link themselves (policy/node_modules is git-ignored) and run the pack with the
 * `sovereign-cloud-source` condition, so the pack loads the library's sources, not a dist/ build
 * that may be older than them.
 */
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";

export const PACK_DIR = resolve(__dirname, "../../policy");

/** Node flags for a pack process started on policy/. */
export const PACK_NODE_FLAGS = ["--conditions=sovereign-cloud-source"] as const;

/** Link policy/node_modules/sovereign-cloud to the repository root, as `npm install` would. */
export function linkPackDependency(): void {
  const modules = join(PACK_DIR, "node_modules");
  const link = join(modules, "sovereign-cloud");
  if (existsSync(link)) return;
  mkdirSync(modules, { recursive: true });
  try {
    symlinkSync("../..", link, "dir");
  } catch (e) {
    // Another test file linked it in the meantime.
    if (!existsSync(link)) throw e;
  }
}
