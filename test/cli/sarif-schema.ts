/**
 * A structural check of a SARIF log against the parts of the SARIF 2.1.0 JSON schema
 * (sarif-schema-2.1.0.json, OASIS) that `plan --format sarif` uses: every object's `required`
 * properties, property types, the `level` and `version` enums, and the minimums on `startLine` and
 * `ruleIndex`. Plus two rules of the spec the schema cannot express: a result's `ruleIndex` points
 * at the rule with its `ruleId` (§3.27.6), and rule ids are unique (§3.49.3).
 * Returns one message per problem, with its JSON path; empty = valid.
 */

type Json = unknown;
const LEVELS = ["none", "note", "warning", "error"];

class Checker {
  readonly errors: string[] = [];

  fail(path: string, what: string): void {
    this.errors.push(`${path}: ${what}`);
  }

  object(v: Json, path: string, required: readonly string[] = []): v is Record<string, Json> {
    if (typeof v !== "object" || v === null || Array.isArray(v)) {
      this.fail(path, "must be an object");
      return false;
    }
    for (const k of required) if (!(k in v)) this.fail(path, `missing required property "${k}"`);
    return true;
  }

  array(v: Json, path: string): v is Json[] {
    if (!Array.isArray(v)) {
      this.fail(path, "must be an array");
      return false;
    }
    return true;
  }

  string(v: Json, path: string): void {
    if (v !== undefined && typeof v !== "string") this.fail(path, "must be a string");
  }

  integer(v: Json, path: string, min: number): void {
    if (v !== undefined && (!Number.isInteger(v) || (v as number) < min)) this.fail(path, `must be an integer >= ${min}`);
  }

  level(v: Json, path: string): void {
    if (v !== undefined && !LEVELS.includes(v as string)) this.fail(path, `must be one of ${LEVELS.join(", ")}`);
  }

  /** `message`: anyOf required text / required id. */
  message(v: Json, path: string): void {
    if (!this.object(v, path)) return;
    if (!("text" in v) && !("id" in v)) this.fail(path, 'needs "text" or "id"');
    this.string(v.text, `${path}.text`);
  }

  /** `multiformatMessageString`: required text. */
  multiformat(v: Json, path: string): void {
    if (v === undefined) return;
    if (!this.object(v, path, ["text"])) return;
    this.string(v.text, `${path}.text`);
    this.string(v.markdown, `${path}.markdown`);
  }

  artifactLocation(v: Json, path: string): void {
    if (!this.object(v, path)) return;
    this.string(v.uri, `${path}.uri`);
    this.string(v.uriBaseId, `${path}.uriBaseId`);
  }

  location(v: Json, path: string): void {
    if (!this.object(v, path)) return;
    if (v.physicalLocation !== undefined && this.object(v.physicalLocation, `${path}.physicalLocation`)) {
      const p = v.physicalLocation;
      // physicalLocation: anyOf required address / required artifactLocation.
      if (!("address" in p) && !("artifactLocation" in p)) this.fail(`${path}.physicalLocation`, 'needs "artifactLocation" or "address"');
      if (p.artifactLocation !== undefined) this.artifactLocation(p.artifactLocation, `${path}.physicalLocation.artifactLocation`);
      if (p.region !== undefined && this.object(p.region, `${path}.physicalLocation.region`)) {
        this.integer(p.region.startLine, `${path}.physicalLocation.region.startLine`, 1);
        this.integer(p.region.startColumn, `${path}.physicalLocation.region.startColumn`, 1);
      }
    }
    // location.id: integer >= -1; location.message: a message object.
    this.integer(v.id, `${path}.id`, -1);
    if (v.message !== undefined) this.message(v.message, `${path}.message`);
    if (v.logicalLocations !== undefined && this.array(v.logicalLocations, `${path}.logicalLocations`)) {
      v.logicalLocations.forEach((l, i) => {
        const lp = `${path}.logicalLocations[${i}]`;
        if (!this.object(l, lp)) return;
        for (const k of ["name", "fullyQualifiedName", "decoratedName", "kind"]) this.string(l[k], `${lp}.${k}`);
      });
    }
  }
}

