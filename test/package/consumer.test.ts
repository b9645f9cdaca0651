/**
 * sovereign-cloud consumed from another repository: the library packed with `npm pack`, the tarball
 * installed with `npm install` into a fresh project in a temporary folder, and used there only
 * through its documented entry points (`sovereign-cloud`, `sovereign-cloud/policy`, the CLI):
 * - a program importing the components, run under Pulumi's plain mocks;
 * - the consumer's own three-line policy pack built from `sovereign-cloud/policy`, started the
 *   way `pulumi preview --policy-pack` starts it and driven over gRPC;
 * - `npx sovereign-cloud plan` on the consumer's stack.
 *
 * The tarball install is real; its dependencies (the Pulumi SDKs, hundreds of MB) are linked from
 * this repository's node_modules before `npm install` runs, which accepts them as installed, so the
 * test needs no registry. dist/ is rebuilt first only when a source file is newer than it.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import * as pb from "@pulumi/pulumi/proto/analyzer_pb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PackProcess } from "../helpers/policy-pack";

const REPO = resolve(__dirname, "../..");
const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string; dependencies: Record<string, string> };
let work: string;
let consumer: string;

function run(
  cmd: string,
  args: readonly string[],
  cwd: string,
  timeout = 120_000,
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", timeout, env: { ...process.env, npm_config_update_notifier: "false" } });
  return { code: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

/** The newest modification time under a folder (files only). */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "sovereign-cloud-consumer-"));
  // npm pack runs `prepare` (the build); skip it when dist/ is newer than every source file.
  const distFresh = existsSync(join(REPO, "dist/src/index.js")) && newest(join(REPO, "dist/src")) >= newest(join(REPO, "src"));
  const packed = run("npm", ["pack", "--silent", "--pack-destination", work, ...(distFresh ? ["--ignore-scripts"] : [])], REPO, 300_000);
  expect(packed.code, packed.stderr).toBe(0);
  const tarball = join(work, `sovereign-cloud-${pkg.version}.tgz`);
  expect(existsSync(tarball)).toBe(true);

  consumer = join(work, "consumer");
  write(join(consumer, "package.json"), JSON.stringify({ name: "acme-platform", version: "1.0.0", private: true }, null, 2));
  for (const dep of Object.keys(pkg.dependencies)) {
    const link = join(consumer, "node_modules", dep);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(REPO, "node_modules", dep), link, "dir");
  }
  const installed = run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball], consumer);
  expect(installed.code, installed.stderr).toBe(0);

  // The consumer's program and stack.
  write(join(consumer, "Pulumi.yaml"), "name: acme-platform\nruntime: nodejs\nmain: index.ts\n");
  write(join(consumer, "Pulumi.dev.yaml"), "config:\n  sovereign-cloud:target: aws:eu-central-1\n  sovereign-cloud:residency: gaia-x-l2\n");
  write(
    join(consumer, "index.ts"),
    'import { Bucket } from "sovereign-cloud";\n\nconst documents = new Bucket("documents", { labels: { team: "records" } });\nexport const bucketName = documents.bucketName;\n',
  );
  // Its unit test under the plain mocks of Pulumi's testing guide.
  write(
    join(consumer, "mocks.ts"),
    [
      'import * as pulumi from "@pulumi/pulumi";',
      "const registered: string[] = [];",
      "async function main() {",
      "  await pulumi.runtime.setMocks({",
      "    newResource: (a) => { registered.push(`${a.type} ${a.name}`); return { id: `${a.name}_id`, state: a.inputs }; },",
      "    call: (a) => a.inputs,",
      '  }, "acme-platform", "dev", false);',
      '  pulumi.runtime.setAllConfig({ "sovereign-cloud:target": "aws:eu-central-1" });',
      '  await import("./index");',
      "  await (pulumi.runtime as any).waitForRPCs();",
      '  console.log(JSON.stringify({ from: require.resolve("sovereign-cloud"), registered }));',
      "}",
      "main().catch((e) => { console.error(e); process.exit(1); });",
      "",
    ].join("\n"),
  );
  // Its own policy pack: three lines of code.
  write(join(consumer, "residency-pack/PulumiPolicy.yaml"), "runtime: nodejs\ndescription: ACME residency rules\n");
  write(
    join(consumer, "residency-pack/package.json"),
    JSON.stringify({ name: "acme-residency", version: "1.0.0", main: "index.ts" }, null, 2),
  );
  write(
    join(consumer, "residency-pack/index.ts"),
    'import { PolicyPack } from "@pulumi/policy";\nimport { policies } from "sovereign-cloud/policy";\nnew PolicyPack("acme-residency", { policies: policies("eu") });\n',
  );
}, 360_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("sovereign-cloud installed from its tarball in another project", () => {
  it("installs the package itself (a copy from the tarball, not a link to this repository) with only the documented entry points", () => {
    const installed = join(consumer, "node_modules/sovereign-cloud");
    expect(statSync(installed).isDirectory()).toBe(true);
    expect(existsSync(join(installed, "dist/src/index.js"))).toBe(true);
    expect(existsSync(join(installed, "src"))).toBe(false);
    const resolveFrom = (spec: string) => run(process.execPath, ["-e", `console.log(require.resolve(${JSON.stringify(spec)}))`], consumer);
    expect(resolveFrom("sovereign-cloud").stdout.trim()).toBe(join(installed, "dist/src/index.js"));
    expect(resolveFrom("sovereign-cloud/policy").stdout.trim()).toBe(join(installed, "dist/src/policy/index.js"));
    // The offline engine is reachable only through the CLI.
    expect(resolveFrom("sovereign-cloud/dist/src/offline/engine").stderr).toContain("ERR_PACKAGE_PATH_NOT_EXPORTED");
  });

  it("runs a program importing the components under Pulumi's plain mocks", () => {
    const r = run(process.execPath, [join(REPO, "node_modules/tsx/dist/cli.mjs"), "mocks.ts"], consumer);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout.split("\n").find((l) => l.startsWith("{"))!) as { from: string; registered: string[] };
    expect(out.from).toBe(join(consumer, "node_modules/sovereign-cloud/dist/src/index.js"));
    expect(out.registered).toEqual(
      expect.arrayContaining([
        "sovereign-cloud:index:Bucket documents",
        "pulumi:providers:aws aws-eu-central-1",
        "aws:s3/bucket:Bucket documents",
        "aws:s3/bucketPolicy:BucketPolicy documents-tls-only",
      ]),
    );
  });

  it("builds its own policy pack from sovereign-cloud/policy and the pack judges resources over gRPC", async () => {
    const packDir = join(consumer, "residency-pack");
    const pack = await PackProcess.start((d) => ({ policy: d.getPolicyname(), level: d.getEnforcementlevel() }), { dir: packDir });
    try {
      const info = await pack.info();
      expect(info.getName()).toBe("acme-residency");
      const names = info.getPoliciesList().map((p) => p.getName());
      expect(names).toContain("data-location");

      // As the CLI does before analyzing: every policy configured with its schema defaults.
      await pack.configure();
      const analyze = (region: string) =>
        pack.analyze({
          type: "aws:s3/bucket:Bucket",
          name: "logs",
          props: { bucket: "logs" },
          provider: { pkg: "aws", name: "default_7_48_0", props: { region } },
        });
      expect(await analyze("us-east-1")).toContainEqual({ policy: "data-location", level: pb.EnforcementLevel.MANDATORY });
      expect((await analyze("eu-central-1")).filter((d) => d.policy === "data-location")).toEqual([]);
    } finally {
      pack.stop();
    }
  });

  it("plans the consumer's stack with npx sovereign-cloud plan", () => {
    const r = run("npx", ["--no-install", "sovereign-cloud", "plan", "--json"], consumer, 180_000);
    expect(r.code, r.stderr + r.stdout.slice(-2000)).toBe(0);
    const report = JSON.parse(r.stdout) as {
      stacks: { stack: string; target: string; error?: unknown; resources: { type: string; name: string }[] }[];
    };
    expect(report.stacks.map((s) => [s.stack, s.target, s.error])).toEqual([["dev", "aws:eu-central-1", undefined]]);
    const types = report.stacks[0]!.resources.map((x) => `${x.type} ${x.name}`);
    expect(types).toEqual(
      expect.arrayContaining([
        "sovereign-cloud:index:Bucket documents",
        "aws:s3/bucket:Bucket documents",
        "pulumi:providers:aws aws-eu-central-1",
      ]),
    );
  });
});
