import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    benchmark: { include: ["bench/**/*.bench.ts"] },
    // Pulumi keeps mocks and config in a process-global store: one file per process keeps tests independent.
    pool: "forks",
    isolate: true,
    // Vitest's default in run mode is one worker fewer than the CPUs: a single fork on a 2-core CI
    // runner. Many files wait on child processes (plans, the pack over gRPC, npm pack), so one fork
    // per CPU keeps both cores busy: the whole suite took 370 s with one fork and 232 s with two on
    // the 2-core machine, every file passing either way.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
