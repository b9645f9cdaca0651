/**
 * Read a Pulumi project (Pulumi.yaml) and a stack file (Pulumi.<stack>.yaml) into the flat config
 * map the Pulumi runtime uses (`namespace:key` -> string; objects JSON-encoded), without the CLI.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parse } from "yaml";

export interface PulumiProject {
  readonly dir: string;
  readonly name: string;
  /** Absolute path of the program entry point. */
  readonly main: string;
  readonly stackConfigDir: string;
  /** Project-level defaults (`<project>:<key>` or `ns:key`). */
  readonly defaults: Readonly<Record<string, string>>;
}

/** Placeholder for `secure:` values, which cannot be decrypted offline. */
export const SECRET_PLACEHOLDER = "[secret]";

export function readProject(projectFile: string): PulumiProject {
  const file = resolve(projectFile);
  const dir = dirname(file);
  const doc = parse(readFileSync(file, "utf8")) as Record<string, any>;
  if (typeof doc?.name !== "string") throw new Error(`${file}: no project name`);
  const defaults: Record<string, string> = {};
  for (const [key, spec] of Object.entries<any>(doc.config ?? {})) {
    const full = qualifiedKey(doc.name, key);
    const value = spec !== null && typeof spec === "object" && !Array.isArray(spec) ? (spec.default ?? spec.value) : spec;
    if (value !== undefined) defaults[full] = encode(value);
  }
  return {
    dir,
    name: doc.name,
    main: resolve(dir, typeof doc.main === "string" ? doc.main : "index.ts"),
    stackConfigDir: resolve(dir, typeof doc.stackConfigDir === "string" ? doc.stackConfigDir : "."),
    defaults,
  };
}

/** Stack names that have a `Pulumi.<stack>.yaml` in the project's stack config dir. */
export function listStacks(project: PulumiProject): string[] {
  if (!existsSync(project.stackConfigDir)) return [];
  return readdirSync(project.stackConfigDir)
    .map((f) => /^Pulumi\.(.+)\.ya?ml$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined)
    .sort();
}

/** The full config of a stack: project defaults overlaid with the stack file. */
export function readStackConfig(project: PulumiProject, stack: string): Record<string, string> {
  const file = join(project.stackConfigDir, `Pulumi.${stack}.yaml`);
  const doc = (parse(readFileSync(file, "utf8")) ?? {}) as Record<string, any>;
  const config: Record<string, string> = { ...project.defaults };
  for (const [key, value] of Object.entries<any>(doc.config ?? {})) {
    const full = qualifiedKey(project.name, key);
    config[full] = value !== null && typeof value === "object" && "secure" in value ? SECRET_PLACEHOLDER : encode(value);
  }
  return config;
}

/**
 * The stack's config with extra config on top (`key=value`, as `pulumi config set` would set it:
 * keys without a namespace get the project's).
 */
export function stackConfigWith(project: PulumiProject, stack: string, extra: Readonly<Record<string, string>>): Record<string, string> {
  const config = readStackConfig(project, stack);
  for (const [key, value] of Object.entries(extra)) config[qualifiedKey(project.name, key)] = value;
  return config;
}

/** A config key as the runtime names it: `namespace:key`, the project's namespace when the key has none. */
function qualifiedKey(projectName: string, key: string): string {
  return key.includes(":") ? key : `${projectName}:${key}`;
}

function encode(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}
