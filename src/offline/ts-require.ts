/**
 * Loading a CommonJS TypeScript program the way `pulumi` loads one by default (CommonJS, transpile
 * only, no type check), without tsx's hooks. tsx hooks every module load, JavaScript ones included
 * (a lexer pass over each file of the provider SDKs) and turns Node's source maps on (every SDK
 * file's map is read): together that doubled the time to load @pulumi/pulumi and a provider SDK
 * (profiled in BENCHMARKS.md). Here only `.ts`/`.cts`/`.tsx` files are transpiled (esbuild, the
 * compiler tsx itself uses, with tsx's options and the project's tsconfig.json), each once: the
 * output is cached on disk by content. ES module programs (`"type": "module"`, `.mts`/`.mjs`)
 * still go through tsx.
 *
 * Stack traces of a program's errors point into the transpiled code; {@link mapStack} maps the
 * frames of transpiled files back to the TypeScript source when the error is reported.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import Module, { createRequire, findSourceMap, SourceMap } from "node:module";
import { tmpdir } from "node:os";
import { dirname, extname, join } from "node:path";

const TS_EXTENSIONS = [".ts", ".cts", ".tsx"] as const;

/** How a program's entry point loads: CommonJS (required here) or an ES module (tsx). */
export function programFormat(main: string): "commonjs" | "module" {
  const ext = extname(main);
  if (ext === ".mts" || ext === ".mjs") return "module";
  if (ext === ".cts" || ext === ".cjs") return "commonjs";
  for (let dir = dirname(main); ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      try {
        return (JSON.parse(readFileSync(file, "utf8")) as { type?: unknown }).type === "module" ? "module" : "commonjs";
      } catch {
        return "commonjs";
      }
    }
    if (dirname(dir) === dir) return "commonjs";
  }
}

interface Esbuild {
  readonly version: string;
  transformSync(code: string, options: Record<string, unknown>): { code: string };
}

/** esbuild as tsx ships it (tsx is a dependency), else one installed next to this package. */
function loadEsbuild(): Esbuild {
  try {
    return createRequire(require.resolve("tsx/package.json"))("esbuild") as Esbuild;
  } catch {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- esbuild (via tsx) is loaded only when a TypeScript program must be transpiled
      return require("esbuild") as Esbuild;
    } catch {
      throw new Error("TypeScript programs need tsx (which brings esbuild) installed next to sovereign-cloud");
    }
  }
}

/** The nearest tsconfig.json from `dir` up (its text: esbuild reads the compiler options it needs). */
function findTsconfig(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const file = join(d, "tsconfig.json");
    if (existsSync(file)) return readFileSync(file, "utf8");
    if (dirname(d) === d) return undefined;
  }
}

/** Source maps of the files transpiled in this process, by file name (read when an error is reported). */
const maps = new Map<string, string>();
let registered = false;

/**
 * Transpile `.ts`/`.cts`/`.tsx` files on `require` from now on, and resolve a TypeScript file's
 * `./x.js` imports to `./x.ts` (as tsc's node16 resolution writes them). `projectDir` is where the
 * tsconfig.json lookup starts. Idempotent.
 */
