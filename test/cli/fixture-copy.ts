/** Copies of fixture programs in a scratch folder, for tests that change a program or need it outside any npm package. */
import { copyFileSync, mkdtempSync, readdirSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURES, REPO } from "./run-cli";

/**
 * A copy of a fixture in a folder with no package.json above it (as a project outside any npm
 * package), its packages resolved through a node_modules link, with the stack file
 * (`Pulumi.dev.yaml`) copied under each of `stacks`' names.
 */
export function copyFixture(name: string, stacks: readonly string[] = ["dev"]): string {
  const dir = mkdtempSync(join(tmpdir(), `sc-${name}-`));
  const copy = (from: string, to: string): void => {
    for (const f of readdirSync(from)) {
      if (statSync(join(from, f)).isDirectory()) {
        copy(join(from, f), join(to, f));
      } else if (from !== join(FIXTURES, name) || !f.startsWith("Pulumi.dev.")) {
        copyFileSync(join(from, f), join(to, f));
      }
    }
  };
  copy(join(FIXTURES, name), dir);
  for (const s of stacks) copyFileSync(join(FIXTURES, name, "Pulumi.dev.yaml"), join(dir, `Pulumi.${s}.yaml`));
  symlinkSync(join(REPO, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}
