/**
 * The residency contract: one zod schema for stack config (`sovereign-cloud:residency`), code, and
 * the policy pack's config schema (via `z.toJSONSchema`).
 */
import { z } from "zod";
import type { CertificationId } from "../catalog/types";

export const DATA_LOCATIONS = ["eu", "eea", "eu-data-boundary", "adequacy"] as const;
export const PROVIDER_CONTROLS = ["any", "eu"] as const;
/** What a component may ask for: encrypted at rest with the provider's keys or with the customer's. */
export const ENCRYPTION_MODES = ["provider-managed", "customer-managed"] as const;
/** What a contract may demand: `any` (no demand: for data classified as not needing it), or a mode. */
export const ENCRYPTION_REQUIREMENTS = ["any", ...ENCRYPTION_MODES] as const;
export const REPLICATION_SCOPES = ["same-region", "within-contract"] as const;
export const CERTIFICATION_IDS = [
  "iso-27001",
  "iso-27017",
  "iso-27018",
  "iso-27701",
  "bsi-c5",
  "secnumcloud",
  "hds",
  "gaia-x-l1",
  "gaia-x-l2",
  "gaia-x-l3",
] as const satisfies readonly CertificationId[];

/**
 * Where data may live:
 * - `eu`: the 27 EU member states;
 * - `eea`: EU + Iceland, Liechtenstein, Norway;
 * - `eu-data-boundary`: EU + EFTA (adds Switzerland), as Microsoft's EU Data Boundary;
 * - `adequacy`: EEA + countries with a full GDPR Art. 45 adequacy decision (e.g. CH, GB).
 */
export type DataLocation = (typeof DATA_LOCATIONS)[number];
/** `eu`: the operator is headquartered and controlled in the EU/EEA (Gaia-X Label 3 style). */
export type ProviderControl = (typeof PROVIDER_CONTROLS)[number];
/** `customer-managed`: keys the customer controls in the provider's KMS, in the same region. */
export type EncryptionMode = (typeof ENCRYPTION_MODES)[number];
/**
 * A contract's encryption clause. `provider-managed` (every preset) demands encryption at rest;
 * `any` accepts a provider that cannot encrypt a resource at rest (drivers still encrypt wherever
 * the provider can); `customer-managed` demands keys the customer controls.
 */
export type EncryptionRequirement = (typeof ENCRYPTION_REQUIREMENTS)[number];
/** `same-region`: data never leaves the region. `within-contract`: copies may go to places the contract also allows. */
export type ReplicationScope = (typeof REPLICATION_SCOPES)[number];

const countryCode = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, "a country is an ISO 3166-1 alpha-2 code such as DE"));

/** The full, normalised contract (every field present). */
export const residencyContractSchema = z
  .object({
    /** The preset this contract started from, if any (informational). */
    preset: z.string().optional(),
    dataLocation: z.enum(DATA_LOCATIONS),
    /** Narrows `dataLocation` to these countries. Absent = every country of `dataLocation`. */
    countries: z.array(countryCode).min(1).optional(),
    providerControl: z.enum(PROVIDER_CONTROLS),
    /** Certifications the region or provider must hold (confirmed in the catalog). */
    certifications: z.array(z.enum(CERTIFICATION_IDS)),
    encryption: z.enum(ENCRYPTION_REQUIREMENTS),
    replication: z.enum(REPLICATION_SCOPES),
  })
  .strict();

export type ResidencyContract = z.infer<typeof residencyContractSchema>;

/**
 * What users write: a preset name, or an object with an optional preset and any fields that
 * override it. Fields left out come from the preset, or from the `eu` preset when none is named.
 */
export const contractInputSchema = z.union([z.string(), residencyContractSchema.partial().strict()]);

export type ContractInput = z.input<typeof contractInputSchema>;