export function registerTypeScript(projectDir: string): void {
  if (registered) return;
  registered = true;
  const tsconfigRaw = findTsconfig(projectDir);
  let esbuild: Esbuild | undefined;
  const cacheDir = join(tmpdir(), `sovereign-cloud-ts-${process.getuid?.() ?? "user"}`);
  const transpile = (filename: string, source: string): string => {
    esbuild ??= loadEsbuild();
    const ext = extname(filename);
    // tsx's options (target, keepNames), as CommonJS, with the map inline for mapStack.
    const options = {
      loader: ext === ".tsx" ? "tsx" : "ts",
      format: "cjs",
      target: `node${process.versions.node}`,
      keepNames: true,
      sourcemap: "inline",
      sourcesContent: false,
      sourcefile: filename,
      ...(tsconfigRaw ? { tsconfigRaw } : {}),
    };
    return esbuild.transformSync(source, options).code;
  };
  const compile = (module: NodeJS.Module, filename: string): void => {
    const source = readFileSync(filename, "utf8");
    const key = createHash("sha256")
      .update(`${filename}\0${tsconfigRaw ?? ""}\0${process.versions.node}\0${source}`)
      .digest("hex");
    const cached = join(cacheDir, `${key}.js`);
    let code: string | undefined;
    try {
      code = readFileSync(cached, "utf8");
    } catch {
      code = transpile(filename, source);
      try {
        mkdirSync(cacheDir, { recursive: true });
        const tmp = `${cached}.${process.pid}.tmp`;
        writeFileSync(tmp, code);
        renameSync(tmp, cached);
      } catch {
        // An unwritable cache only costs the next run the transpile.
      }
    }
    maps.set(filename, code);
    (module as NodeJS.Module & { _compile(code: string, filename: string): void })._compile(code, filename);
  };
  const extensions = (Module as unknown as { _extensions: Record<string, (m: NodeJS.Module, f: string) => void> })._extensions;
  for (const ext of TS_EXTENSIONS) extensions[ext] = compile;

  const M = Module as unknown as { _resolveFilename(request: string, parent: NodeJS.Module | undefined, ...rest: unknown[]): string };
  const resolveFilename = M._resolveFilename.bind(Module);
  M._resolveFilename = (request, parent, ...rest) => {
    try {
      return resolveFilename(request, parent, ...rest);
    } catch (e) {
      const fromTs = parent?.filename !== undefined && parent.filename !== null && /\.[cm]?tsx?$/.test(parent.filename);
      const js = /^\.{0,2}\/.*\.(c?js|jsx)$/.exec(request);
      if (!fromTs || !js || (e as { code?: string }).code !== "MODULE_NOT_FOUND") throw e;
      for (const ts of js[1] === "cjs" ? [".cts"] : js[1] === "jsx" ? [".tsx"] : [".ts", ".tsx"]) {
        try {
          return resolveFilename(request.slice(0, -(js[1]!.length + 1)) + ts, parent, ...rest);
        } catch {
          // try the next extension
        }
      }
      throw e;
    }
  };
}

const INLINE_MAP = /\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/;

/** Parsed source maps of transpiled files (`null`: none, or Node maps the file itself), parsed on first use. */
const parsed = new Map<string, SourceMap | null>();

function mapOf(file: string): SourceMap | null {
  let map = parsed.get(file);
  if (map !== undefined) return map;
  map = null;
  // With Node's own source maps on (tsx registered too, --enable-source-maps) a stack frame is mapped already.
  if (findSourceMap(file) === undefined) {
    const m = INLINE_MAP.exec(maps.get(file) ?? "");
    if (m) map = new SourceMap(JSON.parse(Buffer.from(m[1]!, "base64").toString("utf8")) as ConstructorParameters<typeof SourceMap>[0]);
  }
  parsed.set(file, map);
  return map;
}

/**
 * A position (1-based line and column) in a file transpiled here, mapped back to its TypeScript
 * source; `undefined` when the file was not transpiled here or the map has no entry for it.
 */
export function originalPosition(file: string, line: number, column: number): { line: number; column: number } | undefined {
  if (!maps.has(file)) return undefined;
  const entry = mapOf(file)?.findEntry(line - 1, column - 1) as { originalLine?: number; originalColumn?: number } | undefined;
  if (entry?.originalLine === undefined || entry.originalColumn === undefined) return undefined;
  return { line: entry.originalLine + 1, column: entry.originalColumn + 1 };
}

/**
 * A stack trace with the frames of files transpiled here mapped back to their TypeScript source
 * lines (what Node's source maps would show, without turning them on for every module).
 */
export function mapStack(stack: string): string {
  if (maps.size === 0) return stack;
  return stack.replace(
    /(\(|at )([^()\s][^()]*?):(\d+):(\d+)(?=\)?$)/gm,
    (whole, lead: string, file: string, line: string, column: string) => {
      const at = originalPosition(file, Number(line), Number(column));
      return at ? `${lead}${file}:${at.line}:${at.column}` : whole;
    },
  );
}
