/**
 * The Gaia-X 25.11 subjects of the evidence, built from catalog facts only: the operator as
 * `gx:LegalPerson`, the region as `gx:Region`, the zone as `gx:AvailabilityZone`, and the provider's
 * object-storage and virtual-machine offerings there as `gx:ObjectStorageServiceOffering` /
 * `gx:VirtualMachineServiceOffering`. A property the shapes ask for that no confirmed fact supports
 * is left out and recorded as a gap.
 */
import type { Confirmed, LegalEntity, ProviderFacts, RegionFacts, RegistrationNumber } from "../catalog/types";
import { known } from "../catalog/types";
import type { Collector, Node } from "./collector";
import { iri, ref, type Ref } from "./vocabulary";

/** The two offerings the portable components use. */
export type OfferingKind = "object-storage" | "virtual-machine";

const OFFERING_TYPE: Readonly<Record<OfferingKind, string>> = {
  "object-storage": "gx:ObjectStorageServiceOffering",
  "virtual-machine": "gx:VirtualMachineServiceOffering",
};

const OFFERING_LABEL: Readonly<Record<OfferingKind, string>> = {
  "object-storage": "Object storage",
  "virtual-machine": "Virtual machines",
};

/** Required properties of each offering class that no catalog fact supports (deployment-dependent ones: deployment.ts). */
const OFFERING_REQUIRED: readonly [string, string][] = [
  ["gx:serviceOfferingTermsAndConditions", "the catalog holds no terms-and-conditions document (URL and hash) for this offering"],
];

/** The Gaia-X 25.11 class of each kind of registration number, and the property holding the number. */
const REGISTRATION_CLASS: Readonly<Record<RegistrationNumber["kind"], readonly [string, string]>> = {
  local: ["gx:LocalRegistrationNumber", "gx:local"],
  vatID: ["gx:VatID", "gx:vatID"],
  lei: ["gx:LeiCode", "schema:leiCode"],
  eori: ["gx:EORI", "gx:eori"],
  euid: ["gx:EUID", "gx:euid"],
};

/** The operator as a `gx:LegalPerson`; its one address is the registered head office (country only). */
export function legalPerson(c: Collector, entity: LegalEntity): Ref {
  const id = iri.legalEntity(entity.id);
  if (c.has(id)) return ref(id);
  const node: Node = { id, type: "gx:LegalPerson" };
  const name = known(entity.name);
  if (name !== undefined && entity.name.confirmed) {
    node["schema:name"] = name;
    c.fact(id, "schema:name", entity.name);
  } else {
    c.unknown(id, "schema:name", false, `the legal name of "${entity.id}"`, entity.name);
  }
  const country = known(entity.headquarters);
  if (country !== undefined && entity.headquarters.confirmed) {
    const address = { id: iri.registeredOffice(entity.id), type: "gx:Address", "gx:countryCode": country };
    node["gx:headquartersAddress"] = address;
    // The catalog's `headquarters` is the country of the registered head office / headquarters, so
    // the same address is the legal (registered) address.
    node["gx:legalAddress"] = ref(address.id);
    c.fact(
      address.id,
      "gx:countryCode",
      entity.headquarters,
      country,
      "the catalog's headquarters fact: country of the registered head office / headquarters (used for gx:headquartersAddress and gx:legalAddress)",
    );
  } else {
    c.unknown(id, "gx:headquartersAddress", true, `the headquarters country of "${entity.id}"`, entity.headquarters);
    c.unknown(id, "gx:legalAddress", true, `the registered-office country of "${entity.id}"`, entity.headquarters);
  }
  const numbers = (entity.registrationNumbers ?? []).filter((f): f is Confirmed<RegistrationNumber> => f.confirmed);
  if (numbers.length > 0) {
    node["gx:registrationNumber"] = numbers.map((f) => {
      const [type, property] = REGISTRATION_CLASS[f.value.kind];
      const numberId = iri.registrationNumber(entity.id, f.value.kind, f.value.value);
      c.fact(numberId, property, f, f.value.value, f.value.register ? `register: ${f.value.register}` : undefined);
      return { id: numberId, type, [property]: f.value.value };
    });
  } else {
    c.gap(
      id,
      "gx:registrationNumber",
      true,
      "the catalog holds no sourced registration number; Gaia-X expects one from a registration-number credential (gx:LocalRegistrationNumber, gx:VatID, gx:LeiCode, gx:EORI or gx:EUID), issued by a Gaia-X notary",
    );
  }
  // Not Gaia-X properties of a legal person, but what the providerControl clause rests on.
  if (entity.euControlled.confirmed) c.fact(id, "sc:euControlled", entity.euControlled);
  if (entity.parent?.confirmed) c.fact(id, "sc:parentOrganisation", entity.parent);
  c.subject(node);
  return ref(id);
}

