/**
 * Contract presets. Each one says which source it follows; where a label asks for something no
 * catalog fact can show (e.g. EUCS High, which is not adopted), the preset does not pretend to check it.
 */
import type { ResidencyContract } from "./schema";

export interface Preset {
  readonly contract: Omit<ResidencyContract, "preset">;
  /** One line for docs and `sovereign-cloud regions`. */
  readonly summary: string;
}

/** EEA + countries with a full GDPR adequacy decision, any operator: the `adequacy` preset, which Gaia-X Label 1 amounts to. */
const ADEQUACY = {
  dataLocation: "adequacy",
  providerControl: "any",
  certifications: [],
  encryption: "provider-managed",
  replication: "within-contract",
} satisfies Preset["contract"];

export const PRESETS = {
  /** The default when nothing is configured: data in the EU, any operator. */
  eu: {
    summary: "Data stays in one EU member-state region; any operator; provider-managed keys.",
    contract: {
      dataLocation: "eu",
      providerControl: "any",
      certifications: [],
      encryption: "provider-managed",
      replication: "same-region",
    },
  },
  eea: {
    summary: "Data stays in one EU/EEA region (adds Iceland, Liechtenstein, Norway).",
    contract: {
      dataLocation: "eea",
      providerControl: "any",
      certifications: [],
      encryption: "provider-managed",
      replication: "same-region",
    },
  },
  "eu-data-boundary": {
    summary: "Data stays in the EU + EFTA (adds Switzerland), like Microsoft's EU Data Boundary.",
    contract: {
      dataLocation: "eu-data-boundary",
      providerControl: "any",
      certifications: [],
      encryption: "provider-managed",
      replication: "same-region",
    },
  },
  adequacy: {
    summary: "Data may live in the EEA or a country with a full GDPR adequacy decision (e.g. CH, GB).",
    contract: ADEQUACY,
  },
  /**
   * Gaia-X Label Level 1: data protection per GDPR, no location requirement of its own. Transfers
   * need a Chapter V basis, so the preset admits the EEA and full-adequacy countries.
   */
  "gaia-x-l1": {
    summary: "Gaia-X Label 1: GDPR-lawful locations (EEA + full adequacy); any operator.",
    contract: ADEQUACY,
  },
  /** Gaia-X Label Level 2 (P5.1.1): the option to keep all customer data in the EU/EEA; this preset takes that option. */
  "gaia-x-l2": {
    summary: "Gaia-X Label 2: customer data processed and stored only in the EU/EEA; any operator.",
    contract: {
      dataLocation: "eea",
      providerControl: "any",
      certifications: [],
      encryption: "provider-managed",
      replication: "within-contract",
    },
  },
  /**
   * Gaia-X Label Level 3: data only in the EU/EEA (P5.1.2) and an operator with head office and
   * main establishment in the EU/EEA that no non-EU/EEA shareholder controls (P5.1.4, P5.1.5).
   * Its cybersecurity level (EUCS High) cannot be checked: EUCS is not adopted.
   */
  "gaia-x-l3": {
    summary: "Gaia-X Label 3: EU/EEA data and an EU/EEA-controlled operator (immune to non-EU control).",
    contract: {
      dataLocation: "eea",
      providerControl: "eu",
      certifications: [],
      encryption: "provider-managed",
      replication: "within-contract",
    },
  },
  /** The strictest preset: EU data, EU-controlled operator, customer-managed keys, no replication. */
  "eu-sovereign": {
    summary: "EU data in one region, EU-controlled operator, customer-managed keys.",
    contract: {
      dataLocation: "eu",
      providerControl: "eu",
      certifications: [],
      encryption: "customer-managed",
      replication: "same-region",
    },
  },
} as const satisfies Record<string, Preset>;

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];
export const DEFAULT_PRESET: PresetName = "eu";

export function isPresetName(s: string): s is PresetName {
  return Object.prototype.hasOwnProperty.call(PRESETS, s);
}

/** The full contract of a preset. */
export function presetContract(name: PresetName): ResidencyContract {
  const c = PRESETS[name].contract;
  return { preset: name, ...c, certifications: [...c.certifications] };
}
