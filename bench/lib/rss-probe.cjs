// Preloaded into every benchmarked Node process (NODE_OPTIONS=--require ...): when the process
// exits, append its own peak resident set size, as the OS accounts it (getrusage ru_maxrss, KiB),
// and its CPU time to the file named by BENCH_RSS_FILE. Forked children inherit NODE_OPTIONS, so the plan's
// per-stack worker reports too.
"use strict";
const { appendFileSync } = require("node:fs");
const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    try {
      const usage = process.resourceUsage();
      // cpuMs: user + system CPU time (µs in resourceUsage), which the machine's load does not inflate as much as wall time.
      const line = {
        pid: process.pid,
        ppid: process.ppid,
        maxRssKiB: usage.maxRSS,
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
        argv: process.argv.slice(1, 3),
      };
      appendFileSync(file, `${JSON.stringify(line)}\n`);
    } catch {
      // Never change the measured process's behaviour.
    }
  });
}
