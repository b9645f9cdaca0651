#!/usr/bin/env node
/**
 * The sovereign-cloud command.
 * - `plan`: run a Pulumi program offline (no Pulumi CLI, no cloud account) for every stack file,
 *   each stack in its own process, and report every resource with its location and the policy
 *   verdict (text, JSON or SARIF). Exit 0 clean, 1 contract violated, 2 config or program error.
 * - `evidence`: the same offline run, written as Gaia-X 25.11 evidence (unsigned credentials, JSON-LD).
 * - `regions`: which placements satisfy a contract, and why the others do not.
 * - `open-facts`: every catalog fact that is not confirmed by a source.
 * - `exit-plan`: rehearse moving a stack to another target offline and write the exit plan (Data Act, DORA).
 * TypeScript programs are loaded with tsx.
 */
import { Command, InvalidArgumentError, Option } from "commander";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { openFacts } from "../catalog/audit";
import { PROVIDER_IDS } from "../catalog/providers";
import type { ProviderId } from "../catalog/types";
import { formatProblem, SovereignCloudError } from "../errors";
import type { PlanReport, StackReport } from "../offline/report";
import type { RuleSummary } from "../policy/index";
import type { EvidenceFlags } from "./evidence";
import { formatText } from "./format-text";
import { emit, planFromFlags, type StackFlags } from "./plan";
import { toSarif } from "./sarif";

const FORMATS = ["text", "json", "sarif"] as const;
type Format = (typeof FORMATS)[number];

/** This package's version (package.json is two levels up from src/cli, three from dist/src/cli). */
function version(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "sovereign-cloud") return pkg.version ?? "0.0.0";
    }
  }
  return "0.0.0";
}

/** Print a sovereign-cloud error (code and message) and set exit code 2. */
function fail(e: unknown): void {
  if (SovereignCloudError.is(e))
    console.error(e.problems.length > 0 ? e.problems.map(formatProblem).join("\n") : `[${e.code}] ${e.message}`);
  else console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 2;
}

/** The line of a config key (`sovereign-cloud:residency`, `aws:region`) in a stack file, if it is there. */
function configLine(file: string, key: string): number | undefined {
  try {
    const pattern = new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")}\\s*:`);
    const i = readFileSync(file, "utf8")
      .split("\n")
      .findIndex((l) => pattern.test(l));
    return i < 0 ? undefined : i + 1;
  } catch {
    return undefined;
  }
}

/*
 * Required on use, not imported at the top: `plan` forks its worker first and loads these while the
 * worker runs (the policy rules and the evidence builder are a quarter of a second of a cold start).
 */
/* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, so a command loads only what it needs (CLI start-up time, P4) */
const rules = (): readonly RuleSummary[] => (require("../policy/index") as typeof import("../policy/index")).RULES;
const evidence = (): typeof import("./evidence") => require("./evidence") as typeof import("./evidence");
/* eslint-enable @typescript-eslint/no-require-imports */

/** A file as SARIF names it: relative to where the command runs (the repository root, `%SRCROOT%`), forward slashes. */
function repositoryUri(file: string): string {
  return relative(process.cwd(), file).split(sep).join("/");
}

function render(report: PlanReport, format: Format, RULES: readonly RuleSummary[]): string {
  if (format === "json") return JSON.stringify(report, null, 2);
  if (format === "text") return formatText(report, RULES);
  return JSON.stringify(
    toSarif(report, RULES, {
      toolVersion: version(),
      // Stack results point at the residency contract's line (else line 1).
      locationOf: (s: StackReport) => {
        const file = resolve(report.project.dir, s.stackFile);
        return { uri: repositoryUri(file), line: configLine(file, "sovereign-cloud:residency") ?? 1 };
      },
      sourceUri: (file: string) => repositoryUri(resolve(report.project.dir, file)),
      configLine: (s: StackReport, key: string) => configLine(resolve(report.project.dir, s.stackFile), key),
    }),
    null,
    2,
  );
}

interface PlanFlags extends StackFlags {
  format: Format;
  json?: boolean;
  output?: string;
}

async function planCommand(positional: string[], opts: PlanFlags): Promise<void> {
  const { report: planned } = planFromFlags(positional, opts, { inProcess: true });
  // The workers are forked by now: load what the report needs while they run.
  const format = opts.json ? "json" : opts.format;
  const summaries = format === "json" ? [] : rules();
  const report = await planned;
  emit(render(report, format, summaries), opts.output, `${format} report`);
  for (const s of report.stacks) if (s.error) console.error(`stack ${s.stack}: [${s.error.code}] ${s.error.message.split("\n")[0]}`);
  process.exitCode = report.exitCode;
  // A stack planned in this process may have left timers or sockets open: end once the output is out.
  process.stdout.write("", () => process.stderr.write("", () => process.exit(report.exitCode)));
}

function collect(pair: string, acc: Record<string, string>): Record<string, string> {
  const i = pair.indexOf("=");
  if (i <= 0) throw new InvalidArgumentError(`expected key=value, got "${pair}"`);
  return { ...acc, [pair.slice(0, i)]: pair.slice(i + 1) };
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of at least 1");
  return n;
}

/** `--program` and `--project`: the Pulumi project whose program the command runs. */
function projectOptions(command: Command): Command {
  return command
    .option("--program <dir>", "the project directory (holding Pulumi.yaml); default: the current directory")
    .option("-p, --project <file>", "the Pulumi.yaml itself (instead of --program)");
}