export function validateSarif(log: Json): string[] {
  const c = new Checker();
  if (!c.object(log, "$", ["version", "runs"])) return c.errors;
  if (log.version !== "2.1.0") c.fail("$.version", 'must be "2.1.0"');
  c.string(log.$schema, "$.$schema");
  if (!c.array(log.runs, "$.runs")) return c.errors;
  log.runs.forEach((run, ri) => {
    const rp = `$.runs[${ri}]`;
    if (!c.object(run, rp, ["tool"])) return;
    const ids: string[] = [];
    if (c.object(run.tool, `${rp}.tool`, ["driver"]) && c.object(run.tool.driver, `${rp}.tool.driver`, ["name"])) {
      const d = run.tool.driver;
      c.string(d.name, `${rp}.tool.driver.name`);
      c.string(d.version, `${rp}.tool.driver.version`);
      if (d.rules !== undefined && c.array(d.rules, `${rp}.tool.driver.rules`)) {
        d.rules.forEach((rule, i) => {
          const p = `${rp}.tool.driver.rules[${i}]`;
          if (!c.object(rule, p, ["id"])) return;
          c.string(rule.id, `${p}.id`);
          if (ids.includes(rule.id as string)) c.fail(`${p}.id`, `duplicate rule id "${String(rule.id)}"`);
          ids.push(rule.id as string);
          c.string(rule.name, `${p}.name`);
          c.multiformat(rule.shortDescription, `${p}.shortDescription`);
          c.multiformat(rule.fullDescription, `${p}.fullDescription`);
          c.multiformat(rule.help, `${p}.help`);
          if (rule.defaultConfiguration !== undefined && c.object(rule.defaultConfiguration, `${p}.defaultConfiguration`))
            c.level(rule.defaultConfiguration.level, `${p}.defaultConfiguration.level`);
          if (
            rule.properties !== undefined &&
            c.object(rule.properties, `${p}.properties`) &&
            rule.properties.tags !== undefined &&
            c.array(rule.properties.tags, `${p}.properties.tags`)
          ) {
            rule.properties.tags.forEach((t, ti) => c.string(t, `${p}.properties.tags[${ti}]`));
          }
        });
      }
    }
    if (run.results !== undefined && c.array(run.results, `${rp}.results`)) {
      run.results.forEach((res, i) => {
        const p = `${rp}.results[${i}]`;
        if (!c.object(res, p, ["message"])) return;
        c.message(res.message, `${p}.message`);
        c.string(res.ruleId, `${p}.ruleId`);
        c.integer(res.ruleIndex, `${p}.ruleIndex`, -1);
        c.level(res.level, `${p}.level`);
        if (typeof res.ruleIndex === "number" && res.ruleIndex >= 0 && ids[res.ruleIndex] !== res.ruleId)
          c.fail(`${p}.ruleIndex`, `points at rule "${ids[res.ruleIndex]}", not "${String(res.ruleId)}"`);
        if (res.locations !== undefined && c.array(res.locations, `${p}.locations`))
          res.locations.forEach((l, li) => c.location(l, `${p}.locations[${li}]`));
        if (res.relatedLocations !== undefined && c.array(res.relatedLocations, `${p}.relatedLocations`))
          res.relatedLocations.forEach((l, li) => c.location(l, `${p}.relatedLocations[${li}]`));
        if (res.partialFingerprints !== undefined && c.object(res.partialFingerprints, `${p}.partialFingerprints`)) {
          for (const [k, v] of Object.entries(res.partialFingerprints)) c.string(v, `${p}.partialFingerprints.${k}`);
        }
      });
    }
    if (run.invocations !== undefined && c.array(run.invocations, `${rp}.invocations`)) {
      run.invocations.forEach((inv, i) => {
        const p = `${rp}.invocations[${i}]`;
        if (!c.object(inv, p, ["executionSuccessful"])) return;
        if (typeof inv.executionSuccessful !== "boolean") c.fail(`${p}.executionSuccessful`, "must be a boolean");
        if (inv.toolExecutionNotifications !== undefined && c.array(inv.toolExecutionNotifications, `${p}.toolExecutionNotifications`)) {
          inv.toolExecutionNotifications.forEach((n, ni) => {
            const np = `${p}.toolExecutionNotifications[${ni}]`;
            if (!c.object(n, np, ["message"])) return;
            c.message(n.message, `${np}.message`);
            c.level(n.level, `${np}.level`);
            if (n.locations !== undefined && c.array(n.locations, `${np}.locations`))
              n.locations.forEach((l, li) => c.location(l, `${np}.locations[${li}]`));
          });
        }
      });
    }
    if (run.originalUriBaseIds !== undefined && c.object(run.originalUriBaseIds, `${rp}.originalUriBaseIds`)) {
      for (const [k, v] of Object.entries(run.originalUriBaseIds)) c.artifactLocation(v, `${rp}.originalUriBaseIds.${k}`);
    }
  });
  return c.errors;
}
