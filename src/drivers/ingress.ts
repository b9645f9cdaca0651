/** Ingress-rule helpers shared by the drivers that create one resource per rule. */
import type { IngressRuleSpec } from "./types";

/** Identical rules once each, in the order given. */
export function uniqueRules(rules: readonly IngressRuleSpec[]): IngressRuleSpec[] {
  const seen = new Map<string, IngressRuleSpec>();
  for (const r of rules) {
    const key = `${r.protocol}|${r.ports[0]}|${r.ports[1]}|${r.from}`;
    if (!seen.has(key)) seen.set(key, r);
  }
  return [...seen.values()];
}

/** A rule's child name comes from its content, so reordering rules never renames (replaces) them. */
export function ruleName(name: string, rule: IngressRuleSpec): string {
  const from = rule.from.replace(/[^0-9a-fA-F]+/g, "-").replace(/-+$/, "");
  const ports =
    rule.protocol === "icmp" ? "all" : rule.ports[0] === rule.ports[1] ? `${rule.ports[0]}` : `${rule.ports[0]}-${rule.ports[1]}`;
  return `${name}-in-${rule.protocol}-${ports}-from-${from}`;
}