/** The region as a `gx:Region`, with its address (country and city) when the catalog confirms them. */
export function region(c: Collector, provider: ProviderFacts, r: RegionFacts): Ref {
  const id = iri.region(r.provider, r.code);
  if (c.has(id)) return ref(id);
  const node: Node = {
    id,
    type: "gx:Region",
    "schema:name": `${provider.name} ${r.code}`,
    "schema:description": `${provider.name} ${r.kind} "${r.code}" (${r.displayName})`,
  };
  const country = known(r.country);
  if (country !== undefined && r.country.confirmed) {
    const addressId = iri.regionAddress(r.provider, r.code);
    const address: Record<string, unknown> = { id: addressId, type: "gx:Address", "gx:countryCode": country };
    c.fact(addressId, "gx:countryCode", r.country);
    if (r.city.confirmed) {
      address["vcard:locality"] = r.city.value;
      c.fact(addressId, "vcard:locality", r.city);
    }
    node["gx:address"] = address;
  } else {
    const members = r.members && r.members.length > 0 ? ` (members: ${r.members.join(", ")})` : "";
    c.unknown(id, "gx:address", false, `the country of ${r.kind} ${r.code}${members}`, r.country);
  }
  c.gap(
    id,
    "gx:aggregationOfResources",
    true,
    "the catalog does not list the region's datacenters (a gx:Datacenter needs its address, gx:maintainedBy and its availability zones)",
  );
  c.subject(node);
  return ref(id);
}

/**
 * A zone as a `gx:AvailabilityZone`. Its address is the region's country when the catalog lists
 * the zone among the region's zones and confirms the region's country.
 */
export function zone(c: Collector, provider: ProviderFacts, r: RegionFacts, zoneCode: string): Ref {
  const id = iri.zone(r.provider, r.code, zoneCode);
  if (c.has(id)) return ref(id);
  const node: Node = {
    id,
    type: "gx:AvailabilityZone",
    "schema:name": `${provider.name} ${zoneCode}`,
    "schema:description": `zone "${zoneCode}" of ${provider.name} region "${r.code}"`,
  };
  const listed = r.zones.confirmed && r.zones.value.includes(zoneCode);
  if (listed && r.zones.confirmed && r.country.confirmed) {
    const addressId = iri.zoneAddress(r.provider, r.code, zoneCode);
    node["gx:address"] = { id: addressId, type: "gx:Address", "gx:countryCode": r.country.value };
    c.fact(id, "sc:zoneOf", r.zones, r.code, `"${zoneCode}" is one of the region's zones`);
    c.fact(addressId, "gx:countryCode", r.country, r.country.value, `the country of region ${r.code}, which the zone is part of`);
  } else {
    const why = !listed ? `zone "${zoneCode}" among the zones of region ${r.code}` : `the country of region ${r.code}`;
    c.unknown(id, "gx:address", false, why, !listed ? r.zones : r.country);
  }
  c.subject(node);
  return ref(id);
}

/** The provider's offering of `kind` in a region, provided by the region's operator. */
export function offering(c: Collector, provider: ProviderFacts, r: RegionFacts, kind: OfferingKind, operator: Ref): Ref {
  const id = iri.offering(r.provider, r.code, kind);
  if (c.has(id)) return ref(id);
  const node: Node = {
    id,
    type: OFFERING_TYPE[kind],
    "schema:name": `${provider.name} ${OFFERING_LABEL[kind].toLowerCase()} in ${r.code}`,
    "schema:description": `${OFFERING_LABEL[kind]} of ${provider.name} in ${r.kind} "${r.code}" (${r.displayName}), as deployed by sovereign-cloud components`,
    "gx:providedBy": operator,
  };
  for (const [property, reason] of OFFERING_REQUIRED) c.gap(id, property, true, reason);
  c.gap(
    id,
    "gx:hostedOn",
    false,
    "Gaia-X 25.11 accepts only a gx:VirtualResource or gx:PhysicalResource (such as a gx:Datacenter) here, not a gx:Region or gx:AvailabilityZone, and the catalog lists no datacenters; the region and zone are linked from the sc:Component instead",
  );
  c.gap(id, "gx:dataProtectionRegime", false, "the catalog holds no sourced fact on which data-protection regime applies to the offering");
  c.gap(
    id,
    "gx:legalDocuments",
    false,
    "the catalog holds no legal documents of the provider and no fact on the law that governs them (gx:governingLawCountries)",
  );
  c.subject(node);
  return ref(id);
}
