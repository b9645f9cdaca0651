/**
 * Turn one offline run into a {@link StackReport}: give every resource the provider the engine
 * would give it (an explicit provider's inputs, or for a default provider the stack config of its
 * namespace plus `version`, as `GetPackageConfig` and `SetProviderVersion` build it in the engine),
 * run the policies in-process with the same arguments the engine would pass, locate every resource
 * and give it a verdict.
 */
import { relative, join } from "node:path";
import type { PolicyProviderResource } from "@pulumi/policy";
import { findRegion } from "../catalog/regions/index";
import type { RegionFacts } from "../catalog/types";
import type { ResidencyRecord } from "../components/residency";
import { parseContract } from "../contract/parse";
import type { ResidencyContract } from "../contract/schema";
import { RESIDENCY_KEY, stackConfigValue, TARGET_KEY } from "../contract/stack-config";
import { ErrorCode, SovereignCloudError, formatProblem } from "../errors";
import { runPolicies, type Diagnostic, type ResourceInput } from "../policy/args";
import { PACKAGE_PROVIDERS, remediationFor } from "../policy/packages/index";
import { ALL_RULES, locateResources, policies } from "../policy/index";
import { withRunMemo } from "../policy/memo";
import type { Rule } from "../policy/rule";
import { packageOf, type Location } from "../policy/locator";
import type { OfflineRun } from "./engine";
import { failureSource, type FailureOrigin } from "./failures";
import { projectPosition } from "./source-positions";
import type { PulumiProject } from "./project";
import type { RecordedResource } from "./recorder";
import type { DiagnosticReport, ResourceLocation, ResourceReport, ResourceVerdict, StackError, StackReport } from "./report";

/** The stack's contract: `sovereign-cloud:residency` (a preset name or an object) with defaults applied; `eu` when unset. */
export function stackContract(config: Readonly<Record<string, string>>): { contract?: ResidencyContract; error?: StackError } {
  const read = stackConfigValue(config, "residency");
  if (read.invalidJson !== undefined) {
    return { error: { code: ErrorCode.ConfigInvalid, kind: "config", message: `${RESIDENCY_KEY} is not valid JSON: ${read.invalidJson}` } };
  }
  const input = read.value;
  const parsed = parseContract(input ?? "eu", RESIDENCY_KEY);
  if (parsed.value) return { contract: parsed.value };
  return { error: describeError(new SovereignCloudError(RESIDENCY_KEY, parsed.problems)) };
}

/** A program's error as the report carries it. */
export function describeError(e: unknown): StackError {
  if (SovereignCloudError.is(e)) {
    const codes = [...new Set(e.problems.map((p) => p.code))];
    const residency = codes.length > 0 && codes.every((c) => c.startsWith("SC_RESIDENCY_"));
    return {
      code: e.code,
      message: e.message || e.problems.map(formatProblem).join("\n"),
      kind: residency ? "residency" : "config",
      codes,
    };
  }
  if (e instanceof Error)
    return { code: ErrorCode.ProgramFailed, message: e.message, kind: "program", ...(e.stack ? { detail: e.stack } : {}) };
  return { code: ErrorCode.ProgramFailed, message: String(e), kind: "program" };
}

const ORIGIN_TEXT: Readonly<Record<FailureOrigin, string>> = {
  "thrown while loading": "thrown",
  "uncaught exception": "uncaught exception",
  "unhandled promise rejection": "unhandled promise rejection",
  "apply callback": "thrown by an apply callback",
};

/**
 * The error that stopped a run, as the report carries it: a program error also says how it failed
 * (thrown, uncaught, an unhandled rejection, an `apply` callback) and where (the resource whose
 * registration failed, the line in the project's code), in its message and as fields.
 */
export function describeRunError(run: OfflineRun, projectDir: string): StackError {
  const base = describeError(run.error);
  if (base.kind === "residency") {
    // A component refused its placement: point at the line that constructed it.
    const { at } = failureSource(run.error, projectDir);
    return at ? { ...base, source: at } : base;
  }
  if (base.kind !== "program") return base;
  const origin = run.failure?.origin ?? "thrown while loading";
  const { at, resource } = failureSource(run.error, projectDir);
  const where = `${ORIGIN_TEXT[origin]}${resource ? ` while registering ${resource}` : ""}${at ? ` at ${at.file}:${at.line}:${at.column}` : ""}`;
  return { ...base, message: `${base.message} (${where})`, origin, ...(at ? { source: at } : {}) };
}

/** `<provider urn>::<id>` -> the provider URN. */
function providerUrn(ref: string): string {
  const i = ref.lastIndexOf("::");
  return i < 0 ? ref : ref.slice(0, i);
}

/** The engine's default provider name: `default`, or `default_<version with . - + as _>` (ProviderRequest.DefaultName). */
export function defaultProviderName(version: string | undefined): string {
  return version ? `default_${version.replace(/[.+-]/g, "_")}` : "default";
}

