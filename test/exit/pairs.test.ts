/**
 * Every ordered pair of shipped stacks (8 stacks, 56 pairs): `exit-plan --stack S --to <T's target>`
 * runs offline through the command's own in-process planner, its rehearsal of the destination
 * matches `plan S -c sovereign-cloud:target=<T's target>` (planned independently through the engine
 * as stacks.test.ts does), and every component's feature rows are exactly the two drivers'
 * capability-table entries (the Database's `db.*` on the stacks that have one). All in this one process: 8 + 56 rehearsal runs plus 56 plan runs.
 */
import { resolve } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { placementOf } from "../../src/contract/target";
import { driverOf } from "../../src/contract/placement";
import { FEATURES, type Feature } from "../../src/drivers/capabilities";
import { driverFor } from "../../src/drivers/registry";
import { changeOf } from "../../src/exit/features";
import { INSTANCE_TYPES, pickInstanceType } from "../../src/catalog/sizes/index";
import { inProcessPlanner, type Planner } from "../../src/exit/rehearse";
import { exitPlan } from "../../src/exit/run";
import type { ExitPlan } from "../../src/exit/plan";
import { runOffline } from "../../src/offline/engine";
import { evaluateRun } from "../../src/offline/evaluate";
import { listStacks, readProject, readStackConfig } from "../../src/offline/project";
import { summarize, type StackReport } from "../../src/offline/report";

const file = resolve(__dirname, "../../Pulumi.yaml");
const project = readProject(file);
const stacks = listStacks(project);
const targetOf = (stack: string) => readStackConfig(project, stack)["sovereign-cloud:target"]!;
const pairs = stacks.flatMap((s) => stacks.filter((t) => t !== s).map((t) => [s, t] as const));
/** The stacks whose reference program has the metadata Database (switched off where the provider has no managed PostgreSQL). */
const WITH_DATABASE = ["aws-frankfurt", "azure-paris", "gcp-netherlands", "ovhcloud-gravelines", "scaleway-paris"];

/** `plan S -c sovereign-cloud:target=T`, through the engine with the program loaded by vitest. */
async function plan(stack: string, target: string): Promise<StackReport> {
  vi.resetModules();
  return evaluateRun(project, await runOffline(project, stack, () => import("../../stacks/index"), { "sovereign-cloud:target": target }));
}

const plans = new Map<string, ExitPlan>();
const reference = new Map<string, StackReport>();

beforeAll(async () => {
  const inProcess = inProcessPlanner(file, project);
  // The current stack's run is the same for its seven pairs: run it once per stack.
  const runs = new Map<string, Promise<StackReport>>();
  const planner: Planner = (stack, config) => {
    const key = `${stack} ${JSON.stringify(config)}`;
    if (!runs.has(key)) runs.set(key, inProcess(stack, config));
    return runs.get(key)!;
  };
  for (const [s, t] of pairs) {
    const to = placementOf(targetOf(t), "--to").value!;
    plans.set(`${s}>${t}`, await exitPlan({ project, stack: s, planner }, to));
    reference.set(`${s}>${t}`, await plan(s, targetOf(t)));
  }
}, 600_000);

