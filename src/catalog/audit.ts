/** Every unconfirmed fact in the catalog, for reviews and release notes ("what do we not know?"). */
import { PROVIDERS } from "./providers";
import { REGIONS } from "./regions/index";
import type { Fact, LegalEntity } from "./types";

export interface OpenFact {
  /** Where the fact sits, e.g. `aws:eu-south-2 city` or `hetzner operator euControlled`. */
  readonly subject: string;
  readonly claimed?: unknown;
  readonly note: string;
}

function collect(out: OpenFact[], subject: string, f: Fact<unknown> | undefined): void {
  if (f && !f.confirmed) out.push({ subject, ...(f.claimed === undefined ? {} : { claimed: f.claimed }), note: f.note });
}

function entity(out: OpenFact[], prefix: string, e: LegalEntity): void {
  collect(out, `${prefix} name`, e.name);
  collect(out, `${prefix} headquarters`, e.headquarters);
  collect(out, `${prefix} parent`, e.parent);
  collect(out, `${prefix} euControlled`, e.euControlled);
  for (const r of e.registrationNumbers ?? []) collect(out, `${prefix} registrationNumber`, r);
}

export function openFacts(): OpenFact[] {
  const out: OpenFact[] = [];
  for (const p of Object.values(PROVIDERS)) {
    entity(out, `${p.id} operator (${p.operator.id})`, p.operator);
    collect(out, `${p.id} customerManagedKeys`, p.customerManagedKeys);
    for (const c of p.certifications) collect(out, `${p.id} certification ${c.id}`, c.fact);
  }
  for (const r of REGIONS) {
    const at = `${r.provider}:${r.code}`;
    for (const [k, f] of [
      ["city", r.city],
      ["country", r.country],
      ["status", r.status],
      ["zones", r.zones],
      ["pairedRegion", r.pairedRegion],
    ] as const)
      collect(out, `${at} ${k}`, f);
    for (const [service, f] of Object.entries(r.unconfirmedServices ?? {})) collect(out, `${at} service ${service}`, f);
    if (r.operator) entity(out, `${at} operator (${r.operator.id})`, r.operator);
    for (const c of r.certifications ?? []) collect(out, `${at} certification ${c.id}`, c.fact);
  }
  return out;
}