/** A default provider's inputs: the namespace's stack config without the namespace (all strings), plus `version`. */
export function defaultProviderInputs(
  pkg: string,
  config: Readonly<Record<string, string>>,
  version: string | undefined,
): Record<string, string> {
  const props: Record<string, string> = {};
  for (const [key, value] of Object.entries(config)) if (key.startsWith(`${pkg}:`)) props[key.slice(pkg.length + 1)] = value;
  if (version) props.version = version;
  return props;
}

interface Located {
  readonly record: RecordedResource | undefined;
  readonly input: ResourceInput;
  readonly provider?: PolicyProviderResource & { readonly default: boolean };
  readonly synthesized: boolean;
}

/** Every resource as the engine would hand it to the policies, default providers added. */
export function policyInputs(
  project: string,
  stack: string,
  config: Readonly<Record<string, string>>,
  resources: readonly RecordedResource[],
): Located[] {
  const explicit = new Map(resources.filter((r) => r.type.startsWith("pulumi:providers:")).map((r) => [r.urn, r]));
  const defaults = new Map<string, PolicyProviderResource>();
  const out: Located[] = [];
  const defaultFor = (pkg: string, version: string | undefined): PolicyProviderResource => {
    const name = defaultProviderName(version);
    const type = `pulumi:providers:${pkg}`;
    const urn = `urn:pulumi:${stack}::${project}::${type}::${name}`;
    let p = defaults.get(urn);
    if (!p) {
      p = { type, name, urn, props: defaultProviderInputs(pkg, config, version) };
      defaults.set(urn, p);
      // The engine registers the default provider before the first resource that uses it.
      out.push({ record: undefined, input: { type, name, urn, props: p.props }, synthesized: true });
    }
    return p;
  };
  for (const r of resources) {
    const pkg = packageOf(r.type);
    let provider: (PolicyProviderResource & { default: boolean }) | undefined;
    if (r.custom && !r.type.startsWith("pulumi:providers:") && pkg !== "pulumi") {
      if (r.provider) {
        const urn = providerUrn(r.provider);
        const p = explicit.get(urn);
        const type = urn.split("::")[2]?.split("$").pop() ?? `pulumi:providers:${pkg}`;
        provider = { type, name: urn.split("::")[3] ?? "", urn, props: p?.inputs ?? {}, default: false };
      } else {
        provider = { ...defaultFor(pkg, r.options.version), default: true };
      }
    }
    const input: ResourceInput = {
      type: r.type,
      name: r.name,
      props: r.inputs,
      urn: r.urn,
      ...(provider ? { provider: { type: provider.type, name: provider.name, urn: provider.urn, props: provider.props } } : {}),
      ...(r.options.parent ? { parent: r.options.parent } : {}),
      protect: r.options.protect,
      dependencies: r.options.dependencies,
      ...(r.options.propertyDependencies ? { propertyDependencies: r.options.propertyDependencies } : {}),
    };
    out.push({ record: r, input, ...(provider ? { provider } : {}), synthesized: false });
  }
  return out;
}

function verdictOf(diags: readonly DiagnosticReport[]): ResourceVerdict {
  if (diags.length === 0) return "ok";
  const mandatory = diags.filter((d) => d.enforcementLevel === "mandatory");
  if (mandatory.some((d) => !d.cannotTell)) return "violation";
  if (mandatory.length > 0 || diags.some((d) => d.cannotTell)) return "cannot tell";
  return "advisory";
}

/** The region's country, or the member regions' countries (`BE+GB`) for a multi- or dual-region. */
function countryOf(region: RegionFacts): string | undefined {
  if (region.country.confirmed) return region.country.value;
  if (!region.members) return undefined;
  const countries = region.members.map((m) => findRegion(region.provider, m)?.country).map((f) => (f?.confirmed ? f.value : undefined));
  if (countries.some((c) => c === undefined)) return undefined;
  return [...new Set(countries)].join("+");
}

/** A resource's location for the report: the locator's answer (with inheritance resolved) and the catalog's country. */
function location(type: string, loc: Location | undefined): ResourceLocation {
  const known = loc?.provider ?? PACKAGE_PROVIDERS[packageOf(type)];
  const provider = known === "openstack" ? undefined : known;
  const region = provider && loc?.code ? findRegion(provider, loc.code) : undefined;
  const country = region ? countryOf(region) : undefined;
  return {
    ...(known ? { provider: known } : {}),
    ...(loc?.region ? { region: loc.region } : {}),
    ...(loc?.zone ? { zone: loc.zone } : {}),
    ...(country ? { country } : {}),
    from: loc?.from ?? "unknown",
    ...(loc?.reason ? { reason: loc.reason } : {}),
  };
}

/**
 * Build the stack's report from its run: policies evaluated in-process, every resource located and
 * judged. `rules` defaults to every rule; the benchmarks pass none to measure what the rules cost.
 */
