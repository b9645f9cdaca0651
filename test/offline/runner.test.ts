/** Each stack runs in its own process: module-level state of one stack's run never reaches the next. */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runStacks } from "../../src/offline/runner";
import { programFormat } from "../../src/offline/ts-require";

const ISOLATION = resolve(__dirname, "../fixtures/programs/isolation");
const EXIT = resolve(__dirname, "../fixtures/programs/error-process-exit");
const TS_STACK = resolve(__dirname, "../fixtures/programs/error-ts-stack");
const ESM = resolve(__dirname, "../fixtures/programs/esm-program");

describe("runStacks", () => {
  it("runs every stack in a fresh process, even one after the other", async () => {
    const started: string[] = [];
    const reports = await runStacks(`${ISOLATION}/Pulumi.yaml`, ISOLATION, ["first", "second"], {
      jobs: 1,
      onStart: (s, i, n) => started.push(`${i}/${n} ${s}`),
    });
    expect(started).toEqual(["1/2 first", "2/2 second"]);
    // The program counts its runs in globalThis: a shared process would have registered run-2.
    for (const r of reports) expect(r.resources.filter((x) => x.type === "aws:ec2/vpc:Vpc").map((x) => x.name)).toEqual(["run-1"]);
    expect(reports.map((r) => r.resources.find((x) => x.name === "run-1")!.location?.region)).toEqual(["eu-central-1", "eu-west-3"]);
  }, 120_000);

  it("stops a stack that does not finish in time and reports it as a program error", async () => {
    const [report] = await runStacks(`${ISOLATION}/Pulumi.yaml`, ISOLATION, ["first"], { timeoutMs: 1 });
    expect(report!.error).toMatchObject({ code: "SC_PROGRAM_FAILED", kind: "program" });
    expect(report!.error!.message).toContain("did not finish within");
  }, 60_000);

  it("reports a process that ends without a report, with its exit code", async () => {
    const [report] = await runStacks(`${EXIT}/Pulumi.yaml`, EXIT, ["dev"]);
    expect(report!.error!.message).toContain("exited (code 3) without a report");
  }, 60_000);

  it("requires a CommonJS TypeScript program: `.js` imports find the `.ts` file, the error's stack names the TypeScript line", async () => {
    const [report] = await runStacks(`${TS_STACK}/Pulumi.yaml`, TS_STACK, ["dev"]);
    expect(report!.error).toMatchObject({
      code: "SC_PROGRAM_FAILED",
      kind: "program",
      message: "thrower failed on purpose (fixture) (thrown at lib/thrower.ts:13:78)",
    });
    expect(report!.error!.detail).toContain(`${TS_STACK}/lib/thrower.ts:13:`);
    expect(report!.error!.detail).toContain(`${TS_STACK}/index.ts:4:`);
  }, 60_000);

  it("imports an ES module program (top-level await) through tsx", async () => {
    const [report] = await runStacks(`${ESM}/Pulumi.yaml`, ESM, ["dev"]);
    expect(report!.error).toBeUndefined();
    expect(report!.resources.find((r) => r.name === "esm-bucket")?.location).toMatchObject({ provider: "aws", region: "eu-central-1" });
  }, 60_000);
});

describe("programFormat", () => {
  it("reads the entry point's extension, else the nearest package.json's type", () => {
    expect(programFormat(`${TS_STACK}/index.ts`)).toBe("commonjs");
    expect(programFormat(`${ESM}/index.ts`)).toBe("module");
    expect(programFormat(`${ESM}/index.cts`)).toBe("commonjs");
    expect(programFormat(`${TS_STACK}/index.mts`)).toBe("module");
  });
});
