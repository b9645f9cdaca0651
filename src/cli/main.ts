#!/usr/bin/env node
/**
 * The sovereign-cloud command. `plan` runs a Pulumi program offline (no CLI, no cloud account) for
 * a stack and lists what it would create and where, or why the residency contract rejects it.
 * TypeScript programs need a TypeScript loader: `npx tsx node_modules/sovereign-cloud/dist/src/cli/main.js plan <stack>`
 * or, in this repository, `npm run plan -- <stack>`.
 */
import { Command } from "commander";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { openFacts } from "../catalog/audit";
import { listStacks, readProject } from "../offline/project";
import { formatPlan, plan } from "./plan";

const program = new Command("sovereign-cloud").description("Portable EU-resident Pulumi components: offline tools");

program
  .command("plan")
  .description("run the program offline for a stack and show every resource with its location")
  .argument("<stack>", "stack name (stacks/Pulumi.<stack>.yaml)")
  .option("-p, --project <file>", "the Pulumi.yaml of the project", "Pulumi.yaml")
  .option("-c, --config <key=value>", "set config on top of the stack file, like `pulumi config set` (repeatable)", collect, {})
  .option("--json", "print the report as JSON")
  .action(async (stack: string, opts: { project: string; config: Record<string, string>; json?: boolean }) => {
    const project = readProject(resolve(opts.project));
    if (!listStacks(project).includes(stack)) {
      console.error(`no stack file for "${stack}" in ${project.stackConfigDir}; stacks: ${listStacks(project).join(", ")}`);
      process.exitCode = 2;
      return;
    }
    const report = await plan(project, stack, () => import(pathToFileURL(project.main).href), opts.config);
    console.log(opts.json ? JSON.stringify(report, null, 2) : formatPlan(report));
    process.exitCode = report.ok ? 0 : 1;
  });

program
  .command("open-facts")
  .description("list every catalog fact that is not confirmed by a source (these never let a placement pass)")
  .action(() => {
    for (const f of openFacts()) console.log(`${f.subject}${f.claimed === undefined ? "" : ` (claimed: ${JSON.stringify(f.claimed)})`}: ${f.note}`);
  });

function collect(pair: string, acc: Record<string, string>): Record<string, string> {
  const i = pair.indexOf("=");
  if (i <= 0) throw new Error(`--config expects key=value, got "${pair}"`);
  return { ...acc, [pair.slice(0, i)]: pair.slice(i + 1) };
}

program.parseAsync(process.argv).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 2;
});
