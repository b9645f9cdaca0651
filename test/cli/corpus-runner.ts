/**
 * Runs many corpus programs, one stack after another, in ONE process (the in-process engine: the
 * same `planRequest` a plan worker runs), instead of one CLI process per run: the SDKs are loaded
 * once. Each run gets fresh mocks and config; the program's own modules are dropped from the
 * require cache between runs. Usage: `node --import tsx corpus-runner.ts OUT.json DIR:STACK...`;
 * writes `{ runs: [{ program, stack, exitCode, report }] }` to OUT.json (programs may print).
 */
import { writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { summarize } from "../../src/offline/report";
import { planRequest } from "../../src/offline/worker";

async function main(): Promise<void> {
  const [out, ...runs] = process.argv.slice(2);
  process.setMaxListeners(0);
  const results = [];
  for (const run of runs) {
    const i = run.lastIndexOf(":");
    const dir = resolve(run.slice(0, i));
    const stack = run.slice(i + 1);
    for (const key of Object.keys(require.cache)) if (key.startsWith(dir)) delete require.cache[key];
    const started = Date.now();
    const report = await planRequest({ projectFile: join(dir, "Pulumi.yaml"), stack, extraConfig: {} });
    results.push({ program: basename(dir), stack, exitCode: summarize([report]).exitCode, ms: Date.now() - started, report });
  }
  writeFileSync(out!, JSON.stringify({ runs: results }));
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(3);
});
