// Preloaded into every benchmarked Node process (NODE_OPTIONS=--require ...): when the process
// exits, append its own peak resident set size, as the OS accounts it (getrusage ru_maxrss, KiB),
// to the file named by BENCH_RSS_FILE. Forked children inherit NODE_OPTIONS, so the plan's
// per-stack worker reports too.
"use strict";
const { appendFileSync } = require("node:fs");
const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    try {
      const line = { pid: process.pid, ppid: process.ppid, maxRssKiB: process.resourceUsage().maxRSS, argv: process.argv.slice(1, 3) };
      appendFileSync(file, `${JSON.stringify(line)}\n`);
    } catch {
      // Never change the measured process's behaviour.
    }
  });
}