/** The stacks to run (`[stacks...]` or repeated `--stack`), the project, and `--config` on top of every stack file. */
function stacksOptions(command: Command, stackHelp: string): Command {
  command
    .argument("[stacks...]", "stack names (same as --stack)")
    .option("-s, --stack <name>", stackHelp, (v: string, acc: string[]) => [...acc, v], [] as string[]);
  return projectOptions(command).option(
    "-c, --config <key=value>",
    "set config on top of every stack file, like `pulumi config set` (repeatable)",
    collect,
    {},
  );
}

const program = new Command("sovereign-cloud").description("Portable EU-resident Pulumi components: offline tools").version(version());
// Wrong flags or arguments are config errors: exit 2, like any other.
program.exitOverride((err) => {
  process.exit(err.exitCode === 0 ? 0 : 2);
});

stacksOptions(
  program
    .command("plan")
    .description("run the program offline for every stack file (or the ones named) and check each resource against the residency contract"),
  "plan this stack (repeatable); default: every Pulumi.<stack>.yaml",
)
  .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("text"))
  .option("--json", "same as --format json")
  .option("-o, --output <file>", "write the report to a file instead of stdout")
  .option("-j, --jobs <n>", "stacks run at once (default: CPUs, at most 4)", positiveInt)
  .option("-q, --quiet", "no progress lines on stderr")
  .action((stacks: string[], opts: PlanFlags) => planCommand(stacks, opts).catch(fail));

stacksOptions(
  program
    .command("evidence")
    .description(
      "plan offline, then write the Gaia-X 25.11 evidence (unsigned credentials, JSON-LD) of every stack's sovereign-cloud components",
    ),
  "this stack (repeatable); default: every Pulumi.<stack>.yaml",
)
  .option("-o, --output <file>", "write the document to a file instead of stdout")
  .option("--issuer <iri>", "the credentials' issuer (your DID or URL); default: left for the signer to set")
  .option(
    "--supplement <file>",
    "a JSON file of your own statements (with sources) for gaps the catalog cannot fill: merged and marked user-supplied (see docs/evidence.md)",
  )
  .option("-j, --jobs <n>", "stacks run at once (default: CPUs, at most 4)", positiveInt)
  .option("-q, --quiet", "no progress or summary lines on stderr")
  .action((stacks: string[], opts: EvidenceFlags) => evidence().evidenceCommand(stacks, opts).catch(fail));

program
  .command("regions")
  .description("list the placements that satisfy a contract, and why the others do not")
  .option("--contract <preset|file>", "a preset name, or a JSON/YAML file with a contract (or a stack file)", "eu")
  .addOption(new Option("--provider <provider>", "only this provider's regions").choices(PROVIDER_IDS))
  .option("--json", "print the verdicts as JSON (each region's facts and their sources included)")
  .option("--facts", "show each region's facts (status, country, city, zones, services, operator) with their sources and as-of dates")
  .option("--region <code>", "only this region (with --provider, or every provider's region of that code)")
  .action((opts: { contract: string; provider?: ProviderId; json?: boolean; facts?: boolean; region?: string }) => {
    try {
      // Loaded on use: regions.ts loads every driver (and with them @pulumi/pulumi), which `plan` never needs in this process.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, so a command loads only what it needs (CLI start-up time, P4)
      const { contractFromOption, formatRegions, regionVerdicts } = require("./regions") as typeof import("./regions");
      const contract = contractFromOption(opts.contract);
      const rows = regionVerdicts(contract, opts.provider, opts.region);
      console.log(
        opts.json ? JSON.stringify({ contract, regions: rows }, null, 2) : formatRegions(contract, rows, { facts: opts.facts === true }),
      );
    } catch (e) {
      fail(e);
    }
  });

projectOptions(
  program
    .command("exit-plan")
    .description(
      "rehearse moving a stack's program to another target offline (or rank every target the contract allows with --to any) and write the exit plan",
    )
    .requiredOption("-s, --stack <name>", "the stack to exit from (its Pulumi.<stack>.yaml)")
    .requiredOption(
      "--to <target|any>",
      "the destination `provider:region[:zone]`, or `any` to rank every catalog target the contract allows",
    ),
)
  .option(
    "--contract <preset|file>",
    "the contract the destination must satisfy (a preset, or a JSON/YAML/stack file); default: the stack's",
  )
  .option(
    "-c, --config <key=value>",
    "set config on top of the stack file for both runs, like `pulumi config set` (repeatable)",
    collect,
    {},
  )
  .addOption(new Option("-f, --format <format>", "output format").choices(["markdown", "json"]).default("markdown"))
  .option("-o, --output <file>", "write the plan to a file instead of stdout")
  .option("-q, --quiet", "no progress lines on stderr")
  .action(async (opts: import("./exit-plan").ExitPlanFlags) => {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, so a command loads only what it needs (CLI start-up time, P4)
      const code = await (require("./exit-plan") as typeof import("./exit-plan")).exitPlanCommand(opts);
      // The program's runs may have left timers open: end once the output is out.
      process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
    } catch (e) {
      fail(e);
    }
  });

program
  .command("open-facts")
  .description("list every catalog fact that is not confirmed by a source (these never let a placement pass)")
  .action(() => {
    for (const f of openFacts())
      console.log(`${f.subject}${f.claimed === undefined ? "" : ` (claimed: ${JSON.stringify(f.claimed)})`}: ${f.note}`);
  });

program.parseAsync(process.argv).catch(fail);