export async function evaluateRun(project: PulumiProject, run: OfflineRun, rules: readonly Rule[] = ALL_RULES): Promise<StackReport> {
  const stackFile = relative(project.dir, join(project.stackConfigDir, `Pulumi.${run.stack}.yaml`));
  const target = run.config[TARGET_KEY];
  const base = { stack: run.stack, stackFile, ...(target ? { target } : {}) };
  const { contract, error: contractError } = stackContract(run.config);
  const located = policyInputs(project.name, run.stack, run.config, run.resources);
  const inputs = located.map((l) => l.input);
  let diagnostics: DiagnosticReport[] = [];
  let error: StackError | undefined = run.error === undefined ? contractError : describeRunError(run, project.dir);
  let locations = new Map<string, Location>();
  const typeOf = new Map(inputs.map((i) => [i.urn, i.type]));
  const fallback = new Map(rules.map((r) => [r.name, r.remediationSteps]));
  // One policy run for the rules and the report's locations: the stack is linked and located once.
  await withRunMemo(async () => {
    if (contract && error === undefined) {
      try {
        const found: Diagnostic[] = await runPolicies(policies(contract, rules), inputs, () => ({ ...contract }));
        diagnostics = found.map((d) => ({
          policyName: d.policyName,
          enforcementLevel: d.enforcementLevel,
          message: d.message,
          ...(d.urn ? { urn: d.urn } : {}),
          cannotTell: d.cannotTell !== undefined,
          ...(d.cannotTell ? { unreadable: d.cannotTell.unreadable } : {}),
          // Remediation for the resource's own package (issue 11: a GCS finding speaks of Cloud Storage only).
          remediation: remediationFor(d.policyName, d.urn === undefined ? undefined : typeOf.get(d.urn), fallback.get(d.policyName) ?? ""),
        }));
      } catch (e) {
        error = { ...describeError(e), kind: "program", message: `a policy failed: ${e instanceof Error ? e.message : String(e)}` };
      }
    }
    try {
      locations = locateResources(inputs);
    } catch {
      // A locator failure leaves every location unknown (reported as such), never a crash of the plan.
    }
  });
  const judged = error === undefined;
  const byUrn = new Map<string, DiagnosticReport[]>();
  for (const d of diagnostics) if (d.urn !== undefined) (byUrn.get(d.urn) ?? byUrn.set(d.urn, []).get(d.urn)!).push(d);
  const resources: ResourceReport[] = located.map((l) => {
    const custom = l.record?.custom ?? true;
    const mine = byUrn.get(l.input.urn!) ?? [];
    return {
      urn: l.input.urn!,
      type: l.input.type,
      name: l.input.name,
      custom,
      ...(l.input.parent ? { parent: l.input.parent } : {}),
      ...(l.provider
        ? { provider: { type: l.provider.type, name: l.provider.name, urn: l.provider.urn, default: l.provider.default } }
        : {}),
      // Policies that did not run (the program failed, the contract is invalid) judged nothing.
      ...(custom
        ? { location: location(l.input.type, locations.get(l.input.urn!)), verdict: judged ? verdictOf(mine) : "not judged" }
        : {}),
      retainOnDelete: l.record?.options.retainOnDelete ?? false,
      ...(l.record?.options.source ? { source: projectPosition(l.record.options.source, project.dir) } : {}),
      ...(l.synthesized ? { synthesized: true } : {}),
      ...residencyOf(l.input.type, run.outputs?.get(l.input.urn!)),
    };
  });
  return {
    ...base,
    ...(contract ? { contract } : {}),
    resources: withInheritedVerdicts(resources, locations),
    diagnostics,
    ...(error ? { error } : {}),
  };
}

/** A sovereign-cloud component's registered `residency` output, as the report carries it. */
function residencyOf(type: string, outputs: Record<string, unknown> | undefined): { residency?: ResidencyRecord } {
  const residency = outputs?.residency;
  if (!type.startsWith("sovereign-cloud:index:") || typeof residency !== "object" || residency === null) return {};
  return { residency: residency as ResidencyRecord };
}

/**
 * A resource that takes its location from another one (an Azure account from its resource group)
 * is judged through that resource: the rules report the violation once, on the resource the
 * location comes from; the tree shows the inheriting resource as violating too, so a US storage
 * account never reads "ok".
 */
function withInheritedVerdicts(resources: ResourceReport[], locations: ReadonlyMap<string, Location>): ResourceReport[] {
  const byUrn = new Map(resources.map((r) => [r.urn, r]));
  return resources.map((r) => {
    const source = locations.get(r.urn)?.source;
    const from = source ? byUrn.get(source) : undefined;
    if (r.verdict !== "ok" || !from || (from.verdict !== "violation" && from.verdict !== "cannot tell")) return r;
    const reason = `inherits its location from ${from.type} "${from.name}", which is reported`;
    return {
      ...r,
      verdict: from.verdict,
      location: { ...r.location!, reason: r.location?.reason ? `${r.location.reason}; ${reason}` : reason },
    };
  });
}
