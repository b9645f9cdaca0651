/** Every public argument and override is documented with an `@default` (checked with the TypeScript compiler API). */
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { DRIVER_IDS } from "../../src/catalog/types";

const root = resolve(__dirname, "../..");
const files = [
  "src/components/bucket-spec.ts",
  "src/components/network-spec.ts",
  "src/components/vm-spec.ts",
  "src/components/kubernetes-cluster-spec.ts",
  "src/components/database-spec.ts",
  "src/components/context.ts",
  "src/drivers/types.ts",
  ...readdirSync(join(root, "src/drivers"), { withFileTypes: true })
    // Every driver folder; shared folders (src/drivers/s3/) are not drivers and have no overrides.
    .filter((d) => d.isDirectory() && (DRIVER_IDS as readonly string[]).includes(d.name))
    .map((d) => `src/drivers/${d.name}/overrides.ts`),
];
const ARGS = /(Args|Overrides|Spec$|^SizeSpec$|^IngressRule$)/;
const INTERNAL = new Set([
  "BucketSpec",
  "NetworkSpec",
  "VirtualMachineSpec",
  "IngressRuleSpec",
  "LifecycleSpec",
  "KubernetesClusterSpec",
  "NodePoolSpec",
  "DatabaseSpec",
  "DatabaseReplicaSpec",
]);

function undocumented(file: string): string[] {
  const source = ts.createSourceFile(file, ts.sys.readFile(join(root, file))!, ts.ScriptTarget.Latest, true);
  const missing: string[] = [];
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || !ARGS.test(node.name.text) || INTERNAL.has(node.name.text)) return;
    for (const m of node.members) {
      if (!ts.isPropertySignature(m)) continue;
      const tags = ts.getJSDocTags(m).map((t) => t.tagName.text);
      if (!tags.includes("default")) missing.push(`${node.name.text}.${m.name.getText(source)}`);
    }
  });
  return missing;
}

describe("public API docs", () => {
  it.each(files)("%s documents a default for every argument", (file) => {
    expect(undocumented(file)).toEqual([]);
  });
});