describe("exit-plan for every ordered pair of shipped stacks", () => {
  it("covers 8 stacks and 56 ordered pairs", () => {
    expect(stacks).toHaveLength(8);
    expect(pairs).toHaveLength(56);
  });

  it.each(pairs)("%s -> %s: the current stack plans, and the destination rehearsal matches plan with the target switched", (s, t) => {
    const p = plans.get(`${s}>${t}`)!;
    const ref = reference.get(`${s}>${t}`)!;
    expect(p.rehearsal.from.status, JSON.stringify(p.rehearsal.from.error)).toBe("planned");
    expect(p.rehearsal.to.target).toBe(targetOf(t));
    expect(p.rehearsal.to.planExitCode).toBe(summarize([ref]).exitCode);
    expect(p.rehearsal.to.error?.code).toBe(ref.error?.code);
    expect(p.rehearsal.to.error?.codes).toEqual(ref.error ? (ref.error.codes ?? [ref.error.code]) : undefined);
    expect(p.rehearsal.to.error?.message).toBe(ref.error?.message);
    expect(p.rehearsal.to.resources).toBe(ref.resources.filter((r) => r.custom).length);
    // The command's result follows the rehearsal: 0 planned, 1 refused or violated, never 2 for a shipped pair.
    const expected = ref.error ? 1 : ref.diagnostics.some((d) => d.enforcementLevel === "mandatory") ? 1 : 0;
    expect(p.summary.exitCode).toBe(expected);
    // A refusal carries its coded error and the fix.
    if (ref.error) expect(p.rehearsal.to.error!.message).toMatch(/\[SC_[A-Z_]+\][\s\S]*fix:/);
    // Components created on the destination list their child types; a refused run creates fewer.
    for (const c of p.components) {
      const there = ref.resources.find((r) => r.type === c.type && r.name === c.name);
      expect(c.to === null, `${c.component} on ${t}`).toBe(there === undefined);
    }
  });

  it.each(pairs)("%s -> %s: feature rows are exactly the capability tables' entries", (s, t) => {
    const p = plans.get(`${s}>${t}`)!;
    const from = driverFor(driverOf(placementOf(targetOf(s), "s").value!))!.capabilities;
    const to = driverFor(driverOf(placementOf(targetOf(t), "t").value!))!.capabilities;
    const database = WITH_DATABASE.includes(s) ? ["sovereign-cloud:index:Database"] : [];
    expect(p.components.map((c) => c.type).sort()).toEqual([
      "sovereign-cloud:index:Bucket",
      ...database,
      "sovereign-cloud:index:Network",
      "sovereign-cloud:index:VirtualMachine",
    ]);
    const prefix: Record<string, string> = {
      "sovereign-cloud:index:Bucket": "bucket.",
      "sovereign-cloud:index:Database": "db.",
      "sovereign-cloud:index:Network": "network.",
      "sovereign-cloud:index:VirtualMachine": "vm.",
    };
    for (const c of p.components) {
      const features = (Object.keys(FEATURES) as Feature[]).filter((f) => f.startsWith(prefix[c.type]!));
      expect(features.length, c.type).toBeGreaterThan(0);
      expect(c.features.map((f) => f.feature)).toEqual(features);
      for (const f of c.features) {
        expect(f.from).toEqual({
          level: from[f.feature].level,
          how: from[f.feature].how,
          ...(from[f.feature].source ? { source: from[f.feature].source } : {}),
        });
        expect(f.to).toEqual({
          level: to[f.feature].level,
          how: to[f.feature].how,
          ...(to[f.feature].source ? { source: to[f.feature].source } : {}),
        });
        expect(f.change).toBe(changeOf(from[f.feature].level, to[f.feature].level));
      }
    }
    const all = p.components.flatMap((c) => c.features);
    expect(p.summary.features.lost).toBe(all.filter((f) => f.change === "lost").length);
  });

  it.each(pairs)("%s -> %s: SCS-2V-4 resolves on both sides, from the destination's run or, when refused, its catalog table", (s, t) => {
    const size = plans.get(`${s}>${t}`)!.components.find((c) => c.name === "web")!.size!;
    const ref = reference.get(`${s}>${t}`)!;
    const vm = ref.resources.find((r) => r.type === "sovereign-cloud:index:VirtualMachine");
    expect(size.portable).toBe("SCS-2V-4");
    const pick = (stack: string) =>
      pickInstanceType(INSTANCE_TYPES[placementOf(targetOf(stack), "x").value!.provider.id]!, { vcpus: 2, memoryGiB: 4 })!.name;
    expect(size.from).toBe(pick(s));
    expect(size.to).toBe(pick(t));
    if (vm) expect(size).toMatchObject({ to: vm.residency!.virtualMachine!.instanceType, toFrom: "rehearsal" });
    else expect(size.toFrom).toBe("catalog");
  });

  it.each(pairs)(
    "%s -> %s: data moves for the bucket, the VM disk and the database where the stack has one, with the law cited",
    (s, t) => {
      const p = plans.get(`${s}>${t}`)!;
      const withDb = WITH_DATABASE.includes(s);
      expect(p.data.map((d) => d.component)).toEqual([
        'Bucket "documents"',
        'VirtualMachine "web"',
        ...(withDb ? ['Database "metadata"'] : []),
      ]);
      expect(p.data[0]!.tool).toBe("rclone");
      if (withDb) {
        const db = p.data[2]!;
        const from = placementOf(targetOf(s), "s").value!;
        const there = reference.get(`${s}>${t}`)!.resources.find((r) => r.type === "sovereign-cloud:index:Database");
        const to = placementOf(targetOf(t), "t").value!;
        expect(db.tool).toBe("pg_dump / pg_restore, or logical replication");
        expect(db.what).toMatch(/^PostgreSQL \d+ databases \(schema, data, sequences\) of 20 GiB storage;/);
        expect(db.from.endpoint).toBe(
          `the Database's private host and port on ${from.provider.id} ${from.region.code} (its host and port outputs), reached from inside the source network`,
        );
        // The destination's endpoint is named where its rehearsal created the Database.
        expect(db.to.endpoint).toBe(
          `the destination Database's private host and port${there ? ` on ${to.provider.id} ${to.region.code}` : ""}, reached from inside the destination network`,
        );
        // 7 days of backups in the reference program; point-in-time restore off on Scaleway, which has none.
        expect(db.manual.find((m) => m.startsWith("Automated backups"))).toContain(
          s === "scaleway-paris" ? "(7 days) stay" : "(7 days, with point-in-time restore) stay",
        );
      }
      expect(p.law.facts.map((f) => f.article)).toEqual(
        expect.arrayContaining(["Article 25(2)(d)", "Article 25(2)(a)", "Article 25(2)(g)", "Article 29(1)", "Article 28(8)"]),
      );
      expect(p.raw).toEqual([]);
      // Retention (30 days in the reference program, off on the OpenStack stacks): read off the object-lock
      // resource where the driver makes one, stated as a condition where it is a bucket setting.
      const retention = p.data[0]!.manual.find((m) => m.includes("Object-lock retention"));
      const driver = placementOf(targetOf(s), "s").value!.provider.driver;
      if (["aws", "scaleway", "hetzner"].includes(driver)) expect(retention).toMatch(/^Object-lock retention/);
      else if (driver === "openstack") expect(retention).toBeUndefined();
      else expect(retention).toMatch(/^If the Bucket sets retentionDays/);
    },
  );
});
